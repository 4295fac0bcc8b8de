import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A partnership agreement (連携協定 / 包括連携協定) with its signatories." })
@Entity({ name: "agreement" })
export class Agreement {
  @Field(() => ID, { description: "Stable id (e.g. `agr-shiojiri-2024`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Name of the agreement, in Japanese." })
  @Column({ type: "text" })
  name!: string;

  @Field(() => String, { nullable: true, description: "Signing date (ISO YYYY-MM-DD); null when the documents give only a year." })
  @Column({ type: "date", name: "signed_on", nullable: true })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "The date as the documents give it (e.g. `2022 (令和4年)`, `FY2024`)." })
  @Column({ type: "text", nullable: true })
  dateText!: string | null;

  @Field(() => Boolean, { description: "True for the first 地域の人事部 agreement in Japan (塩尻)." })
  @Column({ type: "boolean", default: false })
  firstInJapan!: boolean;

  @Field(() => [String], { description: "Collaboration items (連携事項, e.g. 第2条), verbatim." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  scopeItems!: string[];

  @Field(() => String, { nullable: true, description: "Why it was signed, as the documents explain." })
  @Column({ type: "text", nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: "Caveats about the record (e.g. parties inferred from context)." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => String, { description: "Source documents (S0–S4)." })
  @Column({ type: "text" })
  source!: string;
}

@Entity({ name: "agreement_party" })
export class AgreementParty {
  @PrimaryColumn({ type: "text" })
  agreementId!: string;

  @PrimaryColumn({ type: "integer" })
  position!: number;

  @Column({ type: "text" })
  partyId!: string;
}
