import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Facts the seed now carries, applied to databases seeded before (a fresh database gets them from the seed):
 * - the start year of each model region's consultation desk (相談窓口), the first year the case's activity timeline
 *   lists it (S0);
 * - every case-study outcome says whether its text is VERBATIM (printed as is; five S1 sentences, with their line) or a
 *   SUMMARY (the earlier texts composed from a program's name and the document's note).
 * Only rows still without the value are touched: an administrator's edit stays.
 */
const DESK_YEARS: [string, number][] = [
  ["pg-shiojiri-madoguchi", 2024],
  ["pg-mishima-desk", 2022],
  ["pg-hitachi-desk", 2024],
  ["pg-daigo-desk", 2024],
  ["pg-hitachiota-desk", 2024],
  ["pg-matsumoto-desk", 2024],
];

const VERBATIM_S1: [string, number][] = [
  ["case-s1-dotdoto", 352],
  ["case-s1-fisherman-japan", 377],
  ["case-s1-gunma-logistics", 408],
  ["case-s1-hakone-dmo", 422],
  ["case-s1-kuwana", 437],
];

export class DeskYearsAndTextKinds1765200001000 implements MigrationInterface {
  name = "DeskYearsAndTextKinds1765200001000";

  async up(q: QueryRunner): Promise<void> {
    for (const [id, year] of DESK_YEARS) {
      await q.query(`UPDATE program SET started_year = $2 WHERE id = $1 AND started_year IS NULL`, [id, year]);
    }
    for (const [id, line] of VERBATIM_S1) {
      await q.query(
        `UPDATE case_study SET outcomes = jsonb_set(outcomes, '{0}', (outcomes -> 0) || $2::jsonb)
         WHERE id = $1 AND jsonb_array_length(outcomes) > 0 AND (outcomes -> 0 ->> 'textKind') IS NULL`,
        [id, JSON.stringify({ textKind: "VERBATIM", source: { document: "001_4db6bae2530d025b.txt", line } })],
      );
    }
    await q.query(
      `UPDATE case_study SET outcomes = (
         SELECT jsonb_agg(CASE WHEN o ->> 'textKind' IS NULL THEN o || '{"textKind": "SUMMARY"}'::jsonb ELSE o END ORDER BY n)
         FROM jsonb_array_elements(outcomes) WITH ORDINALITY AS t(o, n))
       WHERE jsonb_array_length(outcomes) > 0 AND EXISTS (SELECT 1 FROM jsonb_array_elements(outcomes) o WHERE o ->> 'textKind' IS NULL)`,
    );
  }

  async down(): Promise<void> {
    // Data only: the values are facts of the documents; nothing to undo in the schema.
  }
}
