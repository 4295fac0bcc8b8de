import { badUserInput, notFound } from "@jinjibu/federation";
import { normalizeForSearch } from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { KeyPerson, OperatorSurvey, PolicyPosition } from "../entities";

// Relations, key persons, the operator survey and the policy positioning are published case-book content: public.

const MAX_SEARCH = 100;

/** Key persons across the model regions in region and case order, optionally only those whose name or caption matches. */
export async function listKeyPersons(ctx: OrganizationsContext, search: string | null, modelRegionId: string | null): Promise<KeyPerson[]> {
  if (search != null && search.length > MAX_SEARCH) {
    throw badUserInput(`\`search\` is at most ${MAX_SEARCH} characters.`, `検索語は${MAX_SEARCH}文字以内で指定してください。`);
  }
  const em = await ctx.db.manager();
  const qb = em.getRepository(KeyPerson).createQueryBuilder("k").orderBy("k.model_region_id").addOrderBy("k.position");
  if (modelRegionId != null) qb.andWhere("k.model_region_id = :modelRegionId", { modelRegionId });
  const needle = search == null ? "" : normalizeForSearch(search);
  if (needle) qb.andWhere("strpos(k.search_text, :needle) > 0", { needle });
  return qb.getMany();
}

/** The operator survey of a fiscal year; NOT_FOUND when there is none (only 2023's is published). */
export async function operatorSurvey(ctx: OrganizationsContext, fiscalYear: number): Promise<OperatorSurvey> {
  const em = await ctx.db.manager();
  const row = await em.getRepository(OperatorSurvey).findOneBy({ fiscalYear });
  if (!row) {
    const years = (await em.getRepository(OperatorSurvey).find({ order: { fiscalYear: "ASC" } })).map((s) => s.fiscalYear);
    throw notFound(
      `OPERATOR_SURVEY_NOT_FOUND: no operator survey for fiscal year ${fiscalYear}; surveys exist for ${years.join(", ")}.`,
      `${fiscalYear}年度の事業者アンケートはありません (公表されているのは ${years.join("・")}年度です)。`,
    );
  }
  return row;
}

/** Government strategies' positioning of 地域の人事部, in the source's order. */
export async function listPolicyPositions(ctx: OrganizationsContext): Promise<PolicyPosition[]> {
  const em = await ctx.db.manager();
  return em.getRepository(PolicyPosition).find({ order: { position: "ASC" } });
}
