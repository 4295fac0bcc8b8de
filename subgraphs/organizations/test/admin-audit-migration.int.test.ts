import { Client } from "pg";
import { runMigrations } from "@jinjibu/db";
import { createDatabase, dropDatabase, TEST_ENV } from "@jinjibu/test-utils";
import { subgraph } from "../src";

// The migration that aligns admin_audit with the shared administrative-change shape must keep every row written before it.
describe("migration 1764400000000 (align admin audit)", () => {
  const serverUrl = process.env[TEST_ENV.serverUrl]!;
  let url: string;
  const target = (migrations: typeof subgraph.migrations) => ({
    schema: subgraph.name, appRole: "hub_organizations_app", appPassword: process.env.APP_DATABASE_PASSWORD ?? "jinjibu-app",
    migrations, entities: subgraph.entities,
  });
  const sql = async <T>(text: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    url = await createDatabase(serverUrl, "orgmig");
  });
  afterAll(() => dropDatabase(serverUrl, url));

  it("keeps every audit row and idempotency key, moving operator_id to target_id and naming the administrator's role", async () => {
    // Everything before the migration under test (later migrations may follow it).
    const at = subgraph.migrations.findIndex((m) => m.name === "AlignAdminAudit1764400000000");
    const before = subgraph.migrations.slice(0, at);
    await runMigrations(url, target(before));
    await sql(
      `INSERT INTO organizations.admin_audit (actor_subject, action, operator_id, before, after, request_id, at) VALUES
         ('admin-1', 'revokeLogoLicense', 'op-dotdoto', '{"status":"ADOPTED"}', '{"status":"REVOKED"}', 'req-1', '2026-05-01T00:00:00Z'),
         ('admin-2', 'grantLogoLicense', 'op-hits', NULL, '{"status":"LOGO_APPROVED"}', 'req-2', '2026-05-02T00:00:00Z')`,
    );
    await sql(`INSERT INTO organizations.idempotency_key (subject, key, operation, fingerprint, result) VALUES ('admin-1', 'k-1', 'revokeLogoLicense', 'f', '{"auditEntryId":"1"}')`);

    expect(await runMigrations(url, target(subgraph.migrations.slice(0, at + 1)))).toEqual(["AlignAdminAudit1764400000000"]);

    const rows = await sql<Record<string, unknown>>(
      `SELECT id::text, actor_role, actor_subject, action, target_id, before, after, request_id, at FROM organizations.admin_audit ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: "1", actor_role: "NATIONAL_ADMIN", actor_subject: "admin-1", action: "revokeLogoLicense", target_id: "op-dotdoto",
        before: { status: "ADOPTED" }, after: { status: "REVOKED" }, request_id: "req-1", at: new Date("2026-05-01T00:00:00Z") },
      { id: "2", actor_role: "NATIONAL_ADMIN", actor_subject: "admin-2", action: "grantLogoLicense", target_id: "op-hits",
        before: null, after: { status: "LOGO_APPROVED" }, request_id: "req-2", at: new Date("2026-05-02T00:00:00Z") },
    ]);
    expect(await sql(`SELECT subject, key, operation, result FROM organizations.idempotency_key`)).toEqual([
      { subject: "admin-1", key: "k-1", operation: "revokeLogoLicense", result: { auditEntryId: "1" } },
    ]);
    // New rows continue the sequence, and the shared shape is what the mechanism writes.
    const [next] = await sql<{ id: string }>(
      `INSERT INTO organizations.admin_audit (actor_role, actor_subject, action, target_id, before, after, request_id)
       VALUES ('NATIONAL_ADMIN', 'admin-1', 'suspendLogoLicense', 'op-meguru', NULL, '{}', 'req-3') RETURNING id::text`,
    );
    expect(next!.id).toBe("3");
    expect(await sql(`SELECT count(*)::int AS n FROM organizations.admin_denied_attempt`)).toEqual([{ n: 0 }]);
  });
});
