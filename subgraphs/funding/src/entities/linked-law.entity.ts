import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LinkedLaw } from "@jinjibu/federation";
import type { LinkedLaw as LinkedLawCode } from "@jinjibu/domain";

@ObjectType({ description: "One of the three laws a 法制度連携枠 applicant must hold a certification under." })
@Entity({ name: "linked_law" })
export class LinkedLawInfo {
  @Field(() => LinkedLaw, { description: "The law." })
  @PrimaryColumn({ type: "text" })
  code!: LinkedLawCode;

  @Field(() => String, { description: "Short name (e.g. 二地域居住促進法)." })
  @Column({ type: "text" })
  shortNameJa!: string;

  @Field(() => String, { description: "Full name of the law (e.g. 広域的地域活性化のための基盤整備に関する法律)." })
  @Column({ type: "text" })
  fullNameJa!: string;

  @Field(() => [String], { description: "Other names the documents use (e.g. 二地域居住推進法)." })
  @Column({ type: "text", array: true })
  altNamesJa!: string[];

  @Field(() => String, { description: "Which operators the law makes eligible, as the documents state it." })
  @Column({ type: "text" })
  eligibleOperator!: string;

  @Field(() => String, { description: "The plan or designation through which the certification is given." })
  @Column({ type: "text" })
  instrument!: string;

  @Column({ type: "integer" })
  sortOrder!: number;
}
