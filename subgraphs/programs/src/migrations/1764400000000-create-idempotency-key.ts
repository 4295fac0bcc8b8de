import type { MigrationInterface, QueryRunner } from "typeorm";

/** Idempotency keys for creating mutations (createCaseStudy, recordSelfAssessment): the shape `claimIdempotencyKey` uses. */
export class CreateIdempotencyKey1764400000000 implements MigrationInterface {
  name = "CreateIdempotencyKey1764400000000";

  async up(q: QueryRunner): Promise<void> {
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
  }
}
