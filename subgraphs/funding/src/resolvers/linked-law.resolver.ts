import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from "type-graphql";
import { Connection, ConnectionArgs, paginate } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import { LinkedLawInfo, MunicipalBudget } from "../entities";
import { assertFiscalYear } from "../services/scheme-rules";

export const MunicipalBudgetConnection = Connection(MunicipalBudget, "MunicipalBudget", "municipal budget");

@ArgsType()
class MunicipalBudgetArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Only this municipality (e.g. mun-nagaoka)." })
  municipalityId?: string | null;

  @Field(() => Int, { nullable: true, description: "Only this fiscal year (2022 to 2026)." })
  fiscalYear?: number | null;
}

// Public reference data from the ministry's and the Kanto bureau's published documents.
@Resolver()
export class ReferenceDataResolver {
  @Query(() => [LinkedLawInfo], { description: "The three laws one of whose certifications 法制度連携枠 requires, in the documents' order." })
  async linkedLaws(@Ctx() ctx: FundingContext): Promise<LinkedLawInfo[]> {
    const em = await ctx.db.manager();
    return em.getRepository(LinkedLawInfo).find({ order: { sortOrder: "ASC" } });
  }

  @Query(() => MunicipalBudgetConnection, {
    description: "Municipal budgets for regional HR departments reported in the Kanto case sheets, by municipality and fiscal year.",
  })
  async municipalBudgets(@Args(() => MunicipalBudgetArgs) args: MunicipalBudgetArgs, @Ctx() ctx: FundingContext) {
    if (args.fiscalYear != null) assertFiscalYear(args.fiscalYear);
    const em = await ctx.db.manager();
    const qb = em.getRepository(MunicipalBudget).createQueryBuilder("b").orderBy("b.id");
    if (args.municipalityId != null) qb.andWhere("b.municipality_id = :m", { m: args.municipalityId });
    if (args.fiscalYear != null) qb.andWhere("b.fiscal_year = :fy", { fy: args.fiscalYear });
    return paginate(await qb.getMany(), args);
  }
}
