import { queryBuilderConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import { LinkedLawInfo, MunicipalBudget, SubsidyScheme } from "../entities";
import { assertFiscalYear } from "./scheme-rules";

/** The subsidy scheme of every fiscal year, in year order. Public. */
export async function listSchemes(ctx: FundingContext): Promise<SubsidyScheme[]> {
  const em = await ctx.db.manager();
  const rows = await em.getRepository(SubsidyScheme).find({ order: { fiscalYear: "ASC" } });
  for (const row of rows) ctx.loaders.schemeByFiscalYear.prime(row.fiscalYear, row);
  return rows;
}

/** The three laws one of whose certifications 法制度連携枠 requires, in the documents' order. Public. */
export async function listLinkedLaws(ctx: FundingContext): Promise<LinkedLawInfo[]> {
  const em = await ctx.db.manager();
  return em.getRepository(LinkedLawInfo).find({ order: { sortOrder: "ASC" } });
}

export interface MunicipalBudgetFilter {
  municipalityId?: string | null;
  fiscalYear?: number | null;
}

/** Municipal budgets from the Kanto case sheets, in id order. Public. */
export async function listMunicipalBudgets(
  ctx: FundingContext,
  page: ConnectionArgs,
  filter: MunicipalBudgetFilter,
): Promise<ConnectionShape<MunicipalBudget>> {
  if (filter.fiscalYear != null) assertFiscalYear(filter.fiscalYear);
  const em = await ctx.db.manager();
  const qb = em.getRepository(MunicipalBudget).createQueryBuilder("b").orderBy("b.id");
  if (filter.municipalityId != null) qb.andWhere("b.municipality_id = :m", { m: filter.municipalityId });
  // Any year inside a budget's range matches (an open-ended recurring budget matches every year from its first).
  if (filter.fiscalYear != null) {
    qb.andWhere("b.from_fiscal_year <= :fy AND (b.to_fiscal_year IS NULL OR b.to_fiscal_year >= :fy)", { fy: filter.fiscalYear });
  }
  return queryBuilderConnection(qb, page);
}
