import type DataLoader from "dataloader";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { normalizeForSearch } from "@jinjibu/domain";
import { badUserInput, queryBuilderConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { OrganizationsContext } from "../context";
import { requirePrefectureCode } from "../types/geography";

/** Validates a free-text `search` argument and normalises it the way search_text was built. */
export function searchNeedle(search: string | null | undefined): string | null {
  if (search == null) return null;
  const needle = normalizeForSearch(search);
  if (needle.length === 0 || needle.length > 100) throw badUserInput("`search` must be 1 to 100 characters (spaces are ignored).", "検索語は1〜100文字で指定してください (空白は数えません)。");
  return needle;
}

export interface SearchFilter {
  /** Part of a name or of any spelling variant (NFKC-normalised, spaces ignored). */
  search: string | null;
  /** Only rows in this prefecture (JIS code); for tables with a `prefecture_code`. */
  prefectureCode?: string | null;
}

/**
 * A page of a searchable public table (operators, municipalities, partner organisations) in id order, filtered by any
 * spelling of a name (`search_text`) and by prefecture. The rows prime the by-id loader, so nested fields reuse them.
 */
export async function searchableConnection<T extends ObjectLiteral & { id: string }>(
  ctx: OrganizationsContext,
  entity: EntityTarget<T>,
  page: ConnectionArgs,
  filter: SearchFilter,
  byId: DataLoader<string, T | null>,
): Promise<ConnectionShape<T>> {
  const needle = searchNeedle(filter.search);
  const prefecture = filter.prefectureCode == null ? null : requirePrefectureCode(filter.prefectureCode);
  const em = await ctx.db.manager();
  const qb = em.getRepository(entity).createQueryBuilder("t").orderBy("t.id");
  if (needle) qb.andWhere("strpos(t.search_text, :needle) > 0", { needle });
  if (prefecture) qb.andWhere("t.prefecture_code = :code", { code: prefecture.code });
  const connection = await queryBuilderConnection(qb, page);
  for (const { node } of connection.edges) byId.prime(node.id, node);
  return connection;
}
