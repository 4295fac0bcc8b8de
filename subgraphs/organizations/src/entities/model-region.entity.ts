import type * as domain from "@jinjibu/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LeadershipModel } from "@jinjibu/federation";

@ObjectType("ModelRegionStructureChange", { description: "One fiscal year's change in a model region's structure (体制の変遷)." })
export class StructureChange {
  @Field(() => Int, { description: "Fiscal year (2022 = 令和4年度)." })
  fiscalYear!: number;

  @Field(() => String, { description: "What changed that year, as summarised from the documents (`planned:` marks plans)." })
  change!: string;
}

@ObjectType("ModelRegionStumblingPoint", { description: "A stumbling point (躓き) a model region met in a fiscal year, and how it responded." })
export class StumblingPoint {
  @Field(() => Int, { description: "Fiscal year (2022 = 令和4年度)." })
  fiscalYear!: number;

  @Field(() => String, { description: "The problem, as printed." })
  problem!: string;

  @Field(() => String, { description: "The response, as printed." })
  response!: string;
}

@ObjectType({
  description:
    "One of the 8 Kanto model regions (関東経済産業局 モデル地域, FY2022–FY2024 pilot): a municipality's regional HR department with its lead and partners.",
})
@Entity({ name: "model_region" })
export class ModelRegion {
  @Field(() => ID, { description: "Stable id (e.g. `kr-shiojiri`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Japanese name: prefecture and municipality (e.g. 長野県塩尻市)." })
  @Column({ type: "text" })
  nameJa!: string;

  @Column({ type: "text" })
  municipalityId!: string;

  @Column({ type: "text" })
  leadOperatorId!: string;

  @Column({ type: "text", nullable: true })
  successorLeadOperatorId!: string | null;

  @Column({ type: "text", nullable: true })
  coLeadPartnerId!: string | null;

  @Field(() => String, { description: "S0's attribute of the lead (民間機関, 金融機関, 支援機関, 商工会, 商工会議所)." })
  @Column({ type: "text" })
  attributeJa!: string;

  @Field(() => LeadershipModel, { description: "Who leads the department (主導組織のパターン)." })
  @Column({ type: "text" })
  leadershipModel!: domain.LeadershipModel;

  @Field(() => String, { nullable: true, description: "The department's brand, when it has one (e.g. 地域の人事部@燕)." })
  @Column({ type: "text", nullable: true })
  departmentBrand!: string | null;

  @Field(() => String, { nullable: true, description: "The wider area, when the documents name one (e.g. 茨城県北)." })
  @Column({ type: "text", nullable: true })
  area!: string | null;

  @Field(() => [String], { description: "Catchcopy lines from S0, as printed." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  catchcopy!: string[];

  @Field(() => [String], { description: "Featured activities from S0's case index." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  featuredActivities!: string[];

  @Field(() => [String], { description: "Member bodies of the FY2022 structure (S4), as printed, lead excluded." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  structureFy2022!: string[];

  @Field(() => [StructureChange], { description: "How the structure changed, fiscal year by fiscal year (S0)." })
  @Column({ type: "jsonb", default: () => "'[]'" })
  membershipTimeline!: StructureChange[];

  @Field(() => [String], { description: "Problem statements (問題意識), as printed." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  problemStatements!: string[];

  @Field(() => String, { nullable: true, description: "Vision, as printed." })
  @Column({ type: "text", nullable: true })
  vision!: string | null;

  @Field(() => String, { nullable: true, description: "Mission, as printed (only some regions state one)." })
  @Column({ type: "text", nullable: true })
  mission!: string | null;

  @Field(() => [StumblingPoint], { description: "Stumbling points by fiscal year and the responses (S0)." })
  @Column({ type: "jsonb", default: () => "'[]'" })
  stumblingPoints!: StumblingPoint[];

  @Column({ type: "text", array: true, default: () => "'{}'" })
  agreementIds!: string[];
}

@ObjectType({
  description:
    "A partner's role in a model region (体制図と役割): who, and the role statement verbatim as the source prints it.",
})
@Entity({ name: "partnership" })
export class Partnership {
  @PrimaryColumn({ type: "text" })
  modelRegionId!: string;

  @Field(() => String, { description: "Which document the role comes from: S0 (モデル事例集, as of FY2024) or S2 (塩尻 Q&A)." })
  @PrimaryColumn({ type: "text" })
  source!: string;

  @Field(() => Int, { description: "Position of the row in the source's table (1-based)." })
  @PrimaryColumn({ type: "integer" })
  position!: number;

  /** The party as the facts give it: names and/or ids (e.g. `金融機関, org-shiojiri-cci`). */
  @Column({ type: "text" })
  partyText!: string;

  @Field(() => String, { description: "The role statement, verbatim in Japanese (e.g. 全市的な人材政策の立案・実行、補助金事業の企画)." })
  @Column({ type: "text" })
  roleJa!: string;

  @Field(() => String, { nullable: true, description: "An English gloss of the role (not from the documents)." })
  @Column({ type: "text", nullable: true })
  roleEn!: string | null;

  @Field(() => String, { nullable: true, description: "Kind of partner as classified in the facts (e.g. MUNICIPALITY, FINANCIAL_INSTITUTIONS)." })
  @Column({ type: "text", nullable: true })
  partnerKind!: string | null;

  @Field(() => Int, { nullable: true, description: "Fiscal year the partner joined, when later than the start." })
  @Column({ type: "integer", nullable: true })
  sinceFiscalYear!: number | null;

  @Field(() => String, { nullable: true, description: "共創 (co-creation) or 協働 (collaboration), when stated." })
  @Column({ type: "text", nullable: true })
  collaborationMode!: string | null;
}
