import { Field, Int, ObjectType } from "type-graphql";
import { SubsidyFrame } from "@jinjibu/federation";
import type { SubsidyFrame as SubsidyFrameCode } from "@jinjibu/domain";

@ObjectType({ description: "Whether an operator may be adopted in a fiscal year's frame, at what rate, and why." })
export class Eligibility {
  @Field(() => Int, { description: "The fiscal year asked about." })
  fiscalYear!: number;

  @Field(() => SubsidyFrame, { description: "The frame asked about." })
  frame!: SubsidyFrameCode;

  @Field(() => Boolean, { description: "True when no recorded fact rules the adoption out under that year's rules." })
  eligible!: boolean;

  @Field(() => Int, {
    description: "Adoptions before that fiscal year, since FY2022: distinct fiscal years in any list, every frame counted, consortium members each counted.",
  })
  adoptionCountBefore!: number;

  @Field(() => Int, { nullable: true, description: "Which adoption this would be (1st, 2nd, …); null when the FY2026 cap of 3 rules it out." })
  nextAdoptionNumber!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Subsidy rate that would apply (e.g. \"2/3\"); null when the documents give none for this frame and count, or the cap rules it out.",
  })
  rate!: string | null;

  @Field(() => [String], { description: "The rules and figures behind the answer, in plain English." })
  reasons!: string[];
}
