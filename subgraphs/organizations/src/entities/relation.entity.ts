import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

export enum PartnerRelationKind {
  MEMBER = "MEMBER",
  OBSERVER = "OBSERVER",
  LARGE_COMPANY_PARTNER = "LARGE_COMPANY_PARTNER",
  PROGRAM_PARTNER = "PROGRAM_PARTNER",
  CASE_PARTNER = "CASE_PARTNER",
  NAMED_IN_PROJECT_TITLE = "NAMED_IN_PROJECT_TITLE",
}
registerEnumType(PartnerRelationKind, {
  name: "PartnerRelationKind",
  description: "How a partner organisation takes part, as the documents show it.",
  valuesConfig: {
    MEMBER: { description: "A member body of a model region's structure (体制の構成機関)." },
    OBSERVER: { description: "Takes part as an observer (オブザーバー)." },
    LARGE_COMPANY_PARTNER: { description: "A large company (or the consortium of large companies) a region or program works with (大企業連携, 越境学習)." },
    PROGRAM_PARTNER: { description: "Named as a partner of one program (事業の連携先)." },
    CASE_PARTNER: { description: "Named in a case as taking part in the operator's work." },
    NAMED_IN_PROJECT_TITLE: { description: "Only named in an adopted project's title; the documents do not say it takes part." },
  },
});

export const relationKindLabels: Record<PartnerRelationKind, string> = {
  MEMBER: "構成機関",
  OBSERVER: "オブザーバー",
  LARGE_COMPANY_PARTNER: "大企業連携",
  PROGRAM_PARTNER: "事業の連携先",
  CASE_PARTNER: "事例に登場する連携先",
  NAMED_IN_PROJECT_TITLE: "事業名に名前が出る機関",
};

@ObjectType({
  description:
    "A partner organisation taking part in a model region, an operator's work or one program, with the text of the facts that shows it.",
})
@Entity({ name: "partner_relation" })
export class PartnerRelation {
  @Field(() => ID, { description: "Stable id (e.g. `rel-050`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Column({ type: "text" })
  partnerId!: string;

  @Column({ type: "text", nullable: true })
  modelRegionId!: string | null;

  @Column({ type: "text", nullable: true })
  operatorId!: string | null;

  @Column({ type: "text", nullable: true })
  programId!: string | null;

  @Field(() => PartnerRelationKind, { description: "How it takes part." })
  @Column({ type: "text" })
  kind!: PartnerRelationKind;

  @Field(() => String, { nullable: true, description: "Its role, verbatim from the region's role table (体制図と役割); null when the documents give none." })
  @Column({ type: "text", nullable: true })
  roleJa!: string | null;

  @Field(() => Int, { nullable: true, description: "Fiscal year it joined, when later than the start (2023 = 令和5年度); null when from the start or not stated." })
  @Column({ type: "integer", nullable: true })
  sinceFiscalYear!: number | null;

  @Field(() => Boolean, { description: "True when the documents only announce it (参加予定)." })
  @Column({ type: "boolean", default: false })
  planned!: boolean;

  @Field(() => Int, { nullable: true, description: "How many of its people took part, where the documents give a number; null otherwise." })
  @Column({ type: "integer", nullable: true })
  participantCount!: number | null;

  @Field(() => String, { nullable: true, description: "Unit of participantCount as printed (名, 人)." })
  @Column({ type: "text", nullable: true })
  participantUnitJa!: string | null;

  @Field(() => String, { nullable: true, description: "A note on the number in Japanese (e.g. two statements that disagree); null when none." })
  @Column({ type: "text", nullable: true })
  participantNoteJa!: string | null;

  @Field(() => String, { description: "The text that shows the relation, as recorded in the facts (a table cell, a timeline entry, a program name; record ids may appear) or quoted from the document line." })
  @Column({ type: "text" })
  evidence!: string;

  @Field(() => String, {
    nullable: true,
    description: "Where that text sits in the hub's facts file (e.g. `programs[pg-shiojiri-ekkyo].outcomes[1].note`); null when it is quoted from the document line instead.",
  })
  @Column({ type: "text", nullable: true })
  factsPath!: string | null;

  @Field(() => String, { nullable: true, description: "Source document code (S0–S4); null when not recorded." })
  @Column({ type: "text", nullable: true })
  sourceDocument!: string | null;

  @Field(() => Int, { nullable: true, description: "Line of the source document that names the partner; null when not recorded." })
  @Column({ type: "integer", nullable: true })
  sourceLine!: number | null;
}

@ObjectType({
  description: "A key person a model region's case names (キーパーソン): public role and organisation only, as the case book prints them.",
})
@Entity({ name: "key_person" })
export class KeyPerson {
  @Field(() => ID, { description: "Stable id (e.g. `kp-shiojiri-1`); one row per region that names the person." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Column({ type: "text" })
  modelRegionId!: string;

  @Field(() => Int, { description: "Order in which the region's case names the person (1-based)." })
  @Column({ type: "integer" })
  position!: number;

  @Field(() => String, { description: "Name as printed (family name and given name; only the family name when the case gives no more)." })
  @Column({ type: "text" })
  nameJa!: string;

  @Field(() => [String], { description: "Other spellings the case book prints." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  nameVariants!: string[];

  @Column({ type: "text", nullable: true })
  organizationId!: string | null;

  @Field(() => String, { nullable: true, description: "The organisation's name as printed, when it is not a record of the hub (e.g. 吉野電業株式会社)." })
  @Column({ type: "text", nullable: true })
  organizationNameJa!: string | null;

  @Field(() => String, { description: "The caption printed with the name (organisation, department or title), as printed." })
  @Column({ type: "text" })
  printedLabelJa!: string;

  @Field(() => String, { nullable: true, description: "The public role or department as printed (代表, 市長, 事務局長, 特任助教…); null when the case prints none." })
  @Column({ type: "text", nullable: true })
  roleJa!: string | null;

  @Field(() => String, { description: "Source document code (S0)." })
  @Column({ type: "text" })
  sourceDocument!: string;

  @Field(() => Int, { description: "Line of the source document that prints the name." })
  @Column({ type: "integer" })
  sourceLine!: number;

  @Column({ type: "text" })
  searchText!: string;
}

@ObjectType({ description: "One finding of an operator survey, as the facts summarise it." })
export class OperatorSurveyFinding {
  @Field(() => Int, { description: "Position in the survey's list (1-based)." })
  position!: number;

  @Field(() => String, { nullable: true, description: "What the finding is about (e.g. 業種, 経営課題); null when not stated." })
  topicJa!: string | null;

  @Field(() => String, { description: "The finding, a Japanese summary of the survey's results (see textKind)." })
  textJa!: string;

  @Field(() => String, { description: "SUMMARY: a summary of the survey pages, not a sentence printed as is." })
  textKind!: string;
}

@ObjectType({ description: "A survey of the subsidised operators (アンケート調査), with its findings." })
@Entity({ name: "operator_survey" })
export class OperatorSurvey {
  @Field(() => ID, { description: "Stable id (e.g. `survey-2023`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => Int, { description: "Fiscal year of the survey (2023 = 令和5年度)." })
  @Column({ type: "integer" })
  fiscalYear!: number;

  @Field(() => String, { description: "First day of the survey (ISO date)." })
  @Column({ type: "text" })
  periodFrom!: string;

  @Field(() => String, { description: "Last day of the survey (ISO date)." })
  @Column({ type: "text" })
  periodTo!: string;

  @Field(() => String, { description: "Who was asked, as printed (e.g. 2022年度及び2023年度の間接補助事業者)." })
  @Column({ type: "text" })
  populationJa!: string;

  @Field(() => Int, { description: "How many answered (回収数)." })
  @Column({ type: "integer" })
  responses!: number;

  @Field(() => String, { description: "Source document code (S3: 「地域の人事部」の定着に向けたヒント集)." })
  @Column({ type: "text" })
  sourceDocument!: string;

  @Field(() => String, { description: "Section of the source document (Appendix: アンケート調査結果)." })
  @Column({ type: "text" })
  sourceSection!: string;

  @Field(() => [OperatorSurveyFinding], { description: "The findings, in the document's order." })
  @Column({ type: "jsonb", default: () => "'[]'" })
  findings!: OperatorSurveyFinding[];
}

@ObjectType({ description: "Where a government strategy places 地域の人事部 (政府戦略への位置づけ)." })
@Entity({ name: "policy_position" })
export class PolicyPosition {
  @Field(() => Int, { description: "Order in the source's list (1-based)." })
  @PrimaryColumn({ type: "integer" })
  position!: number;

  @Field(() => String, { description: "The strategy document, as printed (e.g. デジタル田園都市国家構想基本方針)." })
  @Column({ type: "text" })
  documentJa!: string;

  @Field(() => String, { description: "Date of the cabinet decision (ISO date)." })
  @Column({ type: "text" })
  decidedOn!: string;

  @Field(() => String, { description: "The passage on 地域の人事部, verbatim (an excerpt of the printed sentence)." })
  @Column({ type: "text" })
  textJa!: string;

  @Field(() => String, { description: "VERBATIM: textJa is printed as is in the source (an excerpt)." })
  @Column({ type: "text" })
  textKind!: string;

  @Field(() => String, { description: "Source document code (S4)." })
  @Column({ type: "text" })
  sourceDocument!: string;
}
