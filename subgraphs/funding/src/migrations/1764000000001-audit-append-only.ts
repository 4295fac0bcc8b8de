import type { MigrationInterface, QueryRunner } from "typeorm";

// The audit trail is append-only for the application: only the owner may change or remove rows.
export class AuditAppendOnly1764000000001 implements MigrationInterface {
  name = "AuditAppendOnly1764000000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON admin_audit FROM hub_funding_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE, DELETE ON admin_audit TO hub_funding_app`);
  }
}
