import { registerEnumType } from "type-graphql";

/** How a person can work for a regional company (domain.md §4.1). */
export enum Availability {
  FULL_TIME = "FULL_TIME",
  SIDE_JOB = "SIDE_JOB",
  SHORT_HOURS = "SHORT_HOURS",
  INTERNSHIP = "INTERNSHIP",
  PROJECT = "PROJECT",
  SECONDMENT = "SECONDMENT",
}
export const availabilityLabels: Readonly<Record<Availability, string>> = {
  FULL_TIME: "フルタイム (正社員等)",
  SIDE_JOB: "兼業・副業",
  SHORT_HOURS: "短時間 (プチ勤務・しごとコンビニ)",
  INTERNSHIP: "インターンシップ",
  PROJECT: "プロジェクト単位",
  SECONDMENT: "在籍型出向",
};

/** Where and how a person prefers to work. */
export enum WorkStyle {
  ON_SITE = "ON_SITE",
  REMOTE = "REMOTE",
  HYBRID = "HYBRID",
  WORKATION = "WORKATION",
}
export const workStyleLabels: Readonly<Record<WorkStyle, string>> = {
  ON_SITE: "現地勤務",
  REMOTE: "リモート",
  HYBRID: "現地とリモートの併用",
  WORKATION: "ワーケーション",
};

/** How far a person's interest in the region goes: 関係人口 → 二地域居住 → 移住. */
export enum InterestInRegion {
  RELATED_POPULATION = "RELATED_POPULATION",
  DUAL_RESIDENCE = "DUAL_RESIDENCE",
  RELOCATION = "RELOCATION",
}
export const interestInRegionLabels: Readonly<Record<InterestInRegion, string>> = {
  RELATED_POPULATION: "関係人口",
  DUAL_RESIDENCE: "二地域居住",
  RELOCATION: "移住",
};

/** How far a person allows their redacted profile to be shared. */
export enum ConsentScope {
  OWN_OPERATOR = "OWN_OPERATOR",
  SAME_BLOCK = "SAME_BLOCK",
  NATIONWIDE = "NATIONWIDE",
}
export const consentScopeLabels: Readonly<Record<ConsentScope, string>> = {
  OWN_OPERATOR: "登録した事業者のみ",
  SAME_BLOCK: "同じ地域ブロックの事業者",
  NATIONWIDE: "全国の事業者",
};

/** Purposes a person may consent to when their profile is shared with another region. */
export enum SharingPurpose {
  SIDE_JOB_MATCHING = "SIDE_JOB_MATCHING",
  INTERNSHIP = "INTERNSHIP",
  RIGHT_ARM_SUCCESSOR = "RIGHT_ARM_SUCCESSOR",
  EMPLOYMENT = "EMPLOYMENT",
  MENTORING = "MENTORING",
}
export const sharingPurposeLabels: Readonly<Record<SharingPurpose, string>> = {
  SIDE_JOB_MATCHING: "兼業・副業マッチング",
  INTERNSHIP: "インターンシップ",
  RIGHT_ARM_SUCCESSOR: "右腕人材・後継者候補の紹介",
  EMPLOYMENT: "就職・採用",
  MENTORING: "メンタリング (新現役等)",
};

/** How a consent was obtained (kept as evidence). */
export enum ConsentMethod {
  PAPER_FORM = "PAPER_FORM",
  WEB_FORM = "WEB_FORM",
  EMAIL = "EMAIL",
  INTERVIEW_RECORDED = "INTERVIEW_RECORDED",
}
export const consentMethodLabels: Readonly<Record<ConsentMethod, string>> = {
  PAPER_FORM: "書面",
  WEB_FORM: "ウェブフォーム",
  EMAIL: "電子メール",
  INTERVIEW_RECORDED: "面談 (記録あり)",
};

/** Where an introduction request stands. */
export enum IntroductionStatus {
  OPEN = "OPEN",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  WITHDRAWN = "WITHDRAWN",
}
export const introductionStatusLabels: Readonly<Record<IntroductionStatus, string>> = {
  OPEN: "依頼中",
  ACCEPTED: "承諾",
  DECLINED: "辞退",
  WITHDRAWN: "取下げ",
};

/** Why the owning operator declined an introduction (shown to the requesting operator). */
export enum IntroductionDeclineReason {
  PERSON_UNAVAILABLE = "PERSON_UNAVAILABLE",
  PERSON_NOT_INTERESTED = "PERSON_NOT_INTERESTED",
  CONDITIONS_MISMATCH = "CONDITIONS_MISMATCH",
  ALREADY_ENGAGED = "ALREADY_ENGAGED",
  INSUFFICIENT_INFORMATION = "INSUFFICIENT_INFORMATION",
  OTHER = "OTHER",
}
export const introductionDeclineReasonLabels: Readonly<Record<IntroductionDeclineReason, string>> = {
  PERSON_UNAVAILABLE: "本人の都合がつかない（時期・時間が合わない）",
  PERSON_NOT_INTERESTED: "本人が紹介を希望しない",
  CONDITIONS_MISMATCH: "依頼の内容・条件が本人の希望と合わない",
  ALREADY_ENGAGED: "本人がすでに別の仕事・紹介に決まっている",
  INSUFFICIENT_INFORMATION: "依頼の内容が分からず判断できない",
  OTHER: "その他（詳細に記入）",
};

/** What kind of access an audit row records. */
export enum AuditAction {
  CARD_VIEW = "CARD_VIEW",
  CONTACT_VIEW = "CONTACT_VIEW",
  INTRODUCTION_REQUEST = "INTRODUCTION_REQUEST",
}

/** Whether the access an audit row records was allowed or refused. */
export enum AuditOutcome {
  ALLOWED = "ALLOWED",
  DENIED = "DENIED",
}

registerEnumType(Availability, { name: "Availability", description: "How a person can work: full-time, side job, short hours (プチ勤務) …" });
registerEnumType(WorkStyle, { name: "WorkStyle", description: "Where and how a person prefers to work." });
registerEnumType(InterestInRegion, {
  name: "InterestInRegion",
  description: "How far a person's interest in the region goes: RELATED_POPULATION (関係人口) → DUAL_RESIDENCE (二地域居住) → RELOCATION (移住).",
});
registerEnumType(ConsentScope, {
  name: "ConsentScope",
  description: "How far a redacted profile may be shared: the registering operator only, operators of the same regional block, or nationwide.",
});
registerEnumType(SharingPurpose, { name: "SharingPurpose", description: "Purposes a person may consent to for cross-region sharing (APPI 27条: prior consent per purpose)." });
registerEnumType(ConsentMethod, { name: "ConsentMethod", description: "How a consent was obtained." });
registerEnumType(IntroductionStatus, { name: "IntroductionStatus", description: "Where an introduction request stands." });
registerEnumType(IntroductionDeclineReason, {
  name: "IntroductionDeclineReason",
  description: "Why the owning operator declined an introduction; OTHER needs a note. Shown to the requesting operator.",
});
registerEnumType(AuditAction, {
  name: "AuditAction",
  description:
    "CARD_VIEW: a redacted card shown in another region's search; CONTACT_VIEW: contact details read after an accepted introduction; " +
    "INTRODUCTION_REQUEST: an introduction asked for a card (recorded when refused).",
});
registerEnumType(AuditOutcome, {
  name: "AuditOutcome",
  description: "ALLOWED: the data was shown; DENIED: the read was refused (e.g. contact before acceptance, a card after revocation).",
});
