import { registerEnumType } from "type-graphql";

/** Where a need (人材ニーズ / 案件) stands. */
export enum NeedStatus {
  DRAFT = "DRAFT",
  OPEN = "OPEN",
  MATCHED = "MATCHED",
  CLOSED = "CLOSED",
}
export const needStatusLabels: Readonly<Record<NeedStatus, string>> = {
  DRAFT: "下書き",
  OPEN: "募集中",
  MATCHED: "マッチング済み",
  CLOSED: "終了",
};

/** The lifecycle of a matching: proposed → introduced → interviewing → concluded (成立) or not concluded (不成立). */
export enum MatchingStatus {
  PROPOSED = "PROPOSED",
  INTRODUCED = "INTRODUCED",
  INTERVIEWING = "INTERVIEWING",
  CONCLUDED = "CONCLUDED",
  NOT_CONCLUDED = "NOT_CONCLUDED",
}
export const matchingStatusLabels: Readonly<Record<MatchingStatus, string>> = {
  PROPOSED: "提案",
  INTRODUCED: "紹介済み",
  INTERVIEWING: "面談中",
  CONCLUDED: "成立",
  NOT_CONCLUDED: "不成立",
};
/** The board's order of columns, and the one step each state may take next (NOT_CONCLUDED is reachable from every open state). */
export const MATCHING_ORDER: readonly MatchingStatus[] = [
  MatchingStatus.PROPOSED,
  MatchingStatus.INTRODUCED,
  MatchingStatus.INTERVIEWING,
  MatchingStatus.CONCLUDED,
  MatchingStatus.NOT_CONCLUDED,
];
export const NEXT_STEP: Readonly<Partial<Record<MatchingStatus, MatchingStatus>>> = {
  PROPOSED: MatchingStatus.INTRODUCED,
  INTRODUCED: MatchingStatus.INTERVIEWING,
  INTERVIEWING: MatchingStatus.CONCLUDED,
};

/** Why a matching did not conclude (不成立の理由). */
export enum NotConcludedReason {
  COMPANY_DECLINED = "COMPANY_DECLINED",
  TALENT_DECLINED = "TALENT_DECLINED",
  CONDITIONS = "CONDITIONS",
  TIMING = "TIMING",
  CONSENT_REVOKED = "CONSENT_REVOKED",
  OTHER = "OTHER",
}
export const notConcludedReasonLabels: Readonly<Record<NotConcludedReason, string>> = {
  COMPANY_DECLINED: "企業が見送り",
  TALENT_DECLINED: "本人が辞退",
  CONDITIONS: "条件が合わない",
  TIMING: "時期が合わない",
  CONSENT_REVOKED: "同意の撤回",
  OTHER: "その他",
};

/** What kind of engagement a placement is. */
export enum PlacementType {
  SIDE_JOB = "SIDE_JOB",
  PROJECT = "PROJECT",
  EMPLOYMENT = "EMPLOYMENT",
  SECONDMENT = "SECONDMENT",
  INTERNSHIP = "INTERNSHIP",
  SHORT_HOURS = "SHORT_HOURS",
  MENTORING = "MENTORING",
  BUSINESS_SUCCESSION = "BUSINESS_SUCCESSION",
}
export const placementTypeLabels: Readonly<Record<PlacementType, string>> = {
  SIDE_JOB: "兼業・副業",
  PROJECT: "プロジェクト",
  EMPLOYMENT: "就職・採用",
  SECONDMENT: "在籍型出向",
  INTERNSHIP: "インターンシップ",
  SHORT_HOURS: "短時間勤務",
  MENTORING: "メンター (新現役等)",
  BUSINESS_SUCCESSION: "事業承継",
};

/** The unit of a need's compensation range. */
export enum CompensationUnit {
  HOURLY = "HOURLY",
  DAILY = "DAILY",
  MONTHLY = "MONTHLY",
  YEARLY = "YEARLY",
  PROJECT_TOTAL = "PROJECT_TOTAL",
}
export const compensationUnitLabels: Readonly<Record<CompensationUnit, string>> = {
  HOURLY: "時給",
  DAILY: "日額",
  MONTHLY: "月額",
  YEARLY: "年額",
  PROJECT_TOTAL: "案件総額",
};

/** Why a card is suggested for a need (or a need for a person): each becomes one Japanese sentence. */
export enum SuggestionReasonKind {
  SKILLS = "SKILLS",
  KIND = "KIND",
  AVAILABILITY = "AVAILABILITY",
  WORK_STYLE = "WORK_STYLE",
  INTEREST_IN_REGION = "INTEREST_IN_REGION",
  PREFECTURE = "PREFECTURE",
}

/** Which side of a matching the viewer's operator is on. */
export enum MatchingSide {
  NEED = "NEED",
  TALENT = "TALENT",
}

registerEnumType(NeedStatus, { name: "NeedStatus", description: "Where a need stands: DRAFT (下書き), OPEN (募集中), MATCHED (マッチング済み), CLOSED (終了)." });
registerEnumType(MatchingStatus, {
  name: "MatchingStatus",
  description: "A matching's state: PROPOSED → INTRODUCED (only through an accepted introduction) → INTERVIEWING → CONCLUDED (成立) or NOT_CONCLUDED (不成立).",
});
registerEnumType(NotConcludedReason, { name: "NotConcludedReason", description: "Why a matching did not conclude (不成立の理由)." });
registerEnumType(PlacementType, { name: "PlacementType", description: "What kind of engagement a placement is (兼業・副業, 就職, 出向, インターン, 事業承継 …)." });
registerEnumType(CompensationUnit, { name: "CompensationUnit", description: "The unit of a compensation range (時給, 日額, 月額, 年額, 案件総額)." });
registerEnumType(SuggestionReasonKind, { name: "SuggestionReasonKind", description: "Why a suggestion is made: skills in common, kind, availability, work style, interest in the region, prefecture." });
registerEnumType(MatchingSide, { name: "MatchingSide", description: "NEED: the viewer's operator posted the need; TALENT: it registered the person." });
