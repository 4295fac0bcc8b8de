import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "Starts an import session of the viewer's own pool." })
export class CreateTalentImportInput {
  @Field(() => String, { description: "The file's name (1–200 characters), shown with the session." })
  fileName!: string;

  @Field(() => String, {
    nullable: true,
    description: "Optional retry key (8–200 characters): the same key from the same user returns the same session instead of a new one.",
  })
  idempotencyKey?: string | null;
}

/**
 * One data row of the file as text, by column (the template's columns; see @jinjibu/talent-import). The server validates
 * it with the same rules and Japanese messages as the preview.
 */
@InputType({ description: "One data row of an import file, every cell as the text in the file (dates as YYYY-MM-DD)." })
export class TalentImportRowInput {
  @Field(() => Int, { description: "The row's number in the file (the header is row 1, so data rows start at 2)." })
  rowNumber!: number;

  @Field(() => String, { nullable: true, description: "管理番号: the operator's own person number, the stable key." })
  personNumber?: string | null;
  @Field(() => String, { nullable: true, description: "氏名." })
  displayName?: string | null;
  @Field(() => String, { nullable: true, description: "人材区分: Japanese labels or codes, separated by 、 or commas." })
  kinds?: string | null;
  @Field(() => String, { nullable: true, description: "スキル, separated by 、 or commas." })
  skills?: string | null;
  @Field(() => String, { nullable: true, description: "経験年数 (0–70)." })
  yearsOfExperience?: string | null;
  @Field(() => String, { nullable: true, description: "働き方: a label or code of Availability." })
  availability?: string | null;
  @Field(() => String, { nullable: true, description: "希望する勤務形態: labels or codes of WorkStyle." })
  preferredWorkStyles?: string | null;
  @Field(() => String, { nullable: true, description: "地域への関心: a label or code of InterestInRegion." })
  interestInRegion?: string | null;
  @Field(() => String, { nullable: true, description: "都道府県: a prefecture name or JIS code." })
  homePrefecture?: string | null;
  @Field(() => String, { nullable: true, description: "メールアドレス." })
  email?: string | null;
  @Field(() => String, { nullable: true, description: "電話番号." })
  phone?: string | null;
  @Field(() => String, { nullable: true, description: "同意の範囲: a label or code of ConsentScope (e.g. 全国)." })
  consentScope?: string | null;
  @Field(() => String, { nullable: true, description: "同意した目的: labels or codes of SharingPurpose." })
  consentPurposes?: string | null;
  @Field(() => String, { nullable: true, description: "同意の取得方法: a label or code of ConsentMethod." })
  consentMethod?: string | null;
  @Field(() => String, { nullable: true, description: "同意の取得日 (a date, not in the future)." })
  consentObtainedAt?: string | null;
  @Field(() => String, { nullable: true, description: "同意の有効期限 (a date after the obtained date); empty for none." })
  consentExpiresAt?: string | null;
}
