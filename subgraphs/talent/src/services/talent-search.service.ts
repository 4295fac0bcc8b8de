import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import {
  normalizeForSearch,
  prefectureByCode,
  REGIONAL_BLOCKS,
  RegionalBlock as DomainRegionalBlock,
  TalentKind as DomainTalentKind,
} from "@jinjibu/domain";
import { badUserInput, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type BaseContext, type ConnectionArgs } from "@jinjibu/federation";
import { TalentKindCount } from "../entities/records";
import { TalentCard } from "../entities/talent-profile.entity";
import { AuditAction, type Availability, InterestInRegion, WorkStyle } from "../enums";
import type { SharedTalentFilter } from "../inputs/talent-profile.input";
import { MAX_TIERED_SKILLS, RegionalBlockCount, SEARCH_COUNT_BOUND, TalentSearchFacets, type TalentCardConnection } from "../types/talent-search.types";
import { AUDIT_COLUMNS } from "./audit.service";
import { viewerBlock } from "./viewer-block";
import { assertCleanText } from "./input-rules";

export const MAX_SEARCH_SKILLS = 20;
export const MAX_SKILL_LENGTH = 50;

/** The fields a card shows; recorded in every CARD_VIEW audit row. */
export const CARD_FIELDS = [
  "kinds",
  "skills",
  "yearsOfExperience",
  "availability",
  "interestInRegion",
  "homePrefectureCode",
  "ownerOperator",
];

const KIND_ORDER = Object.values(DomainTalentKind) as string[];
const BLOCK_ORDER = REGIONAL_BLOCKS.map((b) => b.code as string);

/**
 * The pieces `shared_card.grams` indexes (the same as the SQL function `talent.search_grams`): every character and every
 * pair of adjacent characters (code points) of a normalised word. A word is found by the GIN index through all of its
 * pieces: one character → that character; two or more → all of its pairs. The exact substring test rechecks the rows.
 */
export function queryGrams(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length === 1) return chars;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) pairs.add(chars[i]! + chars[i + 1]!);
  return [...pairs];
}

/**
 * The pieces a search looks a word up by when the exact substring test rechecks every row (words of three or more
 * characters): at most three of its pairs — the first, the middle and the last. Any subset of the pairs finds every row
 * that has the word (the recheck removes rows that have the pieces elsewhere); each piece left out is one posting list
 * fewer for the GIN index to intersect, and a common word's pairs are about equally frequent, so three narrow the
 * candidates nearly as much as six.
 */
export function lookupGrams(word: string): string[] {
  const grams = queryGrams(word);
  if (grams.length <= 3) return grams;
  return [grams[0]!, grams[Math.floor((grams.length - 1) / 2)]!, grams[grams.length - 1]!];
}

function normalisedWord(field: string, value: string): string {
  assertCleanText(field, value);
  const word = normalizeForSearch(value);
  const length = Array.from(word).length;
  if (length < 1 || length > MAX_SKILL_LENGTH) {
    throw badUserInput(`${field} must be 1 to ${MAX_SKILL_LENGTH} characters (after removing spaces); got ${length}.`);
  }
  return word;
}

/** An "any of" enum list filter: null when absent; at least one value, each one of `allowed`, duplicates removed. */
function anyOf(field: string, values: readonly string[] | null | undefined, allowed: readonly string[]): string[] | null {
  if (values == null) return null;
  if (values.length === 0) throw badUserInput(`${field}, when given, must list at least one value (${allowed.join(", ")}).`);
  const unknown = values.find((v) => !allowed.includes(v));
  if (unknown) throw badUserInput(`${field} must list values of ${allowed.join(", ")}; got ${unknown}.`);
  return [...new Set(values)];
}

interface Keyset {
  /** Skills matched (only when the order ranks by it). */
  s?: number;
  /** registered_at, UTC with microseconds. */
  r: string;
  /** card id. */
  c: string;
}

/** Cursors carry the keyset and a digest of it with the filter: another filter's cursor or an edited one is refused. */
const CURSOR_CONTEXT = "jinjibu-talent-search-cursor-v1";
const digest = (payload: string, filterKey: string): string =>
  createHash("sha256").update(`${CURSOR_CONTEXT}\n${filterKey}\n${payload}`).digest("base64url").slice(0, 22);

export function encodeSearchCursor(keyset: Keyset, filterKey: string): string {
  const payload = Buffer.from(JSON.stringify(keyset), "utf8").toString("base64url");
  return `${payload}.${digest(payload, filterKey)}`;
}

export function decodeSearchCursor(cursor: string, filterKey: string, ranked: boolean): Keyset {
  const refuse = () =>
    badUserInput("`after` is not a cursor this search issued: pass an `endCursor` from a previous page of the same search.");
  const [payload, sig, extra] = cursor.split(".");
  if (!payload || !sig || extra !== undefined || cursor.length > 512 || digest(payload, filterKey) !== sig) throw refuse();
  let keyset: Keyset;
  try {
    keyset = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Keyset;
  } catch {
    throw refuse();
  }
  const validTime = typeof keyset.r === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(keyset.r);
  const validScore = ranked ? Number.isInteger(keyset.s) && keyset.s! >= 1 && keyset.s! <= MAX_SEARCH_SKILLS + 1 : keyset.s === undefined;
  if (!validTime || typeof keyset.c !== "string" || !validScore) throw refuse();
  return keyset;
}

/** A validated search: the SQL conditions and parameters over `shared_card` (RLS adds who may see which row). */
interface SearchPlan {
  purpose: string;
  where: string[];
  params: unknown[];
  /** Index in `params` of the viewer's audience terms. */
  audienceParam: number;
  /** Index in `params` of the viewer's operator (its own people are never in its search). */
  operatorParam: number;
  /** SQL of "how many of `skills` the card has", or null when every match has the same count (no ranking needed). */
  score: string | null;
  /**
   * The conditions with the skill arms replaced by one arm per pair of skills (every card with two or more of them is in
   * one), for ranked searches of up to MAX_TIERED_SKILLS skills; null otherwise.
   */
  pairWhere: string[] | null;
  /** How many of `params` the conditions of `where` use (the pairs' parameters come after them). */
  whereParams: number;
  filterKey: string;
  first: number;
  after: string | null;
}

/**
 * The read model's terms for cards of `purpose` that a viewer whose operator is in `block` (null: none) may see: shared
 * nationwide, or with the viewer's block. Purpose and audience are one term (`p:SIDE_JOB_MATCHING@*`), so every index
 * arm intersects one short posting list instead of two long ones (migration 1766300000000).
 */
export const purposeAudienceTerms = (purpose: string, block: string | null): string[] =>
  block ? [`p:${purpose}@*`, `p:${purpose}@${block}`] : [`p:${purpose}@*`];

/**
 * Validates and builds the search. The audience parameter is filled in with the viewer's terms once validated: constants,
 * so the planner estimates them from statistics and picks well between walking the recency index and a bitmap of matches.
 */
function planSearch(filter: SharedTalentFilter, page: ConnectionArgs): SearchPlan {
  if (filter.purpose == null) {
    throw badUserInput("filter.purpose is required: pass the SharingPurpose you search for (e.g. SIDE_JOB_MATCHING); people consent per purpose.");
  }
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}; got ${first}.`);
  }
  if (page.after != null) assertCleanText("after", page.after);
  const skill = filter.skill == null ? null : normalisedWord("filter.skill", filter.skill);
  if (filter.skills != null && filter.skills.length > MAX_SEARCH_SKILLS) {
    throw badUserInput(`filter.skills may list at most ${MAX_SEARCH_SKILLS} skills; got ${filter.skills.length}.`);
  }
  const skills = [...new Set((filter.skills ?? []).map((s, i) => normalisedWord(`filter.skills[${i}]`, s)))];
  if (filter.prefectureCode != null && !prefectureByCode(filter.prefectureCode)) {
    throw badUserInput("prefectureCode must be a JIS X 0401 code from \"01\" to \"47\".");
  }
  if (filter.kinds != null && filter.kinds.length === 0) throw badUserInput("kinds, when given, must list at least one kind.");
  const kinds = filter.kinds == null ? null : [...new Set(filter.kinds)];
  const unknownKind = kinds?.find((k) => !KIND_ORDER.includes(k));
  if (unknownKind) throw badUserInput(`kinds must be TalentKind values (${KIND_ORDER.join(", ")}); got ${unknownKind}.`);
  const workStyles = anyOf("workStyles", filter.workStyles, Object.values(WorkStyle));
  const interests = anyOf("interestInRegion", filter.interestInRegion, Object.values(InterestInRegion));
  const block = filter.block == null ? null : REGIONAL_BLOCKS.find((b) => b.code === filter.block);
  if (filter.block != null && !block) throw badUserInput(`block must be a RegionalBlock (${BLOCK_ORDER.join(", ")}).`);

  const params: unknown[] = [];
  const p = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  // Every condition is on `terms` (one GIN index intersects them) plus the exact substring rechecks. The purpose and
  // audience test repeats the RLS policy's audience so the index can use it; the policy remains the enforcement.
  const required: string[] = [];
  // A word of one or two characters is exactly its own piece (no recheck); a longer one is rechecked by substring below.
  if (skill) required.push(...(Array.from(skill).length > 2 ? lookupGrams(skill) : queryGrams(skill)).map((g) => `g:${g}`));
  if (filter.prefectureCode != null) required.push(`h:${filter.prefectureCode}`);
  if (filter.availability != null) required.push(`v:${filter.availability}`);
  // With `skills`, each skill is one arm holding every required term, so the arms combine as a BitmapOr of index scans.
  // Every skill is rechecked by substring (the `tests` below), so each arm looks its word up by at most three pieces.
  const arms = skills.length > 0 ? skills.map((s) => [...required, ...lookupGrams(s).map((g) => `g:${g}`)]) : [required];
  const operatorParam = params.length;
  // The viewer's own operator as a constant (filled in once validated); RLS compares with the same setting.
  const where = [`owner_operator_id <> ${p(null, "text")}`];
  // Index 1 when there are skills: the arms, which ranked searches replace by pairs of skills below.
  if (arms.length > 1) where.push(`(${arms.map((arm) => `terms @> ${p(arm, "text[]")}`).join(" OR ")})`);
  else if (arms[0]!.length > 0) where.push(`terms @> ${p(arms[0], "text[]")}`);
  where.push(`terms && ${p(purposeAudienceTerms(filter.purpose, null), "text[]")}`);
  const audienceParam = params.length - 1;
  if (kinds) where.push(`terms && ${p(kinds.map((k) => `k:${k}`), "text[]")}`);
  if (block) where.push(`terms && ${p(block.prefectureCodes.map((c) => `h:${c}`), "text[]")}`);
  if (workStyles) where.push(`terms && ${p(workStyles.map((w) => `w:${w}`), "text[]")}`);
  if (interests) where.push(`terms && ${p(interests.map((i) => `i:${i}`), "text[]")}`);
  // A word of one or two characters is exactly its own piece (pieces never span two skills): no recheck needed.
  if (skill && Array.from(skill).length > 2) where.push(`strpos(search_text, ${p(skill, "text")}) > 0`);
  let score: string | null = null;
  if (skills.length > 0) {
    const tests = skills.map((s) => `(strpos(search_text, ${p(s, "text")}) > 0)`);
    where.push(`(${tests.join(" OR ")})`);
    if (skills.length > 1) score = `(${tests.map((t) => `${t}::int`).join(" + ")})`;
  }
  // The parameters of `where` (a statement without the pairs sends only these).
  const whereParams = params.length;
  let pairWhere: string[] | null = null;
  if (skills.length > 1 && skills.length <= MAX_TIERED_SKILLS) {
    const pairs: string[] = [];
    for (let i = 0; i < skills.length; i += 1) {
      for (let j = i + 1; j < skills.length; j += 1) {
        const grams = [...new Set([...lookupGrams(skills[i]!), ...lookupGrams(skills[j]!)])].map((g) => `g:${g}`);
        pairs.push(`terms @> ${p([...required, ...grams], "text[]")}`);
      }
    }
    pairWhere = where.map((condition, i) => (i === 1 ? `(${pairs.join(" OR ")})` : condition));
  }
  const filterKey = JSON.stringify([filter.purpose, kinds?.sort() ?? null, skill, [...skills].sort(), filter.prefectureCode ?? null, block?.code ?? null, filter.availability ?? null, workStyles?.sort() ?? null, interests?.sort() ?? null]);
  return { purpose: filter.purpose, where, params, whereParams, audienceParam, operatorParam, score, pairWhere, filterKey, first, after: page.after ?? null };
}

interface Counted {
  sampled: number;
  total: number;
  by_kind: Record<string, number>;
  by_prefecture: Record<string, number>;
}

interface CardRow {
  consent_id: string;
  talent_id: string;
  card_id: string;
  owner_operator_id: string;
  kinds: string[];
  skills: string[];
  years_of_experience: number | null;
  availability: string;
  interest_in_region: string | null;
  home_prefecture_code: string | null;
  is_demo: boolean;
  registered_key: string;
  score: number | null;
}

const toCard = (row: CardRow): TalentCard =>
  Object.assign(new TalentCard(), {
    cardId: row.card_id,
    talentId: row.talent_id,
    consentId: row.consent_id,
    operatorId: row.owner_operator_id,
    kinds: row.kinds as DomainTalentKind[],
    skills: row.skills,
    yearsOfExperience: row.years_of_experience,
    availability: row.availability as Availability,
    interestInRegion: row.interest_in_region as InterestInRegion | null,
    homePrefectureCode: row.home_prefecture_code,
    isDemo: row.is_demo,
  });

const PAGE_COLUMNS = `consent_id, talent_id, card_id, owner_operator_id, kinds, skills, years_of_experience, availability,
      interest_in_region, home_prefecture_code, is_demo, registered_at, obtained_at,
      to_char(registered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS registered_key`;
const RECENCY = "registered_at DESC, card_id DESC, obtained_at DESC";

/** Who reads the cards: written into every CARD_VIEW audit row by the statement that reads them. */
export interface SearchReader {
  subject: string | null;
  operatorId: string;
  role: string;
  requestId: string;
}

/**
 * The SQL of one search page (exported for EXPLAIN in tests and the benchmark), with its bounded count and facets when
 * `counts` is set, and the CARD_VIEW audit rows of the cards it shows: one statement, so a search costs one round trip
 * and no card leaves the database without its audit row (a failed insert fails the read).
 *
 * Unranked: the page walks the recency index (or a bitmap of the matches, as the planner finds cheaper) in keyset order
 * and stops; the count reads at most bound + 1 matches in any order. Ranked, two to MAX_TIERED_SKILLS skills: every
 * match, in tiers (`tieredPage`). Ranked, more skills: the bound's most recently registered matches form a narrow window
 * (ids, order keys, score and the facet fields only), ranked there; only the page's rows are then read in full, by key.
 *
 * The page fetches twice its size: a person with two matching consents appears twice in a row (same card), and only the
 * first of them (its latest consent) is shown. `shown` (JSON, in order) holds the page's cards, `unique_cards` how many
 * distinct cards the fetched rows held (more than `first`: there is a next page), `audited` the rows written.
 */
export function searchPageSql(plan: SearchPlan, keyset: Keyset | null, counts: boolean, reader: SearchReader): { text: string; params: unknown[] } {
  const params = [...plan.params];
  const p = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  params[plan.operatorParam] = reader.operatorId;
  const limit = (plan.first + 1) * 2;
  const where = plan.where.join(" AND ");
  const order = plan.score ? `score DESC, ${RECENCY}` : RECENCY;
  // `page` (the fetched rows, in order) and, when counted, the bounded sample the count and facets are read from.
  let ctes: string;
  let sample: string | null = counts ? "sample" : null;
  if (plan.score && !plan.pairWhere) {
    // Beyond MAX_TIERED_SKILLS: ranked among the bound's most recently registered matches, so a page never sorts the
    // whole country; when the total is exact (totalCountIsLowerBound false) that is every match. The same window gives
    // the bounded count and facets, so it is always counted.
    const keysetSql = keyset
      ? `WHERE (score, registered_at, card_id) < (${p(keyset.s, "int")}, ${p(keyset.r, "timestamptz")}, ${p(keyset.c, "text")})`
      : "";
    sample = "recent";
    ctes = `recent AS MATERIALIZED (
      SELECT consent_id, card_id, kinds, home_prefecture_code, registered_at, obtained_at, ${plan.score} AS score
      FROM shared_card WHERE ${where} ORDER BY registered_at DESC, card_id DESC LIMIT ${SEARCH_COUNT_BOUND + 1}),
    chosen AS (SELECT consent_id, score FROM recent ${keysetSql} ORDER BY ${order} LIMIT ${limit}),
    page AS (SELECT ${PAGE_COLUMNS}, chosen.score FROM chosen JOIN shared_card USING (consent_id))`;
  } else {
    if (plan.pairWhere) {
      ctes = tieredPage(plan, plan.pairWhere, keyset, limit, p);
    } else {
      const keysetSql = keyset ? ` AND (registered_at, card_id) < (${p(keyset.r, "timestamptz")}, ${p(keyset.c, "text")})` : "";
      ctes = `page AS (SELECT ${PAGE_COLUMNS}, NULL::int AS score FROM shared_card WHERE ${where}${keysetSql} ORDER BY ${RECENCY} LIMIT ${limit})`;
    }
    if (sample) ctes += `,
    ${sampleCte(where)}`;
  }
  if (sample) ctes += `,
    ${countCtes(sample)}`;
  // One row per card (its latest consent), the page's cards in order, and their audit rows.
  const text = `WITH ${ctes},
    firsts AS (SELECT DISTINCT ON (card_id) * FROM page ORDER BY card_id, obtained_at DESC),
    shown AS (SELECT * FROM firsts ORDER BY ${order} LIMIT ${plan.first}),
    audit AS (INSERT INTO access_audit (${AUDIT_COLUMNS})
      SELECT ${p(AuditAction.CARD_VIEW, "text")}, ${p(reader.subject, "text")}, ${p(reader.operatorId, "text")}, ${p(reader.role, "text")},
        talent_id, owner_operator_id, card_id, ${p(CARD_FIELDS, "text[]")}, consent_id, ${p(plan.purpose, "text")}, ${p(reader.requestId, "text")}
      FROM shown RETURNING 1)
    SELECT (SELECT coalesce(json_agg(shown ORDER BY ${order}), '[]'::json) FROM shown) AS page_rows,
      (SELECT count(*) FROM firsts)::int AS unique_cards, (SELECT count(*) FROM audit)::int AS audited${sample ? `,
      ${countColumns(sample)}` : ""}`;
  return { text, params };
}

/**
 * The page of a ranked search of two to MAX_TIERED_SKILLS skills, over every match: first the cards with two or more
 * of the skills (found through one index arm per pair of skills, so only they are read), by score then recency; then,
 * only if the page is not full yet, the cards with exactly one, by recency. PostgreSQL runs the second part only when
 * the first leaves room (an Append under a LIMIT reads its inputs in order).
 */
function tieredPage(plan: SearchPlan, pairWhere: string[], keyset: Keyset | null, limit: number, p: (value: unknown, cast: string) => string): string {
  const score = plan.score!;
  // After a card with one skill the first part is over: it stays in the statement (its parameters are typed there) but
  // is never run.
  const afterTwo = !keyset
    ? ""
    : keyset.s! >= 2
      ? ` AND (${score}, registered_at, card_id) < (${p(keyset.s, "int")}, ${p(keyset.r, "timestamptz")}, ${p(keyset.c, "text")})`
      : " AND false";
  const afterOne = keyset && keyset.s === 1 ? ` AND (registered_at, card_id) < (${p(keyset.r, "timestamptz")}, ${p(keyset.c, "text")})` : "";
  return `page AS (SELECT * FROM (
      (SELECT ${PAGE_COLUMNS}, ${score} AS score FROM shared_card
        WHERE ${pairWhere.join(" AND ")} AND ${score} >= 2${afterTwo} ORDER BY score DESC, ${RECENCY} LIMIT ${limit})
      UNION ALL
      (SELECT ${PAGE_COLUMNS}, 1 AS score FROM shared_card
        WHERE ${plan.where.join(" AND ")} AND ${score} = 1${afterOne} ORDER BY ${RECENCY} LIMIT ${limit})
    ) tiers LIMIT ${limit})`;
}

/**
 * The bounded count and facets of a search on their own (exported for EXPLAIN): at most bound + 1 matches in any order,
 * as `searchPageSql` counts them. Read beside the page when a connection is free (`searchSharedTalent`); it shows no
 * card, so it writes no audit row.
 */
export function searchCountSql(plan: SearchPlan, operatorId: string): { text: string; params: unknown[] } {
  const params = plan.params.slice(0, plan.whereParams);
  params[plan.operatorParam] = operatorId;
  const text = `WITH ${sampleCte(plan.where.join(" AND "))},
    ${countCtes("sample")}
    SELECT ${countColumns("sample")}`;
  return { text, params };
}

/** The bounded sample the count and facets are read from: at most bound + 1 matches, in any order. */
const sampleCte = (where: string) =>
  `sample AS MATERIALIZED (SELECT card_id, kinds, home_prefecture_code FROM shared_card WHERE ${where} LIMIT ${SEARCH_COUNT_BOUND + 1})`;

/** Distinct cards (a person with two matching consents counts once) of a bounded sample, at most the bound of them. */
const countCtes = (sample: string) => `distinct_cards AS (
      SELECT DISTINCT ON (card_id) card_id, kinds, home_prefecture_code FROM ${sample} ORDER BY card_id),
    cards AS (SELECT * FROM distinct_cards LIMIT ${SEARCH_COUNT_BOUND})`;
const countColumns = (sample: string) => `(SELECT count(*) FROM ${sample})::int AS sampled, (SELECT count(*) FROM cards)::int AS total,
      (SELECT coalesce(json_object_agg(kind, n), '{}') FROM (SELECT unnest(kinds) AS kind, count(*)::int AS n FROM cards GROUP BY 1) k) AS by_kind,
      (SELECT coalesce(json_object_agg(code, n), '{}') FROM (
        SELECT home_prefecture_code AS code, count(*)::int AS n FROM cards WHERE home_prefecture_code IS NOT NULL GROUP BY 1) f) AS by_prefecture`;

/**
 * For tests and the benchmark: the statement a search runs for a coordinator of `operatorId`, with its bounded count and
 * facets (`withCounts`) and without (`pageOnly`, when the query asks for no count; a search ranked in a window always
 * counts it). Both write the CARD_VIEW audit rows of the page they show, as the service's statement does: EXPLAIN
 * ANALYZE them inside a transaction that is rolled back.
 */
export function explainableSearch(filter: SharedTalentFilter, page: ConnectionArgs, block: string | null, operatorId: string) {
  const plan = planSearch(filter, page);
  plan.params[plan.audienceParam] = purposeAudienceTerms(plan.purpose, block);
  const reader: SearchReader = { subject: "explain", operatorId, role: "COORDINATOR", requestId: "explain" };
  return {
    withCounts: searchPageSql(plan, null, true, reader),
    pageOnly: searchPageSql(plan, null, false, reader),
    countOnly: searchCountSql(plan, operatorId),
    ranked: plan.score !== null,
  };
}

function facetsOf(byKind: Record<string, number>, byPrefecture: Record<string, number>, isLowerBound: boolean): TalentSearchFacets {
  const blocks = new Map<string, number>();
  for (const [code, n] of Object.entries(byPrefecture)) {
    const block = prefectureByCode(code)?.block;
    if (block) blocks.set(block, (blocks.get(block) ?? 0) + n);
  }
  return Object.assign(new TalentSearchFacets(), {
    byKind: Object.entries(byKind)
      .map(([kind, count]) => Object.assign(new TalentKindCount(), { kind: kind as DomainTalentKind, count }))
      .sort((a, b) => b.count - a.count || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)),
    byBlock: [...blocks]
      .map(([block, count]) => Object.assign(new RegionalBlockCount(), { block: block as DomainRegionalBlock, count }))
      .sort((a, b) => b.count - a.count || BLOCK_ORDER.indexOf(a.block) - BLOCK_ORDER.indexOf(b.block)),
    isLowerBound,
  });
}

/**
 * Finds other operators' people whose active consent covers the viewer's operator (RLS on the `shared_card` read model)
 * and the purpose, the most recently registered first (ranked by how many of `skills` they have). One statement: the
 * page by keyset and the CARD_VIEW audit row of every card it returns, one multi-row insert in the same statement, so in
 * the same transaction and before the cards are returned. The bounded count and facets (left out when nothing asks for
 * them) are read beside it, on a second connection at the same time, when the pool has one free; otherwise they are
 * part of the page's statement. The viewer's block is read once a minute per operator (`viewerBlock`).
 */
export async function searchSharedTalent(
  ctx: BaseContext,
  em: EntityManager,
  filter: SharedTalentFilter,
  page: ConnectionArgs,
  options: { counts?: boolean } = {},
): Promise<TalentCardConnection> {
  const plan = planSearch(filter, page);
  const keyset = plan.after == null ? null : decodeSearchCursor(plan.after, plan.filterKey, plan.score !== null);
  const operatorId = ctx.viewer.operatorId;
  // The policy module lets only an operator's coordinator search; without an operator there is no one to audit as.
  if (!operatorId) throw new Error("searchSharedTalent needs a viewer acting for an operator");
  plan.params[plan.audienceParam] = purposeAudienceTerms(plan.purpose, await viewerBlock(ctx, em));
  // The bounded count and facets are read only when the query asks for them (a page ranked in a window counts it anyway).
  const windowed = plan.score !== null && plan.pairWhere === null;
  const withCounts = options.counts !== false || windowed;
  // When a pooled connection is free, the count runs beside the page, on the other core, instead of after it in the same
  // statement; under load (no connection free) it stays in the page's statement. The window is shared, so it stays too.
  const countSql = withCounts && !windowed ? searchCountSql(plan, operatorId) : null;
  const beside = countSql ? ctx.db.tryReadBeside(async (side) => ((await side.query(countSql.text, countSql.params)) as Counted[])[0]!) : null;
  const reader: SearchReader = { subject: ctx.viewer.subject, operatorId, role: ctx.viewer.role, requestId: ctx.requestId };
  const sql = searchPageSql(plan, keyset, withCounts && !beside, reader);
  const [[result], besideCounts] = await Promise.all([
    em.query(sql.text, sql.params) as Promise<(Partial<Counted> & { page_rows: CardRow[]; unique_cards: number; audited: number })[]>,
    beside,
  ]);
  const shown = result!.page_rows;
  // Every card shown has its audit row, written by the same statement; anything else fails the request (no row, no data).
  if (result!.audited !== shown.length) throw new Error(`audit wrote ${result!.audited} of ${shown.length} rows`);
  const counted: Counted = besideCounts ?? (withCounts ? (result as Counted) : { sampled: 0, total: 0, by_kind: {}, by_prefecture: {} });
  const isLowerBound = counted.sampled > SEARCH_COUNT_BOUND;
  const edges = shown.map((row) => ({
    cursor: encodeSearchCursor(plan.score ? { s: row.score!, r: row.registered_key, c: row.card_id } : { r: row.registered_key, c: row.card_id }, plan.filterKey),
    node: toCard(row),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: result!.unique_cards > plan.first,
      hasPreviousPage: keyset !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: Math.min(counted.total, SEARCH_COUNT_BOUND),
    totalCountIsLowerBound: isLowerBound,
    facets: facetsOf(counted.by_kind, counted.by_prefecture, isLowerBound),
  };
}
