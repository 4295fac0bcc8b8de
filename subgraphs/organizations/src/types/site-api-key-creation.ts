import { Field, ID, ObjectType } from "type-graphql";
import { SiteApiKey } from "../entities";

@ObjectType({ description: "A new site API key." })
export class SiteApiKeyCreation {
  @Field(() => String, {
    nullable: true,
    description: "The key itself (send as `x-api-key`). Shown only in this answer and never stored; null when `replayed`.",
  })
  key!: string | null;

  @Field(() => SiteApiKey, { description: "The stored record of the key." })
  siteApiKey!: SiteApiKey;

  @Field(() => ID, { description: "The admin audit entry that recorded the creation." })
  auditEntryId!: string;

  @Field(() => Boolean, { description: "True when this answer repeats an earlier request with the same idempotency key (the key is then not shown again)." })
  replayed!: boolean;
}
