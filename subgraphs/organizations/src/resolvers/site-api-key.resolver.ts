import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { OrganizationsContext } from "../context";
import { Operator, SiteApiKey } from "../entities";
import { CreateSiteApiKeyInput, RevokeSiteApiKeyInput } from "../inputs/site-api-key.inputs";
import { createSiteKey, listSiteKeys, revokeSiteKey } from "../services/site-api-key.service";
import { SiteApiKeyCreation } from "../types/site-api-key-creation";

const toIso = (value: Date | string): string => new Date(value).toISOString();

// The gates admit the national administrator and coordinators; siteKeyManager (policy.ts) then binds a coordinator to
// its own operator. Site keys never manage keys.
@Resolver(() => SiteApiKey)
export class SiteApiKeyResolver {
  @Authorized("NATIONAL_ADMIN", "COORDINATOR")
  @Query(() => [SiteApiKey], {
    description: "An operator's regional-site API keys, newest first (at most 200): the national administrator, or a coordinator of that operator.",
  })
  siteApiKeys(
    @Arg("operatorId", () => ID, { description: "The operator (e.g. `op-meguru`)." }) operatorId: string,
    @Arg("includeRevoked", () => Boolean, { defaultValue: false, description: "Also list revoked keys." }) includeRevoked: boolean,
    @Ctx() ctx: OrganizationsContext,
  ) {
    return listSiteKeys(ctx, operatorId, includeRevoked);
  }

  @Authorized("NATIONAL_ADMIN", "COORDINATOR")
  @Mutation(() => SiteApiKeyCreation, {
    description: "Create an API key for an operator's regional site (the national administrator, or a coordinator of that operator). The key is shown once.",
  })
  createSiteApiKey(@Arg("input", () => CreateSiteApiKeyInput, { description: "Whose key, and what for." }) input: CreateSiteApiKeyInput, @Ctx() ctx: OrganizationsContext) {
    return createSiteKey(ctx, input);
  }

  @Authorized("NATIONAL_ADMIN", "COORDINATOR")
  @Mutation(() => SiteApiKey, {
    description: "Revoke a site API key (the national administrator, or a coordinator of its operator). Every gateway refuses it from the next request on.",
  })
  revokeSiteApiKey(@Arg("input", () => RevokeSiteApiKeyInput, { description: "Which key." }) input: RevokeSiteApiKeyInput, @Ctx() ctx: OrganizationsContext) {
    return revokeSiteKey(ctx, input);
  }

  @FieldResolver(() => String, { description: "When the key was created (ISO timestamp)." })
  createdAt(@Root() k: SiteApiKey): string {
    return toIso(k.createdAt);
  }

  @FieldResolver(() => String, { nullable: true, description: "When the key was revoked (ISO timestamp); null while it is active." })
  revokedAt(@Root() k: SiteApiKey): string | null {
    return k.revokedAt ? toIso(k.revokedAt) : null;
  }

  @FieldResolver(() => Boolean, { description: "True while the key signs its site in." })
  active(@Root() k: SiteApiKey): boolean {
    return !k.revokedAt;
  }

  @FieldResolver(() => Operator, { nullable: true, description: "The operator whose site the key signs in." })
  operator(@Root() k: SiteApiKey, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.operatorById.load(k.operatorId);
  }
}
