import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { MaturityElement } from "@jinjibu/domain";
import "@jinjibu/federation";
import { PracticePoint, SurveyBaseline } from "./maturity";
import { OperatorStub } from "./operator.stub";

export enum AnswerGroup {
  AGREE = "AGREE",
  NEUTRAL = "NEUTRAL",
  DISAGREE = "DISAGREE",
}
registerEnumType(AnswerGroup, {
  name: "AnswerGroup",
  description: "The survey's three columns: AGREE = ①あてはまる/②ややあてはまる, NEUTRAL = ③どちらともいえない, DISAGREE = ④あまりあてはまらない/⑤全くあてはまらない.",
});

@ObjectType({ description: "One answer compared with the survey baseline." })
export class StatementAnswer {
  @Field(() => Int, { description: "Level of the statement (1 to 3)." })
  level!: number;

  @Field(() => String, { description: "The statement." })
  statementJa!: string;

  @Field(() => Int, { description: "The answer, 1 to 5." })
  answer!: number;

  @Field(() => String, { description: "The answer's label (e.g. ややあてはまる)." })
  answerLabelJa!: string;

  @Field(() => AnswerGroup, { description: "Which survey column the answer falls in." })
  group!: AnswerGroup;

  @Field(() => SurveyBaseline, { description: "How the n=27 survey answered this statement." })
  baseline!: SurveyBaseline;

  @Field(() => Float, { description: "Share (%) of survey respondents who answered in the same group as this operator." })
  baselineSameGroupPercent!: number;
}

@ObjectType({ description: "An operator's standing on one element, with the next steps." })
export class ElementAssessment {
  @Field(() => MaturityElement, { description: "The element." })
  element!: MaturityElement;

  @Field(() => String, { description: "Japanese name of the element." })
  nameJa!: string;

  @Field(() => Int, {
    description:
      "Level 0 to 3. Rule (a hub design choice, not stated in S3): the highest level whose statement and every lower level's statement are answered 1 あてはまる (\"applies\") or 2 ややあてはまる (\"somewhat applies\"); 0 when level 1's statement is not.",
  })
  level!: number;

  @Field(() => [StatementAnswer], { description: "The three answers, level 1 to 3, each with the baseline." })
  answers!: StatementAnswer[];

  @Field(() => [PracticePoint], {
    description: "For an element below level 3: the practice points for the next level (Point 01 below level 2, Point 02 at level 2), each with the case studies that illustrate it. Empty at level 3.",
  })
  nextSteps!: PracticePoint[];
}

@ObjectType({ description: "An operator's self-assessment in one fiscal year." })
export class SelfAssessment {
  @Field(() => OperatorStub, { description: "The operator." })
  operator!: OperatorStub;

  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => String, { description: "When it was recorded (ISO 8601)." })
  recordedAt!: string;

  @Field(() => [ElementAssessment], { description: "The five elements." })
  elements!: ElementAssessment[];
}

@ObjectType({ description: "How many operators stand at one level." })
export class LevelCount {
  @Field(() => Int, { description: "Level 0 to 3." })
  level!: number;

  @Field(() => Int, { description: "Operators at that level." })
  operators!: number;
}

@ObjectType({ description: "How the hub's operators answered one statement, against the survey baseline." })
export class StatementDistribution {
  @Field(() => Int, { description: "Level of the statement." })
  level!: number;

  @Field(() => Float, { description: "Share (%) of assessed operators answering 1 or 2, rounded to one decimal." })
  agreePercent!: number;

  @Field(() => Float, { description: "The survey's share (%) answering 1 or 2 (n=27)." })
  baselineAgreePercent!: number;
}

@ObjectType({ description: "Distribution of one element over all assessed operators." })
export class ElementDistribution {
  @Field(() => MaturityElement, { description: "The element." })
  element!: MaturityElement;

  @Field(() => [LevelCount], { description: "Operators per level, 0 to 3." })
  levelCounts!: LevelCount[];

  @Field(() => [StatementDistribution], { description: "Per statement, level 1 to 3." })
  statements!: StatementDistribution[];
}

@ObjectType({ description: "Self-assessments of all operators in one fiscal year (national administrator only)." })
export class SelfAssessmentDistribution {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => Int, { description: "Operators that recorded an assessment that year." })
  operators!: number;

  @Field(() => [ElementDistribution], { description: "The five elements." })
  elements!: ElementDistribution[];
}
