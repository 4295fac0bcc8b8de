import type { MigrationInterface, QueryRunner } from "typeorm";

/** Columns of `shared_card` filled from a consent `c`, its profile `p` and the owner's region `r`. */
const PROJECTED_COLUMNS = `consent_id, talent_id, card_id, owner_operator_id, owner_block, scope, audience, purposes, obtained_at,
  expires_at, kinds, skills, search_text, terms, years_of_experience, availability, preferred_work_styles, interest_in_region,
  home_prefecture_code, is_demo, registered_at`;
const PROJECTED_VALUES = `c.id, p.id, p.card_id, p.operator_id, r.block, c.scope,
  CASE c.scope WHEN 'NATIONWIDE' THEN '*' ELSE r.block END, c.purposes, c.obtained_at, c.expires_at, p.kinds, p.skills,
  p.search_text, talent.card_terms(p.search_text, p.kinds, c.purposes, CASE c.scope WHEN 'NATIONWIDE' THEN '*' ELSE r.block END,
    p.home_prefecture_code, p.availability), p.years_of_experience, p.availability, p.preferred_work_styles,
  p.interest_in_region, p.home_prefecture_code, p.is_demo, p.registered_at`;
// fastupdate off: no pending list for searches to scan; each grant pays its index update at once.
const TERMS_INDEX = `CREATE INDEX shared_card_terms_idx ON talent.shared_card USING gin (terms) WITH (fastupdate = off)`;

/** Only consents that can ever be shown to another operator are projected: active, and NATIONWIDE or SAME_BLOCK with a block. */
const SHAREABLE = `c.revoked_at IS NULL AND (c.scope = 'NATIONWIDE' OR (c.scope = 'SAME_BLOCK' AND r.block IS NOT NULL))`;
const FROM = `FROM talent.consent c JOIN talent.talent_profile p ON p.id = c.talent_id
  LEFT JOIN talent.operator_region r ON r.operator_id = p.operator_id`;

/**
 * The read model of cross-region sharing (issue 8): `shared_card`, one row per shareable consent and person, holding the
 * owner, the audience (`*` nationwide or the owner's regional block), purposes, expiry and the card fields the search
 * filters on, plus `terms`, one GIN-indexed text array of everything a search can ask for: `g:` every 1- and 2-character
 * piece of the normalised skills (so two-character words such as 営業, 副業, 研修 are found by the index: a word matches
 * through all of its pairs, then an exact substring test rechecks), `k:` kinds, `p:` purposes, `a:` audience, `h:` home
 * prefecture, `v:` availability. One index scan intersects them all, so the heap is read only for real matches. Triggers keep it in the same transaction as every change to a profile,
 * a consent (grant, narrowing, revocation) or an owner's region; erasure removes it by foreign-key cascade; expiry is a
 * condition of the row-level-security policy, so an expired consent is invisible at once.
 *
 * Row-level security stays the enforcement (FORCE, the application role owns nothing). Its policy only compares the
 * row's own columns with the viewer's settings (the block comes from one InitPlan per statement), so there is no per-row
 * subplan. PostgreSQL uses a search condition as an index condition under RLS only if its operator is LEAKPROOF; the
 * array operators `@>`/`&&` (arraycontains, arrayoverlap) are not marked so by default although they raise no
 * value-dependent error for text arrays. The migration marks them LEAKPROOF when it runs as a superuser (the embedded
 * cluster and the tests do); otherwise it leaves a NOTICE, and the search stays correct but filters instead of using the
 * GIN indexes.
 *
 * Also: the talent `idempotency_key` table (the hub-wide `claimIdempotencyKey` contract), rows scoped to the operator by
 * RLS because results hold personal data; and `access_audit` learns `outcome`/`reason` for denied reads of personal data.
 */
export class SharedCardReadModel1764200000000 implements MigrationInterface {
  name = "SharedCardReadModel1764200000000";

  async up(q: QueryRunner): Promise<void> {
    // 1- and 2-character pieces of every line of a normalised search text (lines are skills; no piece spans two skills).
    await q.query(`CREATE FUNCTION search_grams(search_text text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT g ORDER BY g), '{}'::text[]) FROM (
        SELECT substr(line, i, n) AS g
        FROM unnest(string_to_array(search_text, E'\\n')) AS line,
             LATERAL generate_series(1, char_length(line)) AS i,
             LATERAL (VALUES (1), (2)) AS len(n)
        WHERE i + n - 1 <= char_length(line)
      ) pieces $$`);

    await q.query(`CREATE FUNCTION card_terms(search_text text, kinds text[], purposes text[], audience text,
        home_prefecture_code text, availability text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT array(SELECT 'g:' || g FROM unnest(talent.search_grams(search_text)) g)
        || array(SELECT 'k:' || k FROM unnest(kinds) k)
        || array(SELECT 'p:' || p FROM unnest(purposes) p)
        || ARRAY['a:' || audience, 'v:' || availability]
        || CASE WHEN home_prefecture_code IS NULL THEN '{}'::text[] ELSE ARRAY['h:' || home_prefecture_code] END $$`);

    await q.query(`CREATE FUNCTION current_block() RETURNS text LANGUAGE sql STABLE
      AS $$ SELECT block FROM talent.operator_region WHERE operator_id = talent.current_operator() $$`);

    await q.query(`CREATE TABLE shared_card (
      consent_id uuid PRIMARY KEY REFERENCES consent(id) ON DELETE CASCADE,
      talent_id text NOT NULL REFERENCES talent_profile(id) ON DELETE CASCADE,
      card_id text NOT NULL,
      owner_operator_id text NOT NULL,
      owner_block text,
      scope text NOT NULL,
      audience text NOT NULL,
      purposes text[] NOT NULL,
      obtained_at timestamptz NOT NULL,
      expires_at timestamptz,
      kinds text[] NOT NULL,
      skills text[] NOT NULL,
      search_text text NOT NULL,
      terms text[] NOT NULL,
      years_of_experience integer,
      availability text NOT NULL,
      preferred_work_styles text[] NOT NULL,
      interest_in_region text,
      home_prefecture_code text,
      is_demo boolean NOT NULL,
      registered_at timestamptz NOT NULL
    )`);
    await q.query(TERMS_INDEX);
    // Keyset order of the search (most recently registered first): a page of a broad search walks it and stops.
    await q.query(`CREATE INDEX shared_card_recent_idx ON shared_card (registered_at DESC, card_id DESC)`);
    await q.query(`CREATE INDEX shared_card_talent_idx ON shared_card (talent_id)`);
    await q.query(`CREATE INDEX shared_card_card_idx ON shared_card (card_id)`);
    await q.query(`CREATE INDEX shared_card_owner_idx ON shared_card (owner_operator_id)`);

    await q.query(`ALTER TABLE shared_card ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE shared_card FORCE ROW LEVEL SECURITY`);
    // Other operators: an unexpired share whose audience is everyone or the viewer's block. `(SELECT current_block())` is
    // an InitPlan: evaluated once per statement, not per row.
    await q.query(`CREATE POLICY shared_read ON shared_card FOR SELECT USING (
      owner_operator_id <> current_operator()
      AND audience IN ('*', (SELECT current_block()))
      AND (expires_at IS NULL OR expires_at > now()))`);
    // The owner sees (and its own changes maintain, through the triggers below) its own people's rows.
    await q.query(`CREATE POLICY owner_all ON shared_card FOR ALL
      USING (owner_operator_id = current_operator()) WITH CHECK (owner_operator_id = current_operator())`);
    // Only the triggers (as the owner) write the projection.
    await q.query(`REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON shared_card FROM hub_talent_app`);

    await q.query(`CREATE FUNCTION project_consent(consent uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = talent, pg_catalog AS $$
      BEGIN
        DELETE FROM talent.shared_card WHERE consent_id = consent;
        INSERT INTO talent.shared_card (${PROJECTED_COLUMNS}) SELECT ${PROJECTED_VALUES} ${FROM} WHERE c.id = consent AND ${SHAREABLE};
      END $$`);
    await q.query(`CREATE FUNCTION project_talent(talent text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = talent, pg_catalog AS $$
      BEGIN
        DELETE FROM talent.shared_card WHERE talent_id = talent;
        INSERT INTO talent.shared_card (${PROJECTED_COLUMNS}) SELECT ${PROJECTED_VALUES} ${FROM} WHERE c.talent_id = talent AND ${SHAREABLE};
      END $$`);
    await q.query(`CREATE FUNCTION project_operator(operator text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = talent, pg_catalog AS $$
      BEGIN
        DELETE FROM talent.shared_card WHERE owner_operator_id = operator;
        INSERT INTO talent.shared_card (${PROJECTED_COLUMNS}) SELECT ${PROJECTED_VALUES} ${FROM} WHERE p.operator_id = operator AND ${SHAREABLE};
      END $$`);

    // Bulk loads (the benchmark's COPY) disable the consent trigger and rebuild once; also a repair tool for the owner.
    await q.query(`CREATE FUNCTION rebuild_shared_cards() RETURNS bigint LANGUAGE plpgsql
      SET search_path = talent, pg_catalog AS $$
      DECLARE n bigint;
      BEGIN
        -- Emptied and refilled with the GIN index built once at the end (much faster than row by row).
        TRUNCATE talent.shared_card;
        DROP INDEX talent.shared_card_terms_idx;
        -- In keyset order, so the heap follows the recency index (as it does when people are registered one by one).
        INSERT INTO talent.shared_card (${PROJECTED_COLUMNS}) SELECT ${PROJECTED_VALUES} ${FROM} WHERE ${SHAREABLE}
          ORDER BY p.registered_at DESC, p.card_id DESC;
        GET DIAGNOSTICS n = ROW_COUNT;
        ${TERMS_INDEX};
        RETURN n;
      END $$`);
    for (const fn of ["rebuild_shared_cards()", "project_consent(uuid)", "project_talent(text)", "project_operator(text)"]) {
      await q.query(`REVOKE EXECUTE ON FUNCTION ${fn} FROM PUBLIC`);
    }

    // A consent change: lock the person's profile (FOR SHARE conflicts with a concurrent profile UPDATE), so the card
    // fields copied are those of the last committed profile, whichever of the two transactions commits first.
    await q.query(`CREATE FUNCTION consent_projected() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = talent, pg_catalog AS $$
      BEGIN
        PERFORM 1 FROM talent.talent_profile WHERE id = NEW.talent_id FOR SHARE;
        PERFORM talent.project_consent(NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER consent_projected AFTER INSERT OR UPDATE ON consent FOR EACH ROW EXECUTE FUNCTION consent_projected()`);

    await q.query(`CREATE FUNCTION profile_projected() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = talent, pg_catalog AS $$
      BEGIN
        PERFORM talent.project_talent(NEW.id);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER profile_projected AFTER UPDATE ON talent_profile FOR EACH ROW
      WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION profile_projected()`);

    await q.query(`CREATE FUNCTION region_projected() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = talent, pg_catalog AS $$
      BEGIN
        PERFORM talent.project_operator(NEW.operator_id);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER region_projected AFTER INSERT OR UPDATE ON operator_region FOR EACH ROW
      WHEN (NEW.block IS NOT NULL) EXECUTE FUNCTION region_projected()`);

    // Backfill what exists (the migration runs as the owner).
    await q.query(`SELECT rebuild_shared_cards()`);

    // The consented view of a profile (used by id lookups) now reads the projection instead of testing consents per row.
    await q.query(`ALTER POLICY consented_read ON talent_profile USING (EXISTS (
      SELECT 1 FROM shared_card s WHERE s.talent_id = talent_profile.id))`);

    await q.query(`DO $$ BEGIN
      IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        ALTER FUNCTION pg_catalog.arraycontains(anyarray, anyarray) LEAKPROOF;
        ALTER FUNCTION pg_catalog.arrayoverlap(anyarray, anyarray) LEAKPROOF;
      ELSE
        RAISE NOTICE 'talent: not a superuser, so @> and && stay non-leakproof; shared_card searches filter instead of using the GIN indexes';
      END IF;
    END $$`);

    await q.query(`CREATE TABLE idempotency_key (
      subject text NOT NULL,
      key text NOT NULL,
      operation text NOT NULL,
      fingerprint text NOT NULL,
      result jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      operator_id text NOT NULL DEFAULT coalesce(current_operator(), ''),
      PRIMARY KEY (subject, key)
    )`);
    await q.query(`ALTER TABLE idempotency_key ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE idempotency_key FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY operator_all ON idempotency_key FOR ALL
      USING (operator_id = current_operator()) WITH CHECK (operator_id = current_operator())`);
    await q.query(`REVOKE DELETE, TRUNCATE ON idempotency_key FROM hub_talent_app`);

    // Denied reads of personal data are recorded too (written in their own short transaction by the service).
    await q.query(`ALTER TABLE access_audit ADD COLUMN outcome text NOT NULL DEFAULT 'ALLOWED' CHECK (outcome IN ('ALLOWED', 'DENIED'))`);
    await q.query(`ALTER TABLE access_audit ADD COLUMN reason text`);
    // An operator's trail is read (page and bounded count) from these two indexes; each carries the other operator
    // column, which the RLS policy reads, so the count is an index-only scan at 10,000,000 rows.
    await q.query(`DROP INDEX access_audit_actor_idx`);
    await q.query(`DROP INDEX access_audit_subject_idx`);
    await q.query(`CREATE INDEX access_audit_actor_idx ON access_audit (actor_operator_id, id) INCLUDE (subject_operator_id)`);
    await q.query(`CREATE INDEX access_audit_subject_idx ON access_audit (subject_operator_id, id) INCLUDE (actor_operator_id)`);
    // One person's trail (disclosure requests) and time windows stay index scans at 10,000,000 rows.
    await q.query(`CREATE INDEX access_audit_subject_talent_idx ON access_audit (subject_talent_id, id)`);
    await q.query(`CREATE INDEX access_audit_at_brin ON access_audit USING brin (at)`);
    // A denied attempt on a card the viewer cannot see: the audit row names the card's person for its owner's trail,
    // without revealing anything to the caller (the function returns nothing).
    await q.query(`CREATE FUNCTION record_denied_card_access(card text, attempted text, denial text, actor_subject text,
        actor_role text, fields text[], purpose text, request text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = talent, pg_catalog AS $$
      BEGIN
        IF talent.current_operator() IS NULL THEN RETURN; END IF;
        INSERT INTO talent.access_audit (action, actor_subject, actor_operator_id, actor_role, subject_talent_id,
          subject_operator_id, card_id, fields, consent_id, purpose, request_id, outcome, reason)
        SELECT attempted, actor_subject, talent.current_operator(), actor_role, p.id, p.operator_id, card, fields, NULL,
          purpose, request, 'DENIED', denial
        FROM talent.talent_profile p WHERE p.card_id = card;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION record_denied_card_access(text, text, text, text, text, text[], text, text)`);
    await q.query(`DROP INDEX access_audit_at_brin`);
    await q.query(`DROP INDEX access_audit_subject_talent_idx`);
    await q.query(`DROP INDEX access_audit_actor_idx`);
    await q.query(`DROP INDEX access_audit_subject_idx`);
    await q.query(`CREATE INDEX access_audit_actor_idx ON access_audit (actor_operator_id, id)`);
    await q.query(`CREATE INDEX access_audit_subject_idx ON access_audit (subject_operator_id, id)`);
    await q.query(`ALTER TABLE access_audit DROP COLUMN reason`);
    await q.query(`ALTER TABLE access_audit DROP COLUMN outcome`);
    await q.query(`DROP TABLE idempotency_key`);
    await q.query(`ALTER POLICY consented_read ON talent_profile USING (EXISTS (
      SELECT 1 FROM consent c WHERE c.talent_id = talent_profile.id
        AND consent_open_to_viewer(c.scope, c.revoked_at, c.expires_at, talent_profile.operator_id)))`);
    await q.query(`DROP TRIGGER region_projected ON operator_region`);
    await q.query(`DROP TRIGGER profile_projected ON talent_profile`);
    await q.query(`DROP TRIGGER consent_projected ON consent`);
    await q.query(`DROP FUNCTION region_projected()`);
    await q.query(`DROP FUNCTION profile_projected()`);
    await q.query(`DROP FUNCTION consent_projected()`);
    await q.query(`DROP FUNCTION rebuild_shared_cards()`);
    await q.query(`DROP FUNCTION project_operator(text)`);
    await q.query(`DROP FUNCTION project_talent(text)`);
    await q.query(`DROP FUNCTION project_consent(uuid)`);
    await q.query(`DROP TABLE shared_card`);
    await q.query(`DROP FUNCTION current_block()`);
    await q.query(`DROP FUNCTION card_terms(text, text[], text[], text, text, text)`);
    await q.query(`DROP FUNCTION search_grams(text)`);
  }
}
