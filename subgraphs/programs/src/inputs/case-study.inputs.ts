import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ConnectionArgs } from "@jinjibu/federation";
import { AreaSizeClass, CorporateCategory, LeadershipModel, MaturityElement, ProgramKind, SupportPhase, TalentKind } from "@jinjibu/domain";
import { VoiceSpeakerType } from "../types/case-study-parts";
import { ContentVisibility } from "../types/content-visibility";

@ArgsType()
export class CaseStudiesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only case studies of this operator." })
  operatorId?: string | null;
}

@InputType({ description: "What was done in one phase." })
export class PhaseTextInput {
  @Field(() => SupportPhase, { description: "The phase." })
  phase!: SupportPhase;

  @Field(() => String, { description: "What was done (Japanese)." })
  textJa!: string;
}

@InputType({ description: "A device for staying power under one activity element." })
export class ElementDeviceInput {
  @Field(() => MaturityElement, { description: "The activity element." })
  element!: MaturityElement;

  @Field(() => String, { description: "The device (Japanese)." })
  textJa!: string;
}

@InputType({ description: "A stumbling point and the response." })
export class StumblingPointInput {
  @Field(() => Int, { description: "Fiscal year (2015 to 2030)." })
  fiscalYear!: number;

  @Field(() => String, { description: "The problem faced." })
  problemJa!: string;

  @Field(() => String, { description: "How it was answered." })
  responseJa!: string;
}

@InputType({ description: "A voice quoted in the case." })
export class VoiceInput {
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
export class PlanAheadInput {
  @Field(() => Int, { nullable: true, description: "Fiscal year of the plan, if it is for one year." })
  fiscalYear?: number | null;

  @Field(() => String, { description: "The plan." })
  textJa!: string;
}

@InputType({ description: "Fields of a case study. On update, omitted fields keep their values." })
export class CaseStudyFieldsInput {
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
export class CreateCaseStudyInput extends CaseStudyFieldsInput {
  @Field(() => ID, { nullable: true, description: "The operator the case belongs to; required: the viewer must act for it." })
  operatorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A key unique to this creation (8 to 200 characters; a UUID is a good choice): a retry with the same key and input returns the case study first created instead of a second one; the same key with another input is a CONFLICT.",
  })
  idempotencyKey?: string | null;
}
