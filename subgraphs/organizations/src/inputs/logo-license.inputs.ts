import { Field, ID, InputType } from "type-graphql";
import { LogoLicenseBasis } from "../entities";

@InputType({ description: "Grant (or re-grant) an operator's logo licence." })
export class GrantLogoLicenseInput {
  @Field(() => ID, { description: "The operator (e.g. `op-dotdoto`)." })
  operatorId!: string;

  @Field(() => LogoLicenseBasis, { description: "ADOPTION (status ADOPTED) or APPROVAL (status LOGO_APPROVED)." })
  basis!: LogoLicenseBasis;

  @Field(() => String, { description: "Date granted, YYYY-MM-DD." })
  grantedOn!: string;

  @Field(() => String, { description: "Why (internal; 1 to 1000 characters)." })
  reason!: string;

  @Field(() => String, { description: "A key unique to this change (8 to 200 characters; a UUID is a good choice): a retry with the same key and input returns the first result without writing again." })
  idempotencyKey!: string;
}

@InputType({ description: "Suspend an operator's active logo licence: it leaves the directory until granted again." })
export class SuspendLogoLicenseInput {
  @Field(() => ID, { description: "The operator." })
  operatorId!: string;

  @Field(() => String, { description: "Date suspended, YYYY-MM-DD (not before the grant date)." })
  suspendedOn!: string;

  @Field(() => String, { description: "Why (internal; 1 to 1000 characters)." })
  reason!: string;

  @Field(() => String, { description: "A key unique to this change (8 to 200 characters), for safe retries." })
  idempotencyKey!: string;
}

@InputType({ description: "Revoke an operator's logo licence (active or suspended)." })
export class RevokeLogoLicenseInput {
  @Field(() => ID, { description: "The operator." })
  operatorId!: string;

  @Field(() => String, { description: "Date revoked, YYYY-MM-DD (not before the grant date)." })
  revokedOn!: string;

  @Field(() => String, { description: "Why (internal; 1 to 1000 characters)." })
  reason!: string;

  @Field(() => String, { description: "A key unique to this change (8 to 200 characters), for safe retries." })
  idempotencyKey!: string;
}
