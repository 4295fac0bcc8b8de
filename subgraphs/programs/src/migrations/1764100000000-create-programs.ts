import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreatePrograms1764100000000 implements MigrationInterface {
  name = "CreatePrograms1764100000000";

  async up(q: QueryRunner): Promise<void> {
    // Trigram indexes serve needles of 3+ characters; 2-character Japanese words (副業, 研修) fall back to a sequential
    // scan, which is fine at the size of this corpus.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TABLE operator_profile (
      id text PRIMARY KEY,
      name_ja text NOT NULL,
      prefecture text,
      regional_block text,
      corporate_category text,
      leadership_model text,
      kanto_region_id text
    )`);
    await q.query(`CREATE TABLE program (
      id text PRIMARY KEY,
      name_ja text NOT NULL,
      kind text NOT NULL,
      operator_ids text[] NOT NULL,
      partner_ids text[] NOT NULL DEFAULT '{}',
      region_id text,
      phases text[] NOT NULL,
      phase_labels_ja text[] NOT NULL DEFAULT '{}',
      target_talent_kinds text[] NOT NULL,
      fiscal_years int[] NOT NULL,
      started_year int,
      funding_sources text[] NOT NULL,
      budget_fy2024_jpy bigint,
      url text,
      place text,
      source text NOT NULL,
      notes text,
      outcomes jsonb NOT NULL DEFAULT '[]',
      visibility text NOT NULL CHECK (visibility IN ('PUBLIC','NETWORK','PRIVATE')),
      regional_block text,
      org_class text,
      leadership_model text,
      area_size_classes text[] NOT NULL DEFAULT '{}',
      search_title text NOT NULL,
      search_summary text NOT NULL,
      search_body text NOT NULL
    )`);
    await q.query(`CREATE INDEX program_operator_ids ON program USING gin (operator_ids)`);
    await q.query(`CREATE INDEX program_search ON program USING gin ((search_title || ' ' || search_summary || ' ' || search_body) gin_trgm_ops)`);
    await q.query(`CREATE TABLE case_study (
      id text PRIMARY KEY,
      operator_id text NOT NULL,
      co_operator_ids text[] NOT NULL DEFAULT '{}',
      title_ja text NOT NULL,
      summary_ja text,
      place text,
      area_size_classes text[] NOT NULL DEFAULT '{}',
      org_class text,
      leadership_model text,
      background text,
      goal text,
      phases jsonb NOT NULL DEFAULT '[]',
      devices jsonb NOT NULL DEFAULT '[]',
      stumbling_points jsonb NOT NULL DEFAULT '[]',
      voices jsonb NOT NULL DEFAULT '[]',
      outcomes jsonb NOT NULL DEFAULT '[]',
      plans_ahead jsonb NOT NULL DEFAULT '[]',
      evolution jsonb NOT NULL DEFAULT '[]',
      fiscal_years int[] NOT NULL DEFAULT '{}',
      target_talent_kinds text[] NOT NULL DEFAULT '{}',
      program_kinds text[] NOT NULL DEFAULT '{}',
      program_ids text[] NOT NULL DEFAULT '{}',
      phase_codes text[] NOT NULL DEFAULT '{}',
      elements text[] NOT NULL DEFAULT '{}',
      regional_block text,
      source text NOT NULL,
      kanto_region_id text,
      status text NOT NULL CHECK (status IN ('DRAFT','PUBLISHED')),
      visibility text NOT NULL CHECK (visibility IN ('PUBLIC','NETWORK','PRIVATE')),
      intended_visibility text NOT NULL CHECK (intended_visibility IN ('PUBLIC','NETWORK','PRIVATE')),
      search_title text NOT NULL,
      search_summary text NOT NULL,
      search_body text NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (status = 'PUBLISHED' OR visibility = 'PRIVATE')
    )`);
    await q.query(`CREATE INDEX case_study_operator ON case_study (operator_id)`);
    await q.query(`CREATE INDEX case_study_search ON case_study USING gin ((search_title || ' ' || search_summary || ' ' || search_body) gin_trgm_ops)`);
    await q.query(`CREATE TABLE self_assessment_answer (
      operator_id text NOT NULL,
      fiscal_year int NOT NULL,
      element text NOT NULL,
      level int NOT NULL CHECK (level BETWEEN 1 AND 3),
      answer int NOT NULL CHECK (answer BETWEEN 1 AND 5),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      recorded_by text,
      PRIMARY KEY (operator_id, fiscal_year, element, level)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE self_assessment_answer`);
    await q.query(`DROP TABLE case_study`);
    await q.query(`DROP TABLE program`);
    await q.query(`DROP TABLE operator_profile`);
  }
}
