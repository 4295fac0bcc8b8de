import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Regional companies (地域企業, issue 15 §1): the SMEs an operator supports. `company_number` is the operator's own number
 * from an import (unique per registering operator), so a re-upload updates the company. `search_text` holds the normalised
 * name and variants. The talent subgraph learns each company's supporting operators and prefecture through
 * `talent.publish_company` (a SECURITY DEFINER function it publishes for this purpose, see its migration 1765000000000):
 * organizations never reads talent's tables, and talent never reads these.
 */
export class RegionalCompany1765000000000 implements MigrationInterface {
  name = "RegionalCompany1765000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE regional_company (
      id text PRIMARY KEY,
      name_ja text NOT NULL CHECK (length(name_ja) BETWEEN 1 AND 200),
      name_variants text[] NOT NULL DEFAULT '{}',
      jsic_division text CHECK (jsic_division IS NULL OR jsic_division ~ '^[A-T]$'),
      industry_note_ja text,
      size_class text NOT NULL DEFAULT 'UNKNOWN' CHECK (size_class IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'UNKNOWN')),
      prefecture_code text,
      municipality_ja text,
      supporting_operator_ids text[] NOT NULL CHECK (cardinality(supporting_operator_ids) > 0),
      visibility text NOT NULL DEFAULT 'NETWORK' CHECK (visibility IN ('PUBLIC', 'NETWORK')),
      story_ja text,
      source text,
      is_demo boolean NOT NULL DEFAULT false,
      company_number text,
      search_text text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX regional_company_operators_idx ON regional_company USING gin (supporting_operator_ids)`);
    await q.query(`CREATE UNIQUE INDEX regional_company_number_idx ON regional_company ((supporting_operator_ids[1]), company_number)
      WHERE company_number IS NOT NULL`);
    // Whichever of the two subgraphs migrates second grants organizations the one function it may call in talent.
    await q.query(`DO $$ BEGIN
      IF to_regprocedure('talent.publish_company(text,text,text[],text,boolean)') IS NOT NULL THEN
        GRANT USAGE ON SCHEMA talent TO hub_organizations_app;
        GRANT EXECUTE ON FUNCTION talent.publish_company(text, text, text[], text, boolean) TO hub_organizations_app;
      END IF;
    END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE regional_company`);
  }
}
