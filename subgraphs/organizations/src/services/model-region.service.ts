import { badUserInput, queryBuilderConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { OrganizationsContext } from "../context";
import { Agreement, ModelRegion, type Partnership } from "../entities";

const SOURCES = ["S0", "S2"];

/** The 8 Kanto model regions in id order (a closed pilot). Public case-book content. */
export async function listModelRegions(ctx: OrganizationsContext): Promise<ModelRegion[]> {
  const em = await ctx.db.manager();
  const rows = await em.getRepository(ModelRegion).find({ order: { id: "ASC" } });
  for (const row of rows) ctx.loaders.modelRegionById.prime(row.id, row);
  return rows;
}

/** A region's partnerships, optionally only those of one source (S0 or S2). */
export async function partnershipsOf(ctx: OrganizationsContext, regionId: string, source: string | null): Promise<Partnership[]> {
  if (source != null && !SOURCES.includes(source)) throw badUserInput('`source` must be "S0" or "S2".', '`source` には "S0" か "S2" を指定してください。');
  const rows = await ctx.loaders.partnershipsByRegion.load(regionId);
  return source == null ? rows : rows.filter((row) => row.source === source);
}

/** Agreements (連携協定) in id order. Public. */
export async function listAgreements(ctx: OrganizationsContext, page: ConnectionArgs): Promise<ConnectionShape<Agreement>> {
  const em = await ctx.db.manager();
  const qb = em.getRepository(Agreement).createQueryBuilder("a").orderBy("a.id");
  const connection = await queryBuilderConnection(qb, page);
  for (const { node } of connection.edges) ctx.loaders.agreementById.prime(node.id, node);
  return connection;
}
