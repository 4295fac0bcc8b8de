import { CountingBasis, countingBasisMixRefusal, fiscalYearOf, fiscalYearPeriodJa, jsicDivisionLabels } from "./index";

describe("demand vocabulary", () => {
  it("puts a date in its Japanese fiscal year (April to March, Japan time)", () => {
    expect(fiscalYearOf("2027-03-31")).toBe(2026);
    expect(fiscalYearOf("2027-04-01")).toBe(2027);
    expect(fiscalYearOf("2026-03-31T15:30:00Z")).toBe(2026); // 2026-04-01 00:30 in Japan
    expect(fiscalYearPeriodJa(2026)).toBe("2026年度 (2026-04-01〜2027-03-31)");
  });

  it("adds numbers of one counting basis only: 延べ never adds to 実人数", () => {
    expect(countingBasisMixRefusal([CountingBasis.UNIQUE_PERSONS, CountingBasis.UNIQUE_PERSONS])).toBeNull();
    expect(countingBasisMixRefusal([CountingBasis.CUMULATIVE, CountingBasis.UNIQUE_PERSONS])).toContain("CUMULATIVE (延べ), UNIQUE_PERSONS (実人数)");
    expect(countingBasisMixRefusal([CountingBasis.PERCENT])).toContain("PERCENT");
    expect(countingBasisMixRefusal([CountingBasis.OTHER])).toContain("OTHER");
  });

  it("labels the twenty JSIC major divisions", () => {
    expect(Object.keys(jsicDivisionLabels)).toHaveLength(20);
    expect(jsicDivisionLabels.D).toBe("建設業");
  });
});
