import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { SubsidyFrame } from "@jinjibu/federation";
import type { SubsidyFrame as SubsidyFrameCode } from "@jinjibu/domain";

/** Tri-state answer of a derived judgement. */
export enum EligibilityStatus {
  ELIGIBLE = "ELIGIBLE",
  NOT_ELIGIBLE = "NOT_ELIGIBLE",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(EligibilityStatus, {
  name: "EligibilityStatus",
  description: "Whether the recorded facts settle the answer: ELIGIBLE, NOT_ELIGIBLE, or UNKNOWN when a deciding fact is not recorded.",
  valuesConfig: {
    ELIGIBLE: { description: "No recorded fact rules the adoption out under that year's rules." },
    NOT_ELIGIBLE: { description: "A recorded fact rules it out (e.g. the FY2026 cap of 3 adoptions, a certification that does not cover the year)." },
    UNKNOWN: { description: "A fact that decides it is not recorded (e.g. whether the operator holds a linked-law certification); see undecidedByJa." },
  },
});

@ObjectType({ description: "One rule behind an eligibility answer: a stable code and the sentence in Japanese." })
export class EligibilityReason {
  @Field(() => String, { description: "Stable code of the rule (ADOPTION_HISTORY, ADOPTION_CAP_REACHED, RATE_BY_ADOPTION_COUNT, FLAT_RATE, RATE_NOT_PUBLISHED, NO_ADOPTION_CAP, SINGLE_PRINTED_RATE, RATES_NOT_MAPPED, NO_RULES_PUBLISHED, CERTIFICATION_HELD, CERTIFICATION_NOT_RECORDED, CERTIFICATION_NOT_COVERING_YEAR)." })
  reasonCode!: string;

  @Field(() => String, { description: "The rule and the figures, in Japanese." })
  reasonJa!: string;
}

@ObjectType({ description: "Whether an operator may be adopted in a fiscal year's frame, at what rate, and why." })
export class Eligibility {
  @Field(() => Int, { description: "The fiscal year asked about." })
  fiscalYear!: number;

  @Field(() => SubsidyFrame, { description: "The frame asked about." })
  frame!: SubsidyFrameCode;

  @Field(() => EligibilityStatus, { description: "ELIGIBLE / NOT_ELIGIBLE / UNKNOWN: UNKNOWN when a deciding fact is not recorded (never guessed)." })
  status!: `${EligibilityStatus}`;

  @Field(() => Boolean, {
    nullable: true,
    description: "True when no recorded fact rules the adoption out, false when one does; null when status is UNKNOWN (nullable since the tri-state status was added).",
  })
  eligible!: boolean | null;

  @Field(() => [String], { description: "What would decide an UNKNOWN answer, in Japanese (e.g. 認定の有無が未登録); empty when status is not UNKNOWN." })
  undecidedByJa!: string[];

  @Field(() => [EligibilityReason], { description: "The rules behind the answer with stable codes and Japanese sentences (the Japanese counterpart of reasons)." })
  reasonDetails!: EligibilityReason[];

  @Field(() => Int, {
    description: "Adoptions before that fiscal year, since FY2022: distinct fiscal years in any list, every frame counted, consortium members each counted.",
  })
  adoptionCountBefore!: number;

  @Field(() => Int, { nullable: true, description: "Which adoption this would be (1st, 2nd, …); null when the FY2026 cap of 3 rules it out." })
  nextAdoptionNumber!: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Subsidy rate that would apply (e.g. \"2/3\"); null when the documents give none for this frame and count, when a recorded fact rules it out, or when status is UNKNOWN (never a rate for an unknown).",
  })
  rate!: string | null;

  @Field(() => [String], { description: "The rules and figures behind the answer, in plain English." })
  reasons!: string[];
}
