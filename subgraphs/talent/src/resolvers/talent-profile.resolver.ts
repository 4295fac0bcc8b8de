import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, pageWindow, toConnection, TalentKind, badUserInput } from "@jinjibu/federation";
import { TalentKind as DomainTalentKind } from "@jinjibu/domain";
import type { TalentContext } from "../context";
import { ownsPool, requireOwnPoolStaff } from "../access";
import { TalentProfile, toTalentProfile, type TalentProfileRow } from "../entities/talent-profile.entity";
import { Consent, ErasureResult, TalentContact } from "../entities/records";
import { RegisterTalentProfileInput, UpdateTalentProfileInput } from "../inputs/talent-profile.input";
import { erasePerson, registerProfiles, updateProfile } from "../services/talent.service";

export const TalentProfileConnection = Connection(TalentProfile, "TalentProfile", "talent profile");

/** The profile only for the operator that owns it; anyone else (consented shares included) gets null, as if it did not exist. */
export async function loadOwnProfile(ctx: TalentContext, id: string): Promise<TalentProfile | null> {
  if (!ctx.viewer.operatorId || (ctx.viewer.role !== "COORDINATOR" && ctx.viewer.role !== "SITE")) return null;
  const profile = await ctx.loaders.talentProfileById.load(id);
  return profile && ownsPool(ctx.viewer, profile.operatorId) ? profile : null;
}

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
    const window = pageWindow(page);
    const em = await ctx.db.manager();
    const where = `WHERE operator_id = $1 AND ($2::text IS NULL OR $2::text = ANY(kinds))`;
    const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM talent_profile ${where}`, [operatorId, kind]);
    const rows: TalentProfileRow[] = await em.query(
      `SELECT * FROM talent_profile ${where} ORDER BY registered_at, id OFFSET ${window.offset} LIMIT ${window.limit}`,
      [operatorId, kind],
    );
    return toConnection(rows.map(toTalentProfile), Number(total), window);
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
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return registerProfiles(await ctx.db.manager(), operatorId, input);
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
