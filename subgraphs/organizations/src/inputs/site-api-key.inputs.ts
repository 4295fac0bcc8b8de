import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Create an API key for an operator's regional site." })
export class CreateSiteApiKeyInput {
  @Field(() => ID, { description: "The operator whose site the key signs in (e.g. `op-meguru`)." })
  operatorId!: string;

  @Field(() => String, { nullable: true, description: "What the key is for (1 to 100 characters, e.g. 公式サイト)." })
  label?: string | null;

  @Field(() => String, {
    description:
      "A key unique to this creation (8 to 200 characters; a UUID is a good choice): a retry with the same key and input creates nothing more and answers `replayed: true` (without the secret, which is shown once).",
  })
  idempotencyKey!: string;
}

@InputType({ description: "Revoke a site API key: every gateway refuses it from the next request on." })
export class RevokeSiteApiKeyInput {
  @Field(() => ID, { description: "The key's id (`site_<12 hex>`)." })
  keyId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Optional key (8 to 200 characters) for a retried revocation; revoking a revoked key changes nothing and answers it as it is.",
  })
  idempotencyKey?: string | null;
}
