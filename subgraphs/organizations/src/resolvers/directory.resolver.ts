import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { RegionalBlock } from "@jinjibu/federation";
import { REGIONAL_BLOCKS } from "@jinjibu/domain";
import type * as domain from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { ACTIVE_LICENSE_STATUSES, Operator } from "../entities";
import { Prefecture, effectiveBlock, prefectureOf, requirePrefectureCode } from "../types/geography";
import { searchNeedle } from "./operator.resolver";

export const UNKNOWN_PREFECTURE_JA = "都道府県未登録";
export const UNKNOWN_BLOCK_JA = "地域ブロック未登録";

@ObjectType({ description: "Operators of one prefecture in the national directory (or those whose prefecture is unknown)." })
export class DirectoryPrefecture {
  @Field(() => Prefecture, { nullable: true, description: "The prefecture; null for the 「都道府県未登録」 group." })
  prefecture!: Prefecture | null;

  @Field(() => String, { description: "Heading: the prefecture's name, or 都道府県未登録." })
  nameJa!: string;

  @Field(() => [Operator], { description: "Listed operators, in id order." })
  operators!: Operator[];
}

@ObjectType({ description: "One regional block of the national directory, with its prefectures." })
export class DirectoryBlock {
  @Field(() => RegionalBlock, { nullable: true, description: "The block; null for the 「地域ブロック未登録」 group." })
  block!: domain.RegionalBlock | null;

  @Field(() => String, { description: "Heading: the block's name (e.g. 関東), or 地域ブロック未登録." })
  nameJa!: string;

  @Field(() => Int, { description: "How many operators the block lists." })
  operatorCount!: number;

  @Field(() => [DirectoryPrefecture], {
    description: "Prefectures that list at least one operator, in JIS order; 「都道府県未登録」 last when some operators have no known prefecture.",
  })
  prefectures!: DirectoryPrefecture[];
}

@ObjectType({
  description:
    "The national directory (全国の事業者一覧): operators with an active logo licence (adopted or logo-approved), by regional block and prefecture.",
})
export class NationalDirectory {
  @Field(() => Int, { description: "How many operators the directory lists (after filters)." })
  totalOperators!: number;

  @Field(() => [DirectoryBlock], {
    description: "All nine regional blocks north to south (even when empty), then the 「地域ブロック未登録」 group.",
  })
  blocks!: DirectoryBlock[];
}

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

// The directory is public by law of its purpose (S1: companies and municipalities search it); it exposes only public fields.
@Resolver(() => NationalDirectory)
export class DirectoryResolver {
  @Query(() => NationalDirectory, {
    description:
      "The national directory: operators whose logo licence is ADOPTED or LOGO_APPROVED, grouped by regional block → prefecture. Operators with an unknown prefecture are listed under 「都道府県未登録」, never dropped.",
  })
  async directory(
    @Arg("search", () => String, { nullable: true, description: "Part of a name in any spelling variant (NFKC-normalised)." })
    search: string | null,
    @Arg("prefectureCode", () => String, { nullable: true, description: 'Only operators in this prefecture (JIS code "01"–"47").' })
    prefectureCode: string | null,
    @Arg("municipalityId", () => ID, { nullable: true, description: "Only operators that serve this municipality (e.g. `mun-shiojiri`)." })
    municipalityId: string | null,
    @Ctx() ctx: OrganizationsContext,
  ): Promise<NationalDirectory> {
    const needle = searchNeedle(search);
    const prefecture = prefectureCode == null ? null : requirePrefectureCode(prefectureCode);
    const em = await ctx.db.manager();
    const qb = em
      .getRepository(Operator)
      .createQueryBuilder("o")
      .innerJoin("logo_license", "l", "l.operator_id = o.id")
      .where("l.status IN (:...active)", { active: [...ACTIVE_LICENSE_STATUSES] })
      .orderBy("o.id");
    if (needle) qb.andWhere("strpos(o.search_text, :needle) > 0", { needle });
    if (prefecture) qb.andWhere("o.prefecture_code = :code", { code: prefecture.code });
    if (municipalityId != null) {
      qb.andWhere(
        "EXISTS (SELECT 1 FROM operator_municipality om WHERE om.operator_id = o.id AND om.municipality_id = :municipalityId)",
        { municipalityId },
      );
    }
    const operators = await qb.getMany();
    for (const op of operators) ctx.loaders.operatorById.prime(op.id, op);
    return buildDirectory(operators);
  }
}
