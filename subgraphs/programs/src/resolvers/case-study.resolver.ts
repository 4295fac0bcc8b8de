import { randomUUID } from "node:crypto";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, badUserInput, forbidden, notFound, paginate, unauthenticated } from "@jinjibu/federation";
import { AreaSizeClass, CorporateCategory, LeadershipModel, MaturityElement, ProgramKind, SupportPhase, TalentKind, corporateCategoryLabels, leadershipModelLabels } from "@jinjibu/domain";
import { isSignedIn } from "@jinjibu/auth";
import type { ProgramsContext } from "../context";
import { CaseStudy, CaseStudyStatus, ContentVisibility, OperatorProfile, Program, VoiceSpeakerType } from "../entities";
import { operatorStub, OperatorStub } from "../entities/operator.stub";
import { caseStudySearchText } from "../services/search-text";
import { canEditFor, visibilitySql } from "../services/visibility";
import { checkFiscalYear } from "./program.resolver";

export const CaseStudyConnection = Connection(CaseStudy, "CaseStudy", "case study");

@ArgsType()
class CaseStudiesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only case studies of this operator." })
  operatorId?: string | null;
}

@InputType({ description: "What was done in one phase." })
class PhaseTextInput {
  @Field(() => SupportPhase, { description: "The phase." })
  phase!: SupportPhase;

  @Field(() => String, { description: "What was done (Japanese)." })
  textJa!: string;
}

@InputType({ description: "A device for staying power under one activity element." })
class ElementDeviceInput {
  @Field(() => MaturityElement, { description: "The activity element." })
  element!: MaturityElement;

  @Field(() => String, { description: "The device (Japanese)." })
  textJa!: string;
}

@InputType({ description: "A stumbling point and the response." })
class StumblingPointInput {
  @Field(() => Int, { description: "Fiscal year (2015 to 2030)." })
  fiscalYear!: number;

  @Field(() => String, { description: "The problem faced." })
  problemJa!: string;

  @Field(() => String, { description: "How it was answered." })
  responseJa!: string;
}

@InputType({ description: "A voice quoted in the case." })
class VoiceInput {
  @Field(() => VoiceSpeakerType, { description: "Kind of speaker." })
  speakerType!: VoiceSpeakerType;

  @Field(() => String, { description: "Who speaks (e.g. 塩尻市, 企業 C社)." })
  speakerLabel!: string;

  @Field(() => String, { description: "What they said." })
  textJa!: string;

  @Field(() => [String], { nullable: true, description: "Value tags." })
  valueTags?: string[] | null;
}

@InputType({ description: "A plan ahead." })
class PlanAheadInput {
  @Field(() => Int, { nullable: true, description: "Fiscal year of the plan, if it is for one year." })
  fiscalYear?: number | null;

  @Field(() => String, { description: "The plan." })
  textJa!: string;
}

@InputType({ description: "Fields of a case study. On update, omitted fields keep their values." })
class CaseStudyFieldsInput {
  @Field(() => String, { nullable: true, description: "Title (required on create; 1 to 200 characters)." })
  titleJa?: string | null;

  @Field(() => String, { nullable: true, description: "Summary." })
  summaryJa?: string | null;

  @Field(() => String, { nullable: true, description: "Where." })
  place?: string | null;

  @Field(() => [AreaSizeClass], { nullable: true, description: "Area size classes." })
  areaSizeClasses?: AreaSizeClass[] | null;

  @Field(() => CorporateCategory, { nullable: true, description: "Organisation class (営利 / 非営利)." })
  orgClass?: CorporateCategory | null;

  @Field(() => LeadershipModel, { nullable: true, description: "Leadership model." })
  leadershipModel?: LeadershipModel | null;

  @Field(() => String, { nullable: true, description: "Background (As Is)." })
  background?: string | null;

  @Field(() => String, { nullable: true, description: "Goal (To Be)." })
  goal?: string | null;

  @Field(() => [PhaseTextInput], { nullable: true, description: "What was done in each phase." })
  phases?: PhaseTextInput[] | null;

  @Field(() => [ElementDeviceInput], { nullable: true, description: "Devices by activity element." })
  devices?: ElementDeviceInput[] | null;

  @Field(() => [StumblingPointInput], { nullable: true, description: "Stumbling points by fiscal year." })
  stumblingPoints?: StumblingPointInput[] | null;

  @Field(() => [VoiceInput], { nullable: true, description: "Voices." })
  voices?: VoiceInput[] | null;

  @Field(() => [String], { nullable: true, description: "Outcomes in words." })
  outcomesJa?: string[] | null;

  @Field(() => [PlanAheadInput], { nullable: true, description: "Plans ahead." })
  plansAhead?: PlanAheadInput[] | null;

  @Field(() => [Int], { nullable: true, description: "Fiscal years covered." })
  fiscalYears?: number[] | null;

  @Field(() => [TalentKind], { nullable: true, description: "Kinds of talent targeted." })
  targetTalentKinds?: TalentKind[] | null;

  @Field(() => [ProgramKind], { nullable: true, description: "Kinds of program run." })
  programKinds?: ProgramKind[] | null;

  @Field(() => ContentVisibility, { nullable: true, description: "Visibility once published (default PUBLIC). A draft is PRIVATE whatever this says." })
  visibility?: ContentVisibility | null;
}

@InputType({ description: "A new case study, created as a DRAFT (PRIVATE until published)." })
class CreateCaseStudyInput extends CaseStudyFieldsInput {
  @Field(() => ID, { nullable: true, description: "The operator the case belongs to; required: the viewer must act for it." })
  operatorId?: string | null;
}

const MAX_TEXT = 20_000;

function applyFields(c: CaseStudy, input: CaseStudyFieldsInput): void {
  if (input.titleJa !== undefined && input.titleJa !== null) {
    const title = input.titleJa.trim();
    if (title.length < 1 || title.length > 200) throw badUserInput("`titleJa` must be 1 to 200 characters.");
    c.titleJa = title;
  }
  for (const key of ["summaryJa", "place", "background", "goal"] as const) {
    const v = input[key];
    if (v !== undefined) {
      if (v && v.length > MAX_TEXT) throw badUserInput(`\`${key}\` must be at most ${MAX_TEXT} characters.`);
      c[key] = v ?? null;
    }
  }
  if (input.areaSizeClasses) c.areaSizeClasses = [...new Set(input.areaSizeClasses)];
  if (input.orgClass !== undefined) c.orgClass = input.orgClass ?? null;
  if (input.leadershipModel !== undefined) c.leadershipModel = input.leadershipModel ?? null;
  if (input.phases) c.phases = input.phases.map((p) => ({ phase: p.phase, textJa: p.textJa, labelJa: null, sourceNote: null }));
  if (input.devices) c.devices = input.devices.map((d) => ({ element: d.element, textJa: d.textJa }));
  if (input.stumblingPoints) {
    input.stumblingPoints.forEach((s) => checkFiscalYear(s.fiscalYear, "stumblingPoints.fiscalYear"));
    c.stumblingPoints = input.stumblingPoints.map((s) => ({ ...s, detailJa: null }));
  }
  if (input.voices) c.voices = input.voices.map((v) => ({ ...v, valueTags: v.valueTags ?? [] }));
  if (input.outcomesJa) c.outcomes = input.outcomesJa.map((textJa) => ({ textJa, period: null }));
  if (input.plansAhead) {
    input.plansAhead.forEach((p) => checkFiscalYear(p.fiscalYear, "plansAhead.fiscalYear"));
    c.plansAhead = input.plansAhead.map((p) => ({ fiscalYear: p.fiscalYear ?? null, period: p.fiscalYear ? `FY${p.fiscalYear}` : null, textJa: p.textJa }));
  }
  if (input.fiscalYears) {
    input.fiscalYears.forEach((fy) => checkFiscalYear(fy, "fiscalYears"));
    c.fiscalYears = [...new Set(input.fiscalYears)].sort();
  }
  if (input.targetTalentKinds) c.targetTalentKinds = [...new Set(input.targetTalentKinds)];
  if (input.programKinds) c.programKinds = [...new Set(input.programKinds)];
  if (input.visibility) {
    c.intendedVisibility = input.visibility;
    if (c.status === CaseStudyStatus.PUBLISHED) c.visibility = input.visibility;
  }
  c.phaseCodes = [...new Set(c.phases.map((p) => p.phase))];
  c.elements = [...new Set(c.devices.map((d) => d.element))];
  Object.assign(c, caseStudySearchText(c));
}

function requireEditor(ctx: ProgramsContext, operatorId: string): void {
  if (!isSignedIn(ctx.viewer)) throw unauthenticated("Sign in as a coordinator or site of the operator to edit its case studies.");
  if (!canEditFor(ctx.viewer, operatorId)) throw forbidden("Only the operator's own coordinators and site may edit its case studies.");
}

@Resolver(() => CaseStudy)
export class CaseStudyResolver {
  @Query(() => CaseStudy, { nullable: true, description: "One case study by id; null when there is none or the viewer may not see it." })
  caseStudy(@Arg("id", () => ID, { description: "The case study's id." }) id: string, @Ctx() ctx: ProgramsContext) {
    return ctx.loaders.caseStudyById.load(id);
  }

  @Query(() => CaseStudyConnection, { description: "Case studies the viewer may see, in id order." })
  async caseStudies(@Args(() => CaseStudiesArgs) args: CaseStudiesArgs, @Ctx() ctx: ProgramsContext) {
    const params: unknown[] = [];
    const where = [visibilitySql(ctx.viewer, "c", (op) => `(c.operator_id = ${op} OR ${op} = ANY(c.co_operator_ids))`, params)];
    if (args.operatorId) {
      params.push(args.operatorId);
      where.push(`(c.operator_id = $${params.length} OR $${params.length} = ANY(c.co_operator_ids))`);
    }
    const em = await ctx.db.manager();
    const ids: { id: string }[] = await em.query(`SELECT c.id FROM case_study c WHERE ${where.join(" AND ")} ORDER BY c.id`, params);
    const page = paginate(ids, args);
    const nodes = await ctx.loaders.caseStudyById.loadMany(page.edges.map((e) => e.node.id));
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] as CaseStudy })) };
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
  async programs(@Root() c: CaseStudy, @Ctx() ctx: ProgramsContext): Promise<Program[]> {
    const rows = await ctx.loaders.programById.loadMany(c.programIds);
    return rows.filter((r): r is Program => r instanceof Program);
  }

  @Mutation(() => CaseStudy, {
    description: "Creates a case study as a DRAFT (PRIVATE) for an operator the viewer acts for. `operatorId` and `titleJa` are required.",
  })
  async createCaseStudy(@Arg("input", () => CreateCaseStudyInput, { description: "The case." }) input: CreateCaseStudyInput, @Ctx() ctx: ProgramsContext) {
    if (!input.operatorId) throw badUserInput("A case study needs an operator: pass `operatorId` (e.g. op-meguru).");
    if (!input.titleJa) throw badUserInput("A case study needs a title: pass `titleJa` (1 to 200 characters).");
    requireEditor(ctx, input.operatorId);
    const em = await ctx.db.manager();
    const profile = await em.getRepository(OperatorProfile).findOneBy({ id: input.operatorId });
    const c = Object.assign(new CaseStudy(), {
      id: `case-u-${randomUUID().slice(0, 8)}`, operatorId: input.operatorId, coOperatorIds: [], summaryJa: null, place: null,
      areaSizeClasses: [], orgClass: (profile?.corporateCategory as CorporateCategory | null) ?? null,
      leadershipModel: (profile?.leadershipModel as LeadershipModel | null) ?? null, background: null, goal: null, phases: [], devices: [],
      stumblingPoints: [], voices: [], outcomes: [], plansAhead: [], evolution: [], fiscalYears: [], targetTalentKinds: [], programKinds: [],
      programIds: [], regionalBlock: profile?.regionalBlock ?? null, source: "hub (operator-written)", kantoRegionId: null,
      status: CaseStudyStatus.DRAFT, visibility: ContentVisibility.PRIVATE, intendedVisibility: ContentVisibility.PUBLIC,
    });
    applyFields(c, input);
    c.updatedAt = new Date().toISOString();
    await em.getRepository(CaseStudy).insert(c);
    return c;
  }

  @Mutation(() => CaseStudy, { description: "Edits a case study of an operator the viewer acts for; omitted fields keep their values." })
  async updateCaseStudy(
    @Arg("id", () => ID, { description: "The case study's id." }) id: string,
    @Arg("input", () => CaseStudyFieldsInput, { description: "The fields to change." }) input: CaseStudyFieldsInput,
    @Ctx() ctx: ProgramsContext,
  ) {
    const c = await this.editable(id, ctx);
    applyFields(c, input);
    c.updatedAt = new Date().toISOString();
    const em = await ctx.db.manager();
    await em.getRepository(CaseStudy).save(c);
    return c;
  }

  @Mutation(() => CaseStudy, { description: "Publishes a draft: it takes its intended visibility (or the one given here)." })
  async publishCaseStudy(
    @Arg("id", () => ID, { description: "The case study's id." }) id: string,
    @Arg("visibility", () => ContentVisibility, { nullable: true, description: "Visibility to publish with; default: the one set on the draft." })
    visibility: ContentVisibility | null,
    @Ctx() ctx: ProgramsContext,
  ) {
    const c = await this.editable(id, ctx);
    c.status = CaseStudyStatus.PUBLISHED;
    c.intendedVisibility = visibility ?? c.intendedVisibility;
    c.visibility = c.intendedVisibility;
    c.updatedAt = new Date().toISOString();
    const em = await ctx.db.manager();
    await em.getRepository(CaseStudy).save(c);
    return c;
  }

  private async editable(id: string, ctx: ProgramsContext): Promise<CaseStudy> {
    const c = await ctx.loaders.caseStudyById.load(id);
    if (!c) throw notFound(`No case study ${id} that you may see.`);
    requireEditor(ctx, c.operatorId);
    return c;
  }
}

/** `CaseStudy` references from other subgraphs, batched and visibility-checked. */
export const resolveCaseStudyReference = (ref: { id: string }, ctx: ProgramsContext) => ctx.loaders.caseStudyById.load(ref.id);
