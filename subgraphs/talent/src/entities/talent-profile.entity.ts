import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { TalentKind } from "@jinjibu/federation";
import { prefectureByCode, talentKindLabels, type TalentKind as DomainTalentKind } from "@jinjibu/domain";
import {
  Availability,
  availabilityLabels,
  InterestInRegion,
  interestInRegionLabels,
  WorkStyle,
} from "../enums";
import { OperatorStub, operatorStub } from "./operator.stub";

/** Raw row of `talent_profile` as the SQL layer returns it. */
export interface TalentProfileRow {
  id: string;
  operator_id: string;
  card_id: string;
  kinds: string[];
  skills: string[];
  years_of_experience: number | null;
  availability: string;
  preferred_work_styles: string[];
  interest_in_region: string | null;
  home_prefecture_code: string | null;
  is_demo: boolean;
  registered_at: Date;
  updated_at: Date;
}

/** Attributes shared by the whole profile (owner only) and the redacted card (other regions). */
@ObjectType({ description: "Attributes shared by a talent profile and its redacted card." })
export abstract class TalentAttributes {
  @Field(() => [TalentKind], { description: "Kinds of talent this person counts as (domain.md §2.1)." })
  kinds!: DomainTalentKind[];

  @Field(() => [String], { description: "Japanese labels of `kinds`, in the same order (e.g. 兼業・副業人材)." })
  get kindLabelsJa(): string[] {
    return this.kinds.map((kind) => talentKindLabels[kind]);
  }

  @Field(() => [String], { description: "Skills and specialties, as the person states them (e.g. 法人営業, 経営企画)." })
  skills!: string[];

  @Field(() => Int, { nullable: true, description: "Years of working experience; null when not stated." })
  yearsOfExperience!: number | null;

  @Field(() => Availability, { description: "How the person can work." })
  availability!: Availability;

  @Field(() => String, { description: "Japanese label of `availability` (e.g. 兼業・副業)." })
  get availabilityLabelJa(): string {
    return availabilityLabels[this.availability];
  }

  @Field(() => InterestInRegion, { nullable: true, description: "How far the person's interest in the region goes; null when not stated." })
  interestInRegion!: InterestInRegion | null;

  @Field(() => String, { nullable: true, description: "Japanese label of `interestInRegion` (関係人口 / 二地域居住 / 移住)." })
  get interestInRegionLabelJa(): string | null {
    return this.interestInRegion ? interestInRegionLabels[this.interestInRegion] : null;
  }

  @Field(() => String, { nullable: true, description: "JIS X 0401 code of the person's home prefecture (\"01\"–\"47\"); null when not stated." })
  homePrefectureCode!: string | null;

  @Field(() => String, { nullable: true, description: "Japanese name of the home prefecture (e.g. 北海道)." })
  get homePrefectureNameJa(): string | null {
    return prefectureByCode(this.homePrefectureCode)?.nameJa ?? null;
  }

  @Field(() => Boolean, { description: "True for generated demo data (the documents hold no person's profile). Always show it as demo." })
  isDemo!: boolean;

  /** The operator that registered the person (internal; exposed as `ownerOperator`). */
  operatorId!: string;

  @Field(() => OperatorStub, { description: "The operator that registered the person and owns the profile." })
  get ownerOperator(): OperatorStub {
    return operatorStub(this.operatorId);
  }
}

@Directive('@key(fields: "id")')
@ObjectType({
  description: "A person in one operator's talent pool. Only the owning operator sees it whole; other regions see redacted `TalentCard`s.",
})
export class TalentProfile extends TalentAttributes {
  @Field(() => ID, { description: "Stable id of the profile. Never shown to other operators." })
  id!: string;

  @Field(() => [WorkStyle], { description: "Where and how the person prefers to work." })
  preferredWorkStyles!: WorkStyle[];

  @Field(() => String, { description: "When the profile was registered (ISO 8601)." })
  registeredAt!: string;

  @Field(() => String, { description: "When the profile was last changed (ISO 8601)." })
  updatedAt!: string;

  /** Opaque id of this person's card in cross-region search (internal). */
  cardId!: string;
}

export function toTalentProfile(row: TalentProfileRow): TalentProfile {
  return Object.assign(new TalentProfile(), {
    id: row.id,
    operatorId: row.operator_id,
    cardId: row.card_id,
    kinds: row.kinds as DomainTalentKind[],
    skills: row.skills,
    yearsOfExperience: row.years_of_experience,
    availability: row.availability as Availability,
    preferredWorkStyles: row.preferred_work_styles as WorkStyle[],
    interestInRegion: row.interest_in_region as InterestInRegion | null,
    homePrefectureCode: row.home_prefecture_code,
    isDemo: row.is_demo,
    registeredAt: new Date(row.registered_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  });
}

@ObjectType({
  description:
    "A redacted view of another region's talent, shown only while the person's consent covers the searching operator and purpose. " +
    "No name, no contact details; `cardId` does not reveal the profile id.",
})
export class TalentCard extends TalentAttributes {
  @Field(() => ID, { description: "Opaque card id: pass it to `requestIntroduction`." })
  cardId!: string;

  /** The person behind the card (internal: never exposed to the searching operator). */
  talentId!: string;
  /** The consent the card is shown under (internal, for the audit row). */
  consentId!: string;
}

export function toTalentCard(row: TalentProfileRow & { consent_id: string }): TalentCard {
  const profile = toTalentProfile(row);
  return Object.assign(new TalentCard(), {
    cardId: row.card_id,
    talentId: row.id,
    consentId: row.consent_id,
    operatorId: profile.operatorId,
    kinds: profile.kinds,
    skills: profile.skills,
    yearsOfExperience: profile.yearsOfExperience,
    availability: profile.availability,
    interestInRegion: profile.interestInRegion,
    homePrefectureCode: profile.homePrefectureCode,
    isDemo: profile.isDemo,
  });
}
