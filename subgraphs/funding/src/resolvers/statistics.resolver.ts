import { Ctx, Query, Resolver } from "type-graphql";
import type { FundingContext } from "../context";
import { ApplicationsToAdoptions, ContinuationRate } from "../types/statistics.type";
import * as statistics from "../services/statistics.service";

// Both figures derive from the published lists and scheme table, so they are public like them.
@Resolver()
export class StatisticsResolver {
  @Query(() => [ContinuationRate], {
    description:
      "Continuation per fiscal year N (2022–2025): operators adopted in N that are adopted again in N+1, against the 80% target. See ContinuationRate for what \"still active\" can mean with the data the hub holds.",
  })
  continuationRates(@Ctx() ctx: FundingContext): Promise<ContinuationRate[]> {
    return statistics.continuationRates(ctx);
  }

  @Query(() => [ApplicationsToAdoptions], { description: "Applications against adoptions for every fiscal year, in year order." })
  applicationsToAdoptions(@Ctx() ctx: FundingContext): Promise<ApplicationsToAdoptions[]> {
    return statistics.applicationsToAdoptions(ctx);
  }
}
