import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The talent schema with row-level security. The application role (`hub_talent_app`) owns nothing here and cannot bypass
 * RLS; every policy reads the tenant from `app.operator_id`, which the request scope sets with `set_config(..., true)`.
 * A missing or empty setting matches no operator, so a query without it sees no rows.
 *
 * Who sees what:
 * - talent_profile: the owner whole; another operator only while an active consent of the person covers it (scope). The
 *   profile holds no name or contact: those live in talent_contact, so a consented share exposes only the redacted card.
 * - talent_contact: the owner; and the requesting operator of an ACCEPTED introduction whose consent is still active.
 * - consent: the owner; another operator sees only active consents that cover it (needed by the policies above).
 * - introduction: the two operators involved.
 * - provision_record, access_audit: provider/recipient (actor/subject) operators; the national administrator reads all.
 *   Both are append-only for the application.
 * - talent_pool_summary: aggregates, readable by everyone, writable by the owner only.
 */
export class CreateTalent1764100000000 implements MigrationInterface {
  name = "CreateTalent1764100000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION current_operator() RETURNS text LANGUAGE sql STABLE
      AS $$ SELECT nullif(current_setting('app.operator_id', true), '') $$`);
    await q.query(`CREATE FUNCTION current_viewer_role() RETURNS text LANGUAGE sql STABLE
      AS $$ SELECT coalesce(nullif(current_setting('app.viewer_role', true), ''), 'ANONYMOUS') $$`);

    await q.query(`CREATE TABLE operator_region (
      operator_id text PRIMARY KEY,
      prefecture_code text,
      block text
    )`);

    // Is a consent row (of a person owned by owner_operator_id) open to the operator asking right now?
    await q.query(`CREATE FUNCTION consent_open_to_viewer(scope text, revoked_at timestamptz, expires_at timestamptz, owner_operator_id text)
      RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT talent.current_operator() IS NOT NULL
          AND owner_operator_id <> talent.current_operator()
          AND revoked_at IS NULL
          AND (expires_at IS NULL OR expires_at > now())
          AND CASE scope
            WHEN 'NATIONWIDE' THEN true
            WHEN 'SAME_BLOCK' THEN EXISTS (
              SELECT 1 FROM talent.operator_region o JOIN talent.operator_region v ON v.block = o.block
              WHERE o.operator_id = owner_operator_id AND v.operator_id = talent.current_operator() AND o.block IS NOT NULL)
            ELSE false
          END
      $$`);

    await q.query(`CREATE TABLE talent_profile (
      id text PRIMARY KEY,
      operator_id text NOT NULL,
      card_id text NOT NULL UNIQUE,
      kinds text[] NOT NULL,
      skills text[] NOT NULL DEFAULT '{}',
      search_text text NOT NULL DEFAULT '',
      years_of_experience integer,
      availability text NOT NULL,
      preferred_work_styles text[] NOT NULL DEFAULT '{}',
      interest_in_region text,
      home_prefecture_code text,
      is_demo boolean NOT NULL DEFAULT false,
      registered_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX talent_profile_operator_idx ON talent_profile (operator_id, id)`);

    await q.query(`CREATE TABLE talent_contact (
      talent_id text PRIMARY KEY REFERENCES talent_profile(id) ON DELETE CASCADE,
      operator_id text NOT NULL,
      display_name text NOT NULL,
      email text,
      phone text
    )`);
    await q.query(`CREATE INDEX talent_contact_operator_idx ON talent_contact (operator_id)`);

    await q.query(`CREATE TABLE consent (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      talent_id text NOT NULL REFERENCES talent_profile(id) ON DELETE CASCADE,
      operator_id text NOT NULL,
      scope text NOT NULL CHECK (scope IN ('OWN_OPERATOR', 'SAME_BLOCK', 'NATIONWIDE')),
      purposes text[] NOT NULL CHECK (cardinality(purposes) > 0),
      obtained_at timestamptz NOT NULL,
      method text NOT NULL,
      expires_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX consent_talent_idx ON consent (talent_id)`);
    await q.query(`CREATE INDEX consent_operator_idx ON consent (operator_id)`);

    await q.query(`CREATE TABLE introduction (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      talent_id text NOT NULL REFERENCES talent_profile(id) ON DELETE CASCADE,
      card_id text NOT NULL,
      owner_operator_id text NOT NULL,
      requester_operator_id text NOT NULL,
      requester_subject text,
      consent_id uuid NOT NULL,
      purpose text NOT NULL,
      message text NOT NULL,
      status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
      requested_at timestamptz NOT NULL DEFAULT now(),
      accepted_at timestamptz,
      declined_at timestamptz,
      withdrawn_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE UNIQUE INDEX introduction_one_open_idx ON introduction (talent_id, requester_operator_id) WHERE status = 'OPEN'`);
    await q.query(`CREATE INDEX introduction_owner_idx ON introduction (owner_operator_id, requested_at)`);
    await q.query(`CREATE INDEX introduction_requester_idx ON introduction (requester_operator_id, requested_at)`);

    // No foreign keys to the profile: these records outlive erasure (APPI 29/30条, kept 3 years).
    await q.query(`CREATE TABLE provision_record (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      provider_operator_id text NOT NULL,
      recipient_operator_id text NOT NULL,
      talent_ref text NOT NULL,
      items text[] NOT NULL,
      consent_id uuid NOT NULL,
      consent_scope text NOT NULL,
      consent_obtained_at timestamptz NOT NULL,
      consent_method text NOT NULL,
      purpose text NOT NULL,
      introduction_id uuid NOT NULL,
      provided_at timestamptz NOT NULL DEFAULT now(),
      retain_until timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX provision_record_provider_idx ON provision_record (provider_operator_id, talent_ref)`);
    await q.query(`CREATE INDEX provision_record_recipient_idx ON provision_record (recipient_operator_id)`);

    await q.query(`CREATE TABLE access_audit (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      action text NOT NULL,
      actor_subject text,
      actor_operator_id text NOT NULL,
      actor_role text NOT NULL,
      subject_talent_id text NOT NULL,
      subject_operator_id text NOT NULL,
      card_id text,
      fields text[] NOT NULL,
      consent_id uuid,
      purpose text,
      request_id text NOT NULL
    )`);
    await q.query(`CREATE INDEX access_audit_actor_idx ON access_audit (actor_operator_id, id)`);
    await q.query(`CREATE INDEX access_audit_subject_idx ON access_audit (subject_operator_id, id)`);

    await q.query(`CREATE TABLE talent_pool_summary (
      operator_id text PRIMARY KEY,
      total integer NOT NULL,
      demo_count integer NOT NULL,
      by_kind jsonb NOT NULL
    )`);

    const tables = [
      "operator_region",
      "talent_profile",
      "talent_contact",
      "consent",
      "introduction",
      "provision_record",
      "access_audit",
      "talent_pool_summary",
    ];
    for (const table of tables) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
    }

    await q.query(`CREATE POLICY read_all ON operator_region FOR SELECT USING (true)`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON operator_region FROM hub_talent_app`);

    await q.query(`CREATE POLICY owner_all ON talent_profile FOR ALL
      USING (operator_id = current_operator()) WITH CHECK (operator_id = current_operator())`);
    await q.query(`CREATE POLICY consented_read ON talent_profile FOR SELECT USING (EXISTS (
      SELECT 1 FROM consent c WHERE c.talent_id = talent_profile.id
        AND consent_open_to_viewer(c.scope, c.revoked_at, c.expires_at, talent_profile.operator_id)))`);

    await q.query(`CREATE POLICY owner_all ON talent_contact FOR ALL
      USING (operator_id = current_operator()) WITH CHECK (operator_id = current_operator())`);
    await q.query(`CREATE POLICY introduced_read ON talent_contact FOR SELECT USING (EXISTS (
      SELECT 1 FROM introduction i JOIN consent c ON c.id = i.consent_id
      WHERE i.talent_id = talent_contact.talent_id AND i.status = 'ACCEPTED'
        AND i.requester_operator_id = current_operator()
        AND consent_open_to_viewer(c.scope, c.revoked_at, c.expires_at, talent_contact.operator_id)))`);

    await q.query(`CREATE POLICY owner_all ON consent FOR ALL
      USING (operator_id = current_operator()) WITH CHECK (operator_id = current_operator())`);
    await q.query(`CREATE POLICY open_read ON consent FOR SELECT
      USING (consent_open_to_viewer(scope, revoked_at, expires_at, operator_id))`);

    await q.query(`CREATE POLICY party_read ON introduction FOR SELECT
      USING (owner_operator_id = current_operator() OR requester_operator_id = current_operator())`);
    await q.query(`CREATE POLICY requester_insert ON introduction FOR INSERT
      WITH CHECK (requester_operator_id = current_operator() AND owner_operator_id <> current_operator())`);
    await q.query(`CREATE POLICY party_update ON introduction FOR UPDATE
      USING (owner_operator_id = current_operator() OR requester_operator_id = current_operator())
      WITH CHECK (owner_operator_id = current_operator() OR requester_operator_id = current_operator())`);
    await q.query(`CREATE POLICY owner_delete ON introduction FOR DELETE USING (owner_operator_id = current_operator())`);

    await q.query(`CREATE POLICY party_read ON provision_record FOR SELECT USING (
      provider_operator_id = current_operator() OR recipient_operator_id = current_operator()
      OR current_viewer_role() = 'NATIONAL_ADMIN')`);
    await q.query(`CREATE POLICY provider_insert ON provision_record FOR INSERT
      WITH CHECK (provider_operator_id = current_operator())`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON provision_record FROM hub_talent_app`);

    await q.query(`CREATE POLICY party_read ON access_audit FOR SELECT USING (
      actor_operator_id = current_operator() OR subject_operator_id = current_operator()
      OR current_viewer_role() = 'NATIONAL_ADMIN')`);
    await q.query(`CREATE POLICY actor_insert ON access_audit FOR INSERT
      WITH CHECK (actor_operator_id = current_operator())`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON access_audit FROM hub_talent_app`);

    await q.query(`CREATE POLICY read_all ON talent_pool_summary FOR SELECT USING (true)`);
    await q.query(`CREATE POLICY owner_insert ON talent_pool_summary FOR INSERT WITH CHECK (operator_id = current_operator())`);
    await q.query(`CREATE POLICY owner_update ON talent_pool_summary FOR UPDATE
      USING (operator_id = current_operator()) WITH CHECK (operator_id = current_operator())`);
    await q.query(`CREATE POLICY owner_delete ON talent_pool_summary FOR DELETE USING (operator_id = current_operator())`);

    // The migration bookkeeping belongs to the owner; the application has no business touching it.
    await q.query(`REVOKE ALL ON migrations FROM hub_talent_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      "talent_pool_summary",
      "access_audit",
      "provision_record",
      "introduction",
      "consent",
      "talent_contact",
      "talent_profile",
      "operator_region",
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION consent_open_to_viewer(text, timestamptz, timestamptz, text)`);
    await q.query(`DROP FUNCTION current_viewer_role()`);
    await q.query(`DROP FUNCTION current_operator()`);
  }
}
