import { Field, InputType, Int } from "type-graphql";
import { RegionalBlock, TalentKind } from "@jinjibu/federation";
import type { RegionalBlock as DomainRegionalBlock, TalentKind as DomainTalentKind } from "@jinjibu/domain";
import { Availability, ConsentMethod, ConsentScope, InterestInRegion, SharingPurpose, WorkStyle } from "../enums";

@InputType({ description: "One person to register in the viewer's own talent pool." })
export class RegisterTalentProfileInput {
  @Field(() => String, { description: "Name as the person wants it shown, 1–100 characters. Never shown to other operators." })
  displayName!: string;

  @Field(() => [TalentKind], { description: "1 to 5 distinct kinds of talent." })
  kinds!: DomainTalentKind[];

  @Field(() => [String], { nullable: true, description: "Up to 20 skills, each 1–50 characters (e.g. 法人営業)." })
  skills?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Years of working experience, 0–70." })
  yearsOfExperience?: number | null;

  @Field(() => Availability, { description: "How the person can work." })
  availability!: Availability;

  @Field(() => [WorkStyle], { nullable: true, description: "Where and how the person prefers to work." })
  preferredWorkStyles?: WorkStyle[] | null;

  @Field(() => InterestInRegion, { nullable: true, description: "How far the person's interest in the region goes." })
  interestInRegion?: InterestInRegion | null;

  @Field(() => String, { nullable: true, description: "JIS X 0401 code of the home prefecture, \"01\" to \"47\"." })
  homePrefectureCode?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address (kept apart from the profile), at most 254 characters." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Telephone number: digits, spaces, +, - and parentheses, 6–20 characters." })
  phone?: string | null;
}

@InputType({ description: "Changes to a profile in the viewer's own pool. Omitted fields stay as they are; null clears a nullable field." })
export class UpdateTalentProfileInput {
  @Field(() => String, { nullable: true, description: "Name as the person wants it shown, 1–100 characters." })
  displayName?: string | null;

  @Field(() => [TalentKind], { nullable: true, description: "1 to 5 distinct kinds of talent." })
  kinds?: DomainTalentKind[] | null;

  @Field(() => [String], { nullable: true, description: "Up to 20 skills, each 1–50 characters." })
  skills?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Years of working experience, 0–70." })
  yearsOfExperience?: number | null;

  @Field(() => Availability, { nullable: true, description: "How the person can work." })
  availability?: Availability | null;

  @Field(() => [WorkStyle], { nullable: true, description: "Where and how the person prefers to work." })
  preferredWorkStyles?: WorkStyle[] | null;

  @Field(() => InterestInRegion, { nullable: true, description: "How far the person's interest in the region goes." })
  interestInRegion?: InterestInRegion | null;

  @Field(() => String, { nullable: true, description: "JIS X 0401 code of the home prefecture, \"01\" to \"47\"." })
  homePrefectureCode?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address, at most 254 characters." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Telephone number, 6–20 characters." })
  phone?: string | null;
}

@InputType({ description: "A consent the person gave to share their redacted profile." })
export class GrantConsentInput {
  @Field(() => ConsentScope, { description: "How far the profile may be shared." })
  scope!: ConsentScope;

  @Field(() => [SharingPurpose], { description: "1 or more distinct purposes the person agreed to." })
  purposes!: SharingPurpose[];

  @Field(() => String, { description: "When the consent was obtained (ISO 8601, not in the future)." })
  obtainedAt!: string;

  @Field(() => ConsentMethod, { description: "How the consent was obtained." })
  method!: ConsentMethod;

  @Field(() => String, { nullable: true, description: "When it expires (ISO 8601, after `obtainedAt`); omit for no expiry." })
  expiresAt?: string | null;
}

@InputType({ description: "Filters for a cross-region talent search. `purpose` is required: sharing is consented per purpose." })
export class SharedTalentFilter {
  @Field(() => SharingPurpose, {
    nullable: true,
    description: "Why the viewer is searching (required: a search without it is BAD_USER_INPUT); only people who consented to this purpose are found.",
  })
  purpose?: SharingPurpose | null;

  @Field(() => [TalentKind], { nullable: true, description: "People of any of these kinds." })
  kinds?: DomainTalentKind[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Part of a skill every card must have, 1–50 characters; two-character words (営業, 副業, 研修) match; full-width/half-width " +
      "and kana variants are normalised (NFKC, lower case, no spaces).",
  })
  skill?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Up to 20 skills (each 1–50 characters, normalised like `skill`): a card matches if it has any of them, and cards matching " +
      "more of them rank first, then the most recently registered (with more than 6 skills, among the 1000 most recently " +
      "registered matches).",
  })
  skills?: string[] | null;

  @Field(() => String, { nullable: true, description: "JIS code of the person's home prefecture (\"01\"–\"47\")." })
  prefectureCode?: string | null;

  @Field(() => RegionalBlock, { nullable: true, description: "Regional block of the person's home prefecture." })
  block?: DomainRegionalBlock | null;

  @Field(() => Availability, { nullable: true, description: "How the person can work." })
  availability?: Availability | null;

  @Field(() => [WorkStyle], {
    nullable: true,
    description: "People who prefer any of these work styles (at least one when given).",
  })
  workStyles?: WorkStyle[] | null;

  @Field(() => [InterestInRegion], {
    nullable: true,
    description: "People whose interest in the region is any of these (at least one when given); people who stated none are not matched.",
  })
  interestInRegion?: InterestInRegion[] | null;
}
