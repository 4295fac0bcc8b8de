import type { SubgraphHarness } from "@jinjibu/test-utils";
import { coordinator, grant, openTalent, OP_A, OP_B, registerOne } from "./helpers";

const TALENT_TABLES = [
  "access_audit",
  "applied_event",
  "company_ref",
  "consent",
  "idempotency_key",
  "introduction",
  "introduction_event",
  "matching",
  "matching_event",
  "need",
  "operator_region",
  "placement",
  "program_ref",
  "provision_record",
  "shared_card",
  "talent_contact",
  "talent_import",
  "talent_import_row",
  "talent_pool_summary",
  "talent_profile",
];

describe("tenant isolation in PostgreSQL (RLS, role hygiene, pooling)", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("iso", { poolSize: 2 });
  });
  afterAll(() => hub.close());

  it("connects as a role that is not superuser, owns no talent table and cannot bypass RLS; every table forces RLS", async () => {
    const [role] = await hub.ownerSql(`SELECT rolsuper, rolbypassrls, rolcreaterole FROM pg_roles WHERE rolname = 'hub_talent_app'`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false });
    const [{ current_user }] = await hub.app.dataSource.query(`SELECT current_user`);
    expect(current_user).toBe("hub_talent_app");
    const tables = await hub.ownerSql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; owner: string }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) AS owner
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'talent' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations' ORDER BY c.relname`,
    );
    expect(tables.map((t) => t.relname)).toEqual(TALENT_TABLES);
    for (const table of tables) {
      expect({ table: table.relname, rls: table.relrowsecurity, force: table.relforcerowsecurity }).toEqual({ table: table.relname, rls: true, force: true });
      expect(table.owner).not.toBe("hub_talent_app");
    }
    const views = await hub.ownerSql(`SELECT viewname FROM pg_views WHERE schemaname = 'talent'`);
    expect(views).toEqual([]);
  });

  it("returns no rows at all to a query without the tenant setting", async () => {
    const [{ setting }] = await hub.app.dataSource.query(`SELECT current_setting('app.operator_id', true) AS setting`);
    expect(setting ?? "").toBe("");
    for (const table of ["talent_profile", "talent_contact", "consent", "introduction", "provision_record", "access_audit"]) {
      const [{ n }] = await hub.app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, n }).toEqual({ table, n: 0 });
    }
    const [{ n: owned }] = await hub.ownerSql<{ n: number }>(`SELECT count(*)::int AS n FROM talent_profile`);
    expect(owned).toBeGreaterThan(282);
  });

  it("denies the application role the migration bookkeeping and writes to the operator regions", async () => {
    await expect(hub.app.dataSource.query(`SELECT * FROM migrations`)).rejects.toThrow(/permission denied/);
    await expect(hub.app.dataSource.query(`UPDATE operator_region SET block = 'KANTO'`)).rejects.toThrow(/permission denied/);
  });

  it("makes cross-tenant writes affect 0 rows and error, and rejects rows for another operator by WITH CHECK", async () => {
    const id = await registerOne(hub, OP_A, { displayName: "帯広 三郎", skills: ["経理"] });
    const update = await hub.runAs(coordinator(OP_B), `mutation ($id: ID!) { updateTalentProfile(id: $id, input: { skills: ["改ざん"] }) { id } }`, { id });
    expect(update.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["NOT_FOUND", "No talent profile with that id in your operator's pool."]]);
    const erase = await hub.runAs(coordinator(OP_B), `mutation ($id: ID!) { erasePerson(talentId: $id) { talentId } }`, { id });
    expect(erase.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
    const consent = await hub.runAs(coordinator(OP_B), `mutation ($id: ID!) { grantConsent(talentId: $id, input: { scope: NATIONWIDE, purposes: [EMPLOYMENT], obtainedAt: "2026-04-01T00:00:00Z", method: EMAIL }) { id } }`, { id });
    expect(consent.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
    expect(await hub.ownerSql(`SELECT skills FROM talent_profile WHERE id = $1`, [id])).toEqual([{ skills: ["経理"] }]);
    expect(await hub.ownerSql(`SELECT count(*)::int AS n FROM consent WHERE talent_id = $1`, [id])).toEqual([{ n: 0 }]);

    // Below the resolvers: the database itself refuses B's statements on A's rows.
    const runner = hub.app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.operator_id', $1, true)`, [OP_B]);
      const [, updated] = await runner.query(`UPDATE talent_profile SET skills = '{x}' WHERE id = $1`, [id]);
      expect(updated).toBe(0);
      const [, deleted] = await runner.query(`DELETE FROM talent_contact WHERE talent_id = $1`, [id]);
      expect(deleted).toBe(0);
      await expect(
        runner.query(`INSERT INTO talent_profile (id, operator_id, card_id, kinds, availability) VALUES ('tp-x', $1, 'card-x', '{SIDE_JOB}', 'SIDE_JOB')`, [OP_A]),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  });

  it("keeps two regions apart across ~200 interleaved concurrent requests on a pool of 2, with no setting left after commit", async () => {
    const mineA = await registerOne(hub, OP_A, { displayName: "並行 A" });
    const mineB = await registerOne(hub, OP_B, { displayName: "並行 B" });
    await grant(hub, OP_A, mineA, "OWN_OPERATOR");
    const [{ a, b }] = await hub.ownerSql<{ a: number; b: number }>(
      `SELECT count(*) FILTER (WHERE operator_id = $1)::int AS a, count(*) FILTER (WHERE operator_id = $2)::int AS b FROM talent_profile`,
      [OP_A, OP_B],
    );
    const query = `{ myTalentProfiles(first: 100) { totalCount edges { node { id ownerOperator { id } displayName } } } }`;
    const requests = Array.from({ length: 200 }, (_, i) => {
      const operatorId = i % 2 === 0 ? OP_A : OP_B;
      return hub.runAs(coordinator(operatorId), query).then((result) => ({ operatorId, result }));
    });
    const results = await Promise.all(requests);
    for (const { operatorId, result } of results) {
      expect(result.errors).toBeUndefined();
      const page = (result.data as { myTalentProfiles: { totalCount: number; edges: { node: { id: string; ownerOperator: { id: string } } }[] } }).myTalentProfiles;
      expect(page.totalCount).toBe(operatorId === OP_A ? a : b);
      expect(page.edges.every((e) => e.node.ownerOperator.id === operatorId)).toBe(true);
      const ids = page.edges.map((e) => e.node.id);
      expect(ids).toContain(operatorId === OP_A ? mineA : mineB);
      expect(ids).not.toContain(operatorId === OP_A ? mineB : mineA);
    }
    // Both pooled connections: the transaction-local settings ended with each COMMIT.
    const after = await Promise.all(
      [0, 1, 2, 3].map(() => hub.app.dataSource.query(`SELECT current_setting('app.operator_id', true) AS op, pg_backend_pid() AS pid, pg_sleep(0.05)`)),
    );
    expect(new Set(after.map(([row]) => row.pid)).size).toBe(2);
    for (const [row] of after) expect(row.op ?? "").toBe("");
  });
});
