import { openSubgraph, type SubgraphHarness } from "@jinjibu/test-utils";
import type { Viewer } from "@jinjibu/auth";
import { subgraph } from "../src";

const ADMIN: Viewer = { role: "NATIONAL_ADMIN", operatorId: null, subject: "admin-1" };
const COORDINATOR: Viewer = { role: "COORDINATOR", operatorId: "op-dotdoto", subject: "coord-dotdoto" };

const RECORD_ADOPTION = `mutation($input: RecordAdoptionInput!) { recordAdoption(input: $input) {
  replayed adoption { id fiscalYear listCode listNo frame linkedLaw members { order operator { id } } } } }`;
const RECORD_CERT = `mutation($input: RecordLinkedLawCertificationInput!) { recordLinkedLawCertification(input: $input) {
  replayed certification { operatorId law certifyingBody certifiedOn validUntil source } } }`;

describe("funding administration", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "fundadm");
  });
  afterAll(() => hub.close());

  const run = (query: string, variables: Record<string, unknown>, viewer?: Viewer) => hub.run(query, variables, viewer);
  const counts = async () => {
    const [row] = await hub.sql(`SELECT
      (SELECT count(*)::int FROM adoption) AS adoptions, (SELECT count(*)::int FROM adoption_member) AS members,
      (SELECT count(*)::int FROM linked_law_certification) AS certifications, (SELECT count(*)::int FROM admin_audit) AS audits,
      (SELECT count(*)::int FROM idempotency_key) AS keys`);
    return row as Record<string, number>;
  };
  const adoptionInput = (overrides: Record<string, unknown> = {}) => ({
    fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "A1", memberOperatorIds: ["op-tsubameito"], projectTitle: "燕の右腕人材プロジェクト",
    targetArea: "新潟県燕市", linkedLaw: null, idempotencyKey: `key-${Math.random().toString(36).slice(2)}`, ...overrides,
  });

  it("refuses a coordinator and an anonymous viewer with FORBIDDEN and writes nothing", async () => {
    const before = await counts();
    for (const viewer of [COORDINATOR, undefined]) {
      const result = await run(RECORD_ADOPTION, { input: adoptionInput() }, viewer);
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.errors?.[0]?.message).toBe("Only the national administrator may recordAdoption.");
      const cert = await run(RECORD_CERT, { input: { operatorId: "op-dotdoto", law: "DUAL_RESIDENCE", idempotencyKey: "coordinator-key" } }, viewer);
      expect(cert.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect(await counts()).toEqual(before);
  });

  it("records each refused attempt with actor, action, reason and request id, although nothing else was written", async () => {
    const rows = await hub.sql(
      `SELECT actor_role, actor_subject, actor_operator_id, action, reason, request_id FROM admin_denied_attempt ORDER BY id`,
    );
    expect(rows.map((r: Record<string, unknown>) => [r.actor_role, r.actor_subject, r.action])).toEqual([
      ["COORDINATOR", "coord-dotdoto", "recordAdoption"],
      ["COORDINATOR", "coord-dotdoto", "recordLinkedLawCertification"],
      ["ANONYMOUS", null, "recordAdoption"],
      ["ANONYMOUS", null, "recordLinkedLawCertification"],
    ]);
    expect(rows[0]).toMatchObject({ actor_operator_id: "op-dotdoto", reason: "Only the national administrator may recordAdoption." });
    for (const row of rows) expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);
    await expect(hub.sql(`DELETE FROM admin_denied_attempt`)).rejects.toThrow(/permission denied/);
  });

  it("refuses ドット道東's 4th adoption in FY2026, naming the cap", async () => {
    const before = await counts();
    const result = await run(RECORD_ADOPTION, { input: adoptionInput({ memberOperatorIds: ["op-dotdoto"] }) }, ADMIN);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "ADOPTION_CAP",
      field: "memberOperatorIds",
      messageJa: "2026年度からは、同じ事業者の採択は2022年度以降のすべての枠を通算して3回までです。上限に達した事業者は採択できません。（規則: 採択回数の上限）",
    });
    expect(result.errors?.[0]?.message).toBe(
      "Refused under the FY2026 adoption cap: op-dotdoto: Adopted 4 times since FY2022 (FY2022-A1, FY2023-B1, FY2024-A3, FY2025-A1); from FY2026 an operator may be adopted at most 3 times, counting every frame.",
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses a consortium when one member is at the cap", async () => {
    const result = await run(RECORD_ADOPTION, { input: adoptionInput({ memberOperatorIds: ["op-tsubameito", "op-meguru"] }) }, ADMIN);
    expect(result.errors?.[0]?.extensions?.rule).toBe("ADOPTION_CAP");
    expect(result.errors?.[0]?.message).toContain("op-meguru: Adopted 3 times since FY2022 (FY2022-A7, FY2024-A14, FY2025-B4)");
  });

  it("refuses 法制度連携枠 without a certification, then accepts it once one is recorded", async () => {
    const legal = adoptionInput({ frame: "LEGAL_SYSTEM_LINKAGE", listCode: "B1", linkedLaw: "DUAL_RESIDENCE", memberOperatorIds: ["op-tsubameito"] });
    const refused = await run(RECORD_ADOPTION, { input: legal }, ADMIN);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      rule: "LINKED_LAW_CERTIFICATION",
      field: "linkedLaw",
      messageJa: expect.stringContaining("法制度連携枠には、二地域居住促進法による承認・認定が必要です。"),
    });
    expect(refused.errors?.[0]?.message).toBe(
      "Refused: 法制度連携枠 requires a certification under the linked law; op-tsubameito has none recorded under 二地域居住促進法.",
    );

    const cert = await run(RECORD_CERT, {
      input: {
        operatorId: "op-tsubameito", law: "DUAL_RESIDENCE", certifyingBody: "燕市", certifiedOn: "2025-10-01", validUntil: null,
        idempotencyKey: "cert-tsubameito-1",
      },
    }, ADMIN);
    expect(cert.errors).toBeUndefined();
    expect(cert.data).toEqual({
      recordLinkedLawCertification: {
        replayed: false,
        certification: {
          operatorId: "op-tsubameito", law: "DUAL_RESIDENCE", certifyingBody: "燕市", certifiedOn: "2025-10-01", validUntil: null,
          source: "recorded by the national administrator",
        },
      },
    });

    const accepted = await run(RECORD_ADOPTION, { input: { ...legal, idempotencyKey: "legal-tsubameito-1" } }, ADMIN);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({
      recordAdoption: {
        replayed: false,
        adoption: {
          id: "FY2026-B1", fiscalYear: 2026, listCode: "B1", listNo: 1, frame: "LEGAL_SYSTEM_LINKAGE", linkedLaw: "DUAL_RESIDENCE",
          members: [{ order: 1, operator: { id: "op-tsubameito" } }],
        },
      },
    });
    const op = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator { adoptionCount adoptions { id } } } }`, {
      r: [{ __typename: "Operator", id: "op-tsubameito" }],
    });
    expect(op.data!._entities).toEqual([{ adoptionCount: 2, adoptions: [{ id: "FY2022-A6" }, { id: "FY2026-B1" }] }]);
  });

  it("refuses a list code already used that fiscal year, and an unknown operator", async () => {
    const used = await run(RECORD_ADOPTION, { input: adoptionInput({ fiscalYear: 2025, listCode: "A1", memberOperatorIds: ["op-hitotsubu"] }) }, ADMIN);
    expect(used.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      rule: "LIST_CODE_UNIQUE",
      field: "listCode",
      messageJa: "リスト番号A1は、2025年度にすでに使われています（FY2025-A1）。リスト番号は年度ごとに1回だけ使えます。（規則: リスト番号の重複）",
    });
    expect(used.errors?.[0]?.message).toBe("List code A1 is already used in FY2025 (FY2025-A1); each list code appears once per fiscal year.");

    const unknown = await run(RECORD_ADOPTION, { input: adoptionInput({ memberOperatorIds: ["op-nobody"] }) }, ADMIN);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", rule: "OPERATOR_EXISTS", field: "memberOperatorIds", messageJa: expect.stringContaining("登録されていない事業者") });
    expect(unknown.errors?.[0]?.message).toBe('No operator exists with id "op-nobody".');

    const badFrame = await run(RECORD_ADOPTION, { input: adoptionInput({ frame: "GENERAL" }) }, ADMIN);
    expect(badFrame.errors?.[0]?.message).toBe(
      "FY2026 did not offer frame GENERAL; it offered COMPANION_EXPANSION (伴走・横展開支援事業), RIGHT_ARM (右腕人材枠), LEGAL_SYSTEM_LINKAGE (法制度連携枠).",
    );
  });

  it("writes a retried mutation once and returns the first result; a reused key with another payload is refused", async () => {
    const input = adoptionInput({ listCode: "A7", memberOperatorIds: ["op-hitotsubu"], idempotencyKey: "retry-key-0001" });
    const before = await counts();
    const first = await run(RECORD_ADOPTION, { input }, ADMIN);
    expect(first.errors).toBeUndefined();
    const second = await run(RECORD_ADOPTION, { input }, ADMIN);
    expect(second.errors).toBeUndefined();
    expect((first.data!.recordAdoption as any).replayed).toBe(false);
    expect(second.data).toEqual({ recordAdoption: { ...(first.data!.recordAdoption as object), replayed: true } });
    expect(await counts()).toEqual({ ...before, adoptions: before.adoptions! + 1, members: before.members! + 1, audits: before.audits! + 1, keys: before.keys! + 1 });

    const changed = await run(RECORD_ADOPTION, { input: { ...input, listCode: "A8" } }, ADMIN);
    expect(changed.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(changed.errors?.[0]?.message).toContain('idempotencyKey "retry-key-0001" was already used for a different request');
    expect((await counts()).adoptions).toBe(before.adoptions! + 1);
  });

  it("audits each change with who, when, action, before/after and the request id; the app cannot rewrite the audit", async () => {
    const input = adoptionInput({ listCode: "A9", memberOperatorIds: ["op-hits"], idempotencyKey: "audit-key-0001" });
    const result = await run(RECORD_ADOPTION, { input }, ADMIN);
    expect(result.errors).toBeUndefined();
    const [audit] = await hub.sql(
      `SELECT actor_role, actor_subject, action, target_id, before, after, request_id, at FROM admin_audit WHERE target_id = 'FY2026-A9'`,
    );
    expect(audit).toMatchObject({
      actor_role: "NATIONAL_ADMIN", actor_subject: "admin-1", action: "recordAdoption", target_id: "FY2026-A9", before: null,
      after: {
        id: "FY2026-A9", fiscalYear: 2026, listCode: "A9", listNo: 2, frame: "RIGHT_ARM", projectTitle: "燕の右腕人材プロジェクト",
        targetArea: "新潟県燕市", linkedLaw: null, memberOperatorIds: ["op-hits"],
      },
    });
    expect(audit.request_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(audit.at).toBeInstanceOf(Date);
    await expect(hub.sql(`UPDATE admin_audit SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(hub.sql(`DELETE FROM admin_audit`)).rejects.toThrow(/permission denied/);
  });

  it("rejects malformed certification dates and keys", async () => {
    const bad = await run(RECORD_CERT, {
      input: { operatorId: "op-hits", law: "REGIONAL_FUTURE_INVESTMENT", certifiedOn: "2025-02-30", idempotencyKey: "cert-bad-date" },
    }, ADMIN);
    expect(bad.errors?.[0]?.message).toBe('certifiedOn must be an ISO date (YYYY-MM-DD); got "2025-02-30".');
    const short = await run(RECORD_CERT, { input: { operatorId: "op-hits", law: "REGIONAL_FUTURE_INVESTMENT", idempotencyKey: "x" } }, ADMIN);
    expect(short.errors?.[0]?.message).toBe("idempotencyKey must be 8 to 200 characters (a UUID is a good choice).");
  });

  it("lists the audit rows to the national administrator only, newest first, filtered by record", async () => {
    const TRAIL = `query($targetId: ID) { fundingAuditTrail(first: 5, targetId: $targetId) {
      totalCount edges { node { id action targetId actorSubject requestId at before after } } } }`;
    const recorded = await run(RECORD_ADOPTION, { input: adoptionInput({ listCode: "A11", memberOperatorIds: ["op-hits"], idempotencyKey: "audit-trail-0001" }) }, ADMIN);
    expect(recorded.errors).toBeUndefined();
    const all = await run(TRAIL, {}, ADMIN);
    expect(all.errors).toBeUndefined();
    const nodes = (all.data as { fundingAuditTrail: { edges: Array<{ node: Record<string, unknown> }> } }).fundingAuditTrail.edges.map((e) => e.node);
    expect(nodes[0]).toMatchObject({ action: "recordAdoption", targetId: "FY2026-A11", actorSubject: "admin-1", before: null });
    expect(JSON.parse(String(nodes[0]!.after))).toMatchObject({ id: "FY2026-A11", memberOperatorIds: ["op-hits"] });
    expect(new Date(String(nodes[0]!.at)).toISOString()).toBe(nodes[0]!.at);
    const ids = nodes.map((n) => Number(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const one = await run(TRAIL, { targetId: "FY2026-A11" }, ADMIN);
    expect((one.data as { fundingAuditTrail: { totalCount: number } }).fundingAuditTrail.totalCount).toBe(1);
    for (const viewer of [COORDINATOR, undefined]) {
      const refused = await run(TRAIL, {}, viewer);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});
