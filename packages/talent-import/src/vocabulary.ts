import { PREFECTURES, talentKindLabels } from "@jinjibu/domain";

// The talent subgraph's enums (subgraphs/talent/src/enums.ts) with their Japanese labels. This package must run in a
// browser, so it cannot import the subgraph (type-graphql); the subgraph's test `talent-import.vocabulary.test.ts`
// asserts that these tables equal the subgraph's, so a label changed there fails the build here.

export const AVAILABILITY_LABELS = {
  FULL_TIME: "フルタイム (正社員等)",
  SIDE_JOB: "兼業・副業",
  SHORT_HOURS: "短時間 (プチ勤務・しごとコンビニ)",
  INTERNSHIP: "インターンシップ",
  PROJECT: "プロジェクト単位",
  SECONDMENT: "在籍型出向",
} as const;

export const WORK_STYLE_LABELS = {
  ON_SITE: "現地勤務",
  REMOTE: "リモート",
  HYBRID: "現地とリモートの併用",
  WORKATION: "ワーケーション",
} as const;

export const INTEREST_IN_REGION_LABELS = {
  RELATED_POPULATION: "関係人口",
  DUAL_RESIDENCE: "二地域居住",
  RELOCATION: "移住",
} as const;

export const CONSENT_SCOPE_LABELS = {
  OWN_OPERATOR: "登録した事業者のみ",
  SAME_BLOCK: "同じ地域ブロックの事業者",
  NATIONWIDE: "全国の事業者",
} as const;

export const SHARING_PURPOSE_LABELS = {
  SIDE_JOB_MATCHING: "兼業・副業マッチング",
  INTERNSHIP: "インターンシップ",
  RIGHT_ARM_SUCCESSOR: "右腕人材・後継者候補の紹介",
  EMPLOYMENT: "就職・採用",
  MENTORING: "メンタリング (新現役等)",
} as const;

export const CONSENT_METHOD_LABELS = {
  PAPER_FORM: "書面",
  WEB_FORM: "ウェブフォーム",
  EMAIL: "電子メール",
  INTERVIEW_RECORDED: "面談 (記録あり)",
} as const;

export const TALENT_KIND_LABELS: Readonly<Record<string, string>> = talentKindLabels;

export type Availability = keyof typeof AVAILABILITY_LABELS;
export type WorkStyle = keyof typeof WORK_STYLE_LABELS;
export type InterestInRegion = keyof typeof INTEREST_IN_REGION_LABELS;
export type ConsentScope = keyof typeof CONSENT_SCOPE_LABELS;
export type SharingPurpose = keyof typeof SHARING_PURPOSE_LABELS;
export type ConsentMethod = keyof typeof CONSENT_METHOD_LABELS;

/** Short forms people type in a spreadsheet, besides the full labels and the English codes. */
const EXTRA_ALIASES: Record<string, Record<string, string>> = {
  consentScope: {
    自事業者のみ: "OWN_OPERATOR",
    自社のみ: "OWN_OPERATOR",
    事業者のみ: "OWN_OPERATOR",
    同じ地域ブロック: "SAME_BLOCK",
    地域ブロック: "SAME_BLOCK",
    全国: "NATIONWIDE",
  },
  availability: { フルタイム: "FULL_TIME", 正社員: "FULL_TIME", 兼業: "SIDE_JOB", 副業: "SIDE_JOB", 短時間: "SHORT_HOURS", プロジェクト: "PROJECT" },
  workStyle: { 現地: "ON_SITE", 出社: "ON_SITE", 在宅: "REMOTE", 併用: "HYBRID", ハイブリッド: "HYBRID" },
  consentMethod: { 紙: "PAPER_FORM", ウェブ: "WEB_FORM", Web: "WEB_FORM", WEB: "WEB_FORM", メール: "EMAIL", 面談: "INTERVIEW_RECORDED" },
  sharingPurpose: { 兼業マッチング: "SIDE_JOB_MATCHING", 副業マッチング: "SIDE_JOB_MATCHING", 就職: "EMPLOYMENT", 採用: "EMPLOYMENT", メンタリング: "MENTORING" },
};

/** Folds full-width ASCII to half-width, and drops spaces, so "ＦＵＬＬ＿ＴＩＭＥ" and "フルタイム (正社員等)" match. */
export function foldLabel(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .toUpperCase();
}

/** A lookup from code, full label and known short forms (all folded) to the code. */
export class Vocabulary<C extends string> {
  private readonly byKey = new Map<string, C>();
  constructor(
    readonly name: string,
    readonly labels: Readonly<Record<C, string>>,
    aliases: Record<string, string> = {},
  ) {
    for (const [code, label] of Object.entries(labels) as [C, string][]) {
      this.byKey.set(foldLabel(code), code);
      this.byKey.set(foldLabel(label), code);
      // The label without its parenthesised note: "フルタイム (正社員等)" → "フルタイム".
      const bare = label.replace(/\s*[(（].*[)）]\s*$/, "");
      if (bare !== label && !this.byKey.has(foldLabel(bare))) this.byKey.set(foldLabel(bare), code);
    }
    for (const [alias, code] of Object.entries(aliases)) {
      if (!this.byKey.has(foldLabel(alias))) this.byKey.set(foldLabel(alias), code as C);
    }
  }
  /**
   * Replaces full labels that themselves hold a list separator (「地域コーディネーター/兼業コーディネーター/…」,
   * 「マネジメントメンター (新現役; 企業OB等)」) by their code, so splitting a cell into values keeps them whole.
   */
  protectLabels(text: string): string {
    let out = text;
    for (const [label, code] of this.separatedLabels) if (out.includes(label)) out = out.split(label).join(code);
    return out;
  }
  private get separatedLabels(): [string, C][] {
    return (Object.entries(this.labels) as [C, string][]).filter(([, label]) => /[、，,;；\/／\n]/.test(label)).map(([code, label]) => [label, code]);
  }

  lookup(text: string): C | null {
    return this.byKey.get(foldLabel(text)) ?? null;
  }
  get codes(): C[] {
    return Object.keys(this.labels) as C[];
  }
  label(code: C): string {
    return this.labels[code];
  }
  /** What a message lists as allowed: the labels, in order. */
  allowed(): string {
    return Object.values<string>(this.labels).join("、");
  }
}

export const kinds = new Vocabulary<string>("kinds", TALENT_KIND_LABELS);
export const availability = new Vocabulary<Availability>("availability", AVAILABILITY_LABELS, EXTRA_ALIASES.availability);
export const workStyles = new Vocabulary<WorkStyle>("workStyles", WORK_STYLE_LABELS, EXTRA_ALIASES.workStyle);
export const interestInRegion = new Vocabulary<InterestInRegion>("interestInRegion", INTEREST_IN_REGION_LABELS);
export const consentScope = new Vocabulary<ConsentScope>("consentScope", CONSENT_SCOPE_LABELS, EXTRA_ALIASES.consentScope);
export const sharingPurposes = new Vocabulary<SharingPurpose>("sharingPurposes", SHARING_PURPOSE_LABELS, EXTRA_ALIASES.sharingPurpose);
export const consentMethod = new Vocabulary<ConsentMethod>("consentMethod", CONSENT_METHOD_LABELS, EXTRA_ALIASES.consentMethod);

const prefectureByKey = new Map<string, string>();
for (const p of PREFECTURES) {
  prefectureByKey.set(p.code, p.code);
  prefectureByKey.set(String(Number(p.code)), p.code);
  prefectureByKey.set(foldLabel(p.nameJa), p.code);
  // "北海道" stays; "東京都" → "東京", "大阪府" → "大阪", "長野県" → "長野".
  const bare = p.nameJa.replace(/[都府県]$/, "");
  if (bare !== p.nameJa) prefectureByKey.set(foldLabel(bare), p.code);
  prefectureByKey.set(foldLabel(p.nameEn), p.code);
}

/** The JIS X 0401 code for a prefecture name (長野県, 長野), English name or code ("20", "7"), or null. */
export function prefectureCodeOf(text: string): string | null {
  return prefectureByKey.get(foldLabel(text)) ?? null;
}

export const prefectureNameOf = (code: string | null | undefined): string | null =>
  PREFECTURES.find((p) => p.code === code)?.nameJa ?? null;
