import { Directive, Field, ObjectType } from "type-graphql";
import { PREFECTURES, REGIONAL_BLOCKS, prefectureByCode, regionalBlockLabels, type PrefectureInfo } from "@jinjibu/domain";
import { RegionalBlock } from "@jinjibu/federation";
import type * as domain from "@jinjibu/domain";
import { badUserInput } from "@jinjibu/federation";

@Directive('@key(fields: "code")')
@ObjectType({ description: "One of the 47 prefectures (都道府県), keyed by its JIS X 0401 code." })
export class Prefecture {
  @Field(() => String, { description: 'JIS X 0401 code, two digits ("01" 北海道 to "47" 沖縄県).' })
  code!: string;

  @Field(() => String, { description: "Japanese name (e.g. 長野県)." })
  nameJa!: string;

  @Field(() => String, { description: "English name (e.g. Nagano)." })
  nameEn!: string;

  @Field(() => RegionalBlock, { description: "The regional block (METI regional bureau) the prefecture belongs to." })
  block!: domain.RegionalBlock;

  @Field(() => String, { description: "Japanese name of the block (e.g. 関東)." })
  blockNameJa!: string;
}

@ObjectType({ description: "A regional block (地域ブロック): the jurisdiction of one METI regional bureau (経済産業局)." })
export class RegionalBlockInfo {
  @Field(() => RegionalBlock, { description: "Block code." })
  code!: domain.RegionalBlock;

  @Field(() => String, { description: "Japanese name (e.g. 関東)." })
  nameJa!: string;

  @Field(() => String, { description: "The bureau whose jurisdiction this is (e.g. 関東経済産業局)." })
  bureauJa!: string;

  @Field(() => [Prefecture], { description: "Its prefectures, in JIS code order." })
  prefectures!: Prefecture[];
}

const toPrefecture = (info: PrefectureInfo): Prefecture => ({ ...info, blockNameJa: regionalBlockLabels[info.block] });

export const ALL_PREFECTURES: readonly Prefecture[] = PREFECTURES.map(toPrefecture);
const prefectureObjects = new Map(ALL_PREFECTURES.map((p) => [p.code, p]));

export const ALL_REGIONAL_BLOCKS: readonly RegionalBlockInfo[] = REGIONAL_BLOCKS.map((b) => ({
  code: b.code,
  nameJa: b.nameJa,
  bureauJa: b.bureauJa,
  prefectures: b.prefectureCodes.map((code) => prefectureObjects.get(code)!),
}));

/** The Prefecture for a stored code; null stays null (an unknown prefecture is never guessed). */
export const prefectureOf = (code: string | null | undefined): Prefecture | null =>
  code == null ? null : prefectureObjects.get(code) ?? null;

/** Validates a `prefectureCode` argument. */
export function requirePrefectureCode(code: string): Prefecture {
  const info = prefectureByCode(code);
  if (!info) {
    throw badUserInput(
      `\`prefectureCode\` must be a two-digit JIS X 0401 code from "01" (北海道) to "47" (沖縄県), e.g. "20" for 長野県; got "${code}".`,
      `都道府県コードは "01" (北海道) から "47" (沖縄県) までの2桁で指定してください (例: 長野県は "20")。`,
    );
  }
  return prefectureObjects.get(info.code)!;
}

/** The block an organisation belongs to: the one a document states, else its prefecture's; null when neither is known. */
export function effectiveBlock(statedBlock: string | null, prefectureCode: string | null): domain.RegionalBlock | null {
  if (statedBlock) return statedBlock as domain.RegionalBlock;
  return prefectureOf(prefectureCode)?.block ?? null;
}
