import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, forbidden, pageWindow, toConnection } from "@jinjibu/federation";
import type { TalentContext } from "../context";
import { ownsPool, requireCoordinator, requireOwnPoolStaff } from "../access";
import { TalentCard, TalentProfile } from "../entities/talent-profile.entity";
import { Consent, Introduction, TalentContact, toIntroduction, type IntroductionRow } from "../entities/records";
import { IntroductionStatus, SharingPurpose } from "../enums";
import { GrantConsentInput, SharedTalentFilter } from "../inputs/talent-profile.input";
import * as sharing from "../services/sharing.service";
import { loadOwnProfile } from "./talent-profile.resolver";

export const TalentCardConnection = Connection(TalentCard, "TalentCard", "redacted talent card");
export const IntroductionConnection = Connection(Introduction, "Introduction", "introduction request");

async function listIntroductions(
  ctx: TalentContext,
  side: "owner_operator_id" | "requester_operator_id",
  operatorId: string,
  status: IntroductionStatus | null,
  page: ConnectionArgs,
) {
  const window = pageWindow(page);
  const em = await ctx.db.manager();
  const where = `WHERE ${side} = $1 AND ($2::text IS NULL OR status = $2::text)`;
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM introduction ${where}`, [operatorId, status]);
  const rows: IntroductionRow[] = await em.query(
    `SELECT * FROM introduction ${where} ORDER BY requested_at DESC, id OFFSET ${window.offset} LIMIT ${window.limit}`,
    [operatorId, status],
  );
  return toConnection(rows.map(toIntroduction), Number(total), window);
}

@Resolver(() => Introduction)
export class SharingResolver {
  @Query(() => TalentCardConnection, {
    description:
      "Cross-region search: other operators' people whose active consent covers the viewer's operator (scope) and `filter.purpose`, as " +
      "redacted cards in a stable order. Every card shown is written to the access audit log. Coordinators only.",
  })
  async searchSharedTalent(
    @Arg("filter", () => SharedTalentFilter, { description: "What to look for; `purpose` is required." }) filter: SharedTalentFilter,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: TalentContext,
  ) {
    requireCoordinator(ctx.viewer);
    return sharing.searchSharedTalent(ctx, await ctx.db.manager(), filter, page);
  }

  @Mutation(() => Consent, { description: "Records a consent a person of the viewer's own pool gave. Unknown or other operators' ids are NOT_FOUND." })
  async grantConsent(
    @Arg("talentId", () => ID, { description: "The person's profile id." }) talentId: string,
    @Arg("input", () => GrantConsentInput, { description: "The consent." }) input: GrantConsentInput,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return sharing.grantConsent(await ctx.db.manager(), operatorId, talentId, input);
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
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireCoordinator(ctx.viewer);
    return sharing.requestIntroduction(ctx, await ctx.db.manager(), operatorId, cardId, purpose, message);
  }

  @Mutation(() => Introduction, { description: "The owning operator accepts: the requester may read the contact, and a provision record is written." })
  async acceptIntroduction(@Arg("id", () => ID, { description: "The introduction id." }) id: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireCoordinator(ctx.viewer);
    return sharing.acceptIntroduction(await ctx.db.manager(), operatorId, id);
  }

  @Mutation(() => Introduction, { description: "The owning operator declines an open request." })
  async declineIntroduction(@Arg("id", () => ID, { description: "The introduction id." }) id: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireCoordinator(ctx.viewer);
    return sharing.declineIntroduction(await ctx.db.manager(), operatorId, id);
  }

  @Mutation(() => Introduction, { description: "Either side withdraws an open or accepted introduction; the contact is no longer readable." })
  async withdrawIntroduction(@Arg("id", () => ID, { description: "The introduction id." }) id: string, @Ctx() ctx: TalentContext) {
    requireCoordinator(ctx.viewer);
    return sharing.withdrawIntroduction(await ctx.db.manager(), id);
  }

  @Query(() => IntroductionConnection, { description: "Requests other operators made for the viewer's own people, newest first." })
  incomingIntroductionRequests(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("status", () => IntroductionStatus, { nullable: true, description: "Only requests in this state (e.g. OPEN)." }) status: IntroductionStatus | null,
    @Ctx() ctx: TalentContext,
  ) {
    return listIntroductions(ctx, "owner_operator_id", requireCoordinator(ctx.viewer), status, page);
  }

  @Query(() => IntroductionConnection, { description: "Requests the viewer's operator made to other operators, newest first." })
  outgoingIntroductionRequests(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("status", () => IntroductionStatus, { nullable: true, description: "Only requests in this state." }) status: IntroductionStatus | null,
    @Ctx() ctx: TalentContext,
  ) {
    return listIntroductions(ctx, "requester_operator_id", requireCoordinator(ctx.viewer), status, page);
  }

  @Query(() => Introduction, { nullable: true, description: "One introduction the viewer's operator is party to; null otherwise." })
  async introduction(@Arg("id", () => ID, { description: "The introduction id." }) id: string, @Ctx() ctx: TalentContext) {
    requireCoordinator(ctx.viewer);
    if (!sharing.isUuid(id)) return null;
    const em = await ctx.db.manager();
    const rows: IntroductionRow[] = await em.query(`SELECT * FROM introduction WHERE id = $1`, [id]);
    return rows[0] ? toIntroduction(rows[0]) : null;
  }

  @FieldResolver(() => TalentContact, {
    nullable: true,
    description:
      "The person's name and contact details, for the requesting operator only and only after acceptance (while the consent holds). " +
      "Otherwise null + FORBIDDEN. Every read is written to the access audit log.",
  })
  async contact(@Root() intro: Introduction, @Ctx() ctx: TalentContext): Promise<TalentContact | null> {
    if (!ownsPool(ctx.viewer, intro.requesterOperatorId) || ctx.viewer.role !== "COORDINATOR") {
      throw forbidden("Only the requesting operator's coordinators can read contact details of an introduction.");
    }
    if (intro.status !== IntroductionStatus.ACCEPTED) throw forbidden("Contact details are shown only after the owning operator accepts.");
    const contact = await ctx.loaders.introducedContactByIntroductionId.load(intro.id);
    if (!contact) throw forbidden("The person's consent no longer covers your operator; contact details are not available.");
    return contact;
  }

  @FieldResolver(() => TalentProfile, { nullable: true, description: "The person's full profile, for the owning operator only; null for the requester." })
  talent(@Root() intro: Introduction, @Ctx() ctx: TalentContext) {
    return ownsPool(ctx.viewer, intro.ownerOperatorId) ? loadOwnProfile(ctx, intro.talentId) : null;
  }
}
