import { Field, ID, InputType, Int } from "type-graphql";
import { MaturityElement } from "@jinjibu/domain";
import "@jinjibu/federation";

@InputType({ description: "The answer to one statement (element × level) on the survey's 5-point scale." })
export class SelfAssessmentAnswerInput {
  @Field(() => MaturityElement, { description: "The element." })
  element!: MaturityElement;

  @Field(() => Int, { description: "The level of the statement: 1 to 3." })
  level!: number;

  @Field(() => Int, { description: "1 あてはまる, 2 ややあてはまる, 3 どちらともいえない, 4 あまりあてはまらない, 5 全くあてはまらない." })
  answer!: number;
}

@InputType({ description: "One operator's self-assessment for one fiscal year: an answer to each of the 15 statements." })
export class RecordSelfAssessmentInput {
  @Field(() => ID, { description: "The operator assessed; the viewer must act for it." })
  operatorId!: string;

  @Field(() => Int, { description: "Fiscal year (2015 to 2030). Recording a year again replaces that year's answers; other years are kept." })
  fiscalYear!: number;

  @Field(() => [SelfAssessmentAnswerInput], { description: "Exactly one answer to each of the 15 statements." })
  answers!: SelfAssessmentAnswerInput[];

  @Field(() => String, {
    nullable: true,
    description:
      "A key unique to this recording (8 to 200 characters; a UUID is a good choice): a retry with the same key and answers returns the first result without recording again; the same key with other answers is a CONFLICT.",
  })
  idempotencyKey?: string | null;
}
