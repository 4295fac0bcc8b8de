import type { MigrationInterface, QueryRunner } from "typeorm";
import { IDEMPOTENCY_KEY_TABLE_V1 } from "@jinjibu/federation";

/** Idempotency keys for creating mutations (createCaseStudy, recordSelfAssessment): the shape `claimIdempotencyKey` uses. */
export class CreateIdempotencyKey1764400000000 implements MigrationInterface {
  name = "CreateIdempotencyKey1764400000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(IDEMPOTENCY_KEY_TABLE_V1);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
