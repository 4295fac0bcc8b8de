import { LinkedLaw, SubsidyFrame } from "@jinjibu/domain";
import { assessEligibility, type PriorAdoption } from "./eligibility.service";

const DOTDOTO: PriorAdoption[] = [
  { id: "FY2022-A1", fiscalYear: 2022 },
  { id: "FY2023-B1", fiscalYear: 2023 },
  { id: "FY2024-A3", fiscalYear: 2024 },
  { id: "FY2025-A1", fiscalYear: 2025 },
];
const MEGURU: PriorAdoption[] = [
  { id: "FY2022-A7", fiscalYear: 2022 },
  { id: "FY2024-A14", fiscalYear: 2024 },
  { id: "FY2025-B4", fiscalYear: 2025 },
];
const DUAL_RESIDENCE = [{ law: LinkedLaw.DUAL_RESIDENCE, certifiedOn: null, validUntil: null }];
const CERT_REASON_NONE =
  "法制度連携枠 requires a certification under 地域未来投資促進法, 小規模事業者支援法 or 二地域居住促進法; none is recorded.";

describe("assessEligibility under the FY2026 rules", () => {
  it("refuses ドット道東 (4 adoptions) in 右腕人材枠 because of the cap", () => {
    expect(assessEligibility({ fiscalYear: 2026, frame: SubsidyFrame.RIGHT_ARM, adoptions: DOTDOTO, certifications: [] })).toEqual({
      fiscalYear: 2026,
      frame: SubsidyFrame.RIGHT_ARM,
      status: "NOT_ELIGIBLE",
      eligible: false,
      undecidedByJa: [],
      reasonDetails: [
        {
          reasonCode: "ADOPTION_CAP_REACHED",
          reasonJa: "令和4年度以降 4回採択 (FY2022-A1、FY2023-B1、FY2024-A3、FY2025-A1)。令和8年度以降、採択は全ての枠を通じて3回までです。",
        },
      ],
      adoptionCountBefore: 4,
      nextAdoptionNumber: null,
      rate: null,
      reasons: [
        "Adopted 4 times since FY2022 (FY2022-A1, FY2023-B1, FY2024-A3, FY2025-A1); from FY2026 an operator may be adopted at most 3 times, counting every frame.",
      ],
    });
  });

  it("refuses ドット道東 in 法制度連携枠 for both the cap and the missing certification", () => {
    const result = assessEligibility({ fiscalYear: 2026, frame: SubsidyFrame.LEGAL_SYSTEM_LINKAGE, adoptions: DOTDOTO, certifications: [] });
    // The cap is a recorded fact and settles it, although the certification is unknown.
    expect(result.status).toBe("NOT_ELIGIBLE");
    expect(result.eligible).toBe(false);
    expect(result.rate).toBeNull();
    expect(result.reasonDetails.map((r) => r.reasonCode)).toEqual(["ADOPTION_CAP_REACHED", "CERTIFICATION_NOT_RECORDED"]);
    expect(result.reasons).toEqual([
      "Adopted 4 times since FY2022 (FY2022-A1, FY2023-B1, FY2024-A3, FY2025-A1); from FY2026 an operator may be adopted at most 3 times, counting every frame.",
      CERT_REASON_NONE,
    ]);
  });

  it("gives an operator with one adoption 1/2 in 右腕人材枠", () => {
    const result = assessEligibility({
      fiscalYear: 2026,
      frame: SubsidyFrame.RIGHT_ARM,
      adoptions: [{ id: "FY2024-A5", fiscalYear: 2024 }],
      certifications: [],
    });
    expect(result).toMatchObject({ eligible: true, adoptionCountBefore: 1, nextAdoptionNumber: 2, rate: "1/2" });
    expect(result.reasons).toEqual([
      "Adopted 1 time since FY2022 (FY2024-A5); this would be its 2nd adoption of at most 3, and from FY2026 右腕人材枠 pays 1/2 for a 2nd adoption (2/3, 1/2, 1/3 for the 1st, 2nd and 3rd).",
    ]);
  });

  // Behaviour changed on purpose (issue 14): without a recorded certification the answer is UNKNOWN, with no rate, not
  // NOT_ELIGIBLE with a rate.
  it("answers UNKNOWN (no rate) for an operator with one adoption and no certification recorded in 法制度連携枠, and ELIGIBLE once certified", () => {
    const adoptions = [{ id: "FY2024-A5", fiscalYear: 2024 }];
    const without = assessEligibility({ fiscalYear: 2026, frame: SubsidyFrame.LEGAL_SYSTEM_LINKAGE, adoptions, certifications: [] });
    expect(without).toMatchObject({ status: "UNKNOWN", eligible: null, adoptionCountBefore: 1, rate: null, undecidedByJa: ["認定の有無が未登録"] });
    expect(without.reasons[1]).toBe(CERT_REASON_NONE);
    expect(without.reasonDetails[1]).toEqual({
      reasonCode: "CERTIFICATION_NOT_RECORDED",
      reasonJa: "法制度連携枠には地域未来投資促進法・小規模事業者支援法・二地域居住促進法のいずれかの認定が必要ですが、認定の有無が未登録のため判断できません。",
    });
    for (const reason of without.reasonDetails) expect(reason.reasonJa).not.toMatch(/[A-Za-z]{3,}/);
    const withCert = assessEligibility({ fiscalYear: 2026, frame: SubsidyFrame.LEGAL_SYSTEM_LINKAGE, adoptions, certifications: DUAL_RESIDENCE });
    expect(withCert).toMatchObject({ status: "ELIGIBLE", eligible: true, rate: "1/2" });
  });

  it("ignores a certification that expired before the fiscal year", () => {
    const result = assessEligibility({
      fiscalYear: 2026,
      frame: SubsidyFrame.LEGAL_SYSTEM_LINKAGE,
      adoptions: [],
      certifications: [{ law: LinkedLaw.REGIONAL_FUTURE_INVESTMENT, certifiedOn: "2020-01-10", validUntil: "2026-03-31" }],
    });
    expect(result.eligible).toBe(false);
    expect(result).toMatchObject({ status: "NOT_ELIGIBLE", rate: null });
  });

  it("refuses MEGURU (3 adoptions) in both frames", () => {
    for (const frame of [SubsidyFrame.RIGHT_ARM, SubsidyFrame.LEGAL_SYSTEM_LINKAGE]) {
      const result = assessEligibility({ fiscalYear: 2026, frame, adoptions: MEGURU, certifications: DUAL_RESIDENCE });
      expect(result).toMatchObject({ eligible: false, adoptionCountBefore: 3, nextAdoptionNumber: null, rate: null });
      expect(result.reasons[0]).toBe(
        "Adopted 3 times since FY2022 (FY2022-A7, FY2024-A14, FY2025-B4); from FY2026 an operator may be adopted at most 3 times, counting every frame.",
      );
    }
  });

  it("gives a fresh operator 2/3 in 右腕人材枠", () => {
    expect(assessEligibility({ fiscalYear: 2026, frame: SubsidyFrame.RIGHT_ARM, adoptions: [], certifications: [] })).toEqual({
      fiscalYear: 2026,
      frame: SubsidyFrame.RIGHT_ARM,
      status: "ELIGIBLE",
      eligible: true,
      undecidedByJa: [],
      reasonDetails: [
        {
          reasonCode: "RATE_BY_ADOPTION_COUNT",
          reasonJa: "令和4年度以降の採択はありません。今回は上限3回のうち1回目で、令和8年度以降の右腕人材枠の補助率は1回目が2/3です (1回目・2回目・3回目: 2/3、1/2、1/3)。",
        },
      ],
      adoptionCountBefore: 0,
      nextAdoptionNumber: 1,
      rate: "2/3",
      reasons: [
        "Not adopted since FY2022; this would be its 1st adoption of at most 3, and from FY2026 右腕人材枠 pays 2/3 for a 1st adoption (2/3, 1/2, 1/3 for the 1st, 2nd and 3rd).",
      ],
    });
  });

  it("counts fiscal years, not list entries, and ignores later years", () => {
    const result = assessEligibility({
      fiscalYear: 2026,
      frame: SubsidyFrame.RIGHT_ARM,
      adoptions: [
        { id: "FY2024-A1", fiscalYear: 2024 },
        { id: "FY2024-B2", fiscalYear: 2024 },
        { id: "FY2026-A1", fiscalYear: 2026 },
      ],
      certifications: [],
    });
    expect(result).toMatchObject({ adoptionCountBefore: 1, rate: "1/2" });
  });
});

describe("assessEligibility before FY2026", () => {
  it("FY2025 右腕人材枠 pays 2/3 even on a 4th adoption; 法制度連携枠 pays 1/3 on the 3rd", () => {
    expect(assessEligibility({ fiscalYear: 2025, frame: SubsidyFrame.RIGHT_ARM, adoptions: DOTDOTO, certifications: [] })).toMatchObject({
      eligible: true,
      adoptionCountBefore: 3,
      rate: "2/3",
    });
    const legal = assessEligibility({
      fiscalYear: 2025,
      frame: SubsidyFrame.LEGAL_SYSTEM_LINKAGE,
      adoptions: MEGURU.slice(0, 2),
      certifications: DUAL_RESIDENCE,
    });
    expect(legal).toMatchObject({ eligible: true, adoptionCountBefore: 2, nextAdoptionNumber: 3, rate: "1/3" });
  });

  it("FY2023 has no rate for a frame because the documents do not map rates to frames", () => {
    const result = assessEligibility({ fiscalYear: 2023, frame: SubsidyFrame.REGULAR, adoptions: DOTDOTO, certifications: [] });
    expect(result).toMatchObject({ eligible: true, adoptionCountBefore: 1, rate: null });
    expect(result.reasons).toEqual([
      "Adopted 1 time since FY2022 (FY2022-A1); no adoption cap applied before FY2026.",
      "The FY2023 documents list the rates 1/2, 2/3, 1/3 but do not map them to frames, so the rate for 通常枠 is not known.",
    ]);
  });

  it("FY2022's single list had one rate", () => {
    expect(assessEligibility({ fiscalYear: 2022, frame: SubsidyFrame.SINGLE, adoptions: [], certifications: [] }).rate).toBe("1/2");
  });
});

describe("assessEligibility input checks", () => {
  it("rejects a fiscal year outside 2022..2026", () => {
    expect(() => assessEligibility({ fiscalYear: 1999, frame: SubsidyFrame.RIGHT_ARM, adoptions: [], certifications: [] })).toThrow(
      "fiscalYear must be between 2022 and 2026; got 1999.",
    );
  });

  it("rejects a frame the year did not offer, naming the frames it did", () => {
    expect(() => assessEligibility({ fiscalYear: 2024, frame: SubsidyFrame.RIGHT_ARM, adoptions: [], certifications: [] })).toThrow(
      "FY2024 did not offer frame RIGHT_ARM; it offered GENERAL (一般枠), WORK_STYLE_REFORM (働き方改革推進枠).",
    );
  });
});
