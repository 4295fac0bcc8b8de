import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateOperators1764000000000 implements MigrationInterface {
  name = "CreateOperators1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE operator (
      id text PRIMARY KEY,
      name_ja text NOT NULL,
      name_variants text[] NOT NULL DEFAULT '{}',
      prefecture_ja text,
      search_text text NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operator`);
  }
}
