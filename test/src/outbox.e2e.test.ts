import "reflect-metadata";
import { Client } from "pg";
import { generatePemKeyPair, importPrivateKey, signGatewayToken, signServiceToken } from "@jinjibu/auth";
import { appDatabaseUrl } from "@jinjibu/federation";
import { startHub, type As, type Hub } from "./harness";

// organizations → talent through the transactional outbox (organizations.domain_event, POST /internal/events signed with
// organizations' own service identity), on real PostgreSQL through the gateway: a registered company becomes usable for a
// need; with talent down the events wait and arrive once it is back, each once; a replay changes nothing; unsigned, forged,
// gateway-signed and tampered deliveries are refused.
const B = "op-platform-aomori"; // 青森県
const CREATE_COMPANY = `mutation ($input: RegionalCompanyInput!) { createRegionalCompany(input: $input) { id } }`;
const IMPORT = `mutation ($rows: [RegionalCompanyRowInput!]!) { importRegionalCompanies(rows: $rows) { written created updated problems { message } } }`;
const CREATE_NEED = `mutation ($input: NeedInput!) { createNeed(input: $input) { id companyLabelJa } }`;
const needInput = (companyId: string) => ({
  companyId, title: "アウトボックス案件", description: "説明", businessProblem: "課題", kinds: ["SIDE_JOB"], skills: ["営業"], workForms: ["SIDE_JOB"],
  purpose: "SIDE_JOB_MATCHING", scope: "NATIONWIDE", status: "DRAFT",
});

describe("regional companies reach talent through organizations' outbox", () => {
  let hub: Hub;
  const ok = async <T>(query: string, variables: Record<string, unknown>, as: As): Promise<T> => {
    const response = await hub.query<T>(query, variables, { as });
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data as T;
  };
  const companyRef = async (id: string) =>
    (await hub.sql<{ name_ja: string; supporting_operator_ids: string[]; prefecture_code: string | null; source_event_id: string | null }>(
      "talent", `SELECT name_ja, supporting_operator_ids, prefecture_code, source_event_id FROM company_ref WHERE company_id = $1`, [id],
    ))[0] ?? null;
  const eventsOf = (id: string) =>
    hub.sql<{ id: string; type: string; payload: Record<string, unknown> }>("organizations", `SELECT id::text, type, payload FROM domain_event WHERE aggregate_id = $1 ORDER BY id`, [id]);
  const post = (body: string, authorization?: string) =>
    fetch(`${hub.subgraphBase("talent")}/internal/events`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body,
    });

  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  it("a company registered in organizations becomes usable for a need in talent", async () => {
    const { createRegionalCompany } = await ok<{ createRegionalCompany: { id: string } }>(CREATE_COMPANY, { input: { nameJa: "株式会社アウトボックス青森", prefectureCode: "02" } }, { coordinator: B });
    const id = createRegionalCompany.id;
    // Appended in the creation's transaction: one event with what talent's rules need.
    expect(await eventsOf(id)).toEqual([
      { id: expect.any(String), type: "RegionalCompanyChanged", payload: { id, nameJa: "株式会社アウトボックス青森", supportingOperatorIds: [B], prefectureCode: "02", isDemo: false } },
    ]);
    await hub.outboxDelivered();
    expect(await companyRef(id)).toEqual({ name_ja: "株式会社アウトボックス青森", supporting_operator_ids: [B], prefecture_code: "02", source_event_id: (await eventsOf(id))[0]!.id });
    const { createNeed } = await ok<{ createNeed: { id: string; companyLabelJa: string } }>(CREATE_NEED, { input: needInput(id) }, { coordinator: B });
    expect(createNeed.companyLabelJa).toBe("株式会社アウトボックス青森");
    // Organizations holds no grant on talent's schema any more, and the function is gone.
    expect(await hub.sql("talent", `SELECT has_schema_privilege('hub_organizations_app', 'talent', 'USAGE') AS usage, to_regprocedure('talent.publish_company(text,text,text[],text,boolean)') AS fn`))
      .toEqual([{ usage: false, fn: null }]);
  });

  it("refuses a need for a company whose event has not arrived yet, in Japanese, as retryable, writing nothing", async () => {
    // The relay stopped (an organizations process between restarts): the company exists in organizations only.
    await hub.stopWorkers();
    let id: string;
    try {
      id = (await ok<{ createRegionalCompany: { id: string } }>(CREATE_COMPANY, { input: { nameJa: "株式会社まだ届かない" } }, { coordinator: B })).createRegionalCompany.id;
      const needs = Number((await hub.sql<{ n: string }>("talent", `SELECT count(*) AS n FROM need`))[0]!.n);
      const early = await hub.query(CREATE_NEED, { input: needInput(id) }, { as: { coordinator: B } });
      expect(early.body.data?.createNeed ?? null).toBeNull();
      expect(early.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", rule: "COMPANY_NOT_YET_KNOWN", retryable: true, messageJa: expect.stringMatching(/まだ人材側に届いていません/) });
      expect(Number((await hub.sql<{ n: string }>("talent", `SELECT count(*) AS n FROM need`))[0]!.n)).toBe(needs);
    } finally {
      await hub.startWorkers();
    }
    // A restarted relay delivers what waited; the same request then succeeds.
    await hub.outboxDelivered();
    await ok(CREATE_NEED, { input: needInput(id) }, { coordinator: B });
  });

  it("keeps events while talent is down and delivers each exactly once when it is back, in order per company", async () => {
    await hub.stopSubgraph("talent");
    const created: string[] = [];
    try {
      for (const name of ["株式会社停止中一号", "株式会社停止中二号"]) {
        created.push((await ok<{ createRegionalCompany: { id: string } }>(CREATE_COMPANY, { input: { nameJa: name, prefectureCode: "02" } }, { coordinator: B })).createRegionalCompany.id);
      }
      // An import registers one company and then updates it (a re-upload with the same 管理番号): two events of one company.
      const row = { rowNumber: 2, companyNumber: "OB-1", nameJa: "株式会社停止中三号", prefecture: "青森県" };
      expect((await ok<{ importRegionalCompanies: { written: boolean; created: number } }>(IMPORT, { rows: [row] }, { coordinator: B })).importRegionalCompanies).toMatchObject({ written: true, created: 1 });
      expect((await ok<{ importRegionalCompanies: { written: boolean; updated: number } }>(IMPORT, { rows: [{ ...row, nameJa: "株式会社停止中三号 (新社名)", prefecture: "秋田県" }] }, { coordinator: B })).importRegionalCompanies).toMatchObject({ written: true, updated: 1 });
      const [{ id: imported }] = await hub.sql<{ id: string }>("organizations", `SELECT id FROM regional_company WHERE company_number = 'OB-1'`);
      created.push(imported!);
      // Nothing reached talent, and nothing is marked delivered: the four events wait in the outbox.
      for (const id of created) expect(await companyRef(id)).toBeNull();
      const waiting = await hub.sql<{ n: number }>("organizations", `SELECT count(*)::int AS n FROM domain_event e WHERE aggregate_id = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM domain_event_delivery d WHERE d.event_id = e.id)`, [created]);
      expect(waiting).toEqual([{ n: 4 }]);
    } finally {
      await hub.startSubgraph("talent");
    }
    await hub.outboxDelivered(30_000);
    expect(await companyRef(created[0]!)).toMatchObject({ name_ja: "株式会社停止中一号", supporting_operator_ids: [B] });
    expect(await companyRef(created[1]!)).toMatchObject({ name_ja: "株式会社停止中二号" });
    // The later of the imported company's two events wins: its new name and prefecture (秋田県 = 05).
    const importEvents = await eventsOf(created[2]!);
    expect(importEvents).toHaveLength(2);
    expect(await companyRef(created[2]!)).toEqual({ name_ja: "株式会社停止中三号 (新社名)", supporting_operator_ids: [B], prefecture_code: "05", source_event_id: importEvents[1]!.id });
    // No loss, no duplicate: each event applied once in talent's inbox, confirmed once in organizations' bookkeeping.
    const ids: string[] = [];
    for (const id of created) ids.push(...(await eventsOf(id)).map((e) => e.id));
    expect(await hub.sql("talent", `SELECT event_id::text AS id, count(*)::int AS n FROM applied_event WHERE source = 'organizations' AND event_id = ANY($1::bigint[]) GROUP BY 1 ORDER BY 1`, [ids]))
      .toEqual([...ids].sort().map((id) => ({ id, n: 1 })));
    expect(await hub.sql("organizations", `SELECT count(*)::int AS n FROM domain_event_delivery WHERE consumer = 'talent' AND event_id = ANY($1::bigint[])`, [ids])).toEqual([{ n: ids.length }]);
  });

  it("applies a delivery sent twice (or an older event after a newer one) without changing anything", async () => {
    const [imported] = await hub.sql<{ id: string }>("organizations", `SELECT id FROM regional_company WHERE company_number = 'OB-1'`);
    const events = (await eventsOf(imported!.id)).map((e) => ({ id: e.id, type: e.type, aggregateId: imported!.id, payload: e.payload, occurredAt: new Date().toISOString() }));
    const before = { ref: await companyRef(imported!.id), inbox: await hub.sql("talent", `SELECT count(*)::int AS n FROM applied_event`) };
    for (const batch of [events, [events[0]!]]) {
      const body = JSON.stringify({ events: batch });
      const response = await post(body, `Bearer ${await signServiceToken(hub.organizationsServiceKey, "organizations", "talent", body)}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ applied: 0, duplicates: batch.length });
    }
    expect({ ref: await companyRef(imported!.id), inbox: await hub.sql("talent", `SELECT count(*)::int AS n FROM applied_event`) }).toEqual(before);
  });

  it("refuses unsigned, forged, gateway-signed and tampered deliveries, applying nothing", async () => {
    const event = { id: "999999", type: "RegionalCompanyChanged", aggregateId: "co-forged", occurredAt: new Date().toISOString(),
      payload: { id: "co-forged", nameJa: "偽の企業", supportingOperatorIds: [B], prefectureCode: "02", isDemo: false } };
    const body = JSON.stringify({ events: [event] });
    const rogue = await importPrivateKey(generatePemKeyPair().privateKeyPem);
    const attempts = [
      undefined,
      `Bearer ${await signServiceToken(rogue, "organizations", "talent", body)}`,
      `Bearer ${await hub.gatewayToken("talent", { role: "NATIONAL_ADMIN", operatorId: null, subject: "admin@meti" })}`,
      `Bearer ${await signGatewayToken(rogue, "talent", { viewer: { role: "NATIONAL_ADMIN", operatorId: null, subject: "x" }, requestId: "x" })}`,
      `Bearer ${await signServiceToken(hub.organizationsServiceKey, "organizations", "talent", body.replace("偽の企業", "別の企業"))}`,
      `Bearer ${await signServiceToken(hub.organizationsServiceKey, "organizations", "funding", body)}`,
    ];
    for (const authorization of attempts) {
      const response = await post(body, authorization);
      expect(response.status).toBe(401);
      expect((await response.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    expect(await companyRef("co-forged")).toBeNull();
    expect(await hub.sql("talent", `SELECT count(*)::int AS n FROM applied_event WHERE event_id = 999999`)).toEqual([{ n: 0 }]);
    // The application role cannot write company_ref outside a delivery's transaction (a GraphQL request never sets the source).
    const app = new Client({ connectionString: appDatabaseUrl(hub.ownerUrl, "talent", process.env.APP_DATABASE_PASSWORD) });
    await app.connect();
    try {
      await expect(app.query(`INSERT INTO talent.company_ref (company_id, name_ja, supporting_operator_ids) VALUES ('co-direct', 'x', ARRAY['${B}'])`)).rejects.toThrow(/row-level security/);
    } finally {
      await app.end();
    }
  });

  it("answers a coordinator's demandOutcomes without operatorId with its own operator's figures", async () => {
    const { demandOutcomes } = await ok<{ demandOutcomes: { operator: { id: string }; fiscalYear: number } }>(`query { demandOutcomes(fiscalYear: 2026) { fiscalYear operator { id } } }`, {}, { coordinator: B });
    expect(demandOutcomes).toEqual({ fiscalYear: 2026, operator: { id: B } });
  });
});
