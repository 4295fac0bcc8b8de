import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Relations the documents state as text, now as rows: partner organisations taking part in model regions, operators'
 * work and programs (with participant numbers where given); key persons with their printed role; the 2023 operator
 * survey; the government strategies' positioning of 地域の人事部. program_id names a row of the programs subgraph.
 */
export class CreateRelations1765200000000 implements MigrationInterface {
  name = "CreateRelations1765200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE partner_relation (
      id text PRIMARY KEY,
      partner_id text NOT NULL REFERENCES partner_organization (id) ON DELETE CASCADE,
      model_region_id text REFERENCES model_region (id) ON DELETE CASCADE,
      operator_id text REFERENCES operator (id) ON DELETE CASCADE,
      program_id text,
      kind text NOT NULL CHECK (kind IN ('MEMBER', 'OBSERVER', 'LARGE_COMPANY_PARTNER', 'PROGRAM_PARTNER', 'CASE_PARTNER',
        'NAMED_IN_PROJECT_TITLE')),
      role_ja text,
      since_fiscal_year integer CHECK (since_fiscal_year BETWEEN 2000 AND 2100),
      planned boolean NOT NULL DEFAULT false,
      participant_count integer CHECK (participant_count >= 0),
      participant_unit_ja text,
      participant_note_ja text,
      evidence text NOT NULL,
      facts_path text,
      source_document text,
      source_line integer,
      CHECK (facts_path IS NOT NULL OR source_line IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX partner_relation_partner_idx ON partner_relation (partner_id)`);
    await q.query(`CREATE INDEX partner_relation_region_idx ON partner_relation (model_region_id)`);
    await q.query(`CREATE INDEX partner_relation_operator_idx ON partner_relation (operator_id)`);
    await q.query(`CREATE INDEX partner_relation_program_idx ON partner_relation (program_id)`);

    await q.query(`CREATE TABLE key_person (
      id text PRIMARY KEY,
      model_region_id text NOT NULL REFERENCES model_region (id) ON DELETE CASCADE,
      position integer NOT NULL,
      name_ja text NOT NULL,
      name_variants text[] NOT NULL DEFAULT '{}',
      organization_id text,
      organization_name_ja text,
      printed_label_ja text NOT NULL,
      role_ja text,
      source_document text NOT NULL,
      source_line integer NOT NULL,
      search_text text NOT NULL,
      UNIQUE (model_region_id, position)
    )`);

    await q.query(`CREATE TABLE operator_survey (
      id text PRIMARY KEY,
      fiscal_year integer NOT NULL UNIQUE,
      period_from text NOT NULL,
      period_to text NOT NULL,
      population_ja text NOT NULL,
      responses integer NOT NULL CHECK (responses >= 0),
      source_document text NOT NULL,
      source_section text NOT NULL,
      findings jsonb NOT NULL DEFAULT '[]'
    )`);

    await q.query(`CREATE TABLE policy_position (
      position integer PRIMARY KEY,
      document_ja text NOT NULL,
      decided_on text NOT NULL,
      text_ja text NOT NULL,
      text_kind text NOT NULL CHECK (text_kind IN ('VERBATIM', 'SUMMARY')),
      source_document text NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["policy_position", "operator_survey", "key_person", "partner_relation"]) await q.query(`DROP TABLE ${table}`);
  }
}
