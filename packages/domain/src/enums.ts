// The hub's shared vocabulary. Every subgraph that exposes one of these enums registers it from here, so the composed
// graph has one definition of each. Values are English codes; the Japanese labels are what people read.

/** Kinds of talent a regional HR department works with (domain §2.1). The first four are METI's official targets. */
export enum TalentKind {
  STUDENT_INTERN = "STUDENT_INTERN",
  UI_TURN = "UI_TURN",
  SIDE_JOB = "SIDE_JOB",
  LATENT_WORKER = "LATENT_WORKER",
  MANAGEMENT_MENTOR = "MANAGEMENT_MENTOR",
  RIGHT_ARM_SUCCESSOR = "RIGHT_ARM_SUCCESSOR",
  FOREIGN = "FOREIGN",
  LARGE_CO_EMPLOYEE = "LARGE_CO_EMPLOYEE",
  LARGE_CO_ALUMNI = "LARGE_CO_ALUMNI",
  SENIOR = "SENIOR",
  WOMEN = "WOMEN",
  ICE_AGE_GENERATION = "ICE_AGE_GENERATION",
  SECOND_NEW_GRAD = "SECOND_NEW_GRAD",
  NEW_GRAD = "NEW_GRAD",
  MID_CAREER = "MID_CAREER",
  HIGH_SCHOOL_STUDENT = "HIGH_SCHOOL_STUDENT",
  HIGH_SCHOOL_GRAD = "HIGH_SCHOOL_GRAD",
  PERSON_WITH_DISABILITY = "PERSON_WITH_DISABILITY",
  ATHLETE = "ATHLETE",
  FISHERY_SUCCESSOR = "FISHERY_SUCCESSOR",
  REGIONAL_COOPERATOR = "REGIONAL_COOPERATOR",
  REGIONAL_REVITALIZATION_ENTREPRENEUR = "REGIONAL_REVITALIZATION_ENTREPRENEUR",
  RELATED_POPULATION = "RELATED_POPULATION",
  YOUNG_EMPLOYEE = "YOUNG_EMPLOYEE",
  COORDINATOR = "COORDINATOR",
  SECONDED_EMPLOYEE = "SECONDED_EMPLOYEE",
}
export const talentKindLabels: Readonly<Record<TalentKind, string>> = {
  STUDENT_INTERN: "学生・インターン生",
  UI_TURN: "UIターン人材",
  SIDE_JOB: "兼業・副業人材",
  LATENT_WORKER: "潜在的労働者",
  MANAGEMENT_MENTOR: "マネジメントメンター (新現役; 企業OB等)",
  RIGHT_ARM_SUCCESSOR: "右腕人材 (未来の後継者・経営幹部候補)",
  FOREIGN: "外国人材 (外国人留学生・高度外国人材)",
  LARGE_CO_EMPLOYEE: "大企業人材 (越境学習・シニア社員)",
  LARGE_CO_ALUMNI: "大企業OB人材",
  SENIOR: "シニア",
  WOMEN: "女性",
  ICE_AGE_GENERATION: "就職氷河期世代",
  SECOND_NEW_GRAD: "第2新卒",
  NEW_GRAD: "新卒",
  MID_CAREER: "中途",
  HIGH_SCHOOL_STUDENT: "高校生・中高生・小中学生 (キャリア教育)",
  HIGH_SCHOOL_GRAD: "高卒 (高校新卒)",
  PERSON_WITH_DISABILITY: "障がい者 (多様性人材)",
  ATHLETE: "アスリート (ラグビー選手)",
  FISHERY_SUCCESSOR: "漁師の担い手",
  REGIONAL_COOPERATOR: "地域おこし協力隊",
  REGIONAL_REVITALIZATION_ENTREPRENEUR: "地域活性化起業人",
  RELATED_POPULATION: "関係人口・地域越境人材・二地域居住者・移住者",
  YOUNG_EMPLOYEE: "若手社員・新入社員",
  COORDINATOR: "地域コーディネーター/兼業コーディネーター/DXコーディネータ",
  SECONDED_EMPLOYEE: "在籍型出向者",
};

/** Phases of support: 確保/育成/定着, plus the extra categories some case sheets use (domain §2.2). */
export enum SupportPhase {
  ACQUISITION = "ACQUISITION",
  DEVELOPMENT = "DEVELOPMENT",
  RETENTION = "RETENTION",
  STRATEGY = "STRATEGY",
  GOVERNANCE = "GOVERNANCE",
  CAPACITY = "CAPACITY",
  RELATED_POPULATION = "RELATED_POPULATION",
  ORG_IMPROVEMENT = "ORG_IMPROVEMENT",
  HORIZONTAL_EXPANSION = "HORIZONTAL_EXPANSION",
}
export const supportPhaseLabels: Readonly<Record<SupportPhase, string>> = {
  ACQUISITION: "確保",
  DEVELOPMENT: "育成",
  RETENTION: "定着",
  STRATEGY: "人材戦略・組織変革",
  GOVERNANCE: "体制づくり",
  CAPACITY: "体制強化・人材育成(事務局)",
  RELATED_POPULATION: "関係人口",
  ORG_IMPROVEMENT: "組織課題の改善支援",
  HORIZONTAL_EXPANSION: "他地域への横展開",
};

/** Kinds of program or activity (domain §2.4). */
export enum ProgramKind {
  COUNCIL = "COUNCIL",
  RESULTS_REPORT = "RESULTS_REPORT",
  INFO_SHARING_MEETING = "INFO_SHARING_MEETING",
  NETWORK_EVENT = "NETWORK_EVENT",
  PARTNERSHIP_AGREEMENT = "PARTNERSHIP_AGREEMENT",
  SIDE_JOB_MATCHING = "SIDE_JOB_MATCHING",
  OB_MATCHING = "OB_MATCHING",
  LARGE_CO_COLLABORATION = "LARGE_CO_COLLABORATION",
  RESKILLING = "RESKILLING",
  INTERNSHIP = "INTERNSHIP",
  CAREER_EDUCATION = "CAREER_EDUCATION",
  JOB_MEDIA = "JOB_MEDIA",
  MATCHING_EVENT = "MATCHING_EVENT",
  SEMINAR = "SEMINAR",
  JOINT_TRAINING = "JOINT_TRAINING",
  HR_ACCOMPANIMENT = "HR_ACCOMPANIMENT",
  CONSULTATION_DESK = "CONSULTATION_DESK",
  TALENT_DATABASE = "TALENT_DATABASE",
  CORE_MEMBER_DEVELOPMENT = "CORE_MEMBER_DEVELOPMENT",
  FOREIGN_TALENT_SUPPORT = "FOREIGN_TALENT_SUPPORT",
  CAREER_PLAN_SUPPORT = "CAREER_PLAN_SUPPORT",
  WORK_SHARING = "WORK_SHARING",
  MEMBERSHIP_SUBSCRIPTION = "MEMBERSHIP_SUBSCRIPTION",
  SETTLEMENT_SUPPORT = "SETTLEMENT_SUPPORT",
  DUAL_RESIDENCE_PROMOTION = "DUAL_RESIDENCE_PROMOTION",
  FLEXIBLE_WORK = "FLEXIBLE_WORK",
  WORK_SURVEY = "WORK_SURVEY",
  GUIDEBOOK_BRANDING = "GUIDEBOOK_BRANDING",
  SUCCESSION_SUPPORT = "SUCCESSION_SUPPORT",
  COMPANION_SUPPORT = "COMPANION_SUPPORT",
  WORKSHOP = "WORKSHOP",
  RIGHT_ARM_PROGRAM = "RIGHT_ARM_PROGRAM",
  ORG_IMPROVEMENT = "ORG_IMPROVEMENT",
  HORIZONTAL_EXPANSION = "HORIZONTAL_EXPANSION",
  PLACEMENT = "PLACEMENT",
  REGIONAL_COOPERATOR_PROGRAM = "REGIONAL_COOPERATOR_PROGRAM",
  JOINT_HR_FUNCTION = "JOINT_HR_FUNCTION",
  ENTREPRENEUR_SCHOOL = "ENTREPRENEUR_SCHOOL",
  RECRUITMENT_SUPPORT = "RECRUITMENT_SUPPORT",
  MENTOR_MATCHING = "MENTOR_MATCHING",
  SECONDMENT_MATCHING = "SECONDMENT_MATCHING",
}
export const programKindLabels: Readonly<Record<ProgramKind, string>> = {
  COUNCIL: "協議会",
  RESULTS_REPORT: "成果報告会",
  INFO_SHARING_MEETING: "情報共有会",
  NETWORK_EVENT: "ネットワークイベント",
  PARTNERSHIP_AGREEMENT: "連携協定",
  SIDE_JOB_MATCHING: "兼業・副業人材マッチング",
  OB_MATCHING: "大企業OB人材マッチング",
  LARGE_CO_COLLABORATION: "大企業連携・越境学習",
  RESKILLING: "リスキリング",
  INTERNSHIP: "インターンシップ",
  CAREER_EDUCATION: "キャリア教育",
  JOB_MEDIA: "求人メディア・求人ポータル",
  MATCHING_EVENT: "マッチングイベント・合同企業説明会",
  SEMINAR: "セミナー",
  JOINT_TRAINING: "合同研修",
  HR_ACCOMPANIMENT: "人事伴走支援",
  CONSULTATION_DESK: "相談窓口",
  TALENT_DATABASE: "人材DB・人材データバンク",
  CORE_MEMBER_DEVELOPMENT: "コアメンバーの発掘・育成",
  FOREIGN_TALENT_SUPPORT: "外国人材採用・定着支援",
  CAREER_PLAN_SUPPORT: "キャリアプラン策定支援",
  WORK_SHARING: "ワークシェアリング(しごとコンビニ)",
  MEMBERSHIP_SUBSCRIPTION: "メンバーシップ型サブスクリプション",
  SETTLEMENT_SUPPORT: "定住支援・ライフサポート",
  DUAL_RESIDENCE_PROMOTION: "二地域居住促進",
  FLEXIBLE_WORK: "プチ勤務",
  WORK_SURVEY: "就業実態調査",
  GUIDEBOOK_BRANDING: "ガイドブック・エリアブランディング",
  SUCCESSION_SUPPORT: "事業承継支援",
  COMPANION_SUPPORT: "伴走・横展開支援",
  WORKSHOP: "ワークショップ",
  RIGHT_ARM_PROGRAM: "右腕人材プログラム",
  ORG_IMPROVEMENT: "組織課題の改善支援",
  HORIZONTAL_EXPANSION: "他地域への横展開",
  PLACEMENT: "人材紹介・就業支援",
  REGIONAL_COOPERATOR_PROGRAM: "地域おこし協力隊制度の活用",
  JOINT_HR_FUNCTION: "共同人事機能",
  ENTREPRENEUR_SCHOOL: "起業塾",
  RECRUITMENT_SUPPORT: "採用支援",
  MENTOR_MATCHING: "メンターマッチング",
  SECONDMENT_MATCHING: "在籍型出向マッチング",
};

/** Kinds of partner institution (domain §2.3). */
export enum InstitutionKind {
  MUNICIPALITY = "MUNICIPALITY",
  PREFECTURE = "PREFECTURE",
  CHAMBER_OF_COMMERCE = "CHAMBER_OF_COMMERCE",
  SOCIETY_OF_COMMERCE = "SOCIETY_OF_COMMERCE",
  REGIONAL_BANK = "REGIONAL_BANK",
  SHINKIN_BANK = "SHINKIN_BANK",
  CREDIT_COOPERATIVE = "CREDIT_COOPERATIVE",
  FINANCIAL_GROUP_SUBSIDIARY = "FINANCIAL_GROUP_SUBSIDIARY",
  FINANCIAL_CONSORTIUM = "FINANCIAL_CONSORTIUM",
  INDUSTRY_SUPPORT_CENTER = "INDUSTRY_SUPPORT_CENTER",
  UNIVERSITY = "UNIVERSITY",
  KOSEN = "KOSEN",
  VOCATIONAL_SCHOOL = "VOCATIONAL_SCHOOL",
  HIGH_SCHOOL = "HIGH_SCHOOL",
  INDUSTRY_ASSOCIATION = "INDUSTRY_ASSOCIATION",
  LARGE_COMPANY = "LARGE_COMPANY",
  RECRUITMENT_SERVICE = "RECRUITMENT_SERVICE",
  PRIVATE_COMPANY = "PRIVATE_COMPANY",
  MEDIA = "MEDIA",
  OTHER_REGIONAL_HR_DEPT = "OTHER_REGIONAL_HR_DEPT",
  PUBLIC_EMPLOYMENT = "PUBLIC_EMPLOYMENT",
  PARTICIPATING_COMPANY = "PARTICIPATING_COMPANY",
  CONSORTIUM = "CONSORTIUM",
  GOVERNMENT_NATIONAL = "GOVERNMENT_NATIONAL",
}
export const institutionKindLabels: Readonly<Record<InstitutionKind, string>> = {
  MUNICIPALITY: "自治体(市町村)",
  PREFECTURE: "都道府県",
  CHAMBER_OF_COMMERCE: "商工会議所",
  SOCIETY_OF_COMMERCE: "商工会",
  REGIONAL_BANK: "銀行(地方銀行)",
  SHINKIN_BANK: "信用金庫",
  CREDIT_COOPERATIVE: "信用組合",
  FINANCIAL_GROUP_SUBSIDIARY: "金融機関系人材会社",
  FINANCIAL_CONSORTIUM: "金融団",
  INDUSTRY_SUPPORT_CENTER: "産業支援機関",
  UNIVERSITY: "大学",
  KOSEN: "高等専門学校",
  VOCATIONAL_SCHOOL: "専門学校",
  HIGH_SCHOOL: "高等学校",
  INDUSTRY_ASSOCIATION: "業界団体",
  LARGE_COMPANY: "大企業",
  RECRUITMENT_SERVICE: "採用支援事業者",
  PRIVATE_COMPANY: "民間企業・団体",
  MEDIA: "報道機関",
  OTHER_REGIONAL_HR_DEPT: "他地域の人事部",
  PUBLIC_EMPLOYMENT: "公的就労支援機関",
  PARTICIPATING_COMPANY: "事業参加企業",
  CONSORTIUM: "コンソーシアム",
  GOVERNMENT_NATIONAL: "国の機関",
};

/** Who leads a regional HR department (主導組織のパターン, domain §2.6). */
export enum LeadershipModel {
  PRIVATE_COMPANY_LED = "PRIVATE_COMPANY_LED",
  FINANCIAL_INSTITUTION_LED = "FINANCIAL_INSTITUTION_LED",
  SUPPORT_INSTITUTION_LED = "SUPPORT_INSTITUTION_LED",
  COMMERCE_SOCIETY_LED = "COMMERCE_SOCIETY_LED",
}
export const leadershipModelLabels: Readonly<Record<LeadershipModel, string>> = {
  PRIVATE_COMPANY_LED: "民間企業主導型",
  FINANCIAL_INSTITUTION_LED: "金融機関主導型",
  SUPPORT_INSTITUTION_LED: "支援機関主導型",
  COMMERCE_SOCIETY_LED: "商工会・商工会議所主導型",
};

/** For-profit or non-profit (営利法人/非営利法人, domain §2.5). */
export enum CorporateCategory {
  FOR_PROFIT = "FOR_PROFIT",
  NON_PROFIT = "NON_PROFIT",
}
export const corporateCategoryLabels: Readonly<Record<CorporateCategory, string>> = {
  FOR_PROFIT: "営利法人",
  NON_PROFIT: "非営利法人",
};

/** Area size classes (domain §2.9): 大・中規模 is population 100,000 or more. */
export enum AreaSizeClass {
  LARGE_MEDIUM = "LARGE_MEDIUM",
  SMALL = "SMALL",
}
export const areaSizeClassLabels: Readonly<Record<AreaSizeClass, string>> = {
  LARGE_MEDIUM: "大・中規模",
  SMALL: "小規模",
};

/** Frames of the METI subsidy, by the fiscal years that offered them (domain §6.4). */
export enum SubsidyFrame {
  SINGLE = "SINGLE",
  REGULAR = "REGULAR",
  REGIONAL_JOINT_STRATEGY = "REGIONAL_JOINT_STRATEGY",
  GENERAL = "GENERAL",
  WORK_STYLE_REFORM = "WORK_STYLE_REFORM",
  RIGHT_ARM = "RIGHT_ARM",
  LEGAL_SYSTEM_LINKAGE = "LEGAL_SYSTEM_LINKAGE",
  COMPANION_EXPANSION = "COMPANION_EXPANSION",
}
export const subsidyFrameLabels: Readonly<Record<SubsidyFrame, string>> = {
  SINGLE: "単一枠 (令和4年度)",
  REGULAR: "通常枠",
  REGIONAL_JOINT_STRATEGY: "地域企業共同戦略枠",
  GENERAL: "一般枠",
  WORK_STYLE_REFORM: "働き方改革推進枠",
  RIGHT_ARM: "右腕人材枠",
  LEGAL_SYSTEM_LINKAGE: "法制度連携枠",
  COMPANION_EXPANSION: "伴走・横展開支援事業",
};

/** The three laws whose certification the 法制度連携枠 requires (domain §6.4). */
export enum LinkedLaw {
  REGIONAL_FUTURE_INVESTMENT = "REGIONAL_FUTURE_INVESTMENT",
  SMALL_BUSINESS_SUPPORT = "SMALL_BUSINESS_SUPPORT",
  DUAL_RESIDENCE = "DUAL_RESIDENCE",
}
export const linkedLawLabels: Readonly<Record<LinkedLaw, string>> = {
  REGIONAL_FUTURE_INVESTMENT: "地域未来投資促進法",
  SMALL_BUSINESS_SUPPORT: "小規模事業者支援法",
  DUAL_RESIDENCE: "二地域居住促進法",
};

/** The five activity elements of the maturity model (domain §7). */
export enum MaturityElement {
  STRATEGY = "STRATEGY",
  MARKETING = "MARKETING",
  KNOWLEDGE = "KNOWLEDGE",
  FUNDING = "FUNDING",
  CO_CREATION = "CO_CREATION",
}
export const maturityElementLabels: Readonly<Record<MaturityElement, string>> = {
  STRATEGY: "経営戦略/事業戦略",
  MARKETING: "マーケティング",
  KNOWLEDGE: "ナレッジ・ノウハウ",
  FUNDING: "財源",
  CO_CREATION: "共創関係",
};

/** Whether an operator may use the 地域の人事部 logo and is listed in the national directory. */
export enum LogoLicenseStatus {
  ADOPTED = "ADOPTED",
  LOGO_APPROVED = "LOGO_APPROVED",
  SUSPENDED = "SUSPENDED",
  REVOKED = "REVOKED",
  NONE = "NONE",
}
export const logoLicenseStatusLabels: Readonly<Record<LogoLicenseStatus, string>> = {
  ADOPTED: "補助事業採択事業者",
  LOGO_APPROVED: "ロゴマーク利用承認事業者",
  SUSPENDED: "利用停止中",
  REVOKED: "取消",
  NONE: "なし",
};

/** How an outcome number was counted (domain §8): never add numbers of different bases. */
export enum CountingBasis {
  CUMULATIVE = "CUMULATIVE",
  UNIQUE_PERSONS = "UNIQUE_PERSONS",
  CASES = "CASES",
  COMPANIES = "COMPANIES",
  PERCENT = "PERCENT",
  OTHER = "OTHER",
}
export const countingBasisLabels: Readonly<Record<CountingBasis, string>> = {
  CUMULATIVE: "延べ",
  UNIQUE_PERSONS: "実人数",
  CASES: "件",
  COMPANIES: "社",
  PERCENT: "割合",
  OTHER: "その他",
};
