import { queryBuilderConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { OrganizationsContext } from "../context";
import { PartnerOrganization } from "../entities";
import { searchNeedle } from "./search";

/** Partner organisations in id order, filtered by name. Public: they are named in the published case books. */
export async function listPartners(
  ctx: OrganizationsContext,
  page: ConnectionArgs,
  search: string | null,
): Promise<ConnectionShape<PartnerOrganization>> {
  const needle = searchNeedle(search);
  const em = await ctx.db.manager();
  const qb = em.getRepository(PartnerOrganization).createQueryBuilder("p").orderBy("p.id");
  if (needle) qb.andWhere("strpos(p.search_text, :needle) > 0", { needle });
  const connection = await queryBuilderConnection(qb, page);
  for (const { node } of connection.edges) ctx.loaders.partnerById.prime(node.id, node);
  return connection;
}
