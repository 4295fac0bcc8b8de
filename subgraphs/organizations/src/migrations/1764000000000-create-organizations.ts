import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The organizations schema. Prefectures and regional blocks are not tables: they are the fixed JIS list shipped in
 * @jinjibu/domain, and rows refer to them by two-digit code.
 */
export class CreateOrganizations1764000000000 implements MigrationInterface {
  name = "CreateOrganizations1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE operator (
      id text PRIMARY KEY,
      name_ja text NOT NULL,
      name_variants text[] NOT NULL DEFAULT '{}',
      org_form text NOT NULL,
      corporate_category text CHECK (corporate_category IN ('FOR_PROFIT', 'NON_PROFIT')),
      prefecture_code text CHECK (prefecture_code ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
      prefecture_source text,
      regional_block text,
      regional_block_source text,
      institution_kind text,
      url text,
      address text,
      representative text,
      founded text,
      headcount jsonb,
      main_business text[] NOT NULL DEFAULT '{}',
      is_adopted_operator boolean NOT NULL DEFAULT false,
      kanto_model_region_ids text[] NOT NULL DEFAULT '{}',
      search_text text NOT NULL
    )`);

    await q.query(`CREATE TABLE municipality (
      id text PRIMARY KEY,
      name_ja text NOT NULL,
      name_variants text[] NOT NULL DEFAULT '{}',
      kind text NOT NULL DEFAULT 'municipality',
      district text,
      prefecture_code text CHECK (prefecture_code ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
      population integer CHECK (population >= 0),
      population_as_of text,
      population_source text,
      size_class text CHECK (size_class IN ('LARGE_MEDIUM', 'SMALL')),
      main_industries text[] NOT NULL DEFAULT '{}',
      resources text[] NOT NULL DEFAULT '{}',
      notes text,
      search_text text NOT NULL
    )`);
    await q.query(`CREATE INDEX municipality_prefecture_idx ON municipality (prefecture_code)`);

    await q.query(`CREATE TABLE operator_municipality (
      operator_id text NOT NULL REFERENCES operator (id) ON DELETE CASCADE,
      municipality_id text NOT NULL REFERENCES municipality (id),
      position integer NOT NULL,
      PRIMARY KEY (operator_id, municipality_id)
    )`);
    await q.query(`CREATE INDEX operator_municipality_municipality_idx ON operator_municipality (municipality_id)`);

    await q.query(`CREATE TABLE partner_organization (
      id text PRIMARY KEY,
      name_ja text NOT NULL,
      name_variants text[] NOT NULL DEFAULT '{}',
      org_form text NOT NULL,
      institution_kind text NOT NULL,
      prefecture_code text CHECK (prefecture_code ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'),
      unit text,
      notes text,
      search_text text NOT NULL
    )`);

    await q.query(`CREATE TABLE model_region (
      id text PRIMARY KEY,
      name_ja text NOT NULL,
      municipality_id text NOT NULL REFERENCES municipality (id),
      lead_operator_id text NOT NULL REFERENCES operator (id),
      successor_lead_operator_id text REFERENCES operator (id),
      co_lead_partner_id text REFERENCES partner_organization (id),
      attribute_ja text NOT NULL,
      leadership_model text NOT NULL,
      department_brand text,
      area text,
      catchcopy text[] NOT NULL DEFAULT '{}',
      featured_activities text[] NOT NULL DEFAULT '{}',
      structure_fy2022 text[] NOT NULL DEFAULT '{}',
      membership_timeline jsonb NOT NULL DEFAULT '[]',
      problem_statements text[] NOT NULL DEFAULT '{}',
      vision text,
      mission text,
      stumbling_points jsonb NOT NULL DEFAULT '[]',
      agreement_ids text[] NOT NULL DEFAULT '{}'
    )`);

    await q.query(`CREATE TABLE partnership (
      model_region_id text NOT NULL REFERENCES model_region (id) ON DELETE CASCADE,
      source text NOT NULL CHECK (source IN ('S0', 'S2')),
      position integer NOT NULL,
      party_text text NOT NULL,
      role_ja text NOT NULL,
      role_en text,
      partner_kind text,
      since_fiscal_year integer,
      collaboration_mode text,
      PRIMARY KEY (model_region_id, source, position)
    )`);

    await q.query(`CREATE TABLE agreement (
      id text PRIMARY KEY,
      name text NOT NULL,
      signed_on date,
      date_text text,
      first_in_japan boolean NOT NULL DEFAULT false,
      scope_items text[] NOT NULL DEFAULT '{}',
      reason text,
      note text,
      source text NOT NULL
    )`);
    await q.query(`CREATE TABLE agreement_party (
      agreement_id text NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
      position integer NOT NULL,
      party_id text NOT NULL,
      PRIMARY KEY (agreement_id, position)
    )`);

    await q.query(`CREATE TABLE logo_license (
      operator_id text PRIMARY KEY REFERENCES operator (id),
      status text NOT NULL CHECK (status IN ('ADOPTED', 'LOGO_APPROVED', 'SUSPENDED', 'REVOKED')),
      basis text NOT NULL CHECK (basis IN ('ADOPTION', 'APPROVAL')),
      granted_on date,
      suspended_on date,
      revoked_on date,
      reason text,
      updated_by text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX logo_license_status_idx ON logo_license (status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "logo_license",
      "agreement_party",
      "agreement",
      "partnership",
      "model_region",
      "partner_organization",
      "operator_municipality",
      "municipality",
      "operator",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
