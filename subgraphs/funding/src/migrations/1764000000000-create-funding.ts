import type { MigrationInterface, QueryRunner } from "typeorm";

export class CreateFunding1764000000000 implements MigrationInterface {
  name = "CreateFunding1764000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE subsidy_scheme (
      fiscal_year integer PRIMARY KEY CHECK (fiscal_year BETWEEN 2022 AND 2026),
      official_name text NOT NULL,
      budget_jpy integer NOT NULL,
      budget_status text NOT NULL,
      budget_note text,
      rates text[] NOT NULL DEFAULT '{}',
      rates_note text,
      caps_jpy integer[] NOT NULL DEFAULT '{}',
      applications integer,
      adoptions integer,
      announced text,
      note text
    )`);
    await q.query(`CREATE TABLE scheme_frame (
      fiscal_year integer NOT NULL REFERENCES subsidy_scheme (fiscal_year),
      frame text NOT NULL,
      label_ja text NOT NULL,
      list_code_prefix text,
      sort_order integer NOT NULL,
      PRIMARY KEY (fiscal_year, frame)
    )`);
    await q.query(`CREATE TABLE adoption (
      id text PRIMARY KEY,
      fiscal_year integer NOT NULL REFERENCES subsidy_scheme (fiscal_year),
      list_code text NOT NULL,
      list_no integer,
      frame text NOT NULL,
      project_title text,
      target_area text,
      linked_law text,
      printed_names jsonb NOT NULL DEFAULT '{}',
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (fiscal_year, list_code),
      FOREIGN KEY (fiscal_year, frame) REFERENCES scheme_frame (fiscal_year, frame)
    )`);
    // Operator ids are another subgraph's keys: plain text with an index, no foreign key across schemas.
    await q.query(`CREATE TABLE adoption_member (
      adoption_id text NOT NULL REFERENCES adoption (id),
      member_order integer NOT NULL CHECK (member_order >= 1),
      operator_id text NOT NULL,
      PRIMARY KEY (adoption_id, member_order),
      UNIQUE (adoption_id, operator_id)
    )`);
    await q.query(`CREATE INDEX adoption_member_operator_id_idx ON adoption_member (operator_id)`);
    await q.query(`CREATE TABLE linked_law (
      code text PRIMARY KEY,
      short_name_ja text NOT NULL,
      full_name_ja text NOT NULL,
      alt_names_ja text[] NOT NULL DEFAULT '{}',
      eligible_operator text NOT NULL,
      instrument text NOT NULL,
      sort_order integer NOT NULL
    )`);
    await q.query(`CREATE TABLE linked_law_certification (
      id text PRIMARY KEY,
      operator_id text NOT NULL,
      law text NOT NULL REFERENCES linked_law (code),
      certifying_body text,
      certified_on date,
      valid_until date,
      source text NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      CHECK (valid_until IS NULL OR certified_on IS NULL OR valid_until >= certified_on)
    )`);
    await q.query(`CREATE INDEX linked_law_certification_operator_id_idx ON linked_law_certification (operator_id)`);
    // The operator ids funding accepts in mutations. Funding cannot read organizations' tables, so it keeps its own copy
    // of the seeded ids (the seam is documented on the known_operator entity).
    await q.query(`CREATE TABLE known_operator (id text PRIMARY KEY, name_ja text NOT NULL)`);
    await q.query(`CREATE TABLE municipal_budget (
      id text PRIMARY KEY,
      municipality_id text NOT NULL,
      fiscal_year integer,
      period_note text,
      amount_jpy integer,
      instrument text NOT NULL,
      purpose text NOT NULL,
      recipient text
    )`);
    await q.query(`CREATE TABLE admin_audit (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_role text NOT NULL,
      actor_subject text,
      action text NOT NULL,
      target_id text,
      before jsonb,
      after jsonb,
      request_id text NOT NULL
    )`);
    await q.query(`CREATE TABLE idempotency_record (
      actor_subject text NOT NULL,
      idempotency_key text NOT NULL,
      action text NOT NULL,
      payload_hash text NOT NULL,
      result jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (actor_subject, idempotency_key)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "idempotency_record", "admin_audit", "municipal_budget", "known_operator", "linked_law_certification", "linked_law",
      "adoption_member", "adoption", "scheme_frame", "subsidy_scheme",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
