import type * as domain from "@jinjibu/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { AreaSizeClass } from "@jinjibu/federation";

@ObjectType({ description: "A municipality (市町村) or a named area that operators serve." })
@Entity({ name: "municipality" })
export class Municipality {
  @Field(() => ID, { description: "Stable id (e.g. `mun-shiojiri`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Japanese name (e.g. 塩尻市)." })
  @Column({ type: "text" })
  nameJa!: string;

  @Field(() => [String], { description: "Other spellings the documents use (e.g. 隠岐の島)." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  nameVariants!: string[];

  @Field(() => String, { description: "`municipality`, or `area` for a named area such as 北海道オホーツク管内." })
  @Column({ type: "text", default: "municipality" })
  kind!: string;

  @Field(() => String, { nullable: true, description: "District (郡) for towns and villages, when stated (e.g. 久慈郡)." })
  @Column({ type: "text", nullable: true })
  district!: string | null;

  @Column({ type: "text", nullable: true })
  prefectureCode!: string | null;

  @Field(() => Int, { nullable: true, description: "Population; null when no document gives it." })
  @Column({ type: "integer", nullable: true })
  population!: number | null;

  @Field(() => String, { nullable: true, description: "When the population was counted (YYYY-MM)." })
  @Column({ type: "text", nullable: true })
  populationAsOf!: string | null;

  @Field(() => String, { nullable: true, description: "Where the population figure comes from (e.g. S0, or S3 citing 住民基本台帳)." })
  @Column({ type: "text", nullable: true })
  populationSource!: string | null;

  @Field(() => AreaSizeClass, { nullable: true, description: "Area size class, when a document classifies the municipality." })
  @Column({ type: "text", nullable: true })
  sizeClass!: domain.AreaSizeClass | null;

  @Field(() => [String], { description: "Main industries, as printed." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  mainIndustries!: string[];

  @Field(() => [String], { description: "Regional resources (地域資源), as printed." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  resources!: string[];

  @Field(() => String, { nullable: true, description: "Other facts the documents note." })
  @Column({ type: "text", nullable: true })
  notes!: string | null;

  @Column({ type: "text" })
  searchText!: string;
}

/** Which municipalities an operator serves, in the order the documents list them. */
@Entity({ name: "operator_municipality" })
export class OperatorMunicipality {
  @PrimaryColumn({ type: "text" })
  operatorId!: string;

  @PrimaryColumn({ type: "text" })
  municipalityId!: string;

  @Column({ type: "integer" })
  position!: number;
}
