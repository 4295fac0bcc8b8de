import { REGIONAL_BLOCKS } from "@jinjibu/domain";
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

/** Groups listed operators (already in id order) into the directory's fixed block structure. */
export function buildDirectory(operators: Operator[]): NationalDirectory {
  const byBlock = new Map<domain.RegionalBlock | null, Operator[]>();
  for (const op of operators) {
    const block = effectiveBlock(op.regionalBlock, op.prefectureCode);
    byBlock.set(block, [...(byBlock.get(block) ?? []), op]);
  }
  const blocks: DirectoryBlock[] = REGIONAL_BLOCKS.map((b) => {
    const members = byBlock.get(b.code) ?? [];
    return { block: b.code, nameJa: b.nameJa, operatorCount: members.length, prefectures: groupByPrefecture(members) };
  });
  const unassigned = byBlock.get(null) ?? [];
  blocks.push({ block: null, nameJa: UNKNOWN_BLOCK_JA, operatorCount: unassigned.length, prefectures: groupByPrefecture(unassigned) });
  return { totalOperators: operators.length, blocks };
}

export interface DirectoryFilter {
  search: string | null;
  prefectureCode: string | null;
  municipalityId: string | null;
}

/**
 * The national directory: operators whose logo licence is active (ADOPTED or LOGO_APPROVED), filtered, grouped by
 * block and prefecture. Public by its purpose: only public operator fields are exposed.
 */
export async function nationalDirectory(ctx: OrganizationsContext, filter: DirectoryFilter): Promise<NationalDirectory> {
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
  const operators = await qb.getMany();
  for (const op of operators) ctx.loaders.operatorById.prime(op.id, op);
  return buildDirectory(operators);
}
