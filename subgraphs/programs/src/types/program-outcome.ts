import { Field, Float, Int, ObjectType } from "type-graphql";
import { CountingBasis } from "@jinjibu/domain";
import "@jinjibu/federation";

@ObjectType({ description: "One outcome a program reports, with the way it was counted. Numbers of different bases or units are never added." })
export class Outcome {
  @Field(() => String, { description: "What was measured (e.g. `hires`, `cumulative_participants`)." })
  metric!: string;

  @Field(() => Float, { nullable: true, description: "The number, when the source gives a plain number; null for ranges such as 200-300 (see valueText)." })
  value!: number | null;

  @Field(() => String, { description: "The value as the source states it (e.g. `86`, `200-300`, `>90`, `30以上`)." })
  valueText!: string;

  @Field(() => String, { description: "Unit as printed (名, 人, 社, 件, 回, %, 自治体...)." })
  unit!: string;

  @Field(() => CountingBasis, { description: "How the number was counted (延べ, 実人数, 件, 社, 割合); OTHER when the source does not say." })
  countingBasis!: CountingBasis;

  @Field(() => String, { nullable: true, description: "The source's own words about the counting basis, or why it is OTHER." })
  basisNote!: string | null;

  @Field(() => String, { nullable: true, description: "The period the number covers (e.g. FY2024, H23-R3); null when the source gives none." })
  period!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of companies the count relates to, kept as its own number (e.g. 86 hires at 74 companies)." })
  companies!: number | null;

  @Field(() => String, { nullable: true, description: "Remark from the source (Japanese)." })
  note!: string | null;

  @Field(() => String, { description: "Source document code (S0, S1, S3...)." })
  source!: string;
}
