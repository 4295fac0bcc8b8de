/** The Japanese fiscal year (April to March) a date falls in: 2027-02 → 2026. */
export function currentFiscalYear(now: Date = new Date()): number {
  const tokyo = new Date(now.toLocaleString("en-US", { timeZone: "Asia/Tokyo" }));
  return tokyo.getMonth() >= 3 ? tokyo.getFullYear() : tokyo.getFullYear() - 1;
}

/** Element names short enough for a chart axis at 390 px (経営戦略/事業戦略 → 経営・事業戦略). */
export function shortElement(label: string): string {
  return label === "経営戦略/事業戦略" ? "経営・事業戦略" : label;
}
