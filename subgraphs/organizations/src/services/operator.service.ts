import { queryBuilderConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { OrganizationsContext } from "../context";
import { Operator } from "../entities";
import { requirePrefectureCode } from "../types/geography";
import { searchNeedle } from "./search";

export interface OperatorFilter {
  search: string | null;
  prefectureCode: string | null;
}

/** All operators in id order, filtered by any spelling of a name and by prefecture. Public directory data. */
export async function listOperators(ctx: OrganizationsContext, page: ConnectionArgs, filter: OperatorFilter): Promise<ConnectionShape<Operator>> {
  const needle = searchNeedle(filter.search);
  const prefecture = filter.prefectureCode == null ? null : requirePrefectureCode(filter.prefectureCode);
  const em = await ctx.db.manager();
  const qb = em.getRepository(Operator).createQueryBuilder("o").orderBy("o.id");
  if (needle) qb.andWhere("strpos(o.search_text, :needle) > 0", { needle });
  if (prefecture) qb.andWhere("o.prefecture_code = :code", { code: prefecture.code });
  const connection = await queryBuilderConnection(qb, page);
  for (const { node } of connection.edges) ctx.loaders.operatorById.prime(node.id, node);
  return connection;
}
