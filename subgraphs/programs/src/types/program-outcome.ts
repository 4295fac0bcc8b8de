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

  // Stored as `basisNoteJa` (the seed-text test checks every *Ja text); served under its published name.
  @Field(() => String, { name: "basisNote", nullable: true, description: "How the source counted the number, or why the basis is OTHER, in Japanese (e.g. 採用された人数 (74社))." })
  basisNoteJa!: string | null;

  @Field(() => String, { nullable: true, description: "The period the number covers as a short code (e.g. FY2024, H23-R3), for sorting and matching; show `periodJa`. Null when the source gives none." })
  period!: string | null;

  @Field(() => String, { nullable: true, description: "The period the number covers, in Japanese (e.g. 令和6年度, 平成23年度〜令和3年度); null when the source gives none." })
  periodJa!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of companies the count relates to, kept as its own number (e.g. 86 hires at 74 companies)." })
  companies!: number | null;

  @Field(() => String, { name: "note", nullable: true, description: "Remark from the source, in Japanese." })
  noteJa!: string | null;

  @Field(() => String, { description: "Source document code (S0, S1, S3...)." })
  source!: string;
}
