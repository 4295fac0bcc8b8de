import type * as domain from "@jinjibu/domain";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { CorporateCategory } from "@jinjibu/federation";

@ObjectType("OperatorHeadcount", { description: "Headcount as a document states it (従業員数), with its unit and any qualifier." })
export class Headcount {
  @Field(() => Int, { nullable: true, description: "The number; null when the document prints none (e.g. 「従業員数: -」)." })
  value!: number | null;

  @Field(() => String, { nullable: true, description: "Unit as printed (名 or 人)." })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: "Qualifier as printed (e.g. 業務委託含む, 役員含む)." })
  note!: string | null;

  @Field(() => String, { nullable: true, description: "As-of date (YYYY-MM or YYYY-MM-DD) when stated." })
  asOf!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "An operator (地域の人事部事業者): an organisation that runs a regional HR department." })
@Entity({ name: "operator" })
export class Operator {
  @Field(() => ID, { description: "Stable id (e.g. `op-dotdoto`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Official Japanese name, as the latest source document prints it." })
  @Column({ type: "text" })
  nameJa!: string;

  @Field(() => [String], { description: "Other spellings the documents use for the same operator; all of them are searchable." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  nameVariants!: string[];

  @Field(() => String, {
    description: "Organisation form as the documents write it (e.g. 株式会社, 一般社団法人, 特定非営利活動法人; `(not stated)` when none is).",
  })
  @Column({ type: "text" })
  orgForm!: string;

  @Field(() => CorporateCategory, { nullable: true, description: "For-profit or non-profit; null when the form is not stated." })
  @Column({ type: "text", nullable: true })
  corporateCategory!: domain.CorporateCategory | null;

  /** JIS code of the prefecture; null when no document states one (never guessed). */
  @Column({ type: "text", nullable: true })
  prefectureCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Where the prefecture comes from (e.g. `S3 FY2022 A1`). A value starting with `inferred:` marks a prefecture taken from a place name or a consortium partner, not stated by a document; `name only` means it comes from the organisation's name.",
  })
  @Column({ type: "text", nullable: true })
  prefectureSource!: string | null;

  /** Regional block stated by a document (only 関東経済産業局管内 is); otherwise the block follows the prefecture. */
  @Column({ type: "text", nullable: true })
  regionalBlock!: string | null;

  @Field(() => String, { nullable: true, description: "Document that places the operator in its regional block, when one does." })
  @Column({ type: "text", nullable: true })
  regionalBlockSource!: string | null;

  @Column({ type: "text", nullable: true })
  institutionKind!: string | null;

  @Field(() => String, { nullable: true, description: "Web site, when a document gives one." })
  @Column({ type: "text", nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "Postal address (所在地), when a document gives one." })
  @Column({ type: "text", nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: "Representative (代表者) as printed, when a document gives one." })
  @Column({ type: "text", nullable: true })
  representative!: string | null;

  @Field(() => String, { nullable: true, description: "Founding date as printed (e.g. 2020-11, 明治44年)." })
  @Column({ type: "text", nullable: true })
  founded!: string | null;

  @Field(() => Headcount, { nullable: true, description: "Headcount, when a document gives one." })
  @Column({ type: "jsonb", nullable: true })
  headcount!: Headcount | null;

  @Field(() => [String], { description: "Main lines of business (主要事業), as printed." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  mainBusiness!: string[];

  @Field(() => Boolean, { description: "True when the operator appears in a METI adoption list (FY2022–FY2025)." })
  @Column({ type: "boolean", default: false })
  isAdoptedOperator!: boolean;

  @Column({ type: "text", array: true, default: () => "'{}'" })
  kantoModelRegionIds!: string[];

  /** Normalised names and variants, for search (see normalizeForSearch). */
  @Column({ type: "text" })
  searchText!: string;
}
