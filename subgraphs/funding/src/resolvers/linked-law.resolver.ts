import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from "type-graphql";
import { Connection, ConnectionArgs } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import { LinkedLawInfo, MunicipalBudget } from "../entities";
import { listLinkedLaws, listMunicipalBudgets } from "../services/reference-data.service";

export const MunicipalBudgetConnection = Connection(MunicipalBudget, "MunicipalBudget", "municipal budget");

@ArgsType()
class MunicipalBudgetArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Only this municipality (e.g. mun-nagaoka)." })
  municipalityId?: string | null;

  @Field(() => Int, { nullable: true, description: "Only budgets covering this fiscal year (2022 to 2026): any year inside a budget's from–to range matches, and an open-ended recurring budget matches every year from its first." })
  fiscalYear?: number | null;
}

// Public reference data from the ministry's and the Kanto bureau's published documents.
@Resolver()
export class ReferenceDataResolver {
  @Query(() => [LinkedLawInfo], { description: "The three laws one of whose certifications 法制度連携枠 requires, in the documents' order." })
  linkedLaws(@Ctx() ctx: FundingContext): Promise<LinkedLawInfo[]> {
    return listLinkedLaws(ctx);
  }

  @Query(() => MunicipalBudgetConnection, {
    description: "Municipal budgets for regional HR departments reported in the Kanto case sheets, by municipality and fiscal year.",
  })
  municipalBudgets(@Args(() => MunicipalBudgetArgs) args: MunicipalBudgetArgs, @Ctx() ctx: FundingContext) {
    const { municipalityId, fiscalYear, ...page } = args;
    return listMunicipalBudgets(ctx, page, { municipalityId, fiscalYear });
  }
}
