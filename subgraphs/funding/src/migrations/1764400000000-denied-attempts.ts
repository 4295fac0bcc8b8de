import type { MigrationInterface, QueryRunner } from "typeorm";
import { ADMIN_DENIED_ATTEMPT_TABLE_V1 } from "@jinjibu/federation";

/**
 * The log of refused administrative attempts, in the shape every subgraph's administrative changes share (see
 * admin-change.ts in @jinjibu/federation). funding's admin_audit and idempotency_key already have the shared shape.
 */
export class DeniedAttempts1764400000000 implements MigrationInterface {
  name = "DeniedAttempts1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(ADMIN_DENIED_ATTEMPT_TABLE_V1);
    // Append-only for the application, like the audit trail.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON admin_denied_attempt FROM hub_funding_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE admin_denied_attempt`);
  }
}
