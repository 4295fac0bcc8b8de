import { Field, ID, ObjectType } from "type-graphql";
import { LogoLicense } from "../entities";

@ObjectType({ description: "The outcome of a logo-licence change." })
export class LogoLicenseChange {
  @Field(() => LogoLicense, { description: "The licence after the change (as first recorded, when `replayed`)." })
  license!: LogoLicense;

  @Field(() => ID, { description: "The admin audit entry that recorded the change." })
  auditEntryId!: string;

  @Field(() => Boolean, { description: "True when this answer is the stored result of an earlier request with the same idempotency key." })
  replayed!: boolean;
}
