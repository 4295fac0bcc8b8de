import type { MigrationInterface, QueryRunner } from "typeorm";

/** Columns of `shared_card` filled from a consent `c`, its profile `p` and the owner's region `r` (as in 1764200000000). */
const PROJECTED_COLUMNS = `consent_id, talent_id, card_id, owner_operator_id, owner_block, scope, audience, purposes, obtained_at,
  expires_at, kinds, skills, search_text, terms, years_of_experience, availability, preferred_work_styles, interest_in_region,
  home_prefecture_code, is_demo, registered_at`;
/** `terms` now also holds `w:` work styles and `i:` interest in the region (the 8-argument `card_terms`). */
const projectedValues = (terms: string) => `c.id, p.id, p.card_id, p.operator_id, r.block, c.scope,
  CASE c.scope WHEN 'NATIONWIDE' THEN '*' ELSE r.block END, c.purposes, c.obtained_at, c.expires_at, p.kinds, p.skills,
  p.search_text, ${terms}, p.years_of_experience, p.availability, p.preferred_work_styles,
  p.interest_in_region, p.home_prefecture_code, p.is_demo, p.registered_at`;
const TERMS_V2 = `talent.card_terms(p.search_text, p.kinds, c.purposes, CASE c.scope WHEN 'NATIONWIDE' THEN '*' ELSE r.block END,
    p.home_prefecture_code, p.availability, p.preferred_work_styles, p.interest_in_region)`;
const TERMS_V1 = `talent.card_terms(p.search_text, p.kinds, c.purposes, CASE c.scope WHEN 'NATIONWIDE' THEN '*' ELSE r.block END,
    p.home_prefecture_code, p.availability)`;
const TERMS_INDEX = `CREATE INDEX shared_card_terms_idx ON talent.shared_card USING gin (terms) WITH (fastupdate = off)`;
const SHAREABLE = `c.revoked_at IS NULL AND (c.scope = 'NATIONWIDE' OR (c.scope = 'SAME_BLOCK' AND r.block IS NOT NULL))`;
const FROM = `FROM talent.consent c JOIN talent.talent_profile p ON p.id = c.talent_id
  LEFT JOIN talent.operator_region r ON r.operator_id = p.operator_id`;

/** The projection functions of 1764200000000, re-created with the given `terms` expression (same bodies otherwise). */
async function projectionFunctions(q: QueryRunner, terms: string): Promise<void> {
  const values = projectedValues(terms);
  await q.query(`CREATE OR REPLACE FUNCTION project_consent(consent uuid) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = talent, pg_catalog AS $$
    BEGIN
      DELETE FROM talent.shared_card WHERE consent_id = consent;
      INSERT INTO talent.shared_card (${PROJECTED_COLUMNS}) SELECT ${values} ${FROM} WHERE c.id = consent AND ${SHAREABLE};
    END $$`);
  await q.query(`CREATE OR REPLACE FUNCTION project_talent(talent text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = talent, pg_catalog AS $$
    BEGIN
      DELETE FROM talent.shared_card WHERE talent_id = talent;
      INSERT INTO talent.shared_card (${PROJECTED_COLUMNS}) SELECT ${values} ${FROM} WHERE c.talent_id = talent AND ${SHAREABLE};
    END $$`);
  await q.query(`CREATE OR REPLACE FUNCTION project_operator(operator text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = talent, pg_catalog AS $$
    BEGIN
      DELETE FROM talent.shared_card WHERE owner_operator_id = operator;
      INSERT INTO talent.shared_card (${PROJECTED_COLUMNS}) SELECT ${values} ${FROM} WHERE p.operator_id = operator AND ${SHAREABLE};
    END $$`);
  await q.query(`CREATE OR REPLACE FUNCTION rebuild_shared_cards() RETURNS bigint LANGUAGE plpgsql
    SET search_path = talent, pg_catalog AS $$
    DECLARE n bigint;
    BEGIN
      TRUNCATE talent.shared_card;
      DROP INDEX talent.shared_card_terms_idx;
      INSERT INTO talent.shared_card (${PROJECTED_COLUMNS}) SELECT ${values} ${FROM} WHERE ${SHAREABLE}
        ORDER BY p.registered_at DESC, p.card_id DESC;
      GET DIAGNOSTICS n = ROW_COUNT;
      ${TERMS_INDEX};
      RETURN n;
    END $$`);
}

/**
 * Cross-region search by work style and interest in the region (issue 9 §6): `shared_card.terms` also holds `w:` every
 * preferred work style and `i:` the interest in the region, so both filters are conditions of the same GIN index as the
 * others (`terms && ARRAY['w:REMOTE', 'w:HYBRID']`: any of). The projection functions (which the triggers call) are
 * re-created to compute the terms with the new 8-argument `card_terms`; the backfill rebuilds the read model once.
 */
export class SharedCardWorkStyleTerms1764250000000 implements MigrationInterface {
  name = "SharedCardWorkStyleTerms1764250000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION card_terms(search_text text, kinds text[], purposes text[], audience text,
        home_prefecture_code text, availability text, work_styles text[], interest_in_region text) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT talent.card_terms(search_text, kinds, purposes, audience, home_prefecture_code, availability)
        || array(SELECT 'w:' || w FROM unnest(work_styles) w)
        || CASE WHEN interest_in_region IS NULL THEN '{}'::text[] ELSE ARRAY['i:' || interest_in_region] END $$`);
    await projectionFunctions(q, TERMS_V2);
    await q.query(`SELECT rebuild_shared_cards()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await projectionFunctions(q, TERMS_V1);
    await q.query(`SELECT rebuild_shared_cards()`);
    await q.query(`DROP FUNCTION card_terms(text, text[], text[], text, text, text, text[], text)`);
  }
}
