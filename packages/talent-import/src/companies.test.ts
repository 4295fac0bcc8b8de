import { jsicDivisionOf, mapCompanyHeader, validateCompanyRow } from "./companies";

describe("the regional companies template", () => {
  it("reads JSIC divisions by letter or name", () => {
    expect(jsicDivisionOf("D")).toBe("D");
    expect(jsicDivisionOf("Ｄ 建設業")).toBe("D");
    expect(jsicDivisionOf("建設業")).toBe("D");
    expect(jsicDivisionOf("農業，林業")).toBe("A");
    expect(jsicDivisionOf("林業")).toBe("A");
    expect(jsicDivisionOf("宇宙業")).toBeNull();
  });

  it("maps headers by name or alias and refuses unknown or missing ones", () => {
    expect(mapCompanyHeader(["企業名", "管理番号 (必須)", "所在地"])).toEqual(["nameJa", "companyNumber", "municipality"]);
    expect(() => mapCompanyHeader(["企業名"])).toThrow(/管理番号/);
    expect(() => mapCompanyHeader(["管理番号", "企業名", "色"])).toThrow(/色/);
  });

  it("validates a row with Japanese problems by column", () => {
    expect(validateCompanyRow({ companyNumber: "C-1", nameJa: "株式会社A", sizeClass: "小規模", prefecture: "長野" }, 2)).toEqual({
      ok: true,
      row: { companyNumber: "C-1", nameJa: "株式会社A", nameVariants: [], jsicDivision: null, sizeClass: "MICRO", prefectureCode: "20", municipalityJa: null, visibility: "NETWORK" },
    });
    const bad = validateCompanyRow({ companyNumber: "番号 1", nameJa: "", visibility: "秘密" }, 3);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.column)).toEqual(["管理番号", "企業名", "公開範囲"]);
  });
});
