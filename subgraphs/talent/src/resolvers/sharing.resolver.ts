import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, pageWindow } from "@jinjibu/federation";
import type { TalentContext } from "../context";
import { ownsPool, requireCoordinator, requireOwnPoolStaff } from "../access";
import { TalentProfile } from "../entities/talent-profile.entity";
import { Consent, Introduction, TalentContact } from "../entities/records";
import { IntroductionStatus, SharingPurpose } from "../enums";
import { DeclineIntroductionInput } from "../inputs/introduction.input";
import { GrantConsentInput, SharedTalentFilter } from "../inputs/talent-profile.input";
import { readIntroducedContact } from "../services/contact-access.service";
import { withIdempotency } from "../services/input-rules";
import * as sharing from "../services/sharing.service";
import { loadOwnProfile } from "../services/talent.service";
import { TalentCardConnection } from "../types/talent-search.types";

const IDEMPOTENCY_DESCRIPTION =
  "Optional, 8–200 characters, chosen by the client: a retry with the same key and input returns the first result instead of " +
  "creating again; the same key with another input is CONFLICT.";

/** True when the query selects one of `names` on this field (fragments count as selecting everything). */
function selectsAnyField(info: GraphQLResolveInfo, names: string[]): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => (s.kind === "Field" ? names.includes(s.name.value) : s.kind === "InlineFragment" ? visit(s.selectionSet) : true));
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

export const IntroductionConnection = Connection(Introduction, "Introduction", "introduction request");

@Resolver(() => Introduction)
export class SharingResolver {
  @Query(() => TalentCardConnection, {
    description:
      "Cross-region search: other operators' people whose active consent covers the viewer's operator (scope) and `filter.purpose`, as " +
      "redacted cards, the most recently registered first, ranked by how many of `filter.skills` they have (keyset paging). `totalCount` " +
      "is exact up to 1000 (see `totalCountIsLowerBound`). Every card shown is written to the access audit log. Coordinators only.",
  })
  async searchSharedTalent(
    @Arg("filter", () => SharedTalentFilter, { description: "What to look for; `purpose` is required." }) filter: SharedTalentFilter,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: TalentContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    requireCoordinator(ctx.viewer);
    const counts = selectsAnyField(info, ["totalCount", "totalCountIsLowerBound", "facets"]);
    return sharing.searchSharedTalent(ctx, await ctx.db.manager(), filter, page, { counts });
  }

  @Mutation(() => Consent, { description: "Records a consent a person of the viewer's own pool gave. Unknown or other operators' ids are NOT_FOUND." })
  async grantConsent(
    @Arg("talentId", () => ID, { description: "The person's profile id." }) talentId: string,
    @Arg("input", () => GrantConsentInput, { description: "The consent." }) input: GrantConsentInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    const em = await ctx.db.manager();
    return withIdempotency(ctx, em, idempotencyKey, "grantConsent", { talentId, input }, () => sharing.grantConsent(em, operatorId, talentId, input), (stored) =>
      Object.assign(new Consent(), stored),
    );
  }

  @Mutation(() => Consent, { description: "Revokes a consent now: the very next request of any operator no longer sees what it allowed." })
  async revokeConsent(@Arg("consentId", () => ID, { description: "The consent id." }) consentId: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return sharing.revokeConsent(await ctx.db.manager(), operatorId, consentId);
  }

  @Mutation(() => Introduction, {
    description: "Asks the owning operator to introduce the person behind a card. A second OPEN request for the same card → CONFLICT.",
  })
  async requestIntroduction(
    @Arg("cardId", () => ID, { description: "A card from `searchSharedTalent`." }) cardId: string,
    @Arg("purpose", () => SharingPurpose, { description: "The purpose; the person must have consented to it." }) purpose: SharingPurpose,
    @Arg("message", () => String, { description: "A message to the owning operator, 1–2000 characters." }) message: string,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireCoordinator(ctx.viewer);
    const em = await ctx.db.manager();
    return withIdempotency(
      ctx,
      em,
      idempotencyKey,
      "requestIntroduction",
      { cardId, purpose, message },
      () => sharing.requestIntroduction(ctx, em, operatorId, cardId, purpose, message),
      (stored) => Object.assign(new Introduction(), stored),
    );
  }

  @Mutation(() => Introduction, { description: "The owning operator accepts: the requester may read the contact, and a provision record is written." })
  async acceptIntroduction(@Arg("id", () => ID, { description: "The introduction id." }) id: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireCoordinator(ctx.viewer);
    return sharing.acceptIntroduction(ctx, await ctx.db.manager(), operatorId, id);
  }

  @Mutation(() => Introduction, {
    description:
      "The owning operator declines an open request with a reason (a code, and a note; the note is required for OTHER). The requesting " +
      "operator sees both; the decline is recorded in the introduction's trail with who declined and the request id.",
  })
  async declineIntroduction(
    @Arg("id", () => ID, { description: "The introduction id." }) id: string,
    @Arg("input", () => DeclineIntroductionInput, { description: "Why the request is declined." }) input: DeclineIntroductionInput,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireCoordinator(ctx.viewer);
    return sharing.declineIntroduction(ctx, await ctx.db.manager(), operatorId, id, input);
  }

  @Mutation(() => Introduction, { description: "Either side withdraws an open or accepted introduction; the contact is no longer readable." })
  async withdrawIntroduction(@Arg("id", () => ID, { description: "The introduction id." }) id: string, @Ctx() ctx: TalentContext) {
    requireCoordinator(ctx.viewer);
    return sharing.withdrawIntroduction(ctx, await ctx.db.manager(), id);
  }

  @Query(() => IntroductionConnection, { description: "Requests other operators made for the viewer's own people, newest first." })
  incomingIntroductionRequests(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("status", () => IntroductionStatus, { nullable: true, description: "Only requests in this state (e.g. OPEN)." }) status: IntroductionStatus | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireCoordinator(ctx.viewer);
    return ctx.db.manager().then((em) => sharing.listIntroductions(em, "owner", operatorId, status, pageWindow(page)));
  }

  @Query(() => IntroductionConnection, { description: "Requests the viewer's operator made to other operators, newest first." })
  outgoingIntroductionRequests(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("status", () => IntroductionStatus, { nullable: true, description: "Only requests in this state." }) status: IntroductionStatus | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireCoordinator(ctx.viewer);
    return ctx.db.manager().then((em) => sharing.listIntroductions(em, "requester", operatorId, status, pageWindow(page)));
  }

  @Query(() => Introduction, { nullable: true, description: "One introduction the viewer's operator is party to; null otherwise." })
  async introduction(@Arg("id", () => ID, { description: "The introduction id." }) id: string, @Ctx() ctx: TalentContext) {
    requireCoordinator(ctx.viewer);
    return sharing.findIntroduction(await ctx.db.manager(), id);
  }

  @FieldResolver(() => TalentContact, {
    nullable: true,
    description:
      "The person's name and contact details, for the requesting operator only and only after acceptance (while the consent holds). " +
      "Otherwise null + FORBIDDEN. Every read is written to the access audit log, every refusal too (outcome DENIED).",
  })
  contact(@Root() intro: Introduction, @Ctx() ctx: TalentContext): Promise<TalentContact | null> {
    return readIntroducedContact(ctx, intro);
  }

  @FieldResolver(() => TalentProfile, { nullable: true, description: "The person's full profile, for the owning operator only; null for the requester." })
  talent(@Root() intro: Introduction, @Ctx() ctx: TalentContext) {
    return ownsPool(ctx.viewer, intro.ownerOperatorId) ? loadOwnProfile(ctx, intro.talentId) : null;
  }
}
