import type { EligibilityStatus, LinkedLaw, LogoLicenseStatus, SubsidyFrame } from "../../gql/graphql";

export const FRAME_LABELS: Record<SubsidyFrame, string> = {
  SINGLE: "単一枠",
  REGULAR: "通常枠",
  REGIONAL_JOINT_STRATEGY: "地域企業共同戦略枠",
  GENERAL: "一般枠",
  WORK_STYLE_REFORM: "働き方改革推進枠",
  RIGHT_ARM: "右腕人材枠",
  LEGAL_SYSTEM_LINKAGE: "法制度連携枠",
  COMPANION_EXPANSION: "伴走・横展開支援事業",
};

export const LAW_LABELS: Record<LinkedLaw, string> = {
  REGIONAL_FUTURE_INVESTMENT: "地域未来投資促進法",
  SMALL_BUSINESS_SUPPORT: "小規模事業者支援法",
  DUAL_RESIDENCE: "二地域居住促進法",
};

export const LICENCE_STATUS_LABELS: Record<LogoLicenseStatus, string> = {
  ADOPTED: "補助事業採択事業者",
  LOGO_APPROVED: "ロゴマーク利用承認事業者",
  SUSPENDED: "利用停止中",
  REVOKED: "取消",
  NONE: "なし",
};

export const ELIGIBILITY_LABELS: Record<EligibilityStatus, string> = {
  ELIGIBLE: "採択可能",
  NOT_ELIGIBLE: "採択できない",
  UNKNOWN: "判断できない（未登録の事実があります）",
};

/** Japanese names of the administrative actions in the audit trails. */
export const ACTION_LABELS: Record<string, string> = {
  recordAdoption: "採択の登録",
  recordLinkedLawCertification: "法制度の認定の登録",
  grantLogoLicense: "ロゴマーク利用の許可",
  suspendLogoLicense: "ロゴマーク利用の停止",
  revokeLogoLicense: "ロゴマーク利用の取消",
};

export const fyLabel = (year: number) => `${year}年度`;
