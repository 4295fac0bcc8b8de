import { REGIONAL_BLOCKS } from "@jinjibu/domain";
import { pageWindow, toConnection, type PageWindow } from "@jinjibu/federation";
import type * as domain from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { ACTIVE_LICENSE_STATUSES, Operator } from "../entities";
import { UNKNOWN_BLOCK_JA, UNKNOWN_PREFECTURE_JA, type DirectoryBlock, type DirectoryPrefecture, type NationalDirectory } from "../types/directory";
import { effectiveBlock, prefectureOf, requirePrefectureCode } from "../types/geography";
import { searchNeedle } from "./search";

function groupByPrefecture(operators: Operator[]): DirectoryPrefecture[] {
  const known = new Map<string, Operator[]>();
  const unknown: Operator[] = [];
  for (const op of operators) {
    if (op.prefectureCode) known.set(op.prefectureCode, [...(known.get(op.prefectureCode) ?? []), op]);
    else unknown.push(op);
  }
  const groups: DirectoryPrefecture[] = [...known.keys()].sort().map((code) => {
    const prefecture = prefectureOf(code)!;
    return { prefecture, nameJa: prefecture.nameJa, operators: known.get(code)! };
  });
  if (unknown.length) groups.push({ prefecture: null, nameJa: UNKNOWN_PREFECTURE_JA, operators: unknown });
  return groups;
}

/** The largest directory page, and the default: the whole seeded directory (89 operators) fits in one. */
export const DIRECTORY_PAGE_SIZE = 100;

/**
 * Groups listed operators (already in id order) into the directory's fixed block structure, then keeps the page
 * `window` of them in that reading order (block, prefecture, id). Counts are the whole directory's; without a window
 * every operator is on the page.
 */
export function buildDirectory(operators: Operator[], window?: PageWindow): NationalDirectory {
  const byBlock = new Map<domain.RegionalBlock | null, Operator[]>();
  for (const op of operators) {
    const block = effectiveBlock(op.regionalBlock, op.prefectureCode);
    byBlock.set(block, [...(byBlock.get(block) ?? []), op]);
  }
  const groups: { block: domain.RegionalBlock | null; nameJa: string; members: Operator[] }[] = [
    ...REGIONAL_BLOCKS.map((b) => ({ block: b.code, nameJa: b.nameJa, members: byBlock.get(b.code) ?? [] })),
    { block: null, nameJa: UNKNOWN_BLOCK_JA, members: byBlock.get(null) ?? [] },
  ];
  const ordered = groups.flatMap((g) => groupByPrefecture(g.members).flatMap((p) => p.operators));
  const page = window ?? { offset: 0, limit: Math.max(1, ordered.length) };
  const onPage = new Set(ordered.slice(page.offset, page.offset + page.limit));
  const blocks: DirectoryBlock[] = groups.map((g) => ({
    block: g.block,
    nameJa: g.nameJa,
    operatorCount: g.members.length,
    prefectures: groupByPrefecture(g.members.filter((op) => onPage.has(op))),
  }));
  return { totalOperators: operators.length, blocks, pageInfo: toConnection([...onPage], operators.length, page).pageInfo };
}

export interface DirectoryFilter {
  search: string | null;
  prefectureCode: string | null;
  municipalityId: string | null;
  /** Operators per page: 1 to DIRECTORY_PAGE_SIZE (default DIRECTORY_PAGE_SIZE). */
  first?: number | null;
  /** An `endCursor` of a previous page. */
  after?: string | null;
}

/**
 * The national directory: operators whose logo licence is active (ADOPTED or LOGO_APPROVED), filtered, grouped by
 * block and prefecture. Public by its purpose: only public operator fields are exposed.
 */
export async function nationalDirectory(ctx: OrganizationsContext, filter: DirectoryFilter): Promise<NationalDirectory> {
  // Bad paging input is refused before any SQL, naming the range (BAD_USER_INPUT with messageJa).
  const window = pageWindow({ first: filter.first ?? DIRECTORY_PAGE_SIZE, after: filter.after ?? null });
  const needle = searchNeedle(filter.search);
  const prefecture = filter.prefectureCode == null ? null : requirePrefectureCode(filter.prefectureCode);
  const em = await ctx.db.manager();
  const qb = em
    .getRepository(Operator)
    .createQueryBuilder("o")
    .innerJoin("logo_license", "l", "l.operator_id = o.id")
    .where("l.status IN (:...active)", { active: [...ACTIVE_LICENSE_STATUSES] })
    .orderBy("o.id");
  if (needle) qb.andWhere("strpos(o.search_text, :needle) > 0", { needle });
  if (prefecture) qb.andWhere("o.prefecture_code = :code", { code: prefecture.code });
  if (filter.municipalityId != null) {
    qb.andWhere(
      "EXISTS (SELECT 1 FROM operator_municipality om WHERE om.operator_id = o.id AND om.municipality_id = :municipalityId)",
      { municipalityId: filter.municipalityId },
    );
  }
  // One statement for the whole listed set (a few hundred rows at most): the counts and the reading order need all of
  // it, and the page bounds what is costly — the answer's size and the other subgraphs' entity fetches.
  const operators = await qb.getMany();
  for (const op of operators) ctx.loaders.operatorById.prime(op.id, op);
  return buildDirectory(operators, window);
}
