import type { SubgraphHarness } from "@jinjibu/test-utils";
import { auditTrailSql } from "../src/services/records.service";
import { openTalent, OP_A, OP_B } from "./helpers";

describe("the access audit trail at scale", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("aud", { withoutDemo: true });
    // 20,000 rows across 20 operators, then the planner's statistics.
    await hub.ownerSql(`INSERT INTO access_audit (action, actor_subject, actor_operator_id, actor_role, subject_talent_id, subject_operator_id,
        card_id, fields, purpose, request_id)
      SELECT 'CARD_VIEW', 'c', CASE WHEN i % 20 = 0 THEN $1 ELSE 'op-x' || (i % 20) END, 'COORDINATOR', 'tp-' || i,
        CASE WHEN i % 20 = 1 THEN $2 ELSE 'op-y' || (i % 20) END, 'card-' || i, '{kinds}', 'SIDE_JOB_MATCHING', 'r' || i
      FROM generate_series(1, 20000) i`, [OP_A, OP_B]);
    await hub.ownerSql(`ANALYZE access_audit`);
  });
  afterAll(() => hub.close());

  it("reads an operator's page through the actor and subject indexes, never the whole table", async () => {
    const sql = auditTrailSql(OP_A, { offset: 0, limit: 20 });
    const plan = await hub.app.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', 'COORDINATOR', true)`, [OP_A]);
      const page: { "QUERY PLAN": string }[] = await em.query(`EXPLAIN ${sql.text}`, sql.params);
      return page.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toMatch(/access_audit_actor_idx/);
    expect(plan).toMatch(/access_audit_subject_idx/);
    expect(plan).not.toMatch(/Seq Scan on access_audit/);
    expect(plan).not.toMatch(/SubPlan/);
    const trail = await hub.runAs({ role: "COORDINATOR", operatorId: OP_A, subject: "a" }, `{ auditTrail(first: 5) { totalCount edges { node { id actorOperator { id } } } } }`);
    expect(trail.data).toMatchObject({ auditTrail: { totalCount: 1000 } });
  });

  it("bounds the count at 10,000 and says so, while paging on", async () => {
    await hub.ownerSql(`INSERT INTO access_audit (action, actor_subject, actor_operator_id, actor_role, subject_talent_id, subject_operator_id,
        card_id, fields, purpose, request_id)
      SELECT 'CARD_VIEW', 'c', $1, 'COORDINATOR', 'tp-' || i, 'op-z', 'card-' || i, '{kinds}', 'SIDE_JOB_MATCHING', 'r' || i
      FROM generate_series(1, 10500) i`, [OP_A]);
    const trail = await hub.runAs({ role: "COORDINATOR", operatorId: OP_A, subject: "a" }, `{ auditTrail(first: 2) { totalCount totalCountIsLowerBound pageInfo { hasNextPage } } }`);
    expect(trail.data).toEqual({ auditTrail: { totalCount: 10000, totalCountIsLowerBound: true, pageInfo: { hasNextPage: true } } });
    const small = await hub.runAs({ role: "COORDINATOR", operatorId: OP_B, subject: "b" }, `{ auditTrail(first: 2000) { totalCount totalCountIsLowerBound } }`);
    expect(small.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const exact = await hub.runAs({ role: "COORDINATOR", operatorId: OP_B, subject: "b" }, `{ auditTrail(first: 100) { totalCount totalCountIsLowerBound } }`);
    expect(exact.data).toEqual({ auditTrail: { totalCount: 1000, totalCountIsLowerBound: false } });
  });
});
