import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The log of refused administrative attempts, in the shape every subgraph's administrative changes share (see
 * admin-change.ts in @jinjibu/federation). funding's admin_audit and idempotency_key already have the shared shape.
 */
export class DeniedAttempts1764400000000 implements MigrationInterface {
  name = "DeniedAttempts1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE admin_denied_attempt (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_role text NOT NULL,
      actor_subject text,
      actor_operator_id text,
      action text NOT NULL,
      reason text NOT NULL,
      request_id text NOT NULL
    )`);
    // Append-only for the application, like the audit trail.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON admin_denied_attempt FROM hub_funding_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE admin_denied_attempt`);
  }
}
