import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The demand side (issue 15): needs of regional companies, matchings to consented people of other regions, placements.
 *
 * - company_ref: what talent's rules need to know of organizations' regional companies (supporting operators,
 *   prefecture). Written only by `publish_company`, a SECURITY DEFINER function granted to organizations' application role
 *   (the one thing organizations may call here; it reads nothing) and by the seed. Readable by every operator.
 * - need: owned by the company's supporting operator (RLS owner_all); other operators see OPEN needs whose sharing scope
 *   (the consent vocabulary: OWN_OPERATOR / SAME_BLOCK / NATIONWIDE, stored as `audience` '-', block or '*') covers
 *   them — the same comparison as shared_card's policy. `terms` (g: skill pieces, k: kinds, v: work forms, w: work
 *   styles) under a GIN index, filled by a trigger.
 * - matching / matching_event / placement: visible to the two operators involved (and the national administrator);
 *   events are append-only for the application; a placement is written once per concluded matching.
 */
export class Demand1765000000000 implements MigrationInterface {
  name = "Demand1765000000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE company_ref (
      company_id text PRIMARY KEY,
      name_ja text NOT NULL,
      supporting_operator_ids text[] NOT NULL,
      prefecture_code text,
      is_demo boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`ALTER TABLE company_ref ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY read_all ON company_ref FOR SELECT USING (true)`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON company_ref FROM hub_talent_app`);
    await q.query(`CREATE FUNCTION publish_company(id text, name_ja text, operators text[], prefecture_code text, is_demo boolean)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = talent, pg_catalog AS $$
        INSERT INTO talent.company_ref (company_id, name_ja, supporting_operator_ids, prefecture_code, is_demo)
        VALUES (id, name_ja, operators, prefecture_code, is_demo)
        ON CONFLICT (company_id) DO UPDATE SET name_ja = EXCLUDED.name_ja, supporting_operator_ids = EXCLUDED.supporting_operator_ids,
          prefecture_code = EXCLUDED.prefecture_code, is_demo = EXCLUDED.is_demo, updated_at = now()
      $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION publish_company(text, text, text[], text, boolean) FROM PUBLIC`);
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hub_organizations_app') THEN
        GRANT USAGE ON SCHEMA talent TO hub_organizations_app;
        GRANT EXECUTE ON FUNCTION talent.publish_company(text, text, text[], text, boolean) TO hub_organizations_app;
      END IF;
    END $$`);

    await q.query(`CREATE TABLE need (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      company_id text NOT NULL,
      company_name_ja text NOT NULL,
      owner_operator_id text NOT NULL,
      owner_block text,
      prefecture_code text,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text NOT NULL,
      business_problem text NOT NULL,
      kinds text[] NOT NULL,
      skills text[] NOT NULL DEFAULT '{}',
      search_text text NOT NULL DEFAULT '',
      work_forms text[] NOT NULL CHECK (cardinality(work_forms) > 0),
      work_styles text[] NOT NULL DEFAULT '{}',
      purpose text NOT NULL,
      period_ja text,
      starts_on date,
      ends_on date CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
      volume_ja text,
      compensation_min integer CHECK (compensation_min IS NULL OR compensation_min >= 0),
      compensation_max integer,
      compensation_unit text,
      disclose_company boolean NOT NULL DEFAULT false,
      disclose_compensation boolean NOT NULL DEFAULT true,
      status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'OPEN', 'MATCHED', 'CLOSED')),
      scope text NOT NULL CHECK (scope IN ('OWN_OPERATOR', 'SAME_BLOCK', 'NATIONWIDE')),
      audience text NOT NULL,
      terms text[] NOT NULL DEFAULT '{}',
      is_demo boolean NOT NULL DEFAULT false,
      created_by text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      opened_at timestamptz,
      CHECK (compensation_min IS NULL OR compensation_max IS NULL OR compensation_min <= compensation_max)
    )`);
    await q.query(`CREATE FUNCTION need_terms() RETURNS trigger LANGUAGE plpgsql SET search_path = talent, pg_catalog AS $$
      BEGIN
        NEW.audience := CASE NEW.scope WHEN 'NATIONWIDE' THEN '*' WHEN 'SAME_BLOCK' THEN coalesce(NEW.owner_block, '-') ELSE '-' END;
        NEW.terms := array(SELECT 'g:' || g FROM unnest(talent.search_grams(NEW.search_text)) g)
          || array(SELECT 'k:' || k FROM unnest(NEW.kinds) k)
          || array(SELECT 'v:' || v FROM unnest(NEW.work_forms) v)
          || array(SELECT 'w:' || w FROM unnest(NEW.work_styles) w)
          || CASE WHEN NEW.prefecture_code IS NULL THEN '{}'::text[] ELSE ARRAY['h:' || NEW.prefecture_code] END;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER need_terms BEFORE INSERT OR UPDATE ON need FOR EACH ROW EXECUTE FUNCTION need_terms()`);
    await q.query(`CREATE INDEX need_terms_idx ON need USING gin (terms) WITH (fastupdate = off)`);
    await q.query(`CREATE INDEX need_owner_idx ON need (owner_operator_id, created_at DESC)`);
    await q.query(`CREATE INDEX need_open_idx ON need (opened_at DESC, id) WHERE status = 'OPEN'`);
    await q.query(`ALTER TABLE need ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE need FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY owner_all ON need FOR ALL
      USING (owner_operator_id = current_operator()) WITH CHECK (owner_operator_id = current_operator())`);
    await q.query(`CREATE POLICY shared_read ON need FOR SELECT USING (
      status = 'OPEN' AND owner_operator_id <> current_operator() AND audience IN ('*', (SELECT current_block())))`);
    await q.query(`CREATE POLICY admin_read ON need FOR SELECT USING (current_viewer_role() = 'NATIONAL_ADMIN')`);

    await q.query(`CREATE TABLE matching (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      need_id uuid NOT NULL REFERENCES need(id) ON DELETE CASCADE,
      company_id text NOT NULL,
      need_operator_id text NOT NULL,
      talent_id text NOT NULL REFERENCES talent_profile(id) ON DELETE CASCADE,
      card_id text NOT NULL,
      talent_operator_id text NOT NULL,
      purpose text NOT NULL,
      proposed_by_operator_id text NOT NULL,
      proposed_by_subject text,
      message text,
      status text NOT NULL DEFAULT 'PROPOSED'
        CHECK (status IN ('PROPOSED', 'INTRODUCED', 'INTERVIEWING', 'CONCLUDED', 'NOT_CONCLUDED')),
      introduction_id uuid REFERENCES introduction(id) ON DELETE SET NULL,
      not_concluded_reason text,
      not_concluded_note text,
      proposed_at timestamptz NOT NULL DEFAULT now(),
      introduced_at timestamptz,
      interviewing_at timestamptz,
      concluded_at timestamptz,
      not_concluded_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      is_demo boolean NOT NULL DEFAULT false,
      CHECK (need_operator_id <> talent_operator_id),
      CHECK (status <> 'NOT_CONCLUDED' OR not_concluded_reason IS NOT NULL)
    )`);
    await q.query(`CREATE UNIQUE INDEX matching_one_live_idx ON matching (need_id, talent_id) WHERE status <> 'NOT_CONCLUDED'`);
    await q.query(`CREATE INDEX matching_need_operator_idx ON matching (need_operator_id, status, updated_at DESC)`);
    await q.query(`CREATE INDEX matching_talent_operator_idx ON matching (talent_operator_id, status, updated_at DESC)`);
    await q.query(`CREATE INDEX matching_need_idx ON matching (need_id)`);

    // The person's operator keeps seeing the need of its matchings after the need is matched or closed.
    await q.query(`CREATE POLICY matched_read ON need FOR SELECT USING (EXISTS (
      SELECT 1 FROM matching m WHERE m.need_id = need.id AND m.talent_operator_id = current_operator()))`);

    await q.query(`CREATE TABLE matching_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      matching_id uuid NOT NULL REFERENCES matching(id) ON DELETE CASCADE,
      need_operator_id text NOT NULL,
      talent_operator_id text NOT NULL,
      from_status text,
      to_status text NOT NULL,
      actor_subject text,
      actor_operator_id text NOT NULL,
      request_id text NOT NULL,
      note text,
      at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX matching_event_matching_idx ON matching_event (matching_id, id)`);

    await q.query(`CREATE TABLE placement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      matching_id uuid UNIQUE REFERENCES matching(id) ON DELETE SET NULL,
      company_id text NOT NULL,
      need_operator_id text NOT NULL,
      talent_operator_id text NOT NULL,
      talent_ref text NOT NULL,
      program_id text,
      placement_type text NOT NULL,
      start_date date NOT NULL,
      end_date date CHECK (end_date IS NULL OR end_date >= start_date),
      fiscal_year integer NOT NULL,
      is_demo boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX placement_need_operator_idx ON placement (need_operator_id, fiscal_year)`);
    await q.query(`CREATE INDEX placement_talent_operator_idx ON placement (talent_operator_id, fiscal_year)`);

    for (const table of ["matching", "matching_event", "placement"]) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY party_read ON ${table} FOR SELECT USING (
        need_operator_id = current_operator() OR talent_operator_id = current_operator() OR current_viewer_role() = 'NATIONAL_ADMIN')`);
    }
    await q.query(`CREATE POLICY party_insert ON matching FOR INSERT WITH CHECK (
      proposed_by_operator_id = current_operator() AND (need_operator_id = current_operator() OR talent_operator_id = current_operator()))`);
    await q.query(`CREATE POLICY party_update ON matching FOR UPDATE
      USING (need_operator_id = current_operator() OR talent_operator_id = current_operator())
      WITH CHECK (need_operator_id = current_operator() OR talent_operator_id = current_operator())`);
    await q.query(`REVOKE DELETE, TRUNCATE ON matching FROM hub_talent_app`);
    await q.query(`CREATE POLICY actor_insert ON matching_event FOR INSERT WITH CHECK (
      actor_operator_id = current_operator() AND (need_operator_id = current_operator() OR talent_operator_id = current_operator()))`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON matching_event FROM hub_talent_app`);
    await q.query(`CREATE POLICY party_insert ON placement FOR INSERT WITH CHECK (
      need_operator_id = current_operator() OR talent_operator_id = current_operator())`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON placement FROM hub_talent_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["placement", "matching_event", "matching", "need", "company_ref"]) await q.query(`DROP TABLE ${table}`);
    await q.query(`DROP FUNCTION need_terms()`);
    await q.query(`DROP FUNCTION publish_company(text, text, text[], text, boolean)`);
  }
}
