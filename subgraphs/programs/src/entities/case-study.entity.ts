import { Directive, Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import "@jinjibu/federation";
import { AreaSizeClass, CorporateCategory, LeadershipModel, MaturityElement, ProgramKind, SupportPhase, TalentKind } from "@jinjibu/domain";
// The order of these imports fixes the order of types in the printed SDL.
import { ContentVisibility } from "../types/content-visibility";
import "../types/program-outcome";
import { CaseOutcome, ElementDevice, EvolutionYear, PhaseText, PlanAhead, StumblingPoint, Voice } from "../types/case-study-parts";

export enum CaseStudyStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}
registerEnumType(CaseStudyStatus, {
  name: "CaseStudyStatus",
  description: "DRAFT (visible only to its operator and the national administrator, whatever visibility it will have) or PUBLISHED.",
});

@Directive('@key(fields: "id")')
@ObjectType({ description: "A case study (事例): one region's experience as structured know-how another region can act on." })
@Entity({ name: "case_study" })
export class CaseStudy {
  @Field(() => ID, { description: "Stable id (e.g. `case-s3-dotdoto`, `case-s0-shiojiri`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Column({ type: "text" })
  operatorId!: string;

  @Column({ type: "text", array: true })
  coOperatorIds!: string[];

  @Field(() => String, { description: "Title: the project name or the case heading, in Japanese." })
  @Column({ type: "text" })
  titleJa!: string;

  @Field(() => String, { nullable: true, description: "Summary (取組概要/特徴 or the case's lead paragraph)." })
  @Column({ type: "text", nullable: true })
  summaryJa!: string | null;

  @Field(() => String, { nullable: true, description: "Where (e.g. 長野県塩尻市, 北海道 道東地域)." })
  @Column({ type: "text", nullable: true })
  place!: string | null;

  @Field(() => [AreaSizeClass], { description: "Area size classes (大・中規模 / 小規模) of the areas served; empty when no document gives a size." })
  @Column({ type: "text", array: true })
  areaSizeClasses!: AreaSizeClass[];

  @Field(() => CorporateCategory, { nullable: true, description: "Organisation class of the lead (営利 / 非営利)." })
  @Column({ type: "text", nullable: true })
  orgClass!: CorporateCategory | null;

  @Field(() => LeadershipModel, { nullable: true, description: "Who leads (主導組織のパターン); null where the documents do not classify it." })
  @Column({ type: "text", nullable: true })
  leadershipModel!: LeadershipModel | null;

  @Field(() => String, { nullable: true, description: "Background (As Is)." })
  @Column({ type: "text", nullable: true })
  background!: string | null;

  @Field(() => String, { nullable: true, description: "Goal (To Be)." })
  @Column({ type: "text", nullable: true })
  goal!: string | null;

  @Field(() => [PhaseText], { description: "What was done in each phase." })
  @Column({ type: "jsonb" })
  phases!: PhaseText[];

  @Field(() => [ElementDevice], { description: "Devices for staying power, by activity element of the maturity model." })
  @Column({ type: "jsonb" })
  devices!: ElementDevice[];

  @Field(() => [StumblingPoint], { description: "Stumbling points and the responses, by fiscal year." })
  @Column({ type: "jsonb" })
  stumblingPoints!: StumblingPoint[];

  @Field(() => [Voice], { description: "Voices of municipalities, companies, talent and partners." })
  @Column({ type: "jsonb" })
  voices!: Voice[];

  @Field(() => [CaseOutcome], { description: "Outcomes in the document's words." })
  @Column({ type: "jsonb" })
  outcomes!: CaseOutcome[];

  @Field(() => [PlanAhead], { description: "Plans ahead (今後の展開 / 令和7年度以降の取組予定)." })
  @Column({ type: "jsonb" })
  plansAhead!: PlanAhead[];

  @Field(() => [EvolutionYear], { description: "Evolution by fiscal year (the Kanto model regions' FY2022→FY2024 story); empty for others." })
  @Column({ type: "jsonb" })
  evolution!: EvolutionYear[];

  @Field(() => [Int], { description: "Fiscal years the case covers." })
  @Column({ type: "int", array: true })
  fiscalYears!: number[];

  @Field(() => [TalentKind], { description: "Kinds of talent the operator's programs target." })
  @Column({ type: "text", array: true })
  targetTalentKinds!: TalentKind[];

  @Field(() => [ProgramKind], { description: "Kinds of program the operator runs in this case." })
  @Column({ type: "text", array: true })
  programKinds!: ProgramKind[];

  @Column({ type: "text", array: true })
  programIds!: string[];

  /** Derived from `phases` and `devices`, for filters. */
  @Column({ type: "text", array: true })
  phaseCodes!: SupportPhase[];

  @Column({ type: "text", array: true })
  elements!: MaturityElement[];

  @Column({ type: "text", nullable: true })
  regionalBlock!: string | null;

  @Field(() => String, { description: "Source document." })
  @Column({ type: "text" })
  source!: string;

  @Field(() => String, { nullable: true, description: "The Kanto model region id (e.g. `kr-shiojiri`) when the case is one of the 8 model regions." })
  @Column({ type: "text", nullable: true })
  kantoRegionId!: string | null;

  @Field(() => CaseStudyStatus, { description: "Draft or published." })
  @Column({ type: "text" })
  status!: CaseStudyStatus;

  @Field(() => ContentVisibility, { description: "Who may see it now. A draft is PRIVATE until published." })
  @Column({ type: "text" })
  visibility!: ContentVisibility;

  @Field(() => ContentVisibility, { description: "The visibility it takes when published." })
  @Column({ type: "text" })
  intendedVisibility!: ContentVisibility;

  @Column({ type: "text" })
  searchTitle!: string;

  @Column({ type: "text" })
  searchSummary!: string;

  @Column({ type: "text" })
  searchBody!: string;

  @Field(() => String, { description: "When it was last changed (ISO 8601)." })
  @Column({ type: "timestamptz", default: () => "now()", transformer: { to: (v: string | undefined) => v, from: (v: Date) => v.toISOString() } })
  updatedAt!: string;
}
