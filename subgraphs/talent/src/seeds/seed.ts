import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { prefectureByName } from "@jinjibu/domain";
import operators from "./data/operators.json";
import demoPeople from "./data/demo-people.json";
import { seedDemand } from "./demand-seed";

export interface DemoProfile {
  id: string;
  operator_id: string;
  kinds: string[];
  skills: string[];
  search_text: string;
  years_of_experience: number;
  availability: string;
  preferred_work_styles: string[];
  interest_in_region: string | null;
  home_prefecture_code: string;
  display_name: string;
  email: string;
  phone: string;
}

export interface DemoConsent {
  id: string;
  talent_id: string;
  operator_id: string;
  scope: string;
  purposes: string[];
  obtained_at: string;
  method: string;
}

/**
 * The demo people (faker's Japanese locale, fixed seed, generated once by `demo-generator.ts` and checked in as
 * `data/demo-people.json`), so the service needs no faker at run time and every install seeds the same people.
 */
export function generateDemoData(): { profiles: DemoProfile[]; consents: DemoConsent[] } {
  return structuredClone(demoPeople as { profiles: DemoProfile[]; consents: DemoConsent[] });
}

const affected = (result: unknown): number => (Array.isArray(result) ? result.length : 0);

/** Recomputes every operator's aggregate row (derived data, so recomputing is idempotent). */
async function refreshAllSummaries(em: EntityManager): Promise<void> {
  await em.query(
    `INSERT INTO talent_pool_summary (operator_id, total, demo_count, by_kind)
     SELECT p.operator_id, count(*), count(*) FILTER (WHERE p.is_demo),
       coalesce((SELECT jsonb_object_agg(kind, n) FROM (
         SELECT unnest(q.kinds) AS kind, count(*) AS n FROM talent_profile q WHERE q.operator_id = p.operator_id GROUP BY 1) k), '{}'::jsonb)
     FROM talent_profile p GROUP BY p.operator_id
     ON CONFLICT (operator_id) DO UPDATE
       SET total = EXCLUDED.total, demo_count = EXCLUDED.demo_count, by_kind = EXCLUDED.by_kind`,
  );
}

/**
 * Loads the operators' regions (from the documents' facts) and the generated demo people. Runs as the owner. Idempotent:
 * existing rows are left as they are, and demo people are generated only into a pool that has none, so a second run
 * inserts nothing.
 */
export async function seedTalent(dataSource: DataSource): Promise<Record<string, number>> {
  const { profiles, consents } = generateDemoData();
  return dataSource.transaction(async (em) => {
    const regions = operators.map((op) => {
      const prefecture = prefectureByName(op.prefecture);
      return { operator_id: op.id, prefecture_code: prefecture?.code ?? null, block: prefecture?.block ?? null };
    });
    const regionRows = await em.query(
      `INSERT INTO operator_region (operator_id, prefecture_code, block)
       SELECT operator_id, prefecture_code, block FROM jsonb_to_recordset($1::jsonb) AS x(operator_id text, prefecture_code text, block text)
       ON CONFLICT (operator_id) DO NOTHING RETURNING operator_id`,
      [JSON.stringify(regions)],
    );
    // Once demo people exist, never add them again: an erased demo person must stay erased on the next start.
    const [{ demo }]: { demo: string }[] = await em.query(`SELECT count(*) AS demo FROM talent_profile WHERE is_demo`);
    if (Number(demo) > 0) {
      await refreshAllSummaries(em);
      return { operator_region: affected(regionRows), talent_profile: 0, talent_contact: 0, consent: 0, ...(await seedDemand(em)) };
    }
    const withCards = profiles.map((p) => ({ ...p, card_id: `card-${randomUUID()}` }));
    const profileRows = await em.query(
      `INSERT INTO talent_profile (id, operator_id, card_id, kinds, skills, search_text, years_of_experience, availability,
         preferred_work_styles, interest_in_region, home_prefecture_code, is_demo, registered_at, updated_at)
       SELECT id, operator_id, card_id, kinds, skills, search_text, years_of_experience, availability,
         preferred_work_styles, interest_in_region, home_prefecture_code, true, '2026-04-01T09:00:00+09:00', '2026-04-01T09:00:00+09:00'
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, operator_id text, card_id text, kinds text[], skills text[], search_text text,
         years_of_experience int, availability text, preferred_work_styles text[], interest_in_region text, home_prefecture_code text)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [JSON.stringify(withCards)],
    );
    const contactRows = await em.query(
      `INSERT INTO talent_contact (talent_id, operator_id, display_name, email, phone)
       SELECT id, operator_id, display_name, email, phone
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, operator_id text, display_name text, email text, phone text)
       ON CONFLICT (talent_id) DO NOTHING RETURNING talent_id`,
      [JSON.stringify(profiles)],
    );
    const consentRows = await em.query(
      `INSERT INTO consent (id, talent_id, operator_id, scope, purposes, obtained_at, method)
       SELECT id, talent_id, operator_id, scope, purposes, obtained_at, method
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, talent_id text, operator_id text, scope text, purposes text[],
         obtained_at timestamptz, method text)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [JSON.stringify(consents)],
    );
    await refreshAllSummaries(em);
    return {
      operator_region: affected(regionRows),
      talent_profile: affected(profileRows),
      talent_contact: affected(contactRows),
      consent: affected(consentRows),
      ...(await seedDemand(em)),
    };
  });
}
