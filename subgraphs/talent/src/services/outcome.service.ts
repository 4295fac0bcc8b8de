import type { EntityManager } from "typeorm";
import { CountingBasis, countingBasisLabels, countingBasisMixRefusal, fiscalYearPeriodJa, type RegionalBlock } from "@jinjibu/domain";
import { badUserInput } from "@jinjibu/federation";
import { programStub } from "../entities/demand";
import { DemandBlockOutcome, DemandOutcomeFigure, DemandOutcomeReport, DemandOutcomeTotal, DemandProgramOutcome } from "../types/demand.types";
import { ruleInput } from "./need.service";

export const OUTCOME_FISCAL_YEAR_MIN = 2015;
export const OUTCOME_FISCAL_YEAR_MAX = 2035;

/** The computed metrics: each has one counting basis; 延べ (interviews) is the only cumulative one. */
export const METRICS = {
  people: { basis: CountingBasis.UNIQUE_PERSONS, unit: "人", labelJa: "成立した人材の実人数", noteJa: "成立 (placement) した人材を1人1回と数える (同じ人が2社で成立しても1人)。" },
  companies: { basis: CountingBasis.COMPANIES, unit: "社", labelJa: "成立した企業の数", noteJa: "成立 (placement) のあった企業を1社1回と数える。" },
  matchings: { basis: CountingBasis.CASES, unit: "件", labelJa: "成立したマッチングの件数", noteJa: "成立したマッチング1件を1件と数える (1人が2社で成立すれば2件)。" },
  interviews: { basis: CountingBasis.CUMULATIVE, unit: "人", labelJa: "面談に進んだ延べ人数", noteJa: "面談 (お見合い) に進んだマッチングごとに1人と数える延べ人数 (同じ人が2回面談すれば2)。" },
} as const;
export type Metric = keyof typeof METRICS;
const METRIC_NAMES = Object.keys(METRICS) as Metric[];

export function checkOutcomeFiscalYear(fy: number): void {
  if (!Number.isInteger(fy) || fy < OUTCOME_FISCAL_YEAR_MIN || fy > OUTCOME_FISCAL_YEAR_MAX) {
    throw ruleInput("FISCAL_YEAR_RANGE", `年度 (fiscalYear) は${OUTCOME_FISCAL_YEAR_MIN}〜${OUTCOME_FISCAL_YEAR_MAX}で指定してください。`);
  }
}

const figure = (metric: Metric, value: number, fy: number): DemandOutcomeFigure =>
  Object.assign(new DemandOutcomeFigure(), {
    metric,
    labelJa: METRICS[metric].labelJa,
    value,
    unit: METRICS[metric].unit,
    countingBasis: METRICS[metric].basis,
    countingBasisLabelJa: countingBasisLabels[METRICS[metric].basis],
    basisNoteJa: METRICS[metric].noteJa,
    periodJa: fiscalYearPeriodJa(fy),
  });

interface CountRow {
  key: string | null;
  people: number;
  companies: number;
  matchings: number;
  interviews: number;
  demo: boolean;
}

const toFigures = (row: CountRow | undefined, fy: number) => METRIC_NAMES.map((m) => figure(m, row ? Number(row[m]) : 0, fy));

/**
 * Counts of one fiscal year grouped by `groupBy` (a SQL expression over the need operator / program), for the operators
 * `operatorIds` (null: all). Placements give 実人数/社/件; matchings that reached INTERVIEWING in the year give 延べ.
 */
async function counts(em: EntityManager, fy: number, operatorIds: string[] | null, group: "operator" | "program" | "block" | "none"): Promise<CountRow[]> {
  const placementKey = { operator: "p.need_operator_id", program: "p.program_id", block: "r.block", none: "NULL::text" }[group];
  const matchingKey = { operator: "m.need_operator_id", program: "pl.program_id", block: "r.block", none: "NULL::text" }[group];
  return em.query(
    `WITH p AS (
       SELECT ${placementKey} AS key, p.talent_ref, p.company_id, p.is_demo FROM placement p
       LEFT JOIN operator_region r ON r.operator_id = p.need_operator_id
       WHERE p.fiscal_year = $1 AND ($2::text[] IS NULL OR p.need_operator_id = ANY($2::text[]))),
     i AS (
       SELECT ${matchingKey} AS key, m.is_demo FROM matching m
       LEFT JOIN placement pl ON pl.matching_id = m.id
       LEFT JOIN operator_region r ON r.operator_id = m.need_operator_id
       WHERE m.interviewing_at >= make_date($1, 4, 1)::timestamp AT TIME ZONE 'Asia/Tokyo'
         AND m.interviewing_at < make_date($1 + 1, 4, 1)::timestamp AT TIME ZONE 'Asia/Tokyo'
         AND ($2::text[] IS NULL OR m.need_operator_id = ANY($2::text[]))),
     keys AS (SELECT key FROM p UNION SELECT key FROM i)
     SELECT k.key,
       (SELECT count(DISTINCT talent_ref) FROM p WHERE p.key IS NOT DISTINCT FROM k.key)::int AS people,
       (SELECT count(DISTINCT company_id) FROM p WHERE p.key IS NOT DISTINCT FROM k.key)::int AS companies,
       (SELECT count(*) FROM p WHERE p.key IS NOT DISTINCT FROM k.key)::int AS matchings,
       (SELECT count(*) FROM i WHERE i.key IS NOT DISTINCT FROM k.key)::int AS interviews,
       (EXISTS (SELECT 1 FROM p WHERE p.key IS NOT DISTINCT FROM k.key AND p.is_demo)
         OR EXISTS (SELECT 1 FROM i WHERE i.key IS NOT DISTINCT FROM k.key AND i.is_demo)) AS demo
     FROM keys k ORDER BY k.key NULLS LAST`,
    [fy, operatorIds],
  );
}

const SOURCE_NOTE_JA =
  "ハブに記録されたマッチングと成立 (placement) から計算した値です。資料に報告された実績 (プログラムの成果) とは合算せず、並べて表示します。";

/** One operator's computed outcomes for a fiscal year, overall and per program. Four statements at most. */
export async function operatorOutcomes(em: EntityManager, operatorId: string, fy: number): Promise<DemandOutcomeReport> {
  checkOutcomeFiscalYear(fy);
  const [overall] = await counts(em, fy, [operatorId], "none");
  const byProgram = await counts(em, fy, [operatorId], "program");
  return Object.assign(new DemandOutcomeReport(), {
    operatorId,
    fiscalYear: fy,
    periodJa: fiscalYearPeriodJa(fy),
    figures: toFigures(overall, fy),
    byProgram: byProgram.map((row) =>
      Object.assign(new DemandProgramOutcome(), {
        program: row.key ? programStub(row.key) : null,
        programLabelJa: row.key ?? "プログラム指定なし",
        figures: toFigures(row, fy),
      }),
    ),
    includesDemoData: overall?.demo ?? false,
    sourceNoteJa: SOURCE_NOTE_JA,
  });
}

/** Every operator with any computed outcome in the year (national administrator). */
export async function outcomesByOperator(em: EntityManager, fy: number): Promise<DemandOutcomeReport[]> {
  checkOutcomeFiscalYear(fy);
  const rows = await counts(em, fy, null, "operator");
  return rows.map((row) =>
    Object.assign(new DemandOutcomeReport(), {
      operatorId: row.key!,
      fiscalYear: fy,
      periodJa: fiscalYearPeriodJa(fy),
      figures: toFigures(row, fy),
      byProgram: [],
      includesDemoData: row.demo,
      sourceNoteJa: SOURCE_NOTE_JA,
    }),
  );
}

/** The same by regional block of the need's operator; 実人数 and 社 are distinct over the block (national administrator). */
export async function outcomesByBlock(em: EntityManager, fy: number): Promise<DemandBlockOutcome[]> {
  checkOutcomeFiscalYear(fy);
  const rows = await counts(em, fy, null, "block");
  const operators: { block: string | null; n: number }[] = await em.query(
    `SELECT r.block, count(DISTINCT x.op)::int AS n FROM (
       SELECT need_operator_id AS op FROM placement WHERE fiscal_year = $1
       UNION SELECT need_operator_id FROM matching
       WHERE interviewing_at >= make_date($1, 4, 1)::timestamp AT TIME ZONE 'Asia/Tokyo' AND interviewing_at < make_date($1 + 1, 4, 1)::timestamp AT TIME ZONE 'Asia/Tokyo') x
     LEFT JOIN operator_region r ON r.operator_id = x.op GROUP BY r.block`,
    [fy],
  );
  return rows.map((row) =>
    Object.assign(new DemandBlockOutcome(), {
      block: row.key as RegionalBlock | null,
      fiscalYear: fy,
      periodJa: fiscalYearPeriodJa(fy),
      operatorCount: operators.find((o) => o.block === row.key)?.n ?? 0,
      figures: toFigures(row, fy),
    }),
  );
}

/**
 * Adds computed figures of `metrics` over operators and fiscal years — only when every metric has one counting basis
 * (the hub's rule, shared with the programs subgraph's outcome totals: 延べ never adds to 実人数). 実人数 and 社 are counted
 * distinct over everything asked for (a person placed by two operators counts once), 件 and 延べ are summed.
 */
export async function outcomeTotal(em: EntityManager, operatorIds: string[], fiscalYears: number[], metrics: string[]): Promise<DemandOutcomeTotal> {
  if (metrics.length < 1 || metrics.length > 4) throw ruleInput("OUTCOME_METRICS_COUNT", "metrics は1〜4個を指定してください (people, companies, matchings, interviews)。");
  const unknown = metrics.find((m) => !METRIC_NAMES.includes(m as Metric));
  if (unknown) throw ruleInput("UNKNOWN_KIND", `metrics に知らない値「${unknown}」があります (people, companies, matchings, interviews のどれか)。`);
  const years = [...new Set(fiscalYears)];
  if (years.length < 1 || years.length > 20) throw ruleInput("OUTCOME_YEARS_COUNT", "fiscalYears は1〜20個を指定してください。");
  years.forEach(checkOutcomeFiscalYear);
  const chosen = [...new Set(metrics)] as Metric[];
  const refusal = countingBasisMixRefusal(chosen.map((m) => METRICS[m].basis));
  if (refusal) {
    const labels = [...new Set(chosen.map((m) => countingBasisLabels[METRICS[m].basis]))].join("・");
    throw badUserInput(`数え方の違う数 (${labels}) は合算できません。同じ数え方の指標だけを選んでください (COUNTING_BASIS_MIX). ${refusal}`, {
      rule: "COUNTING_BASIS_MIX",
      bases: [...new Set(chosen.map((m) => METRICS[m].basis))],
    });
  }
  const metric = chosen[0]!;
  const basis = METRICS[metric].basis;
  const parts: DemandOutcomeFigure[] = [];
  for (const fy of years) {
    const [row] = await counts(em, fy, operatorIds, "none");
    parts.push(figure(metric, row ? Number(row[metric]) : 0, fy));
  }
  let total = parts.reduce((sum, p) => sum + p.value, 0);
  if (basis === CountingBasis.UNIQUE_PERSONS || basis === CountingBasis.COMPANIES) {
    const column = basis === CountingBasis.UNIQUE_PERSONS ? "talent_ref" : "company_id";
    const [{ n }]: { n: number }[] = await em.query(
      `SELECT count(DISTINCT ${column})::int AS n FROM placement WHERE fiscal_year = ANY($1::int[]) AND need_operator_id = ANY($2::text[])`,
      [years, operatorIds],
    );
    total = n;
  }
  return Object.assign(new DemandOutcomeTotal(), {
    total,
    unit: METRICS[metric].unit,
    countingBasis: basis,
    countingBasisLabelJa: countingBasisLabels[basis],
    periods: years.map(fiscalYearPeriodJa),
    parts,
  });
}
