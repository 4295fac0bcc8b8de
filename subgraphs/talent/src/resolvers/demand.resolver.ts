import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { demandCoordinator, demandOutcomeOverviewReader, demandOutcomeReader, isNationalAdmin } from "@jinjibu/auth";
import { Connection, ConnectionArgs, pageWindow } from "@jinjibu/federation";
import type { TalentContext } from "../context";
import { decided, ownsPool } from "../access";
import { MatchingSide, MatchingStatus, NeedStatus } from "../demand.enums";
import { Matching, MatchingEvent, Need, Placement, RegionalCompanyStub, companyStub } from "../entities/demand";
import { OperatorStub } from "../entities/operator.stub";
import { TalentCard, TalentProfile } from "../entities/talent-profile.entity";
import { Introduction } from "../entities/records";
import { NeedInput, NeedSearchFilter, NotConcludedInput, PlacementInput } from "../inputs/demand.input";
import { withIdempotency } from "../services/input-rules";
import * as matchings from "../services/matching.service";
import * as needs from "../services/need.service";
import * as outcomes from "../services/outcome.service";
import { findIntroduction } from "../services/sharing.service";
import * as suggestions from "../services/suggestion.service";
import { loadOwnProfile } from "../services/talent.service";
import {
  DemandBlockOutcome,
  DemandOutcomeReport,
  DemandOutcomeTotal,
  MatchingBoardColumn,
  NeedSuggestion,
  NeedSuggestions,
} from "../types/demand.types";

export const NeedConnection = Connection(Need, "Need", "need");
export const MatchingConnection = Connection(Matching, "Matching", "matching");
export const PlacementConnection = Connection(Placement, "Placement", "placement");

const IDEMPOTENCY_DESCRIPTION =
  "Optional, 8–200 characters, chosen by the client: a retry with the same key and input returns the first result instead of " +
  "writing again; the same key with another input is CONFLICT.";

const reviveNeed = (stored: Need) => Object.assign(new Need(), stored);
const reviveMatching = (stored: Matching) => Object.assign(new Matching(), stored);

@Resolver(() => Need)
export class NeedResolver {
  @Mutation(() => Need, {
    description:
      "Writes a need of a company the viewer's operator supports (DRAFT by default, or OPEN). A company of another operator, an unknown " +
      "kind or a compensation range with min > max is BAD_USER_INPUT naming the rule; nothing is written. Coordinators only.",
  })
  async createNeed(
    @Arg("input", () => NeedInput, { description: "The need." }) input: NeedInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    const em = await ctx.db.manager();
    return withIdempotency(ctx, em, idempotencyKey, "createNeed", input, () => needs.createNeed(ctx, em, operatorId, input), reviveNeed);
  }

  @Mutation(() => Need, { description: "Replaces the fields of one of the operator's needs (its status is kept; see `setNeedStatus`)." })
  async updateNeed(
    @Arg("id", () => ID, { description: "The need id." }) id: string,
    @Arg("input", () => NeedInput, { description: "The need's new fields." }) input: NeedInput,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    return needs.updateNeed(await ctx.db.manager(), operatorId, id, input);
  }

  @Mutation(() => Need, { description: "Opens, marks matched, closes or reopens one of the operator's needs (allowed transitions only)." })
  async setNeedStatus(
    @Arg("id", () => ID, { description: "The need id." }) id: string,
    @Arg("status", () => NeedStatus, { description: "The new state." }) status: NeedStatus,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    return needs.setNeedStatus(await ctx.db.manager(), operatorId, id, status);
  }

  @Query(() => NeedConnection, { description: "The viewer's operator's own needs, newest first. Coordinators only." })
  async ownNeeds(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("status", () => NeedStatus, { nullable: true, description: "Only needs in this state." }) status: NeedStatus | null,
    @Arg("companyId", () => ID, { nullable: true, description: "Only needs of this company." }) companyId: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    return needs.listOwnNeeds(await ctx.db.manager(), operatorId, { status, companyId }, pageWindow(page));
  }

  @Query(() => Need, { nullable: true, description: "One need the viewer may see (own, or another region's open need shared with it); null otherwise." })
  async need(@Arg("id", () => ID, { description: "The need id." }) id: string, @Ctx() ctx: TalentContext) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    return needs.findNeed(await ctx.db.manager(), operatorId, id);
  }

  @Query(() => NeedConnection, {
    description:
      "Other regions' OPEN needs whose sharing scope covers the viewer's operator (same block or nationwide), newest first, redacted to " +
      "what their owners share. `totalCount` is exact up to 1,000. Coordinators only.",
  })
  async searchSharedNeeds(
    @Arg("filter", () => NeedSearchFilter, { nullable: true, description: "What to look for." }) filter: NeedSearchFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: TalentContext,
  ) {
    decided(demandCoordinator(ctx.viewer));
    return needs.searchSharedNeeds(await ctx.db.manager(), filter ?? {}, pageWindow(page));
  }

  @Query(() => NeedSuggestions, {
    description:
      "Consented cards of every region the viewer may see, suggested for one of its needs, ranked with reasons in words and a score. " +
      "Served from the sharing read model (a revoked consent is gone at the next request); every card shown is audited.",
  })
  async needSuggestions(
    @Arg("needId", () => ID, { description: "One of the viewer's operator's needs." }) needId: string,
    @Arg("first", () => Int, { nullable: true, description: "How many (1–50, default 20)." }) first: number | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    return suggestions.suggestTalentForNeed(ctx, await ctx.db.manager(), operatorId, needId, first);
  }

  @Query(() => [NeedSuggestion], {
    description:
      "Open needs of other regions one of the viewer's own people fits (the person's consent must cover the need's operator and " +
      "purpose), ranked with reasons, for the owning coordinator to propose.",
  })
  async needsForTalent(
    @Arg("talentId", () => ID, { description: "A person of the viewer's own pool." }) talentId: string,
    @Arg("first", () => Int, { nullable: true, description: "How many (1–50, default 20)." }) first: number | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    return suggestions.suggestNeedsForTalent(await ctx.db.manager(), operatorId, talentId, first);
  }

  @FieldResolver(() => MatchingConnection, { nullable: true, description: "The need's matchings, for its owner; null for other regions." })
  async matchings(@Root() need: Need, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TalentContext) {
    if (!ownsPool(ctx.viewer, need.ownerOperatorId)) return null;
    return matchings.listMatchings(await ctx.db.manager(), need.ownerOperatorId, { status: null, side: MatchingSide.NEED, needId: need.id }, pageWindow(page));
  }
}

@Resolver(() => Matching)
export class MatchingResolver {
  @Mutation(() => Matching, {
    description:
      "Proposes a matching. The need's coordinator passes `cardId` (a card shared with it for the need's purpose); the person's " +
      "coordinator passes `talentId` (its own person, whose consent covers the need's operator). A second live matching of the same " +
      "need and person is CONFLICT.",
  })
  async proposeMatching(
    @Arg("needId", () => ID, { description: "The need (OPEN)." }) needId: string,
    @Arg("cardId", () => ID, { nullable: true, description: "A card (need side)." }) cardId: string | null,
    @Arg("talentId", () => ID, { nullable: true, description: "An own person (person side)." }) talentId: string | null,
    @Arg("message", () => String, { nullable: true, description: "A message to the other side (up to 2000 characters)." }) message: string | null,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    const em = await ctx.db.manager();
    const args = { needId, cardId, talentId, message };
    return withIdempotency(ctx, em, idempotencyKey, "proposeMatching", args, () => matchings.proposeMatching(ctx, em, operatorId, args), reviveMatching);
  }

  @Mutation(() => Matching, {
    description:
      "Moves a matching one step: PROPOSED → INTRODUCED (only when an introduction of this person, asked by the need's operator, was " +
      "ACCEPTED; `introductionId` picks one, else the latest) → INTERVIEWING. Skipping a step is BAD_USER_INPUT; a closed matching is CONFLICT.",
  })
  async advanceMatching(
    @Arg("id", () => ID, { description: "The matching id." }) id: string,
    @Arg("to", () => MatchingStatus, { description: "INTRODUCED or INTERVIEWING: the next state." }) to: MatchingStatus,
    @Arg("introductionId", () => ID, { nullable: true, description: "The accepted introduction (INTRODUCED only)." }) introductionId: string | null,
    @Arg("note", () => String, { nullable: true, description: "A note for the audit trail (up to 1000 characters)." }) note: string | null,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    const em = await ctx.db.manager();
    return withIdempotency(ctx, em, idempotencyKey, "advanceMatching", { id, to, introductionId, note }, () =>
      matchings.advanceMatching(ctx, em, operatorId, id, to, introductionId, note), reviveMatching);
  }

  @Mutation(() => Matching, {
    description: "Concludes (成立) an INTERVIEWING matching and records its placement. A second conclusion is CONFLICT; nothing is written.",
  })
  async concludeMatching(
    @Arg("id", () => ID, { description: "The matching id." }) id: string,
    @Arg("placement", () => PlacementInput, { description: "The placement." }) placement: PlacementInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    const em = await ctx.db.manager();
    return withIdempotency(ctx, em, idempotencyKey, "concludeMatching", { id, placement }, () => matchings.concludeMatching(ctx, em, operatorId, id, placement), reviveMatching);
  }

  @Mutation(() => Matching, { description: "Closes an open matching as not concluded (不成立) with a reason. A closed matching is CONFLICT." })
  async closeMatchingNotConcluded(
    @Arg("id", () => ID, { description: "The matching id." }) id: string,
    @Arg("input", () => NotConcludedInput, { description: "The reason." }) input: NotConcludedInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    const em = await ctx.db.manager();
    return withIdempotency(ctx, em, idempotencyKey, "closeMatchingNotConcluded", { id, input }, () =>
      matchings.closeMatchingNotConcluded(ctx, em, operatorId, id, input), reviveMatching);
  }

  @Query(() => MatchingConnection, { description: "The viewer's operator's matchings (either side unless `side`), most recently changed first." })
  async matchings(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("status", () => MatchingStatus, { nullable: true, description: "Only this state." }) status: MatchingStatus | null,
    @Arg("side", () => MatchingSide, { nullable: true, description: "Only as the need's side or the person's side." }) side: MatchingSide | null,
    @Arg("needId", () => ID, { nullable: true, description: "Only matchings of this need." }) needId: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    return matchings.listMatchings(await ctx.db.manager(), operatorId, { status, side, needId }, pageWindow(page));
  }

  @Query(() => [MatchingBoardColumn], { description: "The matchings board: one column per state (提案 → 成立/不成立) with counts and the latest items." })
  async matchingBoard(
    @Arg("side", () => MatchingSide, { nullable: true, description: "Only one side." }) side: MatchingSide | null,
    @Arg("perColumn", () => Int, { defaultValue: 20, description: "Items per column (1–50)." }) perColumn: number,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandCoordinator(ctx.viewer));
    return matchings.matchingBoard(await ctx.db.manager(), operatorId, side, perColumn);
  }

  @Query(() => Matching, { nullable: true, description: "One matching the viewer's operator is party to; null otherwise." })
  async matching(@Arg("id", () => ID, { description: "The matching id." }) id: string, @Ctx() ctx: TalentContext) {
    decided(demandCoordinator(ctx.viewer));
    return matchings.findMatching(await ctx.db.manager(), id);
  }

  @FieldResolver(() => Need, { nullable: true, description: "The need (redacted for the person's side as its owner shares it)." })
  need(@Root() m: Matching, @Ctx() ctx: TalentContext) {
    return ctx.loaders.needById.load(m.needId);
  }

  @FieldResolver(() => RegionalCompanyStub, { nullable: true, description: "The company, for the need's side (and the person's side when the need discloses it)." })
  async company(@Root() m: Matching, @Ctx() ctx: TalentContext) {
    if (ownsPool(ctx.viewer, m.needOperatorId)) return companyStub(m.companyId);
    const need = await ctx.loaders.needById.load(m.needId);
    return need?.company ?? null;
  }

  @FieldResolver(() => TalentCard, { nullable: true, description: "The person's card as shared with the need's side now; null once the consent no longer covers it, and for the person's side." })
  card(@Root() m: Matching, @Ctx() ctx: TalentContext) {
    return ownsPool(ctx.viewer, m.needOperatorId) ? ctx.loaders.sharedCardByCardId.load(m.cardId) : null;
  }

  @FieldResolver(() => TalentProfile, { nullable: true, description: "The person's full profile, for the operator that registered them; null for the need's side." })
  talent(@Root() m: Matching, @Ctx() ctx: TalentContext) {
    return ownsPool(ctx.viewer, m.talentOperatorId) ? loadOwnProfile(ctx, m.talentId) : null;
  }

  @FieldResolver(() => Introduction, { nullable: true, description: "The accepted introduction the matching went through (contact details follow its rules)." })
  async introduction(@Root() m: Matching, @Ctx() ctx: TalentContext) {
    return m.introductionId ? findIntroduction(await ctx.db.manager(), m.introductionId) : null;
  }

  @FieldResolver(() => [MatchingEvent], { description: "Every step, oldest first (the audit trail of the matching)." })
  events(@Root() m: Matching, @Ctx() ctx: TalentContext) {
    return ctx.loaders.eventsByMatchingId.load(m.id);
  }

  @FieldResolver(() => Placement, { nullable: true, description: "The placement recorded when it concluded." })
  placement(@Root() m: Matching, @Ctx() ctx: TalentContext) {
    return ctx.loaders.placementByMatchingId.load(m.id);
  }
}

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => PlacementConnection, { description: "Placements of the viewer's operator (either side), or all for the national administrator, newest first." })
  async placements(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("fiscalYear", () => Int, { nullable: true, description: "Only this fiscal year (年度)." }) fiscalYear: number | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(demandOutcomeReader(ctx.viewer, null));
    if (fiscalYear != null) outcomes.checkOutcomeFiscalYear(fiscalYear);
    return matchings.listPlacements(await ctx.db.manager(), { operatorId, isAdmin: isNationalAdmin(ctx.viewer) }, fiscalYear, pageWindow(page));
  }
}

@Resolver(() => DemandOutcomeReport)
export class DemandOutcomeResolver {
  @Query(() => DemandOutcomeReport, {
    description:
      "Outcomes computed from placements and matchings for one operator and fiscal year: 実人数, 社, 件 and 延べ, each with basis and period. " +
      "A coordinator sees its own operator (omit `operatorId`); the national administrator any.",
  })
  async demandOutcomes(
    @Arg("fiscalYear", () => Int, { description: "The fiscal year (年度)." }) fiscalYear: number,
    @Arg("operatorId", () => ID, { nullable: true, description: "The operator (administrator; a coordinator may only name its own)." }) operatorId: string | null,
    @Ctx() ctx: TalentContext,
  ) {
    const target = decided(demandOutcomeReader(ctx.viewer, operatorId));
    if (target == null) throw needs.ruleInput("OPERATOR_REQUIRED", "operatorId を指定してください。");
    return outcomes.operatorOutcomes(await ctx.db.manager(), target, fiscalYear);
  }

  @Query(() => [DemandOutcomeReport], { description: "Computed outcomes of every operator with any in the fiscal year (national administrator)." })
  async demandOutcomesByOperator(@Arg("fiscalYear", () => Int, { description: "The fiscal year." }) fiscalYear: number, @Ctx() ctx: TalentContext) {
    decided(demandOutcomeOverviewReader(ctx.viewer));
    return outcomes.outcomesByOperator(await ctx.db.manager(), fiscalYear);
  }

  @Query(() => [DemandBlockOutcome], { description: "Computed outcomes by regional block (national administrator)." })
  async demandOutcomesByBlock(@Arg("fiscalYear", () => Int, { description: "The fiscal year." }) fiscalYear: number, @Ctx() ctx: TalentContext) {
    decided(demandOutcomeOverviewReader(ctx.viewer));
    return outcomes.outcomesByBlock(await ctx.db.manager(), fiscalYear);
  }

  @Query(() => DemandOutcomeTotal, {
    description:
      "Adds computed figures over operators and fiscal years — only figures of one counting basis: 延べ (interviews) never adds to 実人数 " +
      "(people), 件 or 社 (BAD_USER_INPUT, rule COUNTING_BASIS_MIX). 実人数 and 社 are distinct over everything added.",
  })
  async demandOutcomeTotal(
    @Arg("fiscalYears", () => [Int], { description: "Fiscal years (1–20)." }) fiscalYears: number[],
    @Arg("metrics", () => [String], { description: "people, companies, matchings or interviews (all of one basis)." }) metrics: string[],
    @Arg("operatorIds", () => [ID], { nullable: true, description: "Operators (administrator); a coordinator's own by default." }) operatorIds: string[] | null,
    @Ctx() ctx: TalentContext,
  ) {
    const ids = operatorIds ?? [];
    const own = decided(demandOutcomeReader(ctx.viewer, ids.length === 1 ? ids[0]! : null));
    if (!isNationalAdmin(ctx.viewer)) {
      if (ids.some((id) => id !== own)) decided(demandOutcomeReader(ctx.viewer, ids.find((id) => id !== own)!));
      return outcomes.outcomeTotal(await ctx.db.manager(), [own!], fiscalYears, metrics);
    }
    if (ids.length < 1 || ids.length > 100) throw needs.ruleInput("OPERATORS_COUNT", "operatorIds は1〜100個を指定してください。");
    return outcomes.outcomeTotal(await ctx.db.manager(), ids, fiscalYears, metrics);
  }
}

@Resolver(() => OperatorStub)
export class OperatorDemandResolver {
  @FieldResolver(() => DemandOutcomeReport, {
    nullable: true,
    description:
      "Outcomes computed from the hub's placements for this operator and fiscal year (its coordinators and the national administrator; " +
      "null for others). Shown beside `programs { outcomes }` (the documents' reported figures), never added to them.",
  })
  async demandOutcomes(
    @Root() operator: OperatorStub,
    @Arg("fiscalYear", () => Int, { description: "The fiscal year (年度)." }) fiscalYear: number,
    @Ctx() ctx: TalentContext,
  ) {
    const decision = demandOutcomeReader(ctx.viewer, operator.id);
    if (!decision.allowed) return null;
    return outcomes.operatorOutcomes(await ctx.db.manager(), operator.id, fiscalYear);
  }
}

export const demandResolvers = [NeedResolver, MatchingResolver, PlacementResolver, DemandOutcomeResolver, OperatorDemandResolver] as const;
