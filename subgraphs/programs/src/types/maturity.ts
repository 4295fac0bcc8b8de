import { Field, Float, Int, ObjectType } from "type-graphql";
import { MaturityElement } from "@jinjibu/domain";
import "@jinjibu/federation";

@ObjectType({ description: "How the n=27 survey of FY2022/FY2023 operators answered one statement (S3 appendix)." })
export class SurveyBaseline {
  @Field(() => Float, { description: "Share (%) answering ①あてはまる or ②ややあてはまる (\"applies\")." })
  agreePercent!: number;

  @Field(() => Float, { description: "Share (%) answering ③どちらともいえない." })
  neutralPercent!: number;

  @Field(() => Float, { description: "Share (%) answering ④あまりあてはまらない or ⑤全くあてはまらない." })
  disagreePercent!: number;

  @Field(() => Int, { description: "Number of respondents (27)." })
  respondents!: number;
}

@ObjectType({ description: "One maturity level of an element: its status statement and the survey baseline." })
export class MaturityLevelInfo {
  @Field(() => MaturityElement, { description: "The element this level belongs to." })
  element!: MaturityElement;

  @Field(() => Int, { description: "Level 1 to 3." })
  level!: number;

  @Field(() => String, { description: "The status statement (Japanese, verbatim)." })
  statementJa!: string;

  @Field(() => SurveyBaseline, { description: "How the survey answered it." })
  baseline!: SurveyBaseline;
}

@ObjectType({ description: "A practice point (実践のポイント): Point 01 moves an operator from level 1 to 2, Point 02 from 2 to 3." })
export class PracticePoint {
  @Field(() => MaturityElement, { description: "The element." })
  element!: MaturityElement;

  @Field(() => Int, { description: "Level it starts from." })
  fromLevel!: number;

  @Field(() => Int, { description: "Level it leads to." })
  toLevel!: number;

  @Field(() => String, { description: "The point (Japanese, verbatim, with the source's 【example】 tag)." })
  textJa!: string;

  exampleOperatorIds!: string[];
}

@ObjectType({ description: "One activity element of the maturity model with its three levels and practice points." })
export class MaturityElementInfo {
  @Field(() => MaturityElement, { description: "The element." })
  element!: MaturityElement;

  @Field(() => String, { description: "Japanese name (e.g. ナレッジ・ノウハウ)." })
  nameJa!: string;

  @Field(() => String, { description: "Definition (Japanese)." })
  definitionJa!: string;

  @Field(() => [MaturityLevelInfo], { description: "Levels 1 to 3." })
  levels!: MaturityLevelInfo[];

  @Field(() => [PracticePoint], { description: "Practice points, Point 01 (1→2) then Point 02 (2→3)." })
  practicePoints!: PracticePoint[];
}

@ObjectType({ description: "The 5 activity elements × 3 maturity levels self-assessment model (S3), with the survey baseline." })
export class MaturityModel {
  @Field(() => String, { description: "Source of the model and the survey." })
  source!: string;

  @Field(() => Int, { description: "Survey respondents (27)." })
  respondents!: number;

  @Field(() => [MaturityElementInfo], { description: "The five elements in the document's order." })
  elements!: MaturityElementInfo[];

  @Field(() => [MaturityLevelInfo], { description: "All 15 statements, element by element, level by level." })
  statements!: MaturityLevelInfo[];
}
