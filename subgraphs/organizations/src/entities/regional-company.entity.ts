import type * as domain from "@jinjibu/domain";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { CompanySizeClass, CompanyVisibility, JsicDivision } from "@jinjibu/federation";

/**
 * A regional company (地域企業): an SME an operator supports, to which needs (人材ニーズ) and placements refer. Owned here;
 * the talent subgraph refers to it by id and keeps only what its rules need (supporting operators, prefecture).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A regional company (地域企業): an SME one or more operators support; needs and placements refer to it." })
@Entity({ name: "regional_company" })
export class RegionalCompany {
  @Field(() => ID, { description: "Stable id (e.g. `co-maruyamagumi`, or `co-<uuid>` for registered ones)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Name as the operator or the document writes it (e.g. 株式会社丸山組)." })
  @Column({ type: "text" })
  nameJa!: string;

  @Field(() => [String], { description: "Other spellings of the name (e.g. 丸山組, ㈱丸山組); every one is searchable." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  nameVariants!: string[];

  @Field(() => JsicDivision, { nullable: true, description: "Industry: JSIC major division (A–T); null when not known." })
  @Column({ type: "text", nullable: true })
  jsicDivision!: domain.JsicDivision | null;

  @Field(() => String, { nullable: true, description: "Industry as the source words it (e.g. 建設業, 温泉宿), when it does." })
  @Column({ type: "text", nullable: true })
  industryNoteJa!: string | null;

  @Field(() => CompanySizeClass, { description: "Size class; UNKNOWN when not recorded." })
  @Column({ type: "text" })
  sizeClass!: domain.CompanySizeClass;

  /** JIS code of the prefecture (resolved as `prefecture`). */
  @Column({ type: "text", nullable: true })
  prefectureCode!: string | null;

  @Field(() => String, { nullable: true, description: "Municipality as written (e.g. 燕市, 大子町); null when not known." })
  @Column({ type: "text", nullable: true })
  municipalityJa!: string | null;

  /** Operators that support the company (resolved as `supportingOperators`); the first registered it. */
  @Column({ type: "text", array: true })
  supportingOperatorIds!: string[];

  @Field(() => CompanyVisibility, { description: "PUBLIC: shown to everyone; NETWORK: signed-in viewers of the hub only." })
  @Column({ type: "text" })
  visibility!: domain.CompanyVisibility;

  @Field(() => String, { nullable: true, description: "What the documents report about the company (Japanese), when they do." })
  @Column({ type: "text", nullable: true })
  storyJa!: string | null;

  @Field(() => String, { nullable: true, description: "Source document code (S0, S3 …) for a company the documents name; null for registered ones." })
  @Column({ type: "text", nullable: true })
  source!: string | null;

  @Field(() => Boolean, { description: "True for generated demo data (shown with 「デモ」)." })
  @Column({ type: "boolean", default: false })
  isDemo!: boolean;

  /** The operator's own company number (管理番号) from an import: a re-upload updates instead of adding. */
  @Column({ type: "text", nullable: true })
  companyNumber!: string | null;

  /** Normalised name and variants (normalizeForSearch), one per line. */
  @Column({ type: "text" })
  searchText!: string;

  @Field(() => String, { description: "When the company was registered (ISO 8601)." })
  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Field(() => String, { description: "When it last changed (ISO 8601)." })
  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;
}
