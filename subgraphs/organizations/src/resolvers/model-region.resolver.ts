import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs } from "@jinjibu/federation";
import { leadershipModelLabels } from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { Agreement, ModelRegion, Municipality, Operator, PartnerOrganization, Partnership } from "../entities";
import { listAgreements, listModelRegions, partnershipsOf } from "../services/model-region.service";
import { partyLabel } from "../services/party.service";
import { PartyReference, idsInText, partyReference } from "../types/party";

export const AgreementConnection = Connection(Agreement, "Agreement", "agreement");

// Model regions, their partners' roles and agreements are published case-book content: public.
@Resolver(() => ModelRegion)
export class ModelRegionResolver {
  @Query(() => ModelRegion, { nullable: true, description: "One Kanto model region by id (e.g. `kr-shiojiri`); null when there is none." })
  modelRegion(@Arg("id", () => ID, { description: "The model region's id." }) id: string, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.modelRegionById.load(id);
  }

  @Query(() => [ModelRegion], { description: "The 8 Kanto model regions, in id order (a closed pilot: the list does not grow)." })
  modelRegions(@Ctx() ctx: OrganizationsContext): Promise<ModelRegion[]> {
    return listModelRegions(ctx);
  }

  @FieldResolver(() => String, { description: "Japanese label of the leadership model (e.g. 民間企業主導型)." })
  leadershipModelLabelJa(@Root() r: ModelRegion): string {
    return leadershipModelLabels[r.leadershipModel];
  }

  @FieldResolver(() => Municipality, { description: "The model region's municipality." })
  async municipality(@Root() r: ModelRegion, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.municipalityById.load(r.municipalityId);
  }

  @FieldResolver(() => Operator, { description: "The lead organisation (主導組織 / 地域事務局) during the FY2022–FY2024 pilot." })
  leadOperator(@Root() r: ModelRegion, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.operatorById.load(r.leadOperatorId);
  }

  @FieldResolver(() => Operator, { nullable: true, description: "The organisation that takes over the lead from FY2025, when one does." })
  successorLeadOperator(@Root() r: ModelRegion, @Ctx() ctx: OrganizationsContext) {
    return r.successorLeadOperatorId ? ctx.loaders.operatorById.load(r.successorLeadOperatorId) : null;
  }

  @FieldResolver(() => PartnerOrganization, { nullable: true, description: "A sibling body that co-leads (燕: 公益社団法人つばめいと)." })
  coLeadPartner(@Root() r: ModelRegion, @Ctx() ctx: OrganizationsContext) {
    return r.coLeadPartnerId ? ctx.loaders.partnerById.load(r.coLeadPartnerId) : null;
  }

  @FieldResolver(() => [Partnership], {
    description: "Partners with their verbatim role statements (体制図と役割): S0's table first, then S2's where it exists.",
  })
  async partnerships(
    @Root() r: ModelRegion,
    @Arg("source", () => String, { nullable: true, description: "Only roles from this source: S0 or S2." }) source: string | null,
    @Ctx() ctx: OrganizationsContext,
  ): Promise<Partnership[]> {
    return partnershipsOf(ctx, r.id, source);
  }

  @FieldResolver(() => [Agreement], { description: "Agreements (連携協定) signed in this region." })
  async agreements(@Root() r: ModelRegion, @Ctx() ctx: OrganizationsContext): Promise<Agreement[]> {
    const rows = await ctx.loaders.agreementById.loadMany(r.agreementIds);
    return rows.filter((row): row is Agreement => row != null && !(row instanceof Error));
  }
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => [PartyReference], { description: "The operators, organisations and municipalities the row names by record." })
  parties(@Root() p: Partnership): PartyReference[] {
    return idsInText(p.partyText).flatMap((id) => partyReference(id) ?? []);
  }

  @FieldResolver(() => String, {
    description: "Who holds the role, as the table prints it, with record ids replaced by names (e.g. 金融機関 (八十二銀行, 長野銀行, …)).",
  })
  partyLabelJa(@Root() p: Partnership, @Ctx() ctx: OrganizationsContext): Promise<string> {
    return partyLabel(p.partyText, ctx);
  }
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: "One agreement by id; null when there is none." })
  agreement(@Arg("id", () => ID, { description: "The agreement's id (e.g. `agr-shiojiri-2024`)." }) id: string, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.agreementById.load(id);
  }

  @Query(() => AgreementConnection, { description: "Agreements (連携協定) in id order." })
  agreements(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: OrganizationsContext) {
    return listAgreements(ctx, page);
  }

  @FieldResolver(() => [PartyReference], { description: "Signatories in the order the documents list them." })
  async parties(@Root() a: Agreement, @Ctx() ctx: OrganizationsContext): Promise<PartyReference[]> {
    const rows = await ctx.loaders.partiesByAgreement.load(a.id);
    return rows.flatMap((row) => partyReference(row.partyId) ?? []);
  }

  @FieldResolver(() => Int, { description: "How many signatories the agreement has." })
  async partyCount(@Root() a: Agreement, @Ctx() ctx: OrganizationsContext): Promise<number> {
    return (await ctx.loaders.partiesByAgreement.load(a.id)).length;
  }
}
