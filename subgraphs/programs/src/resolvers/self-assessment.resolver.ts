import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { ProgramsContext } from "../context";
import { RecordSelfAssessmentInput } from "../inputs/self-assessment.inputs";
import { recordSelfAssessment, selfAssessmentDistribution } from "../services/self-assessment.service";
import { SelfAssessment, SelfAssessmentDistribution } from "../types/self-assessment";

@Resolver()
export class SelfAssessmentResolver {
  @Mutation(() => SelfAssessment, {
    description:
      "Records (or re-records) an operator's self-assessment for a fiscal year. Only the operator's own coordinators and site may. Retry-safe with `idempotencyKey`.",
  })
  recordSelfAssessment(
    @Arg("input", () => RecordSelfAssessmentInput, { description: "The answers." }) input: RecordSelfAssessmentInput,
    @Ctx() ctx: ProgramsContext,
  ): Promise<SelfAssessment> {
    return recordSelfAssessment(ctx, input);
  }

  @Query(() => SelfAssessmentDistribution, { description: "Levels and answers over all operators that assessed themselves in a fiscal year. National administrator only." })
  selfAssessmentDistribution(
    @Arg("fiscalYear", () => Int, { description: "Fiscal year (2015 to 2030)." }) fiscalYear: number,
    @Ctx() ctx: ProgramsContext,
  ): Promise<SelfAssessmentDistribution> {
    return selfAssessmentDistribution(ctx, fiscalYear);
  }
}
