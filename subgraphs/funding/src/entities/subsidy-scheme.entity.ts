import { Directive, Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "fiscalYear")')
@ObjectType({
  description:
    "METI's subsidy for regional HR departments (地域の人事部) in one fiscal year: budget, rates, caps, applications, adoptions and frames, as the ministry published them.",
})
@Entity({ name: "subsidy_scheme" })
export class SubsidyScheme {
  @Field(() => Int, { description: "Fiscal year (2022 = 令和4年度)." })
  @PrimaryColumn({ type: "integer" })
  fiscalYear!: number;

  @Field(() => String, { description: "The scheme's official Japanese name (e.g. 中小企業支援事業補助金（地域の人事部支援事業）)." })
  @Column({ type: "text" })
  officialName!: string;

  @Field(() => Int, { description: "Budget in yen (e.g. 300000000 for 3.0億円)." })
  @Column({ type: "integer" })
  budgetJpy!: number;

  @Field(() => String, { description: "確定 for a budget that was executed; 案 for a draft budget (FY2026: 令和8年度予算(案))." })
  @Column({ type: "text" })
  budgetStatus!: string;

  @Field(() => String, { nullable: true, description: "What the documents say about the budget's status, verbatim (e.g. 前年度 3.0億円)." })
  @Column({ type: "text", nullable: true })
  budgetNote!: string | null;

  @Field(() => [String], {
    description:
      "Subsidy rates as printed (\"1/2\", \"2/3\", \"1/3\"). The documents do not map them to frames for FY2023–FY2025; empty for FY2026, whose rates depend on frame and adoption count (see `ratesNote`).",
  })
  @Column({ type: "text", array: true })
  rates!: string[];

  @Field(() => String, { nullable: true, description: "How the rates are set when they are not a plain list (FY2026)." })
  @Column({ type: "text", nullable: true })
  ratesNote!: string | null;

  @Field(() => [Int], { description: "Caps per project in yen, as printed (not mapped to frames); empty when not stated." })
  @Column({ type: "integer", array: true })
  capsJpy!: number[];

  @Field(() => Int, { nullable: true, description: "Number of applications (応募件数); null when not yet known." })
  @Column({ type: "integer", nullable: true })
  applications!: number | null;

  @Field(() => Int, { nullable: true, description: "Number of adoptions the ministry published (採択件数); null when not yet known (FY2026)." })
  @Column({ type: "integer", nullable: true })
  adoptions!: number | null;

  @Field(() => String, { nullable: true, description: "When the adoptions were announced, as an ISO year-month (e.g. 2025-06)." })
  @Column({ type: "text", nullable: true })
  announced!: string | null;

  @Field(() => String, { nullable: true, description: "A caveat from the documents (e.g. rates/caps not mapped to frames)." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => Float, { nullable: true, description: "adoptions / applications (e.g. 0.58 for FY2025's 29 of 50); null when either is unknown." })
  get acceptanceRatio(): number | null {
    if (this.applications == null || this.adoptions == null || this.applications === 0) return null;
    return this.adoptions / this.applications;
  }
}
