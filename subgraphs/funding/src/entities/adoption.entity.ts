import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LinkedLaw, SubsidyFrame } from "@jinjibu/federation";
import type { SubsidyFrame as SubsidyFrameCode, LinkedLaw as LinkedLawCode } from "@jinjibu/domain";

@Directive('@key(fields: "id")')
@ObjectType({ description: "One adoption (採択) in a fiscal year's published list. Consortium adoptions have several members." })
@Entity({ name: "adoption" })
export class Adoption {
  @Field(() => ID, { description: "Fiscal year + list code (e.g. FY2025-A1): list codes repeat across years." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => Int, { description: "Fiscal year of the adoption (2022 = 令和4年度)." })
  @Column({ type: "integer" })
  fiscalYear!: number;

  @Field(() => String, { description: "The list code (A1…, B1…) as in the published list." })
  @Column({ type: "text" })
  listCode!: string;

  @Field(() => Int, { nullable: true, description: "Running number within the frame in the ministry's list (S1 NO.)." })
  @Column({ type: "integer", nullable: true })
  listNo!: number | null;

  @Field(() => SubsidyFrame, { description: "The frame the adoption was made in (SINGLE for FY2022's one list)." })
  @Column({ type: "text" })
  frame!: SubsidyFrameCode;

  @Field(() => String, { nullable: true, description: "Project title (事業名); the documents give it for FY2022–FY2024 only." })
  @Column({ type: "text", nullable: true })
  projectTitle!: string | null;

  @Field(() => String, { nullable: true, description: "Target area (対象地域) as printed; given for FY2022–FY2023 only." })
  @Column({ type: "text", nullable: true })
  targetArea!: string | null;

  @Field(() => LinkedLaw, { nullable: true, description: "The law the adoption relies on (法制度連携枠 only)." })
  @Column({ type: "text", nullable: true })
  linkedLaw!: LinkedLawCode | null;

  /** Source document → names as printed there. */
  @Column({ type: "jsonb" })
  printedNames!: Record<string, string>;
}

@ObjectType({ description: "How one source document printed an adoption's member names." })
export class PrintedName {
  @Field(() => String, { description: "Source document code (S1 = ministry web page, S3 = practice guide)." })
  source!: string;

  @Field(() => String, { description: "The names exactly as printed, misprints included." })
  text!: string;
}
