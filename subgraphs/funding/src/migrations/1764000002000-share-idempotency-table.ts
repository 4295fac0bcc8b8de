import type { MigrationInterface, QueryRunner } from "typeorm";

/** Aligns the idempotency table with the shape every subgraph shares (see claimIdempotencyKey in @jinjibu/federation). */
export class ShareIdempotencyTable1764000002000 implements MigrationInterface {
  name = "ShareIdempotencyTable1764000002000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_record RENAME TO idempotency_key`);
    await q.query(`ALTER TABLE idempotency_key RENAME COLUMN actor_subject TO subject`);
    await q.query(`ALTER TABLE idempotency_key RENAME COLUMN idempotency_key TO key`);
    await q.query(`ALTER TABLE idempotency_key RENAME COLUMN action TO operation`);
    await q.query(`ALTER TABLE idempotency_key RENAME COLUMN payload_hash TO fingerprint`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_key RENAME COLUMN fingerprint TO payload_hash`);
    await q.query(`ALTER TABLE idempotency_key RENAME COLUMN operation TO action`);
    await q.query(`ALTER TABLE idempotency_key RENAME COLUMN key TO idempotency_key`);
    await q.query(`ALTER TABLE idempotency_key RENAME COLUMN subject TO actor_subject`);
    await q.query(`ALTER TABLE idempotency_key RENAME TO idempotency_record`);
  }
}
