import { startHub, dataOf, type Hub } from "./harness";

// Funding administration through the gateway: only the national administrator writes, the FY2026 rules hold, retries write once.
describe("funding administration through the gateway", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  const RECORD = `mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) {
    replayed adoption { id frame members { order operator { id nameJa } } } } }`;
  const count = async (table: string) => Number((await hub.sql<{ n: string }>("funding", `SELECT count(*) AS n FROM ${table}`))[0]!.n);

  it("refuses a coordinator with FORBIDDEN and writes nothing", async () => {
    const before = [await count("adoption"), await count("admin_audit"), await count("idempotency_key")];
    const res = await hub.query(
      RECORD,
      { input: { fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "A1", memberOperatorIds: ["op-dotdoto"], idempotencyKey: "coord-0001" } },
      { as: { coordinator: "op-dotdoto" } },
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect([await count("adoption"), await count("admin_audit"), await count("idempotency_key")]).toEqual(before);
  });

  it("refuses ドット道東's 4th adoption under the FY2026 cap", async () => {
    const res = await hub.query(
      RECORD,
      { input: { fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "A1", memberOperatorIds: ["op-dotdoto"], idempotencyKey: "dotdoto-0004" } },
      { as: "admin" },
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "ADOPTION_CAP" });
    expect(res.body.errors?.[0]?.message).toMatch(/at most 3 times, counting every frame/);
    expect(await count("adoption")).toBe(115);
  });

  it("writes a retried mutation once, audits it, and shows it on the operator at once", async () => {
    const input = {
      fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "A2", memberOperatorIds: ["op-tsubameito"], projectTitle: "燕市の右腕人材育成",
      idempotencyKey: "e2e-retry-0001",
    };
    const first = dataOf(await hub.query<{ recordAdoption: { replayed: boolean } }>(RECORD, { input }, { as: "admin" }));
    const again = dataOf(await hub.query<{ recordAdoption: { replayed: boolean } }>(RECORD, { input }, { as: "admin" }));
    expect(first.recordAdoption).toEqual({
      replayed: false,
      adoption: { id: "FY2026-A2", frame: "RIGHT_ARM", members: [{ order: 1, operator: { id: "op-tsubameito", nameJa: expect.stringContaining("つばめいと") } }] },
    });
    expect(again.recordAdoption).toEqual({ ...first.recordAdoption, replayed: true });
    expect(await hub.sql("funding", "SELECT id FROM adoption WHERE fiscal_year = 2026")).toEqual([{ id: "FY2026-A2" }]);
    expect(await hub.sql("funding", "SELECT action, actor_role, target_id FROM admin_audit")).toEqual([
      { action: "recordAdoption", actor_role: "NATIONAL_ADMIN", target_id: "FY2026-A2" },
    ]);
    const op = dataOf(await hub.query<{ operator: { adoptionCount: number } }>(`{ operator(id: "op-tsubameito") { adoptionCount } }`));
    expect(op.operator.adoptionCount).toBe(2);

    const reused = await hub.query(RECORD, { input: { ...input, listCode: "A3" } }, { as: "admin" });
    expect(reused.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("answers continuation against the 80% target and applications to adoptions, anonymously", async () => {
    const data = dataOf(
      await hub.query<{ continuationRates: { fiscalYear: number; operatorsAdopted: number; operatorsContinued: number; meetsTarget: boolean | null }[];
        applicationsToAdoptions: { fiscalYear: number; applications: number | null; adoptions: number | null }[] }>(
        `{ continuationRates { fiscalYear operatorsAdopted operatorsContinued meetsTarget }
           applicationsToAdoptions { fiscalYear applications adoptions } }`,
      ),
    );
    expect(data.continuationRates.slice(0, 3)).toEqual([
      { fiscalYear: 2022, operatorsAdopted: 20, operatorsContinued: 8, meetsTarget: false },
      { fiscalYear: 2023, operatorsAdopted: 21, operatorsContinued: 13, meetsTarget: false },
      { fiscalYear: 2024, operatorsAdopted: 61, operatorsContinued: 21, meetsTarget: false },
    ]);
    expect(data.applicationsToAdoptions.map((r) => [r.fiscalYear, r.applications, r.adoptions])).toEqual([
      [2022, 37, 20], [2023, 37, 20], [2024, 62, 46], [2025, 50, 29], [2026, null, null],
    ]);
  });
});
