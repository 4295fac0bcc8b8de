import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection } from "@jinjibu/federation";
import { corporateCategoryLabels, leadershipModelLabels } from "@jinjibu/domain";
import type { ProgramsContext } from "../context";
import { CaseStudy, Program } from "../entities";
import { CaseStudiesArgs, CaseStudyFieldsInput, CreateCaseStudyInput } from "../inputs/case-study.inputs";
import { createCaseStudy, listCaseStudies, publishCaseStudy, updateCaseStudy } from "../services/case-study.service";
import { programsByIds } from "../services/program.service";
import { ContentVisibility } from "../types/content-visibility";
import { operatorStub, OperatorStub } from "../types/operator.stub";

export const CaseStudyConnection = Connection(CaseStudy, "CaseStudy", "case study");

@Resolver(() => CaseStudy)
export class CaseStudyResolver {
  @Query(() => CaseStudy, { nullable: true, description: "One case study by id; null when there is none or the viewer may not see it." })
  caseStudy(@Arg("id", () => ID, { description: "The case study's id." }) id: string, @Ctx() ctx: ProgramsContext) {
    return ctx.loaders.caseStudyById.load(id);
  }

  @Query(() => CaseStudyConnection, { description: "Case studies the viewer may see, in id order." })
  caseStudies(@Args(() => CaseStudiesArgs) args: CaseStudiesArgs, @Ctx() ctx: ProgramsContext) {
    return listCaseStudies(ctx, args);
  }

  @FieldResolver(() => OperatorStub, { description: "The operator whose case it is." })
  operator(@Root() c: CaseStudy): OperatorStub {
    return operatorStub(c.operatorId);
  }

  @FieldResolver(() => [OperatorStub], { description: "Other operators in the same case (e.g. 群馬県トラック協会 with ボルテックスセイグン)." })
  coOperators(@Root() c: CaseStudy): OperatorStub[] {
    return c.coOperatorIds.map(operatorStub);
  }

  @FieldResolver(() => String, { nullable: true, description: "Japanese label of the organisation class (営利法人 / 非営利法人)." })
  orgClassLabelJa(@Root() c: CaseStudy): string | null {
    return c.orgClass ? corporateCategoryLabels[c.orgClass] : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Japanese label of the leadership model (e.g. 民間企業主導型)." })
  leadershipModelLabelJa(@Root() c: CaseStudy): string | null {
    return c.leadershipModel ? leadershipModelLabels[c.leadershipModel] : null;
  }

  @FieldResolver(() => [Program], { description: "The programs of this case the viewer may see." })
  programs(@Root() c: CaseStudy, @Ctx() ctx: ProgramsContext): Promise<Program[]> {
    return programsByIds(ctx, c.programIds);
  }

  @Mutation(() => CaseStudy, {
    description:
      "Creates a case study as a DRAFT (PRIVATE) for an operator the viewer acts for. `operatorId` and `titleJa` are required. Retry-safe with `idempotencyKey`.",
  })
  createCaseStudy(@Arg("input", () => CreateCaseStudyInput, { description: "The case." }) input: CreateCaseStudyInput, @Ctx() ctx: ProgramsContext) {
    return createCaseStudy(ctx, input);
  }

  @Mutation(() => CaseStudy, { description: "Edits a case study of an operator the viewer acts for; omitted fields keep their values." })
  updateCaseStudy(
    @Arg("id", () => ID, { description: "The case study's id." }) id: string,
    @Arg("input", () => CaseStudyFieldsInput, { description: "The fields to change." }) input: CaseStudyFieldsInput,
    @Ctx() ctx: ProgramsContext,
  ) {
    return updateCaseStudy(ctx, id, input);
  }

  @Mutation(() => CaseStudy, { description: "Publishes a draft: it takes its intended visibility (or the one given here)." })
  publishCaseStudy(
    @Arg("id", () => ID, { description: "The case study's id." }) id: string,
    @Arg("visibility", () => ContentVisibility, { nullable: true, description: "Visibility to publish with; default: the one set on the draft." })
    visibility: ContentVisibility | null,
    @Ctx() ctx: ProgramsContext,
  ) {
    return publishCaseStudy(ctx, id, visibility);
  }
}

/** `CaseStudy` references from other subgraphs, batched and visibility-checked. */
export const resolveCaseStudyReference = (ref: { id: string }, ctx: ProgramsContext) => ctx.loaders.caseStudyById.load(ref.id);
