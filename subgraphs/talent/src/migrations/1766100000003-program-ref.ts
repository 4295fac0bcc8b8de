import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * program_ref: the programs a placement may name (id, name, operators), so `concludeMatching` refuses an unknown program
 * without reading the programs subgraph's tables. Programs are the documents' facts, changed only by their seed, so talent's
 * seed writes this from its own copy (`seeds/data/program-refs.json`, checked against programs' file by a test); should
 * programs gain mutations, it would publish ProgramChanged through an outbox as organizations does for companies.
 */
export class ProgramRef1766100000003 implements MigrationInterface {
  name = "ProgramRef1766100000003";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE program_ref (
      program_id text PRIMARY KEY,
      name_ja text NOT NULL,
      operator_ids text[] NOT NULL DEFAULT '{}'
    )`);
    await q.query(`ALTER TABLE program_ref ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE program_ref FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY read_all ON program_ref FOR SELECT USING (true)`);
    await q.query(`CREATE POLICY owner_write ON program_ref FOR ALL USING (current_user <> 'hub_talent_app') WITH CHECK (current_user <> 'hub_talent_app')`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON program_ref FROM hub_talent_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE program_ref`);
  }
}
