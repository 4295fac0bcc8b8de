import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, pageWindow, TalentKind, badUserInput } from "@jinjibu/federation";
import { TalentKind as DomainTalentKind } from "@jinjibu/domain";
import type { TalentContext } from "../context";
import { ownsPool, requireOwnPoolStaff } from "../access";
import { TalentProfile } from "../entities/talent-profile.entity";
import { Consent, ErasureResult, TalentContact } from "../entities/records";
import { RegisterTalentProfileInput, UpdateTalentProfileInput } from "../inputs/talent-profile.input";
import { withIdempotency } from "../services/input-rules";
import { erasePerson, listOwnProfiles, loadOwnProfile, registerProfiles, updateProfile } from "../services/talent.service";


export const TalentProfileConnection = Connection(TalentProfile, "TalentProfile", "talent profile");

@Resolver(() => TalentProfile)
export class TalentProfileResolver {
  @Query(() => TalentProfileConnection, {
    description: "The viewer's own operator's talent pool, oldest first. For coordinators and regional sites only.",
  })
  async myTalentProfiles(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("kind", () => TalentKind, { nullable: true, description: "Only profiles of this kind." }) kind: DomainTalentKind | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return listOwnProfiles(await ctx.db.manager(), operatorId, kind, pageWindow(page));
  }

  @Query(() => TalentProfile, {
    nullable: true,
    description: "One profile of the viewer's own pool; null for unknown ids and for other operators' people (no difference is shown).",
  })
  talentProfile(@Arg("id", () => ID, { description: "The profile id." }) id: string, @Ctx() ctx: TalentContext) {
    return loadOwnProfile(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: "The person's name. Only the owning operator sees it." })
  async displayName(@Root() profile: TalentProfile, @Ctx() ctx: TalentContext): Promise<string | null> {
    if (!ownsPool(ctx.viewer, profile.operatorId)) return null;
    return (await ctx.loaders.contactByTalentId.load(profile.id))?.displayName ?? null;
  }

  @FieldResolver(() => TalentContact, { nullable: true, description: "Name and contact details. Only the owning operator sees them here." })
  contact(@Root() profile: TalentProfile, @Ctx() ctx: TalentContext) {
    if (!ownsPool(ctx.viewer, profile.operatorId)) return null;
    return ctx.loaders.contactByTalentId.load(profile.id);
  }

  @FieldResolver(() => [Consent], { description: "Every consent the person gave (revoked and expired ones included), oldest first. Owner only." })
  async consents(@Root() profile: TalentProfile, @Ctx() ctx: TalentContext): Promise<Consent[]> {
    if (!ownsPool(ctx.viewer, profile.operatorId)) return [];
    return ctx.loaders.consentsByTalentId.load(profile.id);
  }

  @Mutation(() => [TalentProfile], {
    description:
      "Registers people in the viewer's own pool, all or nothing (at most 100). Invalid rows are all reported: BAD_USER_INPUT with " +
      "`extensions.invalidRows` = [{index, field, message}].",
  })
  async registerTalentProfiles(
    @Arg("input", () => [RegisterTalentProfileInput], { description: "The people to register, in order." }) input: RegisterTalentProfileInput[],
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description:
        "Optional, 8–200 characters, chosen by the client: a retry with the same key and input returns the profiles first registered " +
        "instead of registering them twice; the same key with another input is CONFLICT.",
    })
    idempotencyKey: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    const em = await ctx.db.manager();
    return withIdempotency(ctx, em, idempotencyKey, "registerTalentProfiles", input, () => registerProfiles(em, operatorId, input), (stored) =>
      stored.map((profile) => Object.assign(new TalentProfile(), profile)),
    );
  }

  @Mutation(() => TalentProfile, { description: "Changes a profile of the viewer's own pool. Another operator's id is NOT_FOUND." })
  async updateTalentProfile(
    @Arg("id", () => ID, { description: "The profile id." }) id: string,
    @Arg("input", () => UpdateTalentProfileInput, { description: "The changes." }) input: UpdateTalentProfileInput,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return updateProfile(await ctx.db.manager(), operatorId, id, input);
  }

  @Mutation(() => ErasureResult, { description: "Removes a profile from the viewer's own pool: the same erasure as `erasePerson`." })
  async deleteTalentProfile(@Arg("id", () => ID, { description: "The profile id." }) id: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return erasePerson(await ctx.db.manager(), operatorId, id);
  }

  @Mutation(() => ErasureResult, {
    description:
      "Erases a person on their request (APPI 35条 利用停止・消去): profile, contact details, consents and introductions everywhere. " +
      "Provision records stay (29条, three years), holding only a reference. Repeating it reports what is kept.",
  })
  async erasePerson(@Arg("talentId", () => ID, { description: "The person's profile id." }) talentId: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    if (talentId.length > 100) throw badUserInput("talentId must be at most 100 characters.");
    return erasePerson(await ctx.db.manager(), operatorId, talentId);
  }
}
