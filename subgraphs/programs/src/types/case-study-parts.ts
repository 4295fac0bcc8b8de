// The parts of a case study, stored as JSON in case_study's columns: GraphQL object types, not tables.
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { MaturityElement, SupportPhase } from "@jinjibu/domain";
import "@jinjibu/federation";

@ObjectType({ description: "What a case study did in one support phase." })
export class PhaseText {
  @Field(() => SupportPhase, { description: "The phase." })
  phase!: SupportPhase;

  @Field(() => String, { nullable: true, description: "The label the source prints (e.g. 人材確保), when it has one." })
  labelJa!: string | null;

  @Field(() => String, { description: "What was done (Japanese, from the document)." })
  textJa!: string;

  @Field(() => String, { nullable: true, description: "How the hub read the source here (e.g. a retention item the source labels 【人材育成】)." })
  sourceNote!: string | null;
}

@ObjectType({ description: "A device for staying power (定着に向けた工夫) under one activity element of the maturity model." })
export class ElementDevice {
  @Field(() => MaturityElement, { description: "The activity element (経営戦略, マーケティング, ナレッジ・ノウハウ, 財源, 共創関係)." })
  element!: MaturityElement;

  @Field(() => String, { description: "The device, in the document's Japanese." })
  textJa!: string;
}

@ObjectType({ description: "A stumbling point (躓き) met in one fiscal year and the response to it." })
export class StumblingPoint {
  @Field(() => Int, { description: "Fiscal year (2022 = 令和4年度)." })
  fiscalYear!: number;

  @Field(() => String, { description: "The problem faced." })
  problemJa!: string;

  @Field(() => String, { nullable: true, description: "How it was answered; null when the document states no answer (then see noteJa)." })
  responseJa!: string | null;

  @Field(() => String, { nullable: true, description: "An editorial note in Japanese (e.g. that the document states no answer); null when none." })
  noteJa?: string | null;

  @Field(() => String, { nullable: true, description: "POSITIVE when the document lists this point as something that went well rather than a problem; null otherwise." })
  polarity?: string | null;

  @Field(() => String, { nullable: true, description: "The document's full paragraph (直面した課題とその対応), when it has one." })
  detailJa!: string | null;
}

/** Who speaks in a voice (声). */
export enum VoiceSpeakerType {
  MUNICIPALITY = "MUNICIPALITY",
  COMPANY = "COMPANY",
  JOB_SEEKER = "JOB_SEEKER",
  FINANCIAL_INSTITUTION = "FINANCIAL_INSTITUTION",
  UNIVERSITY = "UNIVERSITY",
  SUPPORT_INSTITUTION = "SUPPORT_INSTITUTION",
  LEAD_ORGANIZATION = "LEAD_ORGANIZATION",
  OTHER = "OTHER",
}
registerEnumType(VoiceSpeakerType, {
  name: "VoiceSpeakerType",
  description:
    "Who speaks in a voice: 自治体 (MUNICIPALITY), 企業 (COMPANY), 求職者・人材 (JOB_SEEKER), 金融機関, 大学・教育機関 (UNIVERSITY), 支援機関・構成機関 (SUPPORT_INSTITUTION), 主導組織 (LEAD_ORGANIZATION), OTHER.",
});

@ObjectType({ description: "A voice (声) quoted in a case study." })
export class Voice {
  @Field(() => VoiceSpeakerType, { description: "Kind of speaker." })
  speakerType!: VoiceSpeakerType;

  @Field(() => String, { description: "Who speaks, as the document labels it (e.g. 塩尻市, マッチングイベントに参加した企業 C社)." })
  speakerLabel!: string;

  @Field(() => String, { description: "What they said (Japanese, verbatim)." })
  textJa!: string;

  @Field(() => [String], { description: "Value tags the document attaches to the voice (e.g. 地域企業の人的資本経営推進); empty when it prints none." })
  valueTags!: string[];
}

@ObjectType({ description: "An outcome a case study reports, as text (numbers with their bases live on Program.outcomes)." })
export class CaseOutcome {
  @Field(() => String, { description: "The outcome in the document's words." })
  textJa!: string;

  @Field(() => String, { nullable: true, description: "Period it covers, when stated." })
  period!: string | null;

  @Field(() => String, { nullable: true, description: "VERBATIM when textJa is the document's sentence as printed (see source); SUMMARY when it is a Japanese summary (a program's name with the document's note); null only for an outcome added later without saying." })
  textKind?: string | null;

  @Field(() => Float, { nullable: true, description: "The number the outcome states; null when the document states none (see valueQualifier)." })
  value?: number | null;

  @Field(() => String, { nullable: true, description: "Unit of value as printed (名, 件, 社, 人)." })
  unitJa?: string | null;

  @Field(() => String, { nullable: true, description: "How value is to be read: APPROXIMATE (約), AT_LEAST (以上), COUNT_NOT_STATED; null when exact." })
  valueQualifier?: string | null;

  @Field(() => String, { nullable: true, description: "SINGLE_YEAR (単年度), CUMULATIVE (累計) or PERIOD (期間, see period); null when not stated." })
  basis?: string | null;

  @Field(() => CaseOutcomeStatement, { nullable: true, description: "Another statement in the same document that conflicts with this one; both are kept, neither chosen." })
  conflictsWith?: CaseOutcomeStatement | null;

  @Field(() => String, { nullable: true, description: "An editorial note in Japanese (e.g. a conflict or a count not stated); null when none." })
  noteJa?: string | null;

  @Field(() => SourceRef, { nullable: true, description: "Source document and line of the statement; null for texts seeded before sources were recorded." })
  source?: SourceRef | null;
}

@ObjectType({ description: "Where a statement is printed: a seed document and its line." })
export class SourceRef {
  @Field(() => String, { description: "The seed document's file name." })
  document!: string;

  @Field(() => Int, { nullable: true, description: "Line in that document; null when not recorded." })
  line?: number | null;
}

@ObjectType({ description: "A statement in a document, with where it is printed." })
export class CaseOutcomeStatement {
  @Field(() => String, { description: "The statement as printed." })
  textJa!: string;

  @Field(() => SourceRef, { nullable: true, description: "Where it is printed." })
  source?: SourceRef | null;
}

@ObjectType({ description: "What an operator plans ahead." })
export class PlanAhead {
  @Field(() => Int, { nullable: true, description: "Fiscal year, when the plan is for one year." })
  fiscalYear!: number | null;

  @Field(() => String, { nullable: true, description: "Period as text (e.g. FY2025–FY2027)." })
  period!: string | null;

  @Field(() => String, { description: "The plan (Japanese)." })
  textJa!: string;
}

@ObjectType({ description: "One fiscal year of a region's evolution (Kanto model regions, FY2022→FY2024)." })
export class EvolutionYear {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => String, { description: "What happened that year (the document's paragraph)." })
  textJa!: string;

  @Field(() => [String], { description: "Activities running that year, from the region's activity chart." })
  activitiesJa!: string[];

  @Field(() => String, { nullable: true, description: "How the structure changed (ハード面 / ソフト面)." })
  structureJa!: string | null;
}
