import type { MigrationInterface, QueryRunner } from "typeorm";

const SIGNATURE = `card_terms(search_text text, kinds text[], purposes text[], audience text, home_prefecture_code text,
    availability text, work_styles text[], interest_in_region text)`;

/**
 * Purpose and audience become one term of `shared_card.terms`: `p:SIDE_JOB_MATCHING@*` (shared nationwide) or
 * `p:SIDE_JOB_MATCHING@KANTO` (shared within the owner's block), instead of `p:SIDE_JOB_MATCHING` and `a:*`. Every search
 * and suggestion asks for both, and both were the longest posting lists of the index (each purpose about two fifths of
 * the cards, `a:*` seven tenths): every GIN arm intersected them. One term per purpose and audience is one shorter list
 * (a search asks `terms && ARRAY['p:X@*', 'p:X@<viewer's block>']`). At 200,000 people a ranked three-skill arm went from
 * 5.0 to 3.5 ms and the bounded sample of that search from 19.7 to 15.9 ms (median of 30, interleaved, on a copy).
 *
 * The 8-argument `card_terms`, which the projection functions call, is re-created with the same signature; the read
 * model is rebuilt once. Row-level security is unchanged: it compares the `audience` column, never the terms.
 */
export class PurposeAudienceTerms1766300000000 implements MigrationInterface {
  name = "PurposeAudienceTerms1766300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION ${SIGNATURE} RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT array(SELECT 'g:' || g FROM unnest(talent.search_grams(search_text)) g)
        || array(SELECT 'k:' || k FROM unnest(kinds) k)
        || array(SELECT 'p:' || p || '@' || audience FROM unnest(purposes) p)
        || ARRAY['v:' || availability]
        || CASE WHEN home_prefecture_code IS NULL THEN '{}'::text[] ELSE ARRAY['h:' || home_prefecture_code] END
        || array(SELECT 'w:' || w FROM unnest(work_styles) w)
        || CASE WHEN interest_in_region IS NULL THEN '{}'::text[] ELSE ARRAY['i:' || interest_in_region] END $$`);
    await q.query(`SELECT rebuild_shared_cards()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION ${SIGNATURE} RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT talent.card_terms(search_text, kinds, purposes, audience, home_prefecture_code, availability)
        || array(SELECT 'w:' || w FROM unnest(work_styles) w)
        || CASE WHEN interest_in_region IS NULL THEN '{}'::text[] ELSE ARRAY['i:' || interest_in_region] END $$`);
    await q.query(`SELECT rebuild_shared_cards()`);
  }
}
