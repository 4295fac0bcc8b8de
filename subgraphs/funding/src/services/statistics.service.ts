import type { FundingContext } from "../context";
import { SubsidyScheme } from "../entities";
import type { ApplicationsToAdoptions, ContinuationRate } from "../types/statistics.type";
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from "./scheme-rules";

const CONTINUATION_TARGET = 0.8;

/** Continuation per fiscal year N: operators adopted in N that are adopted again in N+1, against the 80% target. */
export async function continuationRates(ctx: FundingContext): Promise<ContinuationRate[]> {
  const em = await ctx.db.manager();
  const rows: { fiscal_year: number; operator_id: string }[] = await em.query(
    `SELECT DISTINCT a.fiscal_year, m.operator_id FROM adoption a JOIN adoption_member m ON m.adoption_id = a.id`,
  );
  const byYear = new Map<number, Set<string>>();
  for (const row of rows) {
    if (!byYear.has(row.fiscal_year)) byYear.set(row.fiscal_year, new Set());
    byYear.get(row.fiscal_year)!.add(row.operator_id);
  }
  const result: ContinuationRate[] = [];
  for (let year = FIRST_FISCAL_YEAR; year < LAST_FISCAL_YEAR; year += 1) {
    const adopted = byYear.get(year) ?? new Set<string>();
    const next = byYear.get(year + 1) ?? new Set<string>();
    const continued = [...adopted].filter((id) => next.has(id)).sort();
    const measurable = adopted.size > 0 && next.size > 0;
    const rate = measurable ? continued.length / adopted.size : null;
    result.push({
      fiscalYear: year,
      nextFiscalYear: year + 1,
      operatorsAdopted: adopted.size,
      operatorsContinued: continued.length,
      rate,
      target: CONTINUATION_TARGET,
      meetsTarget: rate === null ? null : rate >= CONTINUATION_TARGET,
      continuedOperators: continued.map((id) => ({ id })),
    });
  }
  return result;
}

/** Applications against adoptions for every fiscal year, in year order. */
export async function applicationsToAdoptions(ctx: FundingContext): Promise<ApplicationsToAdoptions[]> {
  const em = await ctx.db.manager();
  const schemes = await em.getRepository(SubsidyScheme).find({ order: { fiscalYear: "ASC" } });
  const counts: { fiscal_year: number; n: number }[] = await em.query(
    `SELECT fiscal_year, count(*)::int AS n FROM adoption GROUP BY fiscal_year`,
  );
  const recorded = new Map(counts.map((c) => [c.fiscal_year, c.n]));
  return schemes.map((s) => ({
    fiscalYear: s.fiscalYear,
    applications: s.applications,
    adoptions: s.adoptions,
    recordedAdoptions: recorded.get(s.fiscalYear) ?? 0,
    ratio: s.acceptanceRatio,
  }));
}
