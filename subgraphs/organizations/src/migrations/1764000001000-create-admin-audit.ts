import type { MigrationInterface, QueryRunner } from "typeorm";

/** The national administrator's audit trail and the idempotency keys that make administrative mutations safe to retry. */
export class CreateAdminAudit1764000001000 implements MigrationInterface {
  name = "CreateAdminAudit1764000001000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE admin_audit (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_subject text NOT NULL,
      action text NOT NULL,
      operator_id text NOT NULL,
      before jsonb,
      after jsonb,
      request_id text NOT NULL
    )`);
    // The trail is append-only for the application: a compromised app role cannot rewrite history.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON admin_audit FROM hub_organizations_app`);

    await q.query(`CREATE TABLE idempotency_key (
      subject text NOT NULL,
      key text NOT NULL,
      operation text NOT NULL,
      fingerprint text NOT NULL,
      result jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (subject, key)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
    await q.query(`DROP TABLE admin_audit`);
  }
}
