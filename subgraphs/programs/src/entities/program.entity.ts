import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import "@jinjibu/federation";
import { ProgramKind, SupportPhase, TalentKind } from "@jinjibu/domain";
import { ContentVisibility } from "../types/content-visibility";
import { Outcome } from "../types/program-outcome";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A program or initiative (事業・取組) an operator runs, with its phases, targets and outcomes." })
@Entity({ name: "program" })
export class Program {
  @Field(() => ID, { description: "Stable id (e.g. `pg-doto-portal`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Name in Japanese, as the document prints it." })
  @Column({ type: "text" })
  nameJa!: string;

  @Field(() => ProgramKind, { description: "Kind of program." })
  @Column({ type: "text" })
  kind!: ProgramKind;

  /** Operators running it (lead first, then co-operators). */
  @Column({ type: "text", array: true })
  operatorIds!: string[];

  @Field(() => [String], { description: "Ids of non-operator bodies that run it with the operators (e.g. `org-kanto-meti`, `org-shiojiri-cci`)." })
  @Column({ type: "text", array: true })
  partnerIds!: string[];

  @Column({ type: "text", nullable: true })
  regionId!: string | null;

  @Field(() => [SupportPhase], { description: "Support phases it covers (確保/育成/定着 and the case sheets' extra categories)." })
  @Column({ type: "text", array: true })
  phases!: SupportPhase[];

  @Field(() => [String], { name: "sourcePhaseLabels", description: "The phase labels as the source prints them (e.g. 確保, strategy, 横展開)." })
  @Column({ type: "text", array: true })
  phaseLabelsJa!: string[];

  @Field(() => [TalentKind], { description: "Kinds of talent it targets." })
  @Column({ type: "text", array: true })
  targetTalentKinds!: TalentKind[];

  @Field(() => [Int], { description: "Fiscal years it ran (2022 = 令和4年度); empty when the documents do not say." })
  @Column({ type: "int", array: true })
  fiscalYears!: number[];

  @Field(() => Int, { nullable: true, description: "Year it started, when stated (e.g. 2019 for 塩尻's side-job matching)." })
  @Column({ type: "int", nullable: true })
  startedYear!: number | null;

  @Field(() => [String], { description: "Funding sources as the documents name them (e.g. 関東経済産業局委託費, 自主財源)." })
  @Column({ type: "text", array: true })
  fundingSources!: string[];

  @Field(() => Int, { nullable: true, description: "FY2024 budget in yen, when the documents give one for this program alone." })
  @Column({ type: "bigint", nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v == null ? null : Number(v)) } })
  budgetFy2024Jpy!: number | null;

  @Field(() => String, { nullable: true, description: "Web page, when known." })
  @Column({ type: "text", nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "Where it runs: the model region (e.g. 長野県塩尻市) or the operator's prefecture; null when unknown." })
  @Column({ type: "text", nullable: true })
  place!: string | null;

  @Field(() => String, { description: "Source document code(s)." })
  @Column({ type: "text" })
  source!: string;

  @Field(() => String, { nullable: true, description: "Remarks from the documents." })
  @Column({ type: "text", nullable: true })
  notes!: string | null;

  @Field(() => [Outcome], { description: "Outcomes with value, unit, counting basis and period." })
  @Column({ type: "jsonb" })
  outcomes!: Outcome[];

  @Field(() => ContentVisibility, { description: "Who may see it." })
  @Column({ type: "text" })
  visibility!: ContentVisibility;

  @Column({ type: "text", nullable: true })
  regionalBlock!: string | null;

  @Column({ type: "text", nullable: true })
  orgClass!: string | null;

  @Column({ type: "text", nullable: true })
  leadershipModel!: string | null;

  @Column({ type: "text", array: true })
  areaSizeClasses!: string[];

  /** Normalised (normalizeForSearch) name, for search. */
  @Column({ type: "text" })
  searchTitle!: string;

  @Column({ type: "text" })
  searchSummary!: string;

  @Column({ type: "text" })
  searchBody!: string;
}
