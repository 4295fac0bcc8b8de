import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({
  description: "A partner organisation (連携機関) of a regional HR department: a bank, chamber, university, ministry, company…",
})
@Entity({ name: "partner_organization" })
export class PartnerOrganization {
  @Field(() => ID, { description: "Stable id (e.g. `org-shiojiri-cci`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Japanese name (e.g. 塩尻商工会議所)." })
  @Column({ type: "text" })
  nameJa!: string;

  @Field(() => [String], { description: "Other spellings the documents use; all of them are searchable." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  nameVariants!: string[];

  @Field(() => String, { description: "Organisation form as the documents write it (e.g. 商工会議所, 銀行, 国の機関)." })
  @Column({ type: "text" })
  orgForm!: string;

  /** Kind code as the facts give it; may lie outside the shared InstitutionKind vocabulary (e.g. OPERATOR_AFFILIATE). */
  @Column({ type: "text" })
  institutionKind!: string;

  @Column({ type: "text", nullable: true })
  prefectureCode!: string | null;

  @Field(() => String, { nullable: true, description: "Department or unit involved, when stated." })
  @Column({ type: "text", nullable: true })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: "What the documents say about its involvement." })
  @Column({ type: "text", nullable: true })
  notes!: string | null;

  @Column({ type: "text" })
  searchText!: string;
}
