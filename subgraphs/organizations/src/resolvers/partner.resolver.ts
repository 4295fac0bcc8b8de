import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, InstitutionKind, pageWindow, toConnection } from "@jinjibu/federation";
import { institutionKindLabels } from "@jinjibu/domain";
import type * as domain from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { PartnerOrganization } from "../entities";
import { Prefecture, prefectureOf } from "../types/geography";
import { searchNeedle } from "./operator.resolver";

export const PartnerOrganizationConnection = Connection(PartnerOrganization, "PartnerOrganization", "partner organisation");

// Kinds the facts use that the shared vocabulary lacks; labelled here rather than forced into a wrong shared value.
const EXTRA_KIND_LABELS: Readonly<Record<string, string>> = { OPERATOR_AFFILIATE: "事業者の関連法人" };

const isInstitutionKind = (value: string): value is domain.InstitutionKind =>
  Object.prototype.hasOwnProperty.call(institutionKindLabels, value);

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
    const window = pageWindow(page);
    const needle = searchNeedle(search);
    const em = await ctx.db.manager();
    const qb = em.getRepository(PartnerOrganization).createQueryBuilder("p").orderBy("p.id");
    if (needle) qb.andWhere("strpos(p.search_text, :needle) > 0", { needle });
    const [rows, total] = await qb.skip(window.offset).take(window.limit).getManyAndCount();
    for (const row of rows) ctx.loaders.partnerById.prime(row.id, row);
    return toConnection(rows, total, window);
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
    return isInstitutionKind(p.institutionKind)
      ? institutionKindLabels[p.institutionKind]
      : EXTRA_KIND_LABELS[p.institutionKind] ?? p.institutionKind;
  }

  @FieldResolver(() => Prefecture, { nullable: true, description: "The prefecture; null when not stated (e.g. national bodies)." })
  prefecture(@Root() p: PartnerOrganization): Prefecture | null {
    return prefectureOf(p.prefectureCode);
  }
}
