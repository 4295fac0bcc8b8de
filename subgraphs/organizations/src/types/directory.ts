import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo, RegionalBlock } from "@jinjibu/federation";
import type * as domain from "@jinjibu/domain";
import { Operator } from "../entities";
import { Prefecture } from "./geography";

export const UNKNOWN_PREFECTURE_JA = "都道府県未登録";
export const UNKNOWN_BLOCK_JA = "地域ブロック未登録";

@ObjectType({ description: "Operators of one prefecture in the national directory (or those whose prefecture is unknown)." })
export class DirectoryPrefecture {
  @Field(() => Prefecture, { nullable: true, description: "The prefecture; null for the 「都道府県未登録」 group." })
  prefecture!: Prefecture | null;

  @Field(() => String, { description: "Heading: the prefecture's name, or 都道府県未登録." })
  nameJa!: string;

  @Field(() => [Operator], { description: "Listed operators of this page, in id order." })
  operators!: Operator[];
}

@ObjectType({ description: "One regional block of the national directory, with its prefectures." })
export class DirectoryBlock {
  @Field(() => RegionalBlock, { nullable: true, description: "The block; null for the 「地域ブロック未登録」 group." })
  block!: domain.RegionalBlock | null;

  @Field(() => String, { description: "Heading: the block's name (e.g. 関東), or 地域ブロック未登録." })
  nameJa!: string;

  @Field(() => Int, { description: "How many operators the block lists in the whole directory (all pages, after filters)." })
  operatorCount!: number;

  @Field(() => [DirectoryPrefecture], {
    description:
      "Prefectures that list at least one operator on this page, in JIS order; 「都道府県未登録」 last when some operators have no known prefecture.",
  })
  prefectures!: DirectoryPrefecture[];
}

@ObjectType({
  description:
    "The national directory (全国の事業者一覧): operators with an active logo licence (adopted or logo-approved), by regional block and prefecture.",
})
export class NationalDirectory {
  @Field(() => Int, { description: "How many operators the directory lists (after filters), across all pages." })
  totalOperators!: number;

  @Field(() => [DirectoryBlock], {
    description:
      "All nine regional blocks north to south (even when empty), then the 「地域ブロック未登録」 group, with this page's operators. Pages follow this order: block, prefecture, then id.",
  })
  blocks!: DirectoryBlock[];

  @Field(() => PageInfo, { description: "Where this page sits in the directory: pass `endCursor` as `after` for the next page." })
  pageInfo!: PageInfo;
}
