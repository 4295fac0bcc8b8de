import { normalizeForSearch } from "./text";
import { PREFECTURES, REGIONAL_BLOCKS, prefectureByCode, prefectureByName, RegionalBlock } from "./prefectures";
import { PUBLIC_ERROR_CODES } from "./errors";
import { TalentKind, talentKindLabels } from "./enums";

describe("normalizeForSearch", () => {
  it("makes full-width, half-width, spaced and cased spellings compare equal", () => {
    expect(normalizeForSearch("Ｋ Ａ Ｚ Ａ Ｍ Ｉ")).toBe("kazami");
    expect(normalizeForSearch("K A Z A M I")).toBe("kazami");
    expect(normalizeForSearch("ｸﾗﾌﾞｽﾞ")).toBe(normalizeForSearch("クラブズ"));
    expect(normalizeForSearch("株式会社　クラブズ")).toBe("株式会社クラブズ");
  });
});

describe("prefectures and regional blocks", () => {
  it("lists the 47 prefectures with JIS codes 01–47, each in exactly one of nine blocks", () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES.map((p) => p.code)).toEqual(Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, "0")));
    expect(REGIONAL_BLOCKS).toHaveLength(9);
    const inBlocks = REGIONAL_BLOCKS.flatMap((b) => b.prefectureCodes).sort();
    expect(inBlocks).toEqual(PREFECTURES.map((p) => p.code));
    for (const block of REGIONAL_BLOCKS) {
      for (const code of block.prefectureCodes) expect(prefectureByCode(code)?.block).toBe(block.code);
    }
  });

  it("finds a prefecture by Japanese name or code, and nothing for unknown input", () => {
    expect(prefectureByName("北海道")).toMatchObject({ code: "01", block: RegionalBlock.HOKKAIDO });
    expect(prefectureByCode("47")?.nameJa).toBe("沖縄県");
    expect(prefectureByName("長野")).toBeNull();
    expect(prefectureByCode("48")).toBeNull();
    expect(prefectureByCode(null)).toBeNull();
  });
});

describe("labels and public error codes", () => {
  it("gives every talent kind a Japanese label", () => {
    for (const kind of Object.values(TalentKind)) expect(talentKindLabels[kind]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it("lets client-facing codes through and never INTERNAL_SERVER_ERROR", () => {
    for (const code of ["BAD_USER_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "UNAUTHENTICATED", "SUBGRAPH_TIMEOUT"]) expect(PUBLIC_ERROR_CODES.has(code)).toBe(true);
    expect(PUBLIC_ERROR_CODES.has("INTERNAL_SERVER_ERROR")).toBe(false);
  });
});
