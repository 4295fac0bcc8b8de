import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import type { LinkedLaw as LinkedLawCode, SubsidyFrame as SubsidyFrameCode } from "@jinjibu/domain";
import { LinkedLaw, SubsidyFrame } from "@jinjibu/federation";
import { Adoption, LinkedLawCertification } from "../entities";

const KEY_DESCRIPTION =
  "A client-generated key (8 to 200 characters, e.g. a UUID). A retry with the same key and payload returns the first result without writing again; the same key with a different payload is refused with CONFLICT.";

@InputType({ description: "An adoption to record, as the ministry's list prints it." })
export class RecordAdoptionInput {
  @Field(() => Int, { description: "Fiscal year, 2022 to 2026." })
  fiscalYear!: number;

  @Field(() => SubsidyFrame, { description: "A frame that fiscal year offered." })
  frame!: SubsidyFrameCode;

  @Field(() => String, { description: "List code: the frame's letter and a number (e.g. A20); unique within the fiscal year." })
  listCode!: string;

  @Field(() => [ID], { description: "The adopted operators' ids in printed order ((1), (2), …); 1 to 10, no repeats." })
  memberOperatorIds!: string[];

  @Field(() => String, { nullable: true, description: "Project title (事業名), up to 300 characters." })
  projectTitle?: string | null;

  @Field(() => String, { nullable: true, description: "Target area (対象地域) as printed, up to 300 characters." })
  targetArea?: string | null;

  @Field(() => LinkedLaw, { nullable: true, description: "The law relied on: required for 法制度連携枠, not allowed for other frames." })
  linkedLaw?: LinkedLawCode | null;

  @Field(() => String, { description: KEY_DESCRIPTION })
  idempotencyKey!: string;
}

@InputType({ description: "A certification an operator holds under one of the three linked laws." })
export class RecordLinkedLawCertificationInput {
  @Field(() => ID, { description: "The operator's id." })
  operatorId!: string;

  @Field(() => LinkedLaw, { description: "The law." })
  law!: LinkedLawCode;

  @Field(() => String, { nullable: true, description: "Who certified it (e.g. 塩尻市 for a 二地域居住等支援法人 designation)." })
  certifyingBody?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date of certification (YYYY-MM-DD)." })
  certifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: "ISO date it ends (YYYY-MM-DD), not before `certifiedOn`." })
  validUntil?: string | null;

  @Field(() => String, { nullable: true, description: "Where the fact comes from (default: recorded by the national administrator)." })
  source?: string | null;

  @Field(() => String, { description: KEY_DESCRIPTION })
  idempotencyKey!: string;
}

@ObjectType({ description: "The result of recordAdoption." })
export class RecordAdoptionPayload {
  @Field(() => Adoption, { description: "The recorded adoption." })
  adoption!: Adoption;

  @Field(() => Boolean, { description: "True when this was a retry: the first result is returned and nothing was written." })
  replayed!: boolean;
}

@ObjectType({ description: "The result of recordLinkedLawCertification." })
export class RecordLinkedLawCertificationPayload {
  @Field(() => LinkedLawCertification, { description: "The recorded certification." })
  certification!: LinkedLawCertification;

  @Field(() => Boolean, { description: "True when this was a retry: the first result is returned and nothing was written." })
  replayed!: boolean;
}
