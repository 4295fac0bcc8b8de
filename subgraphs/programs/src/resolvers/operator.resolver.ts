import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { paginate } from "@jinjibu/federation";
import type { ProgramsContext } from "../context";
import { CaseStudy } from "../entities";
import { OperatorStub } from "../entities/operator.stub";
import { OperatorProgramsArgs, ProgramConnection, checkFiscalYear } from "./program.resolver";
import { SelfAssessment, assessmentsOf, canSeeAssessments } from "./self-assessment.resolver";

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
  async selfAssessment(
    @Root() op: OperatorStub,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year (2015 to 2030)." }) fiscalYear: number,
    @Ctx() ctx: ProgramsContext,
  ): Promise<SelfAssessment | null> {
    checkFiscalYear(fiscalYear);
    if (!canSeeAssessments(ctx.viewer, op.id)) return null;
    return assessmentsOf(op.id, await ctx.loaders.answersByOperator.load(op.id)).find((a) => a.fiscalYear === fiscalYear) ?? null;
  }

  @FieldResolver(() => [SelfAssessment], { nullable: true, description: "All the operator's self-assessments, oldest year first (own viewers and the national administrator; otherwise empty)." })
  async selfAssessments(@Root() op: OperatorStub, @Ctx() ctx: ProgramsContext): Promise<SelfAssessment[]> {
    if (!canSeeAssessments(ctx.viewer, op.id)) return [];
    return assessmentsOf(op.id, await ctx.loaders.answersByOperator.load(op.id));
  }
}
