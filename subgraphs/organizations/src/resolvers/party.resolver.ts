import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { OrganizationsContext } from "../context";
import { Municipality, Operator, PartnerOrganization } from "../entities";
import { loadParty } from "../services/party.service";
import { PartyKind, PartyReference } from "../types/party";

// Parties are public: agreements and their signatories are published.
@Resolver(() => PartyReference)
export class PartyReferenceResolver {
  @FieldResolver(() => String, { nullable: true, description: "Japanese name of the party; null if the record is missing." })
  async nameJa(@Root() ref: PartyReference, @Ctx() ctx: OrganizationsContext): Promise<string | null> {
    return (await loadParty(ref, ctx))?.nameJa ?? null;
  }

  @FieldResolver(() => Operator, { nullable: true, description: "The operator, when the party is one." })
  operator(@Root() ref: PartyReference, @Ctx() ctx: OrganizationsContext) {
    return ref.kind === PartyKind.OPERATOR ? ctx.loaders.operatorById.load(ref.id) : null;
  }

  @FieldResolver(() => PartnerOrganization, { nullable: true, description: "The partner organisation, when the party is one." })
  partnerOrganization(@Root() ref: PartyReference, @Ctx() ctx: OrganizationsContext) {
    return ref.kind === PartyKind.PARTNER_ORGANIZATION ? ctx.loaders.partnerById.load(ref.id) : null;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "The municipality, when the party is one." })
  municipality(@Root() ref: PartyReference, @Ctx() ctx: OrganizationsContext) {
    return ref.kind === PartyKind.MUNICIPALITY ? ctx.loaders.municipalityById.load(ref.id) : null;
  }
}
