import { Field, InputType } from "type-graphql";
import { IntroductionDeclineReason } from "../enums";

@InputType({ description: "Why the owning operator declines an introduction. The requesting operator sees the reason and the note." })
export class DeclineIntroductionInput {
  @Field(() => IntroductionDeclineReason, { description: "The reason, as a code (its Japanese label is shown)." })
  reason!: IntroductionDeclineReason;

  @Field(() => String, {
    nullable: true,
    description: "The owner's own words, 1–500 characters after trimming; required when `reason` is OTHER. Write no personal details of the person.",
  })
  note?: string | null;
}
