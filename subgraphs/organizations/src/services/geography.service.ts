import { queryBuilderConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { OrganizationsContext } from "../context";
import { Municipality } from "../entities";
import { requirePrefectureCode } from "../types/geography";
import { searchNeedle } from "./search";

export interface MunicipalityFilter {
  search: string | null;
  prefectureCode: string | null;
}

/** Municipalities and named areas in id order, filtered by name and prefecture. Public reference data. */
export async function listMunicipalities(
  ctx: OrganizationsContext,
  page: ConnectionArgs,
  filter: MunicipalityFilter,
): Promise<ConnectionShape<Municipality>> {
  const needle = searchNeedle(filter.search);
  const prefecture = filter.prefectureCode == null ? null : requirePrefectureCode(filter.prefectureCode);
  const em = await ctx.db.manager();
  const qb = em.getRepository(Municipality).createQueryBuilder("m").orderBy("m.id");
  if (needle) qb.andWhere("strpos(m.search_text, :needle) > 0", { needle });
  if (prefecture) qb.andWhere("m.prefecture_code = :code", { code: prefecture.code });
  const connection = await queryBuilderConnection(qb, page);
  for (const { node } of connection.edges) ctx.loaders.municipalityById.prime(node.id, node);
  return connection;
}
