// Japanese labels of the demand side's enum values (the same words as the API's *LabelJa fields), for forms and filters.

export const JSIC_DIVISIONS = [
  ["A", "農業，林業"],
  ["B", "漁業"],
  ["C", "鉱業，採石業，砂利採取業"],
  ["D", "建設業"],
  ["E", "製造業"],
  ["F", "電気・ガス・熱供給・水道業"],
  ["G", "情報通信業"],
  ["H", "運輸業，郵便業"],
  ["I", "卸売業，小売業"],
  ["J", "金融業，保険業"],
  ["K", "不動産業，物品賃貸業"],
  ["L", "学術研究，専門・技術サービス業"],
  ["M", "宿泊業，飲食サービス業"],
  ["N", "生活関連サービス業，娯楽業"],
  ["O", "教育，学習支援業"],
  ["P", "医療，福祉"],
  ["Q", "複合サービス事業"],
  ["R", "サービス業（他に分類されないもの）"],
  ["S", "公務（他に分類されるものを除く）"],
  ["T", "分類不能の産業"],
] as const;

export const SIZE_CLASSES = [
  ["MICRO", "小規模企業"],
  ["SMALL", "中小企業 (小)"],
  ["MEDIUM", "中小企業 (中)"],
  ["LARGE", "大企業"],
  ["UNKNOWN", "不明"],
] as const;

export const COMPANY_VISIBILITIES = [
  ["NETWORK", "ネットワーク内のみ（サインインした事業者）"],
  ["PUBLIC", "公開（だれでも）"],
] as const;

export const NEED_STATUSES = [
  ["DRAFT", "下書き"],
  ["OPEN", "募集中"],
  ["MATCHED", "マッチング済み"],
  ["CLOSED", "終了"],
] as const;

/** The board's columns, in the order of the lifecycle. */
export const MATCHING_STATUSES = [
  ["PROPOSED", "提案"],
  ["INTRODUCED", "紹介済み"],
  ["INTERVIEWING", "面談中"],
  ["CONCLUDED", "成立"],
  ["NOT_CONCLUDED", "不成立"],
] as const;

export type MatchingState = (typeof MATCHING_STATUSES)[number][0];

/** The one step each open state may take next (不成立 is reachable from every open state). */
export const NEXT_STEP: Partial<Record<MatchingState, MatchingState>> = {
  PROPOSED: "INTRODUCED",
  INTRODUCED: "INTERVIEWING",
  INTERVIEWING: "CONCLUDED",
};

export const NOT_CONCLUDED_REASONS = [
  ["COMPANY_DECLINED", "企業が見送り"],
  ["TALENT_DECLINED", "本人が辞退"],
  ["CONDITIONS", "条件が合わない"],
  ["TIMING", "時期が合わない"],
  ["CONSENT_REVOKED", "同意の撤回"],
  ["OTHER", "その他"],
] as const;

export const PLACEMENT_TYPES = [
  ["SIDE_JOB", "兼業・副業"],
  ["PROJECT", "プロジェクト"],
  ["EMPLOYMENT", "就職・採用"],
  ["SECONDMENT", "在籍型出向"],
  ["INTERNSHIP", "インターンシップ"],
  ["SHORT_HOURS", "短時間勤務"],
  ["MENTORING", "メンター (新現役等)"],
  ["BUSINESS_SUCCESSION", "事業承継"],
] as const;

export const COMPENSATION_UNITS = [
  ["HOURLY", "時給"],
  ["DAILY", "日額"],
  ["MONTHLY", "月額"],
  ["YEARLY", "年額"],
  ["PROJECT_TOTAL", "案件総額"],
] as const;

/** How far a need is shared: the consent vocabulary, worded for a need. */
export const NEED_SCOPES = [
  ["OWN_OPERATOR", "自社（自分の事業者）のみ", "ほかの地域には見えません。自分の人材プールの人にだけ提案できます。"],
  ["SAME_BLOCK", "同じ地域ブロックの事業者", "同じ地域ブロックのコーディネーターが検索し、自分の地域の人を提案できます。"],
  ["NATIONWIDE", "全国の事業者", "全国のコーディネーターが検索し、自分の地域の人を提案できます。"],
] as const;

/** Counting bases of outcome figures (domain §8): never added across bases. */
export const COUNTING_BASES = [
  ["PEOPLE", "実人数", "人"],
  ["COMPANIES", "社", "社"],
  ["MATCHINGS", "件", "件"],
  ["CUMULATIVE", "延べ", "人"],
] as const;

/** 「令和8年度」: a fiscal year (April to March) in the era the ministry's documents use (令和 began in 2019, its 元年). */
export const fiscalYearLabel = (fy: number) => (fy === 2019 ? "令和元年度" : `令和${fy - 2018}年度`);
export const fiscalYearPeriod = (fy: number) => `${fy}年4月1日〜${fy + 1}年3月31日`;

/** The oldest fiscal year the outcomes screens offer (令和4年度). */
export const FIRST_OUTCOME_FISCAL_YEAR = 2022;

/** The fiscal year a moment falls in, in Japan time: it starts on 1 April. */
export function fiscalYearOf(now: Date): number {
  const jst = new Date(now.getTime() + 9 * 3600_000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}

/** The fiscal years one may choose, newest first: the current one back to 令和4年度. */
export function selectableFiscalYears(now: Date): number[] {
  const years: number[] = [];
  for (let fy = fiscalYearOf(now); fy >= FIRST_OUTCOME_FISCAL_YEAR; fy--) years.push(fy);
  return years;
}

/** 「月額 30万〜50万円」 style: yen with 万 for round figures. */
export function yen(value: number): string {
  if (value >= 10_000 && value % 10_000 === 0) return `${(value / 10_000).toLocaleString("ja-JP")}万円`;
  return `${value.toLocaleString("ja-JP")}円`;
}

export function compensationText(min: number | null | undefined, max: number | null | undefined, unitLabel: string | null | undefined): string {
  if (min == null && max == null) return "—";
  const unit = unitLabel ? `${unitLabel} ` : "";
  if (min != null && max != null) return min === max ? `${unit}${yen(min)}` : `${unit}${yen(min)}〜${yen(max)}`;
  if (min != null) return `${unit}${yen(min)}以上`;
  return `${unit}${yen(max!)}まで`;
}
