import type { MigrationInterface, QueryRunner } from "typeorm";
import { ADMIN_DENIED_ATTEMPT_TABLE_V1 } from "@jinjibu/federation";

/**
 * Aligns the audit trail with the shape every subgraph's administrative changes share (see admin-change.ts in
 * @jinjibu/federation): `operator_id` becomes `target_id`, and each row names the actor's role. Every existing row was
 * written by the national administrator (the only role the mutations admitted), so that is what they get. Adds the log
 * of refused attempts. No row is rewritten except for the new column.
 */
export class AlignAdminAudit1764400000000 implements MigrationInterface {
  name = "AlignAdminAudit1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE admin_audit RENAME COLUMN operator_id TO target_id`);
    await q.query(`ALTER TABLE admin_audit ALTER COLUMN target_id DROP NOT NULL`);
    await q.query(`ALTER TABLE admin_audit ALTER COLUMN actor_subject DROP NOT NULL`);
    await q.query(`ALTER TABLE admin_audit ADD COLUMN actor_role text NOT NULL DEFAULT 'NATIONAL_ADMIN'`);
    await q.query(`ALTER TABLE admin_audit ALTER COLUMN actor_role DROP DEFAULT`);
    await q.query(ADMIN_DENIED_ATTEMPT_TABLE_V1);
    // Append-only for the application, like the audit trail.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON admin_denied_attempt FROM hub_organizations_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE admin_denied_attempt`);
    await q.query(`ALTER TABLE admin_audit DROP COLUMN actor_role`);
    await q.query(`ALTER TABLE admin_audit ALTER COLUMN target_id SET NOT NULL`);
    await q.query(`ALTER TABLE admin_audit RENAME COLUMN target_id TO operator_id`);
  }
}
