import { Field, Float, Int, ObjectType } from "type-graphql";
import { OperatorStub } from "./operator.stub";

@ObjectType({
  description:
    "Continuation from one fiscal year to the next: of the operators adopted in year N, how many appear again in year N+1. " +
    "The scheme's target is a continuation rate of at least 80% in the year after the subsidy starts, counting operators " +
    "still carrying out talent acquisition, development and retention. The hub holds no per-operator activity record for " +
    "later years, so \"still active\" here means adopted again in N+1 (in any frame): a lower bound on the ministry's measure, " +
    "which also counts operators that continue without a subsidy.",
})
export class ContinuationRate {
  @Field(() => Int, { description: "Year N: the year of the adoptions." })
  fiscalYear!: number;

  @Field(() => Int, { description: "Year N+1, in which continuation is measured." })
  nextFiscalYear!: number;

  @Field(() => Int, { description: "Distinct operators adopted in year N (consortium members each counted)." })
  operatorsAdopted!: number;

  @Field(() => Int, { description: "Of those, operators adopted again in year N+1." })
  operatorsContinued!: number;

  @Field(() => Float, { nullable: true, description: "operatorsContinued / operatorsAdopted; null while year N+1 has no recorded adoptions." })
  rate!: number | null;

  @Field(() => Float, { description: "The scheme's target rate (0.8)." })
  target!: number;

  @Field(() => Boolean, { nullable: true, description: "rate ≥ target; null when the rate is not yet measurable." })
  meetsTarget!: boolean | null;

  @Field(() => [OperatorStub], { description: "The operators adopted in both years, by id." })
  continuedOperators!: OperatorStub[];
}

@ObjectType({ description: "Applications and adoptions of one fiscal year's scheme." })
export class ApplicationsToAdoptions {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => Int, { nullable: true, description: "Applications the ministry published; null when not yet known." })
  applications!: number | null;

  @Field(() => Int, { nullable: true, description: "Adoptions the ministry published; null when not yet known." })
  adoptions!: number | null;

  @Field(() => Int, { description: "Adoptions recorded in the hub for that year (equal to `adoptions` for FY2022–FY2025)." })
  recordedAdoptions!: number;

  @Field(() => Float, { nullable: true, description: "adoptions / applications (e.g. 0.58 for FY2025); null when either is unknown." })
  ratio!: number | null;
}
