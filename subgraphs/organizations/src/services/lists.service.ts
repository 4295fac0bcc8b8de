import type { ConnectionArgs, ConnectionShape } from "@jinjibu/federation";
import type { OrganizationsContext } from "../context";
import { Municipality, Operator, PartnerOrganization } from "../entities";
import { searchableConnection, type SearchFilter } from "./search";

// The public lists of organizations: all in id order, searchable by any spelling of a name.

/** All 地域の人事部 operators, filtered by name and prefecture. */
export const listOperators = (ctx: OrganizationsContext, page: ConnectionArgs, filter: SearchFilter): Promise<ConnectionShape<Operator>> =>
  searchableConnection(ctx, Operator, page, filter, ctx.loaders.operatorById);

/** Municipalities and named areas, filtered by name and prefecture. */
export const listMunicipalities = (ctx: OrganizationsContext, page: ConnectionArgs, filter: SearchFilter): Promise<ConnectionShape<Municipality>> =>
  searchableConnection(ctx, Municipality, page, filter, ctx.loaders.municipalityById);

/** Partner organisations (named in the published case books), filtered by name. */
export const listPartners = (ctx: OrganizationsContext, page: ConnectionArgs, search: string | null): Promise<ConnectionShape<PartnerOrganization>> =>
  searchableConnection(ctx, PartnerOrganization, page, { search }, ctx.loaders.partnerById);
