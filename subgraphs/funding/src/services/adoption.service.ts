import type { LinkedLaw, SubsidyFrame } from "@jinjibu/domain";
import { sqlConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import type { Adoption } from "../entities";
import { ADOPTION_COLUMNS, ADOPTION_ORDER, toAdoption, type AdoptionRow } from "./adoption-rows";
import { assertFiscalYear, assertFrameOffered } from "./scheme-rules";

export interface AdoptionFilter {
  fiscalYear?: number | null;
  frame?: SubsidyFrame | null;
  linkedLaw?: LinkedLaw | null;
  operatorId?: string | null;
}

/** Adoptions in published order (fiscal year, then list code), filtered. Public: the ministry publishes the lists. */
export async function listAdoptions(ctx: FundingContext, page: ConnectionArgs, filter: AdoptionFilter): Promise<ConnectionShape<Adoption>> {
  if (filter.fiscalYear != null) assertFiscalYear(filter.fiscalYear);
  if (filter.fiscalYear != null && filter.frame != null) assertFrameOffered(filter.fiscalYear, filter.frame);
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace("?", `$${params.length}`));
  };
  if (filter.fiscalYear != null) add("a.fiscal_year = ?", filter.fiscalYear);
  if (filter.frame != null) add("a.frame = ?", filter.frame);
  if (filter.linkedLaw != null) add("a.linked_law = ?", filter.linkedLaw);
  if (filter.operatorId != null) add("EXISTS (SELECT 1 FROM adoption_member m WHERE m.adoption_id = a.id AND m.operator_id = ?)", filter.operatorId);
  const em = await ctx.db.manager();
  const query = { select: ADOPTION_COLUMNS, from: `FROM adoption a ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`, params, orderBy: ADOPTION_ORDER };
  return sqlConnection<AdoptionRow, Adoption>(em, page, query, (rows) => {
    const adoptions = rows.map(toAdoption);
    for (const a of adoptions) ctx.loaders.adoptionById.prime(a.id, a);
    return adoptions;
  });
}
