import { CountingBasis, countingBasisLabels } from "./enums";

/** Major divisions (大分類) of the Japan Standard Industrial Classification (日本標準産業分類, rev. 14), A–T. */
export enum JsicDivision {
  A = "A",
  B = "B",
  C = "C",
  D = "D",
  E = "E",
  F = "F",
  G = "G",
  H = "H",
  I = "I",
  J = "J",
  K = "K",
  L = "L",
  M = "M",
  N = "N",
  O = "O",
  P = "P",
  Q = "Q",
  R = "R",
  S = "S",
  T = "T",
}
export const jsicDivisionLabels: Readonly<Record<JsicDivision, string>> = {
  A: "農業，林業",
  B: "漁業",
  C: "鉱業，採石業，砂利採取業",
  D: "建設業",
  E: "製造業",
  F: "電気・ガス・熱供給・水道業",
  G: "情報通信業",
  H: "運輸業，郵便業",
  I: "卸売業，小売業",
  J: "金融業，保険業",
  K: "不動産業，物品賃貸業",
  L: "学術研究，専門・技術サービス業",
  M: "宿泊業，飲食サービス業",
  N: "生活関連サービス業，娯楽業",
  O: "教育，学習支援業",
  P: "医療，福祉",
  Q: "複合サービス事業",
  R: "サービス業（他に分類されないもの）",
  S: "公務（他に分類されるものを除く）",
  T: "分類不能の産業",
};

/** Size class of a company under the SME Basic Act (中小企業基本法) thresholds, as the operator records it. */
export enum CompanySizeClass {
  MICRO = "MICRO",
  SMALL = "SMALL",
  MEDIUM = "MEDIUM",
  LARGE = "LARGE",
  UNKNOWN = "UNKNOWN",
}
export const companySizeClassLabels: Readonly<Record<CompanySizeClass, string>> = {
  MICRO: "小規模企業",
  SMALL: "中小企業 (小)",
  MEDIUM: "中小企業 (中)",
  LARGE: "大企業",
  UNKNOWN: "不明",
};

/** Who may see a regional company: everyone (PUBLIC) or signed-in viewers of the hub's network only (NETWORK). */
export enum CompanyVisibility {
  PUBLIC = "PUBLIC",
  NETWORK = "NETWORK",
}
export const companyVisibilityLabels: Readonly<Record<CompanyVisibility, string>> = {
  PUBLIC: "公開",
  NETWORK: "ネットワーク内のみ",
};

/** The Japanese fiscal year (年度, April to March) of a date: 2027-03-31 is FY2026, 2027-04-01 is FY2027. */
export function fiscalYearOf(date: Date | string): number {
  const d = typeof date === "string" ? new Date(date.length === 10 ? `${date}T00:00:00+09:00` : date) : date;
  // Japan time: UTC+9, no daylight saving.
  const jst = new Date(d.getTime() + 9 * 3600_000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

/** The period of a fiscal year as text: 「2026年度 (2026-04-01〜2027-03-31)」. */
export const fiscalYearPeriodJa = (fy: number): string => `${fy}年度 (${fy}-04-01〜${fy + 1}-03-31)`;

/**
 * The hub's rule for adding outcome numbers (domain §8): only numbers of one counting basis add up; 延べ never adds to
 * 実人数, 件 or 社, and OTHER or PERCENT never add at all. Returns null when the bases may be added, or the refusal in words.
 */
export function countingBasisMixRefusal(bases: readonly CountingBasis[]): string | null {
  const distinct = [...new Set(bases)];
  if (distinct.length > 1) {
    const named = distinct.map((b) => `${b} (${countingBasisLabels[b]})`).join(", ");
    return `Refusing to add outcomes counted on different bases: ${named}. Choose outcomes of one basis.`;
  }
  if (distinct[0] === CountingBasis.OTHER) return "Refusing to add outcomes whose counting basis the sources do not state (OTHER).";
  if (distinct[0] === CountingBasis.PERCENT) return "Refusing to add percentages (PERCENT): shares do not add up.";
  return null;
}
