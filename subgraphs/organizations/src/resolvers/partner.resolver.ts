import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, InstitutionKind } from "@jinjibu/federation";
import type * as domain from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { PartnerOrganization } from "../entities";
import { Prefecture, prefectureOf } from "../types/geography";
import { institutionKindLabel, isInstitutionKind } from "../services/institution-kind";
import { listPartners } from "../services/lists.service";

export const PartnerOrganizationConnection = Connection(PartnerOrganization, "PartnerOrganization", "partner organisation");

// Partner organisations are public: they are named in the published case books.
@Resolver(() => PartnerOrganization)
export class PartnerOrganizationResolver {
  @Query(() => PartnerOrganization, { nullable: true, description: "One partner organisation by id; null when there is none." })
  partnerOrganization(@Arg("id", () => ID, { description: "Its id (e.g. `org-shiojiri-cci`)." }) id: string, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.partnerById.load(id);
  }

  @Query(() => PartnerOrganizationConnection, { description: "Partner organisations in id order, optionally filtered by name." })
  async partnerOrganizations(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("search", () => String, { nullable: true, description: "Part of the name or of a spelling variant." }) search: string | null,
    @Ctx() ctx: OrganizationsContext,
  ) {
    return listPartners(ctx, page, search);
  }

  @FieldResolver(() => InstitutionKind, {
    name: "institutionKind",
    nullable: true,
    description: "Kind of institution; null when the documents' kind lies outside the shared vocabulary (see institutionKindLabelJa).",
  })
  kind(@Root() p: PartnerOrganization): domain.InstitutionKind | null {
    return isInstitutionKind(p.institutionKind) ? p.institutionKind : null;
  }

  @FieldResolver(() => String, { description: "Japanese label of the institution kind (e.g. 商工会議所, 事業者の関連法人)." })
  institutionKindLabelJa(@Root() p: PartnerOrganization): string {
    return institutionKindLabel(p.institutionKind);
  }

  @FieldResolver(() => Prefecture, { nullable: true, description: "The prefecture; null when not stated (e.g. national bodies)." })
  prefecture(@Root() p: PartnerOrganization): Prefecture | null {
    return prefectureOf(p.prefectureCode);
  }
}
