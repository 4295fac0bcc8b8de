import { Field, ID, InputType, Int } from "type-graphql";
import { TalentKind } from "@jinjibu/federation";
import type { TalentKind as DomainTalentKind } from "@jinjibu/domain";
import { CompensationUnit, NeedStatus, NotConcludedReason, PlacementType } from "../demand.enums";
import { Availability, ConsentScope, SharingPurpose, WorkStyle } from "../enums";

@InputType({ description: "A need of a company the viewer's operator supports." })
export class NeedInput {
  @Field(() => ID, { description: "The regional company (it must be supported by the viewer's operator)." })
  companyId!: string;

  @Field(() => String, { description: "Title, 1–200 characters (Japanese)." })
  title!: string;

  @Field(() => String, { description: "What the work is, 1–4000 characters." })
  description!: string;

  @Field(() => String, { description: "The business problem behind it (経営課題), 1–2000 characters." })
  businessProblem!: string;

  @Field(() => [TalentKind], { description: "Kinds of talent wanted (1–5)." })
  kinds!: DomainTalentKind[];

  @Field(() => [String], { nullable: true, description: "Skills wanted (up to 20, each 1–50 characters)." })
  skills?: string[] | null;

  @Field(() => [Availability], { description: "How the work is done (1 or more): side job, project, full time, secondment, internship, short hours." })
  workForms!: Availability[];

  @Field(() => [WorkStyle], { nullable: true, description: "Remote / on site / hybrid … (empty or absent: any)." })
  workStyles?: WorkStyle[] | null;

  @Field(() => SharingPurpose, { description: "The purpose people must have consented to (e.g. SIDE_JOB_MATCHING)." })
  purpose!: SharingPurpose;

  @Field(() => String, { nullable: true, description: "Period as written (up to 200 characters)." })
  periodJa?: string | null;

  @Field(() => String, { nullable: true, description: "First day (YYYY-MM-DD)." })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: "Last day (YYYY-MM-DD), not before `startsOn`." })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: "Volume as written (e.g. 月20時間), up to 200 characters." })
  volumeJa?: string | null;

  @Field(() => Int, { nullable: true, description: "Compensation lower bound in yen (≥ 0)." })
  compensationMin?: number | null;

  @Field(() => Int, { nullable: true, description: "Compensation upper bound in yen (≥ min)." })
  compensationMax?: number | null;

  @Field(() => CompensationUnit, { nullable: true, description: "Unit of the range; required when a bound is given." })
  compensationUnit?: CompensationUnit | null;

  @Field(() => ConsentScope, { description: "How far the need is shared: OWN_OPERATOR, SAME_BLOCK or NATIONWIDE." })
  scope!: ConsentScope;

  @Field(() => Boolean, { nullable: true, description: "Show the company's name to other regions (default false)." })
  discloseCompany?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Show the compensation range to other regions (default true)." })
  discloseCompensation?: boolean | null;

  @Field(() => NeedStatus, { nullable: true, description: "DRAFT (default) or OPEN." })
  status?: NeedStatus | null;
}

@InputType({ description: "What to look for among other regions' open needs." })
export class NeedSearchFilter {
  @Field(() => String, { nullable: true, description: "A skill or word of a wanted skill (1–50 characters, normalised)." })
  skill?: string | null;

  @Field(() => [TalentKind], { nullable: true, description: "Any of these kinds." })
  kinds?: DomainTalentKind[] | null;

  @Field(() => [Availability], { nullable: true, description: "Any of these work forms." })
  workForms?: Availability[] | null;

  @Field(() => SharingPurpose, { nullable: true, description: "Only needs of this purpose." })
  purpose?: SharingPurpose | null;

  @Field(() => String, { nullable: true, description: 'Only needs of companies in this prefecture (JIS code "01"–"47").' })
  prefectureCode?: string | null;
}

@InputType({ description: "The placement a concluded matching records." })
export class PlacementInput {
  @Field(() => String, { description: "Start date (YYYY-MM-DD); its fiscal year is the placement's." })
  startDate!: string;

  @Field(() => String, { nullable: true, description: "End date (YYYY-MM-DD), not before the start." })
  endDate?: string | null;

  @Field(() => PlacementType, { description: "What kind of engagement it is." })
  placementType!: PlacementType;

  @Field(() => ID, { nullable: true, description: "The program (programs subgraph id) it belongs to." })
  programId?: string | null;
}

@InputType({ description: "Why a matching did not conclude." })
export class NotConcludedInput {
  @Field(() => NotConcludedReason, { description: "The reason." })
  reason!: NotConcludedReason;

  @Field(() => String, { nullable: true, description: "A note (Japanese, up to 1000 characters)." })
  noteJa?: string | null;
}
