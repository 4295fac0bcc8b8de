import type { EntityManager } from "typeorm";
import { normalizeForSearch, prefectureByCode, talentKindLabels, type TalentKind as DomainTalentKind } from "@jinjibu/domain";
import { notFound, type BaseContext } from "@jinjibu/federation";
import { SuggestionReasonKind } from "../demand.enums";
import { toNeed, type Need, type NeedRow } from "../entities/demand";
import { TalentCard } from "../entities/talent-profile.entity";
import { AuditAction, availabilityLabels, InterestInRegion, interestInRegionLabels, workStyleLabels, type Availability, type WorkStyle } from "../enums";
import { NeedSuggestion, NeedSuggestions, SuggestionReason, TalentSuggestion } from "../types/demand.types";
import { writeAudit } from "./audit.service";
import { isUuid, ruleInput } from "./need.service";
import { CARD_FIELDS, purposeAudienceTerms, queryGrams } from "./talent-search.service";
import { viewerBlock } from "./viewer-block";

/** Cards (or needs) considered per suggestion: the most recently registered (opened) consented matches, like a search's bound. */
export const SUGGESTION_BOUND = 1000;
export const MAX_SUGGESTIONS = 50;

/** Points of each reason; the score is their sum. The SQL orders by the same weights. */
export const WEIGHTS = { skill: 3, kind: 2, availability: 2, workStyle: 1, interestStrong: 2, interestRelated: 1, prefecture: 1 } as const;

/** What one side of a suggestion offers: a card (person) or a need, in the same terms. */
interface Profile {
  kinds: string[];
  /** Normalised skill lines. */
  skillText: string;
  availability: string;
  workStyles: string[];
  interest: string | null;
  prefectureCode: string | null;
}

interface Wanted {
  kinds: string[];
  /** Skills as written, and normalised. */
  skills: { label: string; word: string }[];
  workForms: string[];
  workStyles: string[];
  prefectureCode: string | null;
}

/** The reasons, in words, why `profile` fits `wanted` (strongest first). */
export function reasonsFor(wanted: Wanted, profile: Profile): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  const add = (kind: SuggestionReasonKind, textJa: string, points: number) => reasons.push(Object.assign(new SuggestionReason(), { kind, textJa, points }));
  const lines = profile.skillText.split("\n").filter(Boolean);
  const common = wanted.skills.filter((s) => s.word && lines.some((line) => line.includes(s.word)));
  if (common.length > 0) add(SuggestionReasonKind.SKILLS, `共通するスキル: ${common.map((s) => s.label).join("、")}`, WEIGHTS.skill * common.length);
  const kinds = wanted.kinds.filter((k) => profile.kinds.includes(k));
  if (kinds.length > 0) add(SuggestionReasonKind.KIND, `人材区分が合う: ${kinds.map((k) => talentKindLabels[k as DomainTalentKind]).join("、")}`, WEIGHTS.kind);
  if (wanted.workForms.includes(profile.availability)) {
    add(SuggestionReasonKind.AVAILABILITY, `働き方が合う: ${availabilityLabels[profile.availability as Availability]}`, WEIGHTS.availability);
  }
  const styles = wanted.workStyles.filter((w) => profile.workStyles.includes(w));
  if (styles.length > 0) add(SuggestionReasonKind.WORK_STYLE, `勤務形態が合う: ${styles.map((w) => workStyleLabels[w as WorkStyle]).join("、")}`, WEIGHTS.workStyle);
  if (profile.interest) {
    const strong = profile.interest === InterestInRegion.RELOCATION || profile.interest === InterestInRegion.DUAL_RESIDENCE;
    add(SuggestionReasonKind.INTEREST_IN_REGION, `地域への関心: ${interestInRegionLabels[profile.interest as InterestInRegion]}`, strong ? WEIGHTS.interestStrong : WEIGHTS.interestRelated);
  }
  if (wanted.prefectureCode && profile.prefectureCode === wanted.prefectureCode) {
    add(SuggestionReasonKind.PREFECTURE, `企業と同じ都道府県に住んでいる: ${prefectureByCode(wanted.prefectureCode)?.nameJa ?? wanted.prefectureCode}`, WEIGHTS.prefecture);
  }
  return reasons.sort((a, b) => b.points - a.points);
}

const wantedOf = (need: Need, searchText: string): Wanted => {
  const words = searchText.split("\n");
  return {
    kinds: need.kinds,
    skills: need.skills.map((label, i) => ({ label, word: words[i] ?? normalizeForSearch(label) })).filter((s) => s.word),
    workForms: need.workForms,
    workStyles: need.workStyles,
    prefectureCode: need.prefectureCode,
  };
};

/** SQL of the interest points (same weights as `reasonsFor`). */
const interestPoints = (column: string) =>
  `CASE WHEN ${column} IN ('RELOCATION', 'DUAL_RESIDENCE') THEN ${WEIGHTS.interestStrong} WHEN ${column} IS NOT NULL THEN ${WEIGHTS.interestRelated} ELSE 0 END`;

function checkFirst(first: number | null | undefined): number {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SUGGESTIONS) throw ruleInput("SUGGESTIONS_FIRST", `first は1〜${MAX_SUGGESTIONS}で指定してください。`);
  return n;
}

interface CandidateRow {
  consent_id: string;
  talent_id: string;
  card_id: string;
  owner_operator_id: string;
  kinds: string[];
  skills: string[];
  search_text: string;
  years_of_experience: number | null;
  availability: string;
  preferred_work_styles: string[];
  interest_in_region: string | null;
  home_prefecture_code: string | null;
  is_demo: boolean;
  score: number;
}

/**
 * The SQL of a need's suggestions over the read model (exported for EXPLAIN in the benchmark): under RLS, the consented
 * cards of the purpose and audience that share a kind or a skill with the need — the most recently registered
 * `SUGGESTION_BOUND` of them, through the same GIN `terms` index as a search — scored, best first.
 */
export function suggestionSql(need: Need, searchText: string, block: string | null, first: number): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  const wanted = wantedOf(need, searchText);
  const base = `terms && ${p(purposeAudienceTerms(need.purpose, block), "text[]")}`;
  const arms = [`terms && ${p(need.kinds.map((k) => `k:${k}`), "text[]")}`];
  for (const s of wanted.skills) arms.push(`terms @> ${p(queryGrams(s.word).map((g) => `g:${g}`), "text[]")}`);
  const skillScore = wanted.skills.length
    ? wanted.skills.map((s) => `(strpos(search_text, ${p(s.word, "text")}) > 0)::int`).join(" + ")
    : "0";
  const score = `(${WEIGHTS.skill} * (${skillScore}) + ${WEIGHTS.kind} * (kinds && ${p(need.kinds, "text[]")})::int
      + ${WEIGHTS.availability} * (availability = ANY(${p(need.workForms, "text[]")}))::int
      + ${WEIGHTS.workStyle} * (preferred_work_styles && ${p(need.workStyles, "text[]")})::int
      + ${interestPoints("interest_in_region")}
      + ${WEIGHTS.prefecture} * (home_prefecture_code IS NOT DISTINCT FROM ${p(need.prefectureCode, "text")} AND home_prefecture_code IS NOT NULL)::int)`;
  const text = `WITH candidates AS MATERIALIZED (
      SELECT consent_id, talent_id, card_id, owner_operator_id, kinds, skills, search_text, years_of_experience, availability,
        preferred_work_styles, interest_in_region, home_prefecture_code, is_demo, registered_at, obtained_at
      FROM shared_card
      WHERE owner_operator_id <> current_operator() AND ${base} AND (${arms.join(" OR ")})
      ORDER BY registered_at DESC, card_id DESC LIMIT ${SUGGESTION_BOUND + 1}),
    cards AS (SELECT DISTINCT ON (card_id) *, ${score} AS score FROM candidates ORDER BY card_id, obtained_at DESC)
    SELECT (SELECT count(*) FROM candidates)::int AS considered,
      (SELECT coalesce(json_agg(c ORDER BY c.score DESC, c.registered_at DESC, c.card_id DESC), '[]'::json)
       FROM (SELECT * FROM cards ORDER BY score DESC, registered_at DESC, card_id DESC LIMIT ${first}) c) AS rows`;
  return { text, params };
}

async function loadOwnNeedRow(em: EntityManager, operatorId: string, needId: string): Promise<NeedRow> {
  if (!isUuid(needId)) throw notFound("その案件は見つかりません (自事業者の案件ではありません)。");
  const rows: NeedRow[] = await em.query(`SELECT * FROM need WHERE id = $1 AND owner_operator_id = $2`, [needId, operatorId]);
  if (!rows[0]) throw notFound("その案件は見つかりません (自事業者の案件ではありません)。");
  return rows[0];
}

/**
 * Suggestions for a need of the viewer's operator: consented cards of every region the viewer may see (RLS on
 * shared_card: a revoked or expired consent is gone at the next request), ranked with reasons. Statements: the need, the
 * viewer's block (once a minute per operator, see `viewerBlock`), one suggestion query, the live matchings of the shown cards, one audit insert (every card shown).
 */
export async function suggestTalentForNeed(ctx: BaseContext, em: EntityManager, operatorId: string, needId: string, firstArg: number | null): Promise<NeedSuggestions> {
  const first = checkFirst(firstArg);
  const row = await loadOwnNeedRow(em, operatorId, needId);
  const need = toNeed(row, operatorId);
  const block = await viewerBlock(ctx, em);
  const sql = suggestionSql(need, row.search_text, block, first);
  const [result]: { considered: number; rows: CandidateRow[] }[] = await em.query(sql.text, sql.params);
  const rows = result!.rows;
  const live: { card_id: string; id: string }[] = rows.length
    ? await em.query(`SELECT card_id, id FROM matching WHERE need_id = $1 AND status <> 'NOT_CONCLUDED' AND card_id = ANY($2::text[])`, [
        needId,
        rows.map((r) => r.card_id),
      ])
    : [];
  const wanted = wantedOf(need, row.search_text);
  const items = rows.map((r) =>
    Object.assign(new TalentSuggestion(), {
      card: Object.assign(new TalentCard(), {
        cardId: r.card_id,
        talentId: r.talent_id,
        consentId: r.consent_id,
        operatorId: r.owner_operator_id,
        kinds: r.kinds as DomainTalentKind[],
        skills: r.skills,
        yearsOfExperience: r.years_of_experience,
        availability: r.availability as Availability,
        interestInRegion: r.interest_in_region as InterestInRegion | null,
        homePrefectureCode: r.home_prefecture_code,
        isDemo: r.is_demo,
      }),
      score: r.score,
      reasons: reasonsFor(wanted, {
        kinds: r.kinds,
        skillText: r.search_text,
        availability: r.availability,
        workStyles: r.preferred_work_styles,
        interest: r.interest_in_region,
        prefectureCode: r.home_prefecture_code,
      }),
      matchingId: live.find((m) => m.card_id === r.card_id)?.id ?? null,
    }),
  );
  await writeAudit(
    ctx,
    em,
    items.map((item) => ({
      action: AuditAction.CARD_VIEW,
      subjectTalentId: item.card.talentId,
      subjectOperatorId: item.card.operatorId,
      cardId: item.card.cardId,
      fields: CARD_FIELDS,
      consentId: item.card.consentId,
      purpose: need.purpose,
    })),
  );
  return Object.assign(new NeedSuggestions(), {
    need,
    items,
    considered: Math.min(result!.considered, SUGGESTION_BOUND),
    consideredIsLowerBound: result!.considered > SUGGESTION_BOUND,
  });
}

interface OwnCardRow {
  kinds: string[];
  search_text: string;
  availability: string;
  preferred_work_styles: string[];
  interest_in_region: string | null;
  home_prefecture_code: string | null;
}

/**
 * Open needs of other regions that one of the viewer's own people fits, for the owning coordinator to propose: only
 * needs visible to the operator (RLS: scope and block) whose owner the person's consent covers for the need's purpose
 * (the person's own shared_card rows), ranked with reasons.
 */
export async function suggestNeedsForTalent(em: EntityManager, operatorId: string, talentId: string, firstArg: number | null): Promise<NeedSuggestion[]> {
  const first = checkFirst(firstArg);
  const profiles: OwnCardRow[] = await em.query(
    `SELECT kinds, search_text, availability, preferred_work_styles, interest_in_region, home_prefecture_code FROM talent_profile WHERE id = $1 AND operator_id = $2`,
    [talentId, operatorId],
  );
  const person = profiles[0];
  if (!person) throw notFound("その人材は自事業者のプールにいません。");
  const words = person.search_text.split("\n").filter(Boolean);
  const grams = [...new Set(words.flatMap((w) => queryGrams(w)).map((g) => `g:${g}`))];
  const rows: (NeedRow & { search_text: string; score: number })[] = await em.query(
    `WITH candidates AS MATERIALIZED (
       SELECT n.* FROM need n
       WHERE n.status = 'OPEN' AND n.owner_operator_id <> current_operator()
         AND (n.terms && $1::text[] OR n.terms && $2::text[])
         AND EXISTS (SELECT 1 FROM shared_card s WHERE s.talent_id = $3 AND s.owner_operator_id = current_operator()
           AND s.purposes @> ARRAY[n.purpose] AND s.audience IN ('*', n.owner_block) AND (s.expires_at IS NULL OR s.expires_at > now()))
       ORDER BY n.opened_at DESC NULLS LAST, n.id LIMIT ${SUGGESTION_BOUND})
     SELECT c.*, (${WEIGHTS.skill} * (SELECT count(*) FROM unnest(string_to_array(c.search_text, E'\\n')) w WHERE w <> '' AND strpos($4, w) > 0)::int
       + ${WEIGHTS.kind} * (c.kinds && $5::text[])::int + ${WEIGHTS.availability} * ($6 = ANY(c.work_forms))::int
       + ${WEIGHTS.workStyle} * (c.work_styles && $7::text[])::int + ${interestPoints("$8::text")}
       + ${WEIGHTS.prefecture} * (c.prefecture_code IS NOT NULL AND c.prefecture_code = $9::text)::int) AS score
     FROM candidates c ORDER BY score DESC, c.opened_at DESC NULLS LAST, c.id LIMIT ${first}`,
    [
      person.kinds.map((k) => `k:${k}`),
      grams,
      talentId,
      person.search_text,
      person.kinds,
      person.availability,
      person.preferred_work_styles,
      person.interest_in_region,
      person.home_prefecture_code,
    ],
  );
  const live: { need_id: string; id: string }[] = rows.length
    ? await em.query(`SELECT need_id, id FROM matching WHERE talent_id = $1 AND status <> 'NOT_CONCLUDED' AND need_id = ANY($2::uuid[])`, [
        talentId,
        rows.map((r) => r.id),
      ])
    : [];
  const profile: Profile = {
    kinds: person.kinds,
    skillText: person.search_text,
    availability: person.availability,
    workStyles: person.preferred_work_styles,
    interest: person.interest_in_region,
    prefectureCode: person.home_prefecture_code,
  };
  return rows.map((row) => {
    const need = toNeed(row, operatorId);
    return Object.assign(new NeedSuggestion(), {
      need,
      score: row.score,
      reasons: reasonsFor(wantedOf(need, row.search_text), profile),
      matchingId: live.find((m) => m.need_id === row.id)?.id ?? null,
    });
  });
}
