import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A municipality's own budget for its regional HR department, as the Kanto case sheets report it." })
@Entity({ name: "municipal_budget" })
export class MunicipalBudget {
  @Field(() => ID, { description: "Stable id." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Municipality id (owned by organizations, e.g. mun-nagaoka)." })
  @Column({ type: "text" })
  municipalityId!: string;

  @Field(() => Int, { nullable: true, description: "Fiscal year (the first year for recurring budgets); null when not stated." })
  @Column({ type: "integer", nullable: true })
  fiscalYear!: number | null;

  @Field(() => Int, { nullable: true, description: "First fiscal year the budget covers; null when the documents give no year." })
  @Column({ type: "integer", name: "from_fiscal_year", nullable: true })
  fromFiscalYear!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Last fiscal year the budget covers; null when open-ended (recurring with no end stated) or when no year is given (see fromFiscalYear).",
  })
  @Column({ type: "integer", name: "to_fiscal_year", nullable: true })
  toFiscalYear!: number | null;

  @Field(() => Boolean, { description: "True when the documents say the budget recurs every year (毎年度)." })
  @Column({ type: "boolean", default: false })
  recurring!: boolean;

  @Field(() => String, { nullable: true, description: "The period as the documents state it when it is not one year (e.g. 毎年度)." })
  @Column({ type: "text", nullable: true })
  periodNote!: string | null;

  @Field(() => Int, { nullable: true, description: "Amount in yen; null when not stated." })
  @Column({ type: "integer", nullable: true })
  amountJpy!: number | null;

  @Field(() => String, { description: "Instrument as printed: 委託, 補助, or another form." })
  @Column({ type: "text" })
  instrument!: string;

  @Field(() => String, { description: "What the money is for, as printed." })
  @Column({ type: "text" })
  purpose!: string;

  @Field(() => String, { nullable: true, description: "Id of the receiving operator, where stated." })
  @Column({ type: "text", nullable: true })
  recipient!: string | null;
}
