import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "One member of an adoption, in printed order ((1), (2), …). The documents do not say whether (1) is the lead applicant." })
@Entity({ name: "adoption_member" })
export class AdoptionMember {
  @PrimaryColumn({ type: "text" })
  adoptionId!: string;

  @Field(() => Int, { description: "Position in the printed list, from 1." })
  @PrimaryColumn({ type: "integer", name: "member_order" })
  order!: number;

  /** Key of an operator owned by the organizations subgraph. */
  @Column({ type: "text" })
  operatorId!: string;
}
