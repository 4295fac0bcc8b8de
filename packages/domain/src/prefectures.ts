import data from "./prefectures.json";

/** Regional blocks: the jurisdictions of METI's regional bureaus, by which the national directory is organised. */
export enum RegionalBlock {
  HOKKAIDO = "HOKKAIDO",
  TOHOKU = "TOHOKU",
  KANTO = "KANTO",
  CHUBU = "CHUBU",
  KINKI = "KINKI",
  CHUGOKU = "CHUGOKU",
  SHIKOKU = "SHIKOKU",
  KYUSHU = "KYUSHU",
  OKINAWA = "OKINAWA",
}

export const regionalBlockLabels: Readonly<Record<RegionalBlock, string>> = {
  HOKKAIDO: "北海道",
  TOHOKU: "東北",
  KANTO: "関東",
  CHUBU: "中部",
  KINKI: "近畿",
  CHUGOKU: "中国",
  SHIKOKU: "四国",
  KYUSHU: "九州",
  OKINAWA: "沖縄",
};

export interface PrefectureInfo {
  /** JIS X 0401 code, two digits ("01" to "47"). */
  code: string;
  nameJa: string;
  nameEn: string;
  block: RegionalBlock;
}

export interface RegionalBlockInfo {
  code: RegionalBlock;
  nameJa: string;
  bureauJa: string;
  prefectureCodes: string[];
}

export const PREFECTURES: readonly PrefectureInfo[] = data.prefectures.map((p) => ({
  ...p,
  block: p.block as RegionalBlock,
}));

/** The nine blocks in the directory's order (north to south). */
export const REGIONAL_BLOCKS: readonly RegionalBlockInfo[] = data.blocks.map((b) => ({
  code: b.code as RegionalBlock,
  nameJa: regionalBlockLabels[b.code as RegionalBlock],
  bureauJa: b.bureauJa,
  prefectureCodes: b.prefectureCodes,
}));

const byName = new Map(PREFECTURES.map((p) => [p.nameJa, p]));
const byCode = new Map(PREFECTURES.map((p) => [p.code, p]));

/** The prefecture named `nameJa` (e.g. "長野県"), or null. */
export const prefectureByName = (nameJa: string | null | undefined): PrefectureInfo | null =>
  (nameJa && byName.get(nameJa)) || null;
/** The prefecture with JIS code `code`, or null. */
export const prefectureByCode = (code: string | null | undefined): PrefectureInfo | null =>
  (code && byCode.get(code)) || null;
