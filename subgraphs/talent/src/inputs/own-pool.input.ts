import { Field, InputType, registerEnumType } from "type-graphql";
import { TalentKind } from "@jinjibu/federation";
import type { TalentKind as DomainTalentKind } from "@jinjibu/domain";
import { Availability } from "../enums";

/** Whether a person of the own pool has a consent in force. */
export enum OwnPoolConsentState {
  ACTIVE = "ACTIVE",
  NONE_ACTIVE = "NONE_ACTIVE",
}
registerEnumType(OwnPoolConsentState, {
  name: "OwnPoolConsentState",
  description: "Consent at a glance: ACTIVE — at least one consent neither revoked nor expired; NONE_ACTIVE — none (never given, revoked or expired).",
});

/** Orders of the own pool list. */
export enum OwnPoolSort {
  REGISTERED_NEWEST = "REGISTERED_NEWEST",
  REGISTERED_OLDEST = "REGISTERED_OLDEST",
  UPDATED_NEWEST = "UPDATED_NEWEST",
  NAME = "NAME",
}
registerEnumType(OwnPoolSort, {
  name: "OwnPoolSort",
  description: "How to order the own pool: by registration (newest or oldest first), by last change (newest first), or by name (character-code order: kana before kanji; names carry no reading).",
});

@InputType({ description: "Filters for the viewer's own talent pool; every field is optional and they combine with AND." })
export class OwnPoolFilter {
  @Field(() => String, {
    nullable: true,
    description: "Words to find in the person's name or skills, 1–100 characters (width and kana variants are normalised for skills).",
  })
  text?: string | null;

  @Field(() => TalentKind, { nullable: true, description: "Only people of this kind." })
  kind?: DomainTalentKind | null;

  @Field(() => Availability, { nullable: true, description: "Only people who can work this way." })
  availability?: Availability | null;

  @Field(() => OwnPoolConsentState, { nullable: true, description: "Only people whose consent is in this state." })
  consentState?: OwnPoolConsentState | null;
}
