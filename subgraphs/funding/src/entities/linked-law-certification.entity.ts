import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LinkedLaw } from "@jinjibu/federation";
import type { LinkedLaw as LinkedLawCode } from "@jinjibu/domain";

@ObjectType({ description: "A certification (承認・認定・指定) an operator holds under one of the three linked laws." })
@Entity({ name: "linked_law_certification" })
export class LinkedLawCertification {
  @Field(() => ID, { description: "Stable id." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Id of the operator that holds it." })
  @Column({ type: "text" })
  operatorId!: string;

  @Field(() => LinkedLaw, { description: "The law." })
  @Column({ type: "text" })
  law!: LinkedLawCode;

  @Field(() => String, { nullable: true, description: "Who certified it (e.g. a municipality for 二地域居住等支援法人); null when not recorded." })
  @Column({ type: "text", nullable: true })
  certifyingBody!: string | null;

  @Field(() => String, { nullable: true, description: "ISO date of certification; null when not recorded." })
  @Column({ type: "date", nullable: true })
  certifiedOn!: string | null;

  @Field(() => String, { nullable: true, description: "ISO date it ends; null when open-ended or not recorded." })
  @Column({ type: "date", nullable: true })
  validUntil!: string | null;

  @Field(() => String, {
    description:
      "Where the record comes from. `inferred from FY2025 adoption` means the operator was adopted under 法制度連携枠 relying on this law, which requires the certification; the documents give no body or dates.",
  })
  @Column({ type: "text" })
  source!: string;
}
