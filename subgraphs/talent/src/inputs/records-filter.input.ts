import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Filters for the access audit trail and the provision records; every field is optional and they combine with AND." })
export class RecordsFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only rows about this person of the viewer's own pool (profile id; also after erasure). Other operators' people match nothing.",
  })
  talentId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only provision records written by this introduction's acceptance (audit rows ignore it)." })
  introductionId?: string | null;

  @Field(() => String, { nullable: true, description: "From this day on, inclusive: a date YYYY-MM-DD in Japan time (Asia/Tokyo)." })
  from?: string | null;

  @Field(() => String, { nullable: true, description: "Up to this day, inclusive: a date YYYY-MM-DD in Japan time (Asia/Tokyo), not before `from`." })
  to?: string | null;
}
