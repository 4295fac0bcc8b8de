import { Arg, Args, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { Connection } from "@jinjibu/federation";
import type { ProgramsContext } from "../context";
import { SearchKnowHowArgs } from "../inputs/know-how.args";
import { outcomeTotal, regionsLikeMine, searchKnowHow } from "../services/know-how.service";
import { KnowHowHit, OutcomeTotal, SimilarCaseStudy } from "../types/know-how";

const KnowHowHitConnection = Connection(KnowHowHit, "KnowHowHit", "search hit");

@Resolver()
export class KnowHowResolver {
  @Query(() => KnowHowHitConnection, {
    description:
      "Full-text search over the Japanese text of the case studies and programs the viewer may see, with filters (all must hold; a filter that does not apply to a kind excludes that kind). Ranked by where the first word matched (title, then summary, then body), then by how often it occurs.",
  })
  searchKnowHow(@Args(() => SearchKnowHowArgs) args: SearchKnowHowArgs, @Ctx() ctx: ProgramsContext) {
    return searchKnowHow(ctx, args);
  }

  @Query(() => [SimilarCaseStudy], {
    description:
      "Other operators' case studies (those the viewer may see) ranked by how alike their region is to this operator's: leadership model, area size, organisation class, regional block, talent kinds targeted and program kinds run. Empty for an unknown operator.",
  })
  regionsLikeMine(
    @Arg("operatorId", () => ID, { description: "The asking operator." }) operatorId: string,
    @Arg("first", () => Int, { nullable: true, description: "How many to return: 1 to 100 (default 10)." }) first: number | null,
    @Ctx() ctx: ProgramsContext,
  ): Promise<SimilarCaseStudy[]> {
    return regionsLikeMine(ctx, operatorId, first);
  }

  @Query(() => OutcomeTotal, {
    description:
      "Adds up program outcomes, optionally of one metric. Refuses (BAD_USER_INPUT, naming what it found) to add numbers of different counting bases (e.g. 延べ and 実人数) or units, numbers whose basis is unknown (OTHER) or percentages, and values that are not plain numbers.",
  })
  outcomeTotal(
    @Arg("programIds", () => [ID], { description: "Programs whose outcomes to add (1 to 100)." }) programIds: string[],
    @Arg("metric", () => String, { nullable: true, description: "Only outcomes of this metric (e.g. `hires`); all outcomes when omitted." }) metric: string | null,
    @Ctx() ctx: ProgramsContext,
  ): Promise<OutcomeTotal> {
    return outcomeTotal(ctx, programIds, metric);
  }
}
