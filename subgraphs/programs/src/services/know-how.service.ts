import { CountingBasis, ProgramKind, RegionalBlock, TalentKind, areaSizeClassLabels, corporateCategoryLabels, countingBasisLabels, leadershipModelLabels, normalizeForSearch, programKindLabels, regionalBlockLabels, talentKindLabels } from "@jinjibu/domain";
import { pageQuery } from "@jinjibu/db";
import { badUserInput, pageWindow, toConnection, type ConnectionShape } from "@jinjibu/federation";
import type { ProgramsContext } from "../context";
import { CaseStudy, Program } from "../entities";
import { MAX_QUERY_LENGTH, type SearchKnowHowArgs } from "../inputs/know-how.args";
import { KnowHowKind, MatchedIn, type KnowHowHit, type OutcomeTotal, type SimilarCaseStudy } from "../types/know-how";
import { checkFiscalYear } from "./fiscal-year";
import { caseVisibilitySql, programVisibilitySql } from "./visibility";

// Know-how: full-text search with its ranking, "regions like mine" scoring, and the rules for adding outcomes.

interface HitRow {
  kind: KnowHowKind;
  id: string;
  rank: number;
  field_text: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function snippetAround(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) return text.slice(0, 80);
  const start = Math.max(0, at - 40);
  const end = Math.min(text.length, at + needle.length + 40);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\n/g, " ")}${end < text.length ? "…" : ""}`;
}

const jaccard = (a: readonly string[], b: readonly string[]): { score: number; common: string[] } => {
  const sa = new Set(a);
  const common = [...new Set(b)].filter((x) => sa.has(x));
  const union = new Set([...a, ...b]).size;
  return { score: union === 0 ? 0 : common.length / union, common };
};

/**
 * Full-text search over the case studies and programs the viewer may see, with filters (all must hold; a filter that
 * does not apply to a kind excludes that kind), ranked by where the first word matched, then by how often it occurs.
 */
export async function searchKnowHow(ctx: ProgramsContext, args: SearchKnowHowArgs): Promise<ConnectionShape<KnowHowHit>> {
  const raw = args.query ?? "";
  if (raw.trim().length === 0 || raw.length > MAX_QUERY_LENGTH) {
    throw badUserInput(`\`query\` must be 1 to ${MAX_QUERY_LENGTH} characters of text; got ${raw.trim().length === 0 ? "an empty query" : `${raw.length} characters`}.`);
  }
  checkFiscalYear(args.fiscalYear);
  const terms = [...new Set(raw.split(/[\s\u3000]+/).map(normalizeForSearch).filter((t) => t.length > 0))];
  if (terms.length === 0) throw badUserInput("`query` must contain at least one word.");
  if (terms.length > 10) throw badUserInput("`query` may contain at most 10 words.");
  const window = pageWindow(args);
  const params: unknown[] = [terms[0]];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const likes = (alias: string) =>
    terms.map((t) => `(${alias}.search_title || ' ' || ${alias}.search_summary || ' ' || ${alias}.search_body) LIKE ${p(`%${escapeLike(t)}%`)}`);

  const caseWhere: string[] | null = args.kind === KnowHowKind.PROGRAM ? null : [caseVisibilitySql(ctx.viewer, "c", params), ...likes("c")];
  const progWhere: string[] | null = args.kind === KnowHowKind.CASE_STUDY ? null : [programVisibilitySql(ctx.viewer, "g", params), ...likes("g")];
  const both = (c: string | null, g: string | null) => {
    // A filter that does not apply to a kind excludes it; the branch stays so every parameter keeps a typed use.
    caseWhere?.push(c ?? "FALSE");
    progWhere?.push(g ?? "FALSE");
  };
  if (args.areaSizeClass) { const n = p(args.areaSizeClass); both(`${n} = ANY(c.area_size_classes)`, `${n} = ANY(g.area_size_classes)`); }
  if (args.orgClass) { const n = p(args.orgClass); both(`c.org_class = ${n}`, `g.org_class = ${n}`); }
  if (args.leadershipModel) { const n = p(args.leadershipModel); both(`c.leadership_model = ${n}`, `g.leadership_model = ${n}`); }
  if (args.element) { const n = p(args.element); both(`${n} = ANY(c.elements)`, null); }
  if (args.phase) { const n = p(args.phase); both(`${n} = ANY(c.phase_codes)`, `${n} = ANY(g.phases)`); }
  if (args.programKind) { const n = p(args.programKind); both(`${n} = ANY(c.program_kinds)`, `g.kind = ${n}`); }
  if (args.targetTalentKind) { const n = p(args.targetTalentKind); both(`${n} = ANY(c.target_talent_kinds)`, `${n} = ANY(g.target_talent_kinds)`); }
  if (args.regionalBlock) { const n = p(args.regionalBlock); both(`c.regional_block = ${n}`, `g.regional_block = ${n}`); }
  if (args.fiscalYear != null) { const n = p(args.fiscalYear); both(`${n}::int = ANY(c.fiscal_years)`, `${n}::int = ANY(g.fiscal_years)`); }

  const branches: string[] = [];
  if (caseWhere) {
    branches.push(`SELECT 'CASE_STUDY' AS kind, c.id, c.search_title AS t, c.search_summary AS s, c.search_body AS b FROM case_study c WHERE ${caseWhere.join(" AND ")}`);
  }
  if (progWhere) {
    branches.push(`SELECT 'PROGRAM' AS kind, g.id, g.search_title AS t, g.search_summary AS s, g.search_body AS b FROM program g WHERE ${progWhere.join(" AND ")}`);
  }
  if (branches.length === 0) return toConnection([], 0, window);
  const em = await ctx.db.manager();
  // $1 (the first word) ranks the hits; the join gives it a typed use in FROM, so the count of a page past the end can run too.
  const page = await pageQuery<HitRow>(
    em,
    {
      select: `kind, id,
         CASE WHEN strpos(t, q.first_word) > 0 THEN 0 WHEN strpos(s, q.first_word) > 0 THEN 1 ELSE 2 END AS rank,
         CASE WHEN strpos(t, q.first_word) > 0 THEN t WHEN strpos(s, q.first_word) > 0 THEN s ELSE b END AS field_text`,
      from: `FROM (${branches.join(" UNION ALL ")}) AS hits CROSS JOIN (SELECT $1::text AS first_word) AS q`,
      params,
      orderBy: "rank, (length(t || s || b) - length(replace(t || s || b, q.first_word, ''))) / length(q.first_word) DESC, kind, id",
    },
    window,
  );
  const rows = page.rows;
  const caseIds = rows.filter((r) => r.kind === KnowHowKind.CASE_STUDY).map((r) => r.id);
  const progIds = rows.filter((r) => r.kind === KnowHowKind.PROGRAM).map((r) => r.id);
  const [cases, progs] = await Promise.all([ctx.loaders.caseStudyById.loadMany(caseIds), ctx.loaders.programById.loadMany(progIds)]);
  const nodeOf = new Map<string, CaseStudy | Program>();
  cases.forEach((c, i) => c instanceof CaseStudy && nodeOf.set(`CASE_STUDY:${caseIds[i]}`, c));
  progs.forEach((g, i) => g instanceof Program && nodeOf.set(`PROGRAM:${progIds[i]}`, g));
  const hits = rows.map((r) => ({
    kind: r.kind,
    node: nodeOf.get(`${r.kind}:${r.id}`)!,
    matchedIn: [MatchedIn.TITLE, MatchedIn.SUMMARY, MatchedIn.BODY][Number(r.rank)]!,
    snippet: snippetAround(r.field_text, terms[0]!),
  }));
  return toConnection(hits, page.total, window);
}

/** Other operators' case studies the viewer may see, ranked by how alike their region is to `operatorId`'s, with reasons. */
export async function regionsLikeMine(ctx: ProgramsContext, operatorId: string, first: number | null): Promise<SimilarCaseStudy[]> {
  const limit = first ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badUserInput(`\`first\` must be between 1 and 100; got ${limit}.`);
  const [profile, myCases, myPrograms] = await Promise.all([
    ctx.loaders.profileById.load(operatorId),
    ctx.loaders.caseStudiesByOperator.load(operatorId),
    ctx.loaders.programsByOperator.load(operatorId),
  ]);
  if (!profile) return [];
  const mySizes = [...new Set(myCases.flatMap((c) => c.areaSizeClasses))];
  const myLeadership = profile.leadershipModel ?? myCases.find((c) => c.leadershipModel)?.leadershipModel ?? null;
  const myTalent = [...new Set([...myPrograms.flatMap((p) => p.targetTalentKinds), ...myCases.flatMap((c) => c.targetTalentKinds)])];
  const myKinds = [...new Set([...myPrograms.map((p) => p.kind), ...myCases.flatMap((c) => c.programKinds)])];
  const params: unknown[] = [operatorId];
  const vis = caseVisibilitySql(ctx.viewer, "c", params);
  const em = await ctx.db.manager();
  const ids: { id: string }[] = await em.query(
    `SELECT c.id FROM case_study c WHERE c.operator_id <> $1 AND NOT ($1 = ANY(c.co_operator_ids)) AND ${vis} ORDER BY c.id`,
    params,
  );
  const rows = (await ctx.loaders.caseStudyById.loadMany(ids.map((r) => r.id))).filter((c): c is CaseStudy => c instanceof CaseStudy);
  const scored = rows.map((c) => {
    const reasons: string[] = [];
    let score = 0;
    if (myLeadership && c.leadershipModel === myLeadership) {
      score += 4;
      reasons.push(`同じ主導パターン: ${leadershipModelLabels[c.leadershipModel]}`);
    }
    const sizes = c.areaSizeClasses.filter((s) => mySizes.includes(s));
    if (sizes.length > 0) {
      score += 2;
      reasons.push(`同じ地域規模: ${sizes.map((s) => areaSizeClassLabels[s]).join("・")}`);
    }
    if (profile.corporateCategory && c.orgClass === profile.corporateCategory) {
      score += 1;
      reasons.push(`同じ法人区分: ${corporateCategoryLabels[c.orgClass]}`);
    }
    if (profile.regionalBlock && c.regionalBlock === profile.regionalBlock) {
      score += 1;
      reasons.push(`同じ地域ブロック: ${regionalBlockLabels[c.regionalBlock as RegionalBlock]}`);
    }
    const talent = jaccard(myTalent, c.targetTalentKinds);
    if (talent.common.length > 0) {
      score += 2 * talent.score;
      reasons.push(`共通の対象人材: ${talent.common.map((k) => talentKindLabels[k as TalentKind]).join("、")}`);
    }
    const kinds = jaccard(myKinds, c.programKinds);
    if (kinds.common.length > 0) {
      score += 2 * kinds.score;
      reasons.push(`共通の事業: ${kinds.common.map((k) => programKindLabels[k as ProgramKind]).join("、")}`);
    }
    return { caseStudy: c, score: Math.round(score * 100) / 100, reasons };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.caseStudy.id.localeCompare(b.caseStudy.id))
    .slice(0, limit);
}

/** Adds up program outcomes (optionally of one metric), refusing sums of different bases or units, OTHER, % and ranges. */
export async function outcomeTotal(ctx: ProgramsContext, programIds: string[], metric: string | null): Promise<OutcomeTotal> {
  const ids = [...new Set(programIds)];
  if (ids.length < 1 || ids.length > 100) throw badUserInput("`programIds` must list 1 to 100 programs.");
  const programs = await ctx.loaders.programById.loadMany(ids);
  const unknown = ids.filter((_, i) => !(programs[i] instanceof Program));
  if (unknown.length > 0) throw badUserInput(`Unknown program ids: ${unknown.join(", ")}.`);
  const parts = (programs as Program[]).flatMap((program) =>
    program.outcomes.filter((o) => metric == null || o.metric === metric).map((outcome) => ({ program, outcome })),
  );
  if (parts.length === 0) throw badUserInput(`None of these programs reports ${metric ? `the metric \`${metric}\`` : "any outcome"}.`);
  const bases = [...new Set(parts.map((x) => x.outcome.countingBasis))];
  const units = [...new Set(parts.map((x) => x.outcome.unit))];
  const named = bases.map((b) => `${b} (${countingBasisLabels[b]})`).join(", ");
  if (bases.length > 1) {
    throw badUserInput(`Refusing to add outcomes counted on different bases: ${named}. Choose outcomes of one basis.`, { bases, units });
  }
  if (units.length > 1) throw badUserInput(`Refusing to add outcomes in different units: ${units.join(", ")}.`, { bases, units });
  if (bases[0] === CountingBasis.OTHER) throw badUserInput("Refusing to add outcomes whose counting basis the sources do not state (OTHER).", { bases, units });
  if (bases[0] === CountingBasis.PERCENT) throw badUserInput("Refusing to add percentages (PERCENT): shares do not add up.", { bases, units });
  const vague = parts.filter((x) => x.outcome.value == null);
  if (vague.length > 0) {
    throw badUserInput(`Refusing to add values that are not plain numbers: ${vague.map((x) => `${x.program.id} ${x.outcome.valueText}`).join(", ")}.`);
  }
  return {
    metric,
    total: parts.reduce((sum, x) => sum + (x.outcome.value ?? 0), 0),
    unit: units[0]!,
    countingBasis: bases[0]!,
    countingBasisLabelJa: countingBasisLabels[bases[0]!],
    periods: [...new Set(parts.map((x) => x.outcome.periodJa ?? "期間不明"))],
    parts,
  };
}
