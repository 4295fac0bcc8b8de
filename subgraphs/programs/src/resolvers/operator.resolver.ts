import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { paginate } from "@jinjibu/federation";
import type { ProgramsContext } from "../context";
import { CaseStudy } from "../entities";
import { OperatorProgramsArgs } from "../inputs/program.args";
import { selfAssessmentOf, selfAssessmentsOf } from "../services/self-assessment.service";
import { OperatorStub } from "../types/operator.stub";
import { SelfAssessment } from "../types/self-assessment";
import { ProgramConnection } from "./program.resolver";

@Resolver(() => OperatorStub)
export class OperatorExtensionResolver {
  @FieldResolver(() => ProgramConnection, { nullable: true, description: "Programs the operator runs (lead or co-operator) that the viewer may see, in id order." })
  async programs(@Root() op: OperatorStub, @Args(() => OperatorProgramsArgs) args: OperatorProgramsArgs, @Ctx() ctx: ProgramsContext) {
    return paginate(await ctx.loaders.programsByOperator.load(op.id), args);
  }

  @FieldResolver(() => [CaseStudy], { nullable: true, description: "Case studies of the operator that the viewer may see, in id order." })
  caseStudies(@Root() op: OperatorStub, @Ctx() ctx: ProgramsContext): Promise<CaseStudy[]> {
    return ctx.loaders.caseStudiesByOperator.load(op.id);
  }

  @FieldResolver(() => SelfAssessment, {
    nullable: true,
    description: "The operator's self-assessment for a fiscal year; null when none was recorded or the viewer is neither the operator's own nor the national administrator.",
  })
  selfAssessment(
    @Root() op: OperatorStub,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year (2015 to 2030)." }) fiscalYear: number,
    @Ctx() ctx: ProgramsContext,
  ): Promise<SelfAssessment | null> {
    return selfAssessmentOf(ctx, op.id, fiscalYear);
  }

  @FieldResolver(() => [SelfAssessment], { nullable: true, description: "All the operator's self-assessments, oldest year first (own viewers and the national administrator; otherwise empty)." })
  selfAssessments(@Root() op: OperatorStub, @Ctx() ctx: ProgramsContext): Promise<SelfAssessment[]> {
    return selfAssessmentsOf(ctx, op.id);
  }
}
