// Japanese labels of the know-how, maturity-model and funding enums (the words the API's descriptions and *LabelJa fields use).
import { FIELD_LABELS } from "../../lib/errors";

export const KNOWHOW_KINDS = [
  ["CASE_STUDY", "事例"],
  ["PROGRAM", "事業・取組"],
] as const;

export const AREA_SIZES = [
  ["LARGE_MEDIUM", "大・中規模（人口10万人以上）"],
  ["SMALL", "小規模（10万人未満・町村）"],
] as const;

export const ORG_CLASSES = [
  ["FOR_PROFIT", "営利法人"],
  ["NON_PROFIT", "非営利法人"],
] as const;

export const LEADERSHIP_MODELS = [
  ["PRIVATE_COMPANY_LED", "民間企業主導型"],
  ["FINANCIAL_INSTITUTION_LED", "金融機関主導型"],
  ["SUPPORT_INSTITUTION_LED", "支援機関主導型"],
  ["COMMERCE_SOCIETY_LED", "商工会・商工会議所主導型"],
] as const;

export const ELEMENTS = [
  ["STRATEGY", "経営戦略/事業戦略"],
  ["MARKETING", "マーケティング"],
  ["KNOWLEDGE", "ナレッジ・ノウハウ"],
  ["FUNDING", "財源"],
  ["CO_CREATION", "共創関係"],
] as const;

export const PHASES = [
  ["ACQUISITION", "確保"],
  ["DEVELOPMENT", "育成"],
  ["RETENTION", "定着"],
  ["STRATEGY", "人材戦略・組織変革"],
  ["GOVERNANCE", "体制づくり"],
  ["CAPACITY", "体制強化・人材育成（事務局）"],
  ["RELATED_POPULATION", "関係人口"],
  ["ORG_IMPROVEMENT", "組織課題の改善支援"],
  ["HORIZONTAL_EXPANSION", "他地域への横展開"],
] as const;

export const PROGRAM_KINDS = [
  ["COUNCIL", "協議会"],
  ["RESULTS_REPORT", "成果報告会"],
  ["INFO_SHARING_MEETING", "情報共有会"],
  ["NETWORK_EVENT", "ネットワークイベント"],
  ["PARTNERSHIP_AGREEMENT", "連携協定"],
  ["SIDE_JOB_MATCHING", "兼業・副業人材マッチング"],
  ["OB_MATCHING", "大企業OB人材マッチング"],
  ["LARGE_CO_COLLABORATION", "大企業連携・越境学習"],
  ["RESKILLING", "リスキリング"],
  ["INTERNSHIP", "インターンシップ"],
  ["CAREER_EDUCATION", "キャリア教育"],
  ["JOB_MEDIA", "求人メディア・求人ポータル"],
  ["MATCHING_EVENT", "マッチングイベント・合同企業説明会"],
  ["SEMINAR", "セミナー"],
  ["JOINT_TRAINING", "合同研修"],
  ["HR_ACCOMPANIMENT", "人事伴走支援"],
  ["CONSULTATION_DESK", "相談窓口"],
  ["TALENT_DATABASE", "人材DB・人材データバンク"],
  ["CORE_MEMBER_DEVELOPMENT", "コアメンバーの発掘・育成"],
  ["FOREIGN_TALENT_SUPPORT", "外国人材採用・定着支援"],
  ["CAREER_PLAN_SUPPORT", "キャリアプラン策定支援"],
  ["WORK_SHARING", "ワークシェアリング（しごとコンビニ）"],
  ["MEMBERSHIP_SUBSCRIPTION", "メンバーシップ型サブスクリプション"],
  ["SETTLEMENT_SUPPORT", "定住支援・ライフサポート"],
  ["DUAL_RESIDENCE_PROMOTION", "二地域居住促進"],
  ["FLEXIBLE_WORK", "プチ勤務"],
  ["WORK_SURVEY", "就業実態調査"],
  ["GUIDEBOOK_BRANDING", "ガイドブック・エリアブランディング"],
  ["SUCCESSION_SUPPORT", "事業承継支援"],
  ["COMPANION_SUPPORT", "伴走・横展開支援"],
  ["WORKSHOP", "ワークショップ"],
  ["RIGHT_ARM_PROGRAM", "右腕人材プログラム"],
  ["ORG_IMPROVEMENT", "組織課題の改善支援"],
  ["HORIZONTAL_EXPANSION", "他地域への横展開"],
  ["PLACEMENT", "人材紹介・就業支援"],
  ["REGIONAL_COOPERATOR_PROGRAM", "地域おこし協力隊制度の活用"],
  ["JOINT_HR_FUNCTION", "共同人事機能"],
  ["ENTREPRENEUR_SCHOOL", "起業塾"],
  ["RECRUITMENT_SUPPORT", "採用支援"],
  ["MENTOR_MATCHING", "メンターマッチング"],
  ["SECONDMENT_MATCHING", "在籍型出向マッチング"],
] as const;

export const SPEAKER_TYPES = [
  ["MUNICIPALITY", "自治体"],
  ["COMPANY", "企業"],
  ["JOB_SEEKER", "求職者・人材"],
  ["FINANCIAL_INSTITUTION", "金融機関"],
  ["UNIVERSITY", "大学・教育機関"],
  ["SUPPORT_INSTITUTION", "支援機関・構成機関"],
  ["LEAD_ORGANIZATION", "主導組織"],
  ["OTHER", "その他"],
] as const;

export const COUNTING_BASES = [
  ["CUMULATIVE", "延べ"],
  ["UNIQUE_PERSONS", "実人数"],
  ["CASES", "件"],
  ["COMPANIES", "社"],
  ["PERCENT", "割合"],
  ["OTHER", "その他（数え方の記載なし）"],
] as const;

export const VISIBILITIES = [
  ["PUBLIC", "公開（サインインしていない人も閲覧可）"],
  ["NETWORK", "ハブ内（サインインした事業者・管理者のみ）"],
  ["PRIVATE", "非公開（自事業者と全国管理者のみ）"],
] as const;

export const MATCHED_IN = [
  ["TITLE", "タイトル"],
  ["SUMMARY", "概要"],
  ["BODY", "本文"],
] as const;

export const ANSWERS = [
  [1, "あてはまる"],
  [2, "ややあてはまる"],
  [3, "どちらともいえない"],
  [4, "あまりあてはまらない"],
  [5, "全くあてはまらない"],
] as const;

/** 2024 → 令和6年度 (2024年度). */
export function fiscalYearJa(year: number): string {
  const reiwa = year - 2018;
  return reiwa >= 1 ? `令和${reiwa === 1 ? "元" : reiwa}年度（${year}年度）` : `${year}年度`;
}

/** 2024 → 2024年度 (short, for charts and tables). */
export const fy = (year: number) => `${year}年度`;

/** Japanese names of the input fields these screens send, for the API's BAD_USER_INPUT messages ("titleJa must …"). */
Object.assign(FIELD_LABELS, {
  titleJa: "タイトル",
  summaryJa: "概要",
  query: "検索語",
  fiscalYear: "年度",
  fiscalYears: "対象年度",
  answers: "回答",
  operatorId: "事業者",
  listCode: "リスト番号",
  memberOperatorIds: "採択事業者",
  projectTitle: "事業名",
  targetArea: "対象地域",
  linkedLaw: "連携する法律",
  frame: "枠",
  reason: "理由",
  grantedOn: "付与日",
  suspendedOn: "停止日",
  revokedOn: "取消日",
  certifiedOn: "認定日",
  validUntil: "有効期限",
  certifyingBody: "認定した機関",
  stumblingPoints: "つまずきと対応",
  voices: "声",
  visibility: "公開範囲",
});
