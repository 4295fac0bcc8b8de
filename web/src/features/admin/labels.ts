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

/** The scheme's rules that refuse an adoption, in Japanese, and the form field each concerns. */
export const RULES: Record<string, { nameJa: string; field: string; messageJa: string }> = {
  ADOPTION_CAP: {
    nameJa: "採択回数の上限",
    field: "memberOperatorIds",
    messageJa: "2026年度からは、同じ事業者の採択は2022年度以降のすべての枠を通算して3回までです。上限に達した事業者は採択できません。",
  },
  LINKED_LAW_CERTIFICATION: {
    nameJa: "法制度連携枠の認定",
    field: "linkedLaw",
    messageJa: "法制度連携枠には、選んだ法律による承認・認定が必要です。採択事業者の認定が登録されていないか、認定がこの年度を含んでいません。先に「法制度の認定」で登録してください。",
  },
  LIST_CODE_UNIQUE: {
    nameJa: "リスト番号の重複",
    field: "listCode",
    messageJa: "このリスト番号は、この年度にすでに使われています。リスト番号は年度ごとに1回だけ使えます。",
  },
  OPERATOR_EXISTS: {
    nameJa: "事業者の登録",
    field: "memberOperatorIds",
    messageJa: "登録されていない事業者が含まれています。一覧から選び直してください。",
  },
};

export const fyLabel = (year: number) => `${year}年度`;
