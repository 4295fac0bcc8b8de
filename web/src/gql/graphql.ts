/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The survey's three columns: AGREE = ①あてはまる/②ややあてはまる, NEUTRAL = ③どちらともいえない, DISAGREE = ④あまりあてはまらない/⑤全くあてはまらない. */
export type AnswerGroup =
  | 'AGREE'
  | 'DISAGREE'
  | 'NEUTRAL';

/** Area size class: LARGE_MEDIUM (大・中規模) is a population of 100,000 or more; SMALL (小規模) is below, or a town or village. */
export type AreaSizeClass =
  /** 大・中規模 */
  | 'LARGE_MEDIUM'
  /** 小規模 */
  | 'SMALL';

/** CARD_VIEW: a redacted card shown in another region's search; CONTACT_VIEW: contact details read after an accepted introduction; INTRODUCTION_REQUEST: an introduction asked for a card (recorded when refused). */
export type AuditAction =
  | 'CARD_VIEW'
  | 'CONTACT_VIEW'
  | 'INTRODUCTION_REQUEST';

/** How a person can work: full-time, side job, short hours (プチ勤務) … */
export type Availability =
  | 'FULL_TIME'
  | 'INTERNSHIP'
  | 'PROJECT'
  | 'SECONDMENT'
  | 'SHORT_HOURS'
  | 'SIDE_JOB';

/** Fields of a case study. On update, omitted fields keep their values. */
export type CaseStudyFieldsInput = {
  /** Area size classes. */
  areaSizeClasses?: Array<AreaSizeClass> | null | undefined;
  /** Background (As Is). */
  background?: string | null | undefined;
  /** Devices by activity element. */
  devices?: Array<ElementDeviceInput> | null | undefined;
  /** Fiscal years covered. */
  fiscalYears?: Array<number> | null | undefined;
  /** Goal (To Be). */
  goal?: string | null | undefined;
  /** Leadership model. */
  leadershipModel?: LeadershipModel | null | undefined;
  /** Organisation class (営利 / 非営利). */
  orgClass?: CorporateCategory | null | undefined;
  /** Outcomes in words. */
  outcomesJa?: Array<string> | null | undefined;
  /** What was done in each phase. */
  phases?: Array<PhaseTextInput> | null | undefined;
  /** Where. */
  place?: string | null | undefined;
  /** Plans ahead. */
  plansAhead?: Array<PlanAheadInput> | null | undefined;
  /** Kinds of program run. */
  programKinds?: Array<ProgramKind> | null | undefined;
  /** Stumbling points by fiscal year. */
  stumblingPoints?: Array<StumblingPointInput> | null | undefined;
  /** Summary. */
  summaryJa?: string | null | undefined;
  /** Kinds of talent targeted. */
  targetTalentKinds?: Array<TalentKind> | null | undefined;
  /** Title (required on create; 1 to 200 characters). */
  titleJa?: string | null | undefined;
  /** Visibility once published (default PUBLIC). A draft is PRIVATE whatever this says. */
  visibility?: ContentVisibility | null | undefined;
  /** Voices. */
  voices?: Array<VoiceInput> | null | undefined;
};

/** DRAFT (visible only to its operator and the national administrator, whatever visibility it will have) or PUBLISHED. */
export type CaseStudyStatus =
  | 'DRAFT'
  | 'PUBLISHED';

/** Size class of a regional company (SME Basic Act thresholds) as its supporting operator records it. */
export type CompanySizeClass =
  /** 大企業 */
  | 'LARGE'
  /** 中小企業 (中) */
  | 'MEDIUM'
  /** 小規模企業 */
  | 'MICRO'
  /** 中小企業 (小) */
  | 'SMALL'
  /** 不明 */
  | 'UNKNOWN';

/** Who may see a regional company: PUBLIC (everyone) or NETWORK (signed-in viewers of the hub only). */
export type CompanyVisibility =
  /** ネットワーク内のみ */
  | 'NETWORK'
  /** 公開 */
  | 'PUBLIC';

/** The unit of a compensation range (時給, 日額, 月額, 年額, 案件総額). */
export type CompensationUnit =
  | 'DAILY'
  | 'HOURLY'
  | 'MONTHLY'
  | 'PROJECT_TOTAL'
  | 'YEARLY';

/** How a consent was obtained. */
export type ConsentMethod =
  | 'EMAIL'
  | 'INTERVIEW_RECORDED'
  | 'PAPER_FORM'
  | 'WEB_FORM';

/** How far a redacted profile may be shared: the registering operator only, operators of the same regional block, or nationwide. */
export type ConsentScope =
  | 'NATIONWIDE'
  | 'OWN_OPERATOR'
  | 'SAME_BLOCK';

/** Who may see a case study or program: PUBLIC (anyone, anonymous included), NETWORK (any signed-in viewer of the hub), PRIVATE (only its own operator's viewers and the national administrator). */
export type ContentVisibility =
  | 'NETWORK'
  | 'PRIVATE'
  | 'PUBLIC';

/** For-profit (営利法人) or non-profit (非営利法人). */
export type CorporateCategory =
  /** 営利法人 */
  | 'FOR_PROFIT'
  /** 非営利法人 */
  | 'NON_PROFIT';

/** How an outcome number was counted. Numbers of different bases are never added together. */
export type CountingBasis =
  /** 件 */
  | 'CASES'
  /** 社 */
  | 'COMPANIES'
  /** 延べ */
  | 'CUMULATIVE'
  /** その他 */
  | 'OTHER'
  /** 割合 */
  | 'PERCENT'
  /** 実人数 */
  | 'UNIQUE_PERSONS';

/** A new case study, created as a DRAFT (PRIVATE until published). */
export type CreateCaseStudyInput = {
  /** Area size classes. */
  areaSizeClasses?: Array<AreaSizeClass> | null | undefined;
  /** Background (As Is). */
  background?: string | null | undefined;
  /** Devices by activity element. */
  devices?: Array<ElementDeviceInput> | null | undefined;
  /** Fiscal years covered. */
  fiscalYears?: Array<number> | null | undefined;
  /** Goal (To Be). */
  goal?: string | null | undefined;
  /** A key unique to this creation (8 to 200 characters; a UUID is a good choice): a retry with the same key and input returns the case study first created instead of a second one; the same key with another input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Leadership model. */
  leadershipModel?: LeadershipModel | null | undefined;
  /** The operator the case belongs to; required: the viewer must act for it. */
  operatorId?: string | number | null | undefined;
  /** Organisation class (営利 / 非営利). */
  orgClass?: CorporateCategory | null | undefined;
  /** Outcomes in words. */
  outcomesJa?: Array<string> | null | undefined;
  /** What was done in each phase. */
  phases?: Array<PhaseTextInput> | null | undefined;
  /** Where. */
  place?: string | null | undefined;
  /** Plans ahead. */
  plansAhead?: Array<PlanAheadInput> | null | undefined;
  /** Kinds of program run. */
  programKinds?: Array<ProgramKind> | null | undefined;
  /** Stumbling points by fiscal year. */
  stumblingPoints?: Array<StumblingPointInput> | null | undefined;
  /** Summary. */
  summaryJa?: string | null | undefined;
  /** Kinds of talent targeted. */
  targetTalentKinds?: Array<TalentKind> | null | undefined;
  /** Title (required on create; 1 to 200 characters). */
  titleJa?: string | null | undefined;
  /** Visibility once published (default PUBLIC). A draft is PRIVATE whatever this says. */
  visibility?: ContentVisibility | null | undefined;
  /** Voices. */
  voices?: Array<VoiceInput> | null | undefined;
};

/** Starts an import session of the viewer's own pool. */
export type CreateTalentImportInput = {
  /** The file's name (1–200 characters), shown with the session. */
  fileName: string;
  /** Optional retry key (8–200 characters): the same key from the same user returns the same session instead of a new one. */
  idempotencyKey?: string | null | undefined;
};

/** Why the owning operator declines an introduction. The requesting operator sees the reason and the note. */
export type DeclineIntroductionInput = {
  /** The owner's own words, 1–500 characters after trimming; required when `reason` is OTHER. Write no personal details of the person. */
  note?: string | null | undefined;
  /** The reason, as a code (its Japanese label is shown). */
  reason: IntroductionDeclineReason;
};

/** A device for staying power under one activity element. */
export type ElementDeviceInput = {
  /** The activity element. */
  element: MaturityElement;
  /** The device (Japanese). */
  textJa: string;
};

/** Whether the recorded facts settle the answer: ELIGIBLE, NOT_ELIGIBLE, or UNKNOWN when a deciding fact is not recorded. */
export type EligibilityStatus =
  /** No recorded fact rules the adoption out under that year's rules. */
  | 'ELIGIBLE'
  /** A recorded fact rules it out (e.g. the FY2026 cap of 3 adoptions, a certification that does not cover the year). */
  | 'NOT_ELIGIBLE'
  /** A fact that decides it is not recorded (e.g. whether the operator holds a linked-law certification); see undecidedByJa. */
  | 'UNKNOWN';

/** A consent the person gave to share their redacted profile. */
export type GrantConsentInput = {
  /** When it expires (ISO 8601, after `obtainedAt`); omit for no expiry. */
  expiresAt?: string | null | undefined;
  /** How the consent was obtained. */
  method: ConsentMethod;
  /** When the consent was obtained (ISO 8601, not in the future). */
  obtainedAt: string;
  /** 1 or more distinct purposes the person agreed to. */
  purposes: Array<SharingPurpose>;
  /** How far the profile may be shared. */
  scope: ConsentScope;
};

/** Grant (or re-grant) an operator's logo licence. */
export type GrantLogoLicenseInput = {
  /** ADOPTION (status ADOPTED) or APPROVAL (status LOGO_APPROVED). */
  basis: LogoLicenseBasis;
  /** Date granted, YYYY-MM-DD. */
  grantedOn: string;
  /** A key unique to this change (8 to 200 characters; a UUID is a good choice): a retry with the same key and input returns the first result without writing again. */
  idempotencyKey: string;
  /** The operator (e.g. `op-dotdoto`). */
  operatorId: string | number;
  /** Why (internal; 1 to 1000 characters). */
  reason: string;
};

/** How far a person's interest in the region goes: RELATED_POPULATION (関係人口) → DUAL_RESIDENCE (二地域居住) → RELOCATION (移住). */
export type InterestInRegion =
  | 'DUAL_RESIDENCE'
  | 'RELATED_POPULATION'
  | 'RELOCATION';

/** Why the owning operator declined an introduction; OTHER needs a note. Shown to the requesting operator. */
export type IntroductionDeclineReason =
  | 'ALREADY_ENGAGED'
  | 'CONDITIONS_MISMATCH'
  | 'INSUFFICIENT_INFORMATION'
  | 'OTHER'
  | 'PERSON_NOT_INTERESTED'
  | 'PERSON_UNAVAILABLE';

/** Where an introduction request stands. */
export type IntroductionStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'OPEN'
  | 'WITHDRAWN';

/** Major division (大分類) of the Japan Standard Industrial Classification (日本標準産業分類), A–T. */
export type JsicDivision =
  /** 農業，林業 */
  | 'A'
  /** 漁業 */
  | 'B'
  /** 鉱業，採石業，砂利採取業 */
  | 'C'
  /** 建設業 */
  | 'D'
  /** 製造業 */
  | 'E'
  /** 電気・ガス・熱供給・水道業 */
  | 'F'
  /** 情報通信業 */
  | 'G'
  /** 運輸業，郵便業 */
  | 'H'
  /** 卸売業，小売業 */
  | 'I'
  /** 金融業，保険業 */
  | 'J'
  /** 不動産業，物品賃貸業 */
  | 'K'
  /** 学術研究，専門・技術サービス業 */
  | 'L'
  /** 宿泊業，飲食サービス業 */
  | 'M'
  /** 生活関連サービス業，娯楽業 */
  | 'N'
  /** 教育，学習支援業 */
  | 'O'
  /** 医療，福祉 */
  | 'P'
  /** 複合サービス事業 */
  | 'Q'
  /** サービス業（他に分類されないもの） */
  | 'R'
  /** 公務（他に分類されるものを除く） */
  | 'S'
  /** 分類不能の産業 */
  | 'T';

/** What a search hit is: a case study or a program. */
export type KnowHowKind =
  | 'CASE_STUDY'
  | 'PROGRAM';

/** Who leads a regional HR department (主導組織のパターン). */
export type LeadershipModel =
  /** 商工会・商工会議所主導型 */
  | 'COMMERCE_SOCIETY_LED'
  /** 金融機関主導型 */
  | 'FINANCIAL_INSTITUTION_LED'
  /** 民間企業主導型 */
  | 'PRIVATE_COMPANY_LED'
  /** 支援機関主導型 */
  | 'SUPPORT_INSTITUTION_LED';

/** The three laws one of whose certifications the 法制度連携枠 requires. */
export type LinkedLaw =
  /** 二地域居住促進法 */
  | 'DUAL_RESIDENCE'
  /** 地域未来投資促進法 */
  | 'REGIONAL_FUTURE_INVESTMENT'
  /** 小規模事業者支援法 */
  | 'SMALL_BUSINESS_SUPPORT';

/** Why an operator holds the logo licence. */
export type LogoLicenseBasis =
  /** Adopted for the subsidy (本補助事業採択事業者). */
  | 'ADOPTION'
  /** Approved to use the logo (ロゴマーク利用承認事業者) without an adoption. */
  | 'APPROVAL';

/** Whether an operator may use the 地域の人事部 logo, which also lists it in the national directory. */
export type LogoLicenseStatus =
  /** 補助事業採択事業者 */
  | 'ADOPTED'
  /** ロゴマーク利用承認事業者 */
  | 'LOGO_APPROVED'
  /** なし */
  | 'NONE'
  /** 取消 */
  | 'REVOKED'
  /** 利用停止中 */
  | 'SUSPENDED';

/** Where the first search word matched: TITLE (case title / program name), SUMMARY (case summary / program remarks) or BODY (everything else). */
export type MatchedIn =
  | 'BODY'
  | 'SUMMARY'
  | 'TITLE';

/** NEED: the viewer's operator posted the need; TALENT: it registered the person. */
export type MatchingSide =
  | 'NEED'
  | 'TALENT';

/** A matching's state: PROPOSED → INTRODUCED (only through an accepted introduction) → INTERVIEWING → CONCLUDED (成立) or NOT_CONCLUDED (不成立). */
export type MatchingStatus =
  | 'CONCLUDED'
  | 'INTERVIEWING'
  | 'INTRODUCED'
  | 'NOT_CONCLUDED'
  | 'PROPOSED';

/** The five activity elements of the maturity model (活動要素). */
export type MaturityElement =
  /** 共創関係 */
  | 'CO_CREATION'
  /** 財源 */
  | 'FUNDING'
  /** ナレッジ・ノウハウ */
  | 'KNOWLEDGE'
  /** マーケティング */
  | 'MARKETING'
  /** 経営戦略/事業戦略 */
  | 'STRATEGY';

/** A need of a company the viewer's operator supports. */
export type NeedInput = {
  /** The business problem behind it (経営課題), 1–2000 characters. */
  businessProblem: string;
  /** The regional company (it must be supported by the viewer's operator). */
  companyId: string | number;
  /** Compensation upper bound in yen (≥ min). */
  compensationMax?: number | null | undefined;
  /** Compensation lower bound in yen (≥ 0). */
  compensationMin?: number | null | undefined;
  /** Unit of the range; required when a bound is given. */
  compensationUnit?: CompensationUnit | null | undefined;
  /** What the work is, 1–4000 characters. */
  description: string;
  /** Show the company's name to other regions (default false). */
  discloseCompany?: boolean | null | undefined;
  /** Show the compensation range to other regions (default true). */
  discloseCompensation?: boolean | null | undefined;
  /** Last day (YYYY-MM-DD), not before `startsOn`. */
  endsOn?: string | null | undefined;
  /** Kinds of talent wanted (1–5). */
  kinds: Array<TalentKind>;
  /** Period as written (up to 200 characters). */
  periodJa?: string | null | undefined;
  /** The purpose people must have consented to (e.g. SIDE_JOB_MATCHING). */
  purpose: SharingPurpose;
  /** How far the need is shared: OWN_OPERATOR, SAME_BLOCK or NATIONWIDE. */
  scope: ConsentScope;
  /** Skills wanted (up to 20, each 1–50 characters). */
  skills?: Array<string> | null | undefined;
  /** First day (YYYY-MM-DD). */
  startsOn?: string | null | undefined;
  /** DRAFT (default) or OPEN. */
  status?: NeedStatus | null | undefined;
  /** Title, 1–200 characters (Japanese). */
  title: string;
  /** Volume as written (e.g. 月20時間), up to 200 characters. */
  volumeJa?: string | null | undefined;
  /** How the work is done (1 or more): side job, project, full time, secondment, internship, short hours. */
  workForms: Array<Availability>;
  /** Remote / on site / hybrid … (empty or absent: any). */
  workStyles?: Array<WorkStyle> | null | undefined;
};

/** Where a need stands: DRAFT (下書き), OPEN (募集中), MATCHED (マッチング済み), CLOSED (終了). */
export type NeedStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'MATCHED'
  | 'OPEN';

/** Why a matching did not conclude. */
export type NotConcludedInput = {
  /** A note (Japanese, up to 1000 characters). */
  noteJa?: string | null | undefined;
  /** The reason. */
  reason: NotConcludedReason;
};

/** Why a matching did not conclude (不成立の理由). */
export type NotConcludedReason =
  | 'COMPANY_DECLINED'
  | 'CONDITIONS'
  | 'CONSENT_REVOKED'
  | 'OTHER'
  | 'TALENT_DECLINED'
  | 'TIMING';

/** Consent at a glance: ACTIVE — at least one consent neither revoked nor expired; NONE_ACTIVE — none (never given, revoked or expired). */
export type OwnPoolConsentState =
  | 'ACTIVE'
  | 'NONE_ACTIVE';

/** Filters for the viewer's own talent pool; every field is optional and they combine with AND. */
export type OwnPoolFilter = {
  /** Only people who can work this way. */
  availability?: Availability | null | undefined;
  /** Only people whose consent is in this state. */
  consentState?: OwnPoolConsentState | null | undefined;
  /** Only people of this kind. */
  kind?: TalentKind | null | undefined;
  /** Words to find in the person's name or skills, 1–100 characters (width and kana variants are normalised for skills). */
  text?: string | null | undefined;
};

/** How to order the own pool: by registration (newest or oldest first), by last change (newest first), or by name (character-code order: kana before kanji; names carry no reading). */
export type OwnPoolSort =
  | 'NAME'
  | 'REGISTERED_NEWEST'
  | 'REGISTERED_OLDEST'
  | 'UPDATED_NEWEST';

/** What was done in one phase. */
export type PhaseTextInput = {
  /** The phase. */
  phase: SupportPhase;
  /** What was done (Japanese). */
  textJa: string;
};

/** The placement a concluded matching records. */
export type PlacementInput = {
  /** End date (YYYY-MM-DD), not before the start. */
  endDate?: string | null | undefined;
  /** What kind of engagement it is. */
  placementType: PlacementType;
  /** The program (programs subgraph id) it belongs to. */
  programId?: string | number | null | undefined;
  /** Start date (YYYY-MM-DD); its fiscal year is the placement's. */
  startDate: string;
};

/** What kind of engagement a placement is (兼業・副業, 就職, 出向, インターン, 事業承継 …). */
export type PlacementType =
  | 'BUSINESS_SUCCESSION'
  | 'EMPLOYMENT'
  | 'INTERNSHIP'
  | 'MENTORING'
  | 'PROJECT'
  | 'SECONDMENT'
  | 'SHORT_HOURS'
  | 'SIDE_JOB';

/** A plan ahead. */
export type PlanAheadInput = {
  /** Fiscal year of the plan, if it is for one year. */
  fiscalYear?: number | null | undefined;
  /** The plan. */
  textJa: string;
};

/** Kinds of program or activity run by a regional HR department (事業・アクティビティの種類). */
export type ProgramKind =
  /** キャリア教育 */
  | 'CAREER_EDUCATION'
  /** キャリアプラン策定支援 */
  | 'CAREER_PLAN_SUPPORT'
  /** 伴走・横展開支援 */
  | 'COMPANION_SUPPORT'
  /** 相談窓口 */
  | 'CONSULTATION_DESK'
  /** コアメンバーの発掘・育成 */
  | 'CORE_MEMBER_DEVELOPMENT'
  /** 協議会 */
  | 'COUNCIL'
  /** 二地域居住促進 */
  | 'DUAL_RESIDENCE_PROMOTION'
  /** 起業塾 */
  | 'ENTREPRENEUR_SCHOOL'
  /** プチ勤務 */
  | 'FLEXIBLE_WORK'
  /** 外国人材採用・定着支援 */
  | 'FOREIGN_TALENT_SUPPORT'
  /** ガイドブック・エリアブランディング */
  | 'GUIDEBOOK_BRANDING'
  /** 他地域への横展開 */
  | 'HORIZONTAL_EXPANSION'
  /** 人事伴走支援 */
  | 'HR_ACCOMPANIMENT'
  /** 情報共有会 */
  | 'INFO_SHARING_MEETING'
  /** インターンシップ */
  | 'INTERNSHIP'
  /** 求人メディア・求人ポータル */
  | 'JOB_MEDIA'
  /** 共同人事機能 */
  | 'JOINT_HR_FUNCTION'
  /** 合同研修 */
  | 'JOINT_TRAINING'
  /** 大企業連携・越境学習 */
  | 'LARGE_CO_COLLABORATION'
  /** マッチングイベント・合同企業説明会 */
  | 'MATCHING_EVENT'
  /** メンバーシップ型サブスクリプション */
  | 'MEMBERSHIP_SUBSCRIPTION'
  /** メンターマッチング */
  | 'MENTOR_MATCHING'
  /** ネットワークイベント */
  | 'NETWORK_EVENT'
  /** 大企業OB人材マッチング */
  | 'OB_MATCHING'
  /** 組織課題の改善支援 */
  | 'ORG_IMPROVEMENT'
  /** 連携協定 */
  | 'PARTNERSHIP_AGREEMENT'
  /** 人材紹介・就業支援 */
  | 'PLACEMENT'
  /** 採用支援 */
  | 'RECRUITMENT_SUPPORT'
  /** 地域おこし協力隊制度の活用 */
  | 'REGIONAL_COOPERATOR_PROGRAM'
  /** リスキリング */
  | 'RESKILLING'
  /** 成果報告会 */
  | 'RESULTS_REPORT'
  /** 右腕人材プログラム */
  | 'RIGHT_ARM_PROGRAM'
  /** 在籍型出向マッチング */
  | 'SECONDMENT_MATCHING'
  /** セミナー */
  | 'SEMINAR'
  /** 定住支援・ライフサポート */
  | 'SETTLEMENT_SUPPORT'
  /** 兼業・副業人材マッチング */
  | 'SIDE_JOB_MATCHING'
  /** 事業承継支援 */
  | 'SUCCESSION_SUPPORT'
  /** 人材DB・人材データバンク */
  | 'TALENT_DATABASE'
  /** ワークショップ */
  | 'WORKSHOP'
  /** ワークシェアリング(しごとコンビニ) */
  | 'WORK_SHARING'
  /** 就業実態調査 */
  | 'WORK_SURVEY';

/** An adoption to record, as the ministry's list prints it. */
export type RecordAdoptionInput = {
  /** Fiscal year, 2022 to 2026. */
  fiscalYear: number;
  /** A frame that fiscal year offered. */
  frame: SubsidyFrame;
  /** A client-generated key (8 to 200 characters, e.g. a UUID). A retry with the same key and payload returns the first result without writing again; the same key with a different payload is refused with CONFLICT. */
  idempotencyKey: string;
  /** The law relied on: required for 法制度連携枠, not allowed for other frames. */
  linkedLaw?: LinkedLaw | null | undefined;
  /** List code: the frame's letter and a number (e.g. A20); unique within the fiscal year. */
  listCode: string;
  /** The adopted operators' ids in printed order ((1), (2), …); 1 to 10, no repeats. */
  memberOperatorIds: Array<string | number>;
  /** Project title (事業名), up to 300 characters. */
  projectTitle?: string | null | undefined;
  /** Target area (対象地域) as printed, up to 300 characters. */
  targetArea?: string | null | undefined;
};

/** A certification an operator holds under one of the three linked laws. */
export type RecordLinkedLawCertificationInput = {
  /** ISO date of certification (YYYY-MM-DD). */
  certifiedOn?: string | null | undefined;
  /** Who certified it (e.g. 塩尻市 for a 二地域居住等支援法人 designation). */
  certifyingBody?: string | null | undefined;
  /** A client-generated key (8 to 200 characters, e.g. a UUID). A retry with the same key and payload returns the first result without writing again; the same key with a different payload is refused with CONFLICT. */
  idempotencyKey: string;
  /** The law. */
  law: LinkedLaw;
  /** The operator's id. */
  operatorId: string | number;
  /** Where the fact comes from (default: recorded by the national administrator). */
  source?: string | null | undefined;
  /** ISO date it ends (YYYY-MM-DD), not before `certifiedOn`. */
  validUntil?: string | null | undefined;
};

/** One operator's self-assessment for one fiscal year: an answer to each of the 15 statements. */
export type RecordSelfAssessmentInput = {
  /** Exactly one answer to each of the 15 statements. */
  answers: Array<SelfAssessmentAnswerInput>;
  /** Fiscal year (2015 to 2030). Recording a year again replaces that year's answers; other years are kept. */
  fiscalYear: number;
  /** A key unique to this recording (8 to 200 characters; a UUID is a good choice): a retry with the same key and answers returns the first result without recording again; the same key with other answers is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The operator assessed; the viewer must act for it. */
  operatorId: string | number;
};

/** Filters for the access audit trail and the provision records; every field is optional and they combine with AND. */
export type RecordsFilter = {
  /** From this day on, inclusive: a date YYYY-MM-DD in Japan time (Asia/Tokyo). */
  from?: string | null | undefined;
  /** Only provision records written by this introduction's acceptance (audit rows ignore it). */
  introductionId?: string | number | null | undefined;
  /** Only rows about this person of the viewer's own pool (profile id; also after erasure). Other operators' people match nothing. */
  talentId?: string | number | null | undefined;
  /** Up to this day, inclusive: a date YYYY-MM-DD in Japan time (Asia/Tokyo), not before `from`. */
  to?: string | null | undefined;
};

/** Regional blocks: the jurisdictions of METI's regional bureaus (経済産業局), by which the national directory is organised. */
export type RegionalBlock =
  /** 中部 */
  | 'CHUBU'
  /** 中国 */
  | 'CHUGOKU'
  /** 北海道 */
  | 'HOKKAIDO'
  /** 関東 */
  | 'KANTO'
  /** 近畿 */
  | 'KINKI'
  /** 九州 */
  | 'KYUSHU'
  /** 沖縄 */
  | 'OKINAWA'
  /** 四国 */
  | 'SHIKOKU'
  /** 東北 */
  | 'TOHOKU';

/** A regional company an operator registers as one it supports. */
export type RegionalCompanyInput = {
  /** JSIC major division (A–T). */
  jsicDivision?: JsicDivision | null | undefined;
  /** Municipality as written (up to 100 characters). */
  municipalityJa?: string | null | undefined;
  /** Name, 1–200 characters (e.g. 株式会社丸山組). */
  nameJa: string;
  /** Other spellings (up to 20). */
  nameVariants?: Array<string> | null | undefined;
  /** Prefecture (JIS code "01"–"47"). */
  prefectureCode?: string | null | undefined;
  /** Size class (default UNKNOWN). */
  sizeClass?: CompanySizeClass | null | undefined;
  /** PUBLIC or NETWORK (default NETWORK). */
  visibility?: CompanyVisibility | null | undefined;
};

/** One row of an operator's company list (CSV/Excel), keyed by the template's columns; validated on the server. */
export type RegionalCompanyRowInput = {
  /** 管理番号: the operator's own company number (the stable key of a re-upload). */
  companyNumber?: string | null | undefined;
  /** 業種: JSIC major division code or name (D, D 建設業, 建設業). */
  industry?: string | null | undefined;
  /** 市区町村. */
  municipality?: string | null | undefined;
  /** 企業名. */
  nameJa?: string | null | undefined;
  /** 別名 (list separated by 、 , ; / or line breaks). */
  nameVariants?: string | null | undefined;
  /** 都道府県 (name or JIS code). */
  prefecture?: string | null | undefined;
  /** The file's row number (1 = header), for problems. */
  rowNumber: number;
  /** 規模 (小規模企業, 中小企業 (小) …). */
  sizeClass?: string | null | undefined;
  /** 公開範囲 (公開 / ネットワーク内のみ). */
  visibility?: string | null | undefined;
};

/** One person to register in the viewer's own talent pool. */
export type RegisterTalentProfileInput = {
  /** How the person can work. */
  availability: Availability;
  /** Name as the person wants it shown, 1–100 characters. Never shown to other operators. */
  displayName: string;
  /** E-mail address (kept apart from the profile), at most 254 characters. */
  email?: string | null | undefined;
  /** JIS X 0401 code of the home prefecture, "01" to "47". */
  homePrefectureCode?: string | null | undefined;
  /** How far the person's interest in the region goes. */
  interestInRegion?: InterestInRegion | null | undefined;
  /** 1 to 5 distinct kinds of talent. */
  kinds: Array<TalentKind>;
  /** Telephone number: digits, spaces, +, - and parentheses, 6–20 characters. */
  phone?: string | null | undefined;
  /** Where and how the person prefers to work. */
  preferredWorkStyles?: Array<WorkStyle> | null | undefined;
  /** Up to 20 skills, each 1–50 characters (e.g. 法人営業). */
  skills?: Array<string> | null | undefined;
  /** Years of working experience, 0–70. */
  yearsOfExperience?: number | null | undefined;
};

/** Revoke an operator's logo licence (active or suspended). */
export type RevokeLogoLicenseInput = {
  /** A key unique to this change (8 to 200 characters), for safe retries. */
  idempotencyKey: string;
  /** The operator. */
  operatorId: string | number;
  /** Why (internal; 1 to 1000 characters). */
  reason: string;
  /** Date revoked, YYYY-MM-DD (not before the grant date). */
  revokedOn: string;
};

/** The answer to one statement (element × level) on the survey's 5-point scale. */
export type SelfAssessmentAnswerInput = {
  /** 1 あてはまる, 2 ややあてはまる, 3 どちらともいえない, 4 あまりあてはまらない, 5 全くあてはまらない. */
  answer: number;
  /** The element. */
  element: MaturityElement;
  /** The level of the statement: 1 to 3. */
  level: number;
};

/** Filters for a cross-region talent search. `purpose` is required: sharing is consented per purpose. */
export type SharedTalentFilter = {
  /** How the person can work. */
  availability?: Availability | null | undefined;
  /** Regional block of the person's home prefecture. */
  block?: RegionalBlock | null | undefined;
  /** People whose interest in the region is any of these (at least one when given); people who stated none are not matched. */
  interestInRegion?: Array<InterestInRegion> | null | undefined;
  /** People of any of these kinds. */
  kinds?: Array<TalentKind> | null | undefined;
  /** JIS code of the person's home prefecture ("01"–"47"). */
  prefectureCode?: string | null | undefined;
  /** Why the viewer is searching (required: a search without it is BAD_USER_INPUT); only people who consented to this purpose are found. */
  purpose?: SharingPurpose | null | undefined;
  /** Part of a skill every card must have, 1–50 characters; two-character words (営業, 副業, 研修) match; full-width/half-width and kana variants are normalised (NFKC, lower case, no spaces). */
  skill?: string | null | undefined;
  /** Up to 20 skills (each 1–50 characters, normalised like `skill`): a card matches if it has any of them, and cards matching more of them rank first, then the most recently registered (with more than 6 skills, among the 1000 most recently registered matches). */
  skills?: Array<string> | null | undefined;
  /** People who prefer any of these work styles (at least one when given). */
  workStyles?: Array<WorkStyle> | null | undefined;
};

/** Purposes a person may consent to for cross-region sharing (APPI 27条: prior consent per purpose). */
export type SharingPurpose =
  | 'EMPLOYMENT'
  | 'INTERNSHIP'
  | 'MENTORING'
  | 'RIGHT_ARM_SUCCESSOR'
  | 'SIDE_JOB_MATCHING';

/** A stumbling point and the response. */
export type StumblingPointInput = {
  /** Fiscal year (2015 to 2030). */
  fiscalYear: number;
  /** The problem faced. */
  problemJa: string;
  /** How it was answered. */
  responseJa: string;
};

/** Frames (枠) of METI's regional HR department subsidy. Each fiscal year offers its own frames. */
export type SubsidyFrame =
  /** 伴走・横展開支援事業 */
  | 'COMPANION_EXPANSION'
  /** 一般枠 */
  | 'GENERAL'
  /** 法制度連携枠 */
  | 'LEGAL_SYSTEM_LINKAGE'
  /** 地域企業共同戦略枠 */
  | 'REGIONAL_JOINT_STRATEGY'
  /** 通常枠 */
  | 'REGULAR'
  /** 右腕人材枠 */
  | 'RIGHT_ARM'
  /** 単一枠 (令和4年度) */
  | 'SINGLE'
  /** 働き方改革推進枠 */
  | 'WORK_STYLE_REFORM';

/** Why a suggestion is made: skills in common, kind, availability, work style, interest in the region, prefecture. */
export type SuggestionReasonKind =
  | 'AVAILABILITY'
  | 'INTEREST_IN_REGION'
  | 'KIND'
  | 'PREFECTURE'
  | 'SKILLS'
  | 'WORK_STYLE';

/** Phases of support: 確保 (acquisition), 育成 (development), 定着 (retention), plus the extra categories some case sheets use. */
export type SupportPhase =
  /** 確保 */
  | 'ACQUISITION'
  /** 体制強化・人材育成(事務局) */
  | 'CAPACITY'
  /** 育成 */
  | 'DEVELOPMENT'
  /** 体制づくり */
  | 'GOVERNANCE'
  /** 他地域への横展開 */
  | 'HORIZONTAL_EXPANSION'
  /** 組織課題の改善支援 */
  | 'ORG_IMPROVEMENT'
  /** 関係人口 */
  | 'RELATED_POPULATION'
  /** 定着 */
  | 'RETENTION'
  /** 人材戦略・組織変革 */
  | 'STRATEGY';

/** Suspend an operator's active logo licence: it leaves the directory until granted again. */
export type SuspendLogoLicenseInput = {
  /** A key unique to this change (8 to 200 characters), for safe retries. */
  idempotencyKey: string;
  /** The operator. */
  operatorId: string | number;
  /** Why (internal; 1 to 1000 characters). */
  reason: string;
  /** Date suspended, YYYY-MM-DD (not before the grant date). */
  suspendedOn: string;
};

/** ALL_OR_NOTHING: nothing is written if any staged row is invalid; VALID_ROWS_ONLY: valid rows are written and invalid ones refused. */
export type TalentImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS_ONLY';

/** One data row of an import file, every cell as the text in the file (dates as YYYY-MM-DD). */
export type TalentImportRowInput = {
  /** 働き方: a label or code of Availability. */
  availability?: string | null | undefined;
  /** 同意の有効期限 (a date after the obtained date); empty for none. */
  consentExpiresAt?: string | null | undefined;
  /** 同意の取得方法: a label or code of ConsentMethod. */
  consentMethod?: string | null | undefined;
  /** 同意の取得日 (a date, not in the future). */
  consentObtainedAt?: string | null | undefined;
  /** 同意した目的: labels or codes of SharingPurpose. */
  consentPurposes?: string | null | undefined;
  /** 同意の範囲: a label or code of ConsentScope (e.g. 全国). */
  consentScope?: string | null | undefined;
  /** 氏名. */
  displayName?: string | null | undefined;
  /** メールアドレス. */
  email?: string | null | undefined;
  /** 都道府県: a prefecture name or JIS code. */
  homePrefecture?: string | null | undefined;
  /** 地域への関心: a label or code of InterestInRegion. */
  interestInRegion?: string | null | undefined;
  /** 人材区分: Japanese labels or codes, separated by 、 or commas. */
  kinds?: string | null | undefined;
  /** 管理番号: the operator's own person number, the stable key. */
  personNumber?: string | null | undefined;
  /** 電話番号. */
  phone?: string | null | undefined;
  /** 希望する勤務形態: labels or codes of WorkStyle. */
  preferredWorkStyles?: string | null | undefined;
  /** The row's number in the file (the header is row 1, so data rows start at 2). */
  rowNumber: number;
  /** スキル, separated by 、 or commas. */
  skills?: string | null | undefined;
  /** 経験年数 (0–70). */
  yearsOfExperience?: string | null | undefined;
};

/** STAGING: rows are being uploaded and validated; COMMITTING: chunks are being written; COMMITTED: every row was handled. */
export type TalentImportStatus =
  | 'COMMITTED'
  | 'COMMITTING'
  | 'STAGING';

/** Kinds of talent a regional HR department works with (人材の種類). The first four are METI's official targets. */
export type TalentKind =
  /** アスリート (ラグビー選手) */
  | 'ATHLETE'
  /** 地域コーディネーター/兼業コーディネーター/DXコーディネータ */
  | 'COORDINATOR'
  /** 漁師の担い手 */
  | 'FISHERY_SUCCESSOR'
  /** 外国人材 (外国人留学生・高度外国人材) */
  | 'FOREIGN'
  /** 高卒 (高校新卒) */
  | 'HIGH_SCHOOL_GRAD'
  /** 高校生・中高生・小中学生 (キャリア教育) */
  | 'HIGH_SCHOOL_STUDENT'
  /** 就職氷河期世代 */
  | 'ICE_AGE_GENERATION'
  /** 大企業OB人材 */
  | 'LARGE_CO_ALUMNI'
  /** 大企業人材 (越境学習・シニア社員) */
  | 'LARGE_CO_EMPLOYEE'
  /** 潜在的労働者 */
  | 'LATENT_WORKER'
  /** マネジメントメンター (新現役; 企業OB等) */
  | 'MANAGEMENT_MENTOR'
  /** 中途 */
  | 'MID_CAREER'
  /** 新卒 */
  | 'NEW_GRAD'
  /** 障がい者 (多様性人材) */
  | 'PERSON_WITH_DISABILITY'
  /** 地域おこし協力隊 */
  | 'REGIONAL_COOPERATOR'
  /** 地域活性化起業人 */
  | 'REGIONAL_REVITALIZATION_ENTREPRENEUR'
  /** 関係人口・地域越境人材・二地域居住者・移住者 */
  | 'RELATED_POPULATION'
  /** 右腕人材 (未来の後継者・経営幹部候補) */
  | 'RIGHT_ARM_SUCCESSOR'
  /** 在籍型出向者 */
  | 'SECONDED_EMPLOYEE'
  /** 第2新卒 */
  | 'SECOND_NEW_GRAD'
  /** シニア */
  | 'SENIOR'
  /** 兼業・副業人材 */
  | 'SIDE_JOB'
  /** 学生・インターン生 */
  | 'STUDENT_INTERN'
  /** UIターン人材 */
  | 'UI_TURN'
  /** 女性 */
  | 'WOMEN'
  /** 若手社員・新入社員 */
  | 'YOUNG_EMPLOYEE';

/** Changes to a profile in the viewer's own pool. Omitted fields stay as they are; null clears a nullable field. */
export type UpdateTalentProfileInput = {
  /** How the person can work. */
  availability?: Availability | null | undefined;
  /** Name as the person wants it shown, 1–100 characters. */
  displayName?: string | null | undefined;
  /** E-mail address, at most 254 characters. */
  email?: string | null | undefined;
  /** JIS X 0401 code of the home prefecture, "01" to "47". */
  homePrefectureCode?: string | null | undefined;
  /** How far the person's interest in the region goes. */
  interestInRegion?: InterestInRegion | null | undefined;
  /** 1 to 5 distinct kinds of talent. */
  kinds?: Array<TalentKind> | null | undefined;
  /** Telephone number, 6–20 characters. */
  phone?: string | null | undefined;
  /** Where and how the person prefers to work. */
  preferredWorkStyles?: Array<WorkStyle> | null | undefined;
  /** Up to 20 skills, each 1–50 characters. */
  skills?: Array<string> | null | undefined;
  /** Years of working experience, 0–70. */
  yearsOfExperience?: number | null | undefined;
};

/** A voice quoted in the case. */
export type VoiceInput = {
  /** Who speaks (e.g. 塩尻市, 企業 C社). */
  speakerLabel: string;
  /** Kind of speaker. */
  speakerType: VoiceSpeakerType;
  /** What they said. */
  textJa: string;
  /** Value tags. */
  valueTags?: Array<string> | null | undefined;
};

/** Who speaks in a voice: 自治体 (MUNICIPALITY), 企業 (COMPANY), 求職者・人材 (JOB_SEEKER), 金融機関, 大学・教育機関 (UNIVERSITY), 支援機関・構成機関 (SUPPORT_INSTITUTION), 主導組織 (LEAD_ORGANIZATION), OTHER. */
export type VoiceSpeakerType =
  | 'COMPANY'
  | 'FINANCIAL_INSTITUTION'
  | 'JOB_SEEKER'
  | 'LEAD_ORGANIZATION'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'SUPPORT_INSTITUTION'
  | 'UNIVERSITY';

/** Where and how a person prefers to work. */
export type WorkStyle =
  | 'HYBRID'
  | 'ON_SITE'
  | 'REMOTE'
  | 'WORKATION';

export type WorkspaceGrantConsentMutationVariables = Exact<{
  talentId: string | number;
  input: GrantConsentInput;
}>;


export type WorkspaceGrantConsentMutation = { grantConsent: { id: string } };

export type WorkspaceRevokeConsentMutationVariables = Exact<{
  consentId: string | number;
}>;


export type WorkspaceRevokeConsentMutation = { revokeConsent: { id: string, revokedAt: string | null } };

export type AdminSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSchemesQuery = { subsidySchemes: Array<{ fiscalYear: number, frames: Array<{ frame: SubsidyFrame, labelJa: string, listCodePrefix: string | null, adoptionCount: number | null, listCodeRange: string | null }> }> };

export type AdminAdoptionsQueryVariables = Exact<{
  fiscalYear?: number | null | undefined;
  frame?: SubsidyFrame | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAdoptionsQuery = { adoptions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, fiscalYear: number, listCode: string, frameLabelJa: string, projectTitle: string | null, linkedLawLabelJa: string | null, members: Array<{ order: number, operator: { id: string, nameJa: string } }> } }> } };

export type AdminRecordAdoptionMutationVariables = Exact<{
  input: RecordAdoptionInput;
}>;


export type AdminRecordAdoptionMutation = { recordAdoption: { replayed: boolean, adoption: { id: string, fiscalYear: number, frame: SubsidyFrame } } };

export type AdminCapReasonsQueryVariables = Exact<{
  id: string | number;
  fiscalYear: number;
  frame: SubsidyFrame;
}>;


export type AdminCapReasonsQuery = { operator: { id: string, nameJa: string, eligibility: { status: EligibilityStatus, reasonDetails: Array<{ reasonCode: string, reasonJa: string }> } | null } | null };

export type AdminAuditTrailsQueryVariables = Exact<{
  first: number;
  adminAfter?: string | null | undefined;
  fundingAfter?: string | null | undefined;
  withAdmin: boolean;
  withFunding: boolean;
}>;


export type AdminAuditTrailsQuery = { adminAuditTrail?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: string, actorSubject: string, requestId: string, at: string, before: string | null, after: string | null, operator: { id: string, nameJa: string } | null } }> }, fundingAuditTrail?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: string, actorSubject: string | null, requestId: string, at: string, targetId: string | null, after: string | null } }> } };

export type AdminCertificationsQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminCertificationsQuery = { linkedLaws: Array<{ code: LinkedLaw, shortNameJa: string, fullNameJa: string, eligibleOperator: string, instrument: string }>, operator: { id: string, nameJa: string, linkedLawCertifications: Array<{ id: string, law: LinkedLaw, certifyingBody: string | null, certifiedOn: string | null, validUntil: string | null, source: string }> | null } | null };

export type AdminRecordCertificationMutationVariables = Exact<{
  input: RecordLinkedLawCertificationInput;
}>;


export type AdminRecordCertificationMutation = { recordLinkedLawCertification: { replayed: boolean, certification: { id: string } } };

export type AdminEligibilityFramesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminEligibilityFramesQuery = { subsidySchemes: Array<{ fiscalYear: number, frames: Array<{ frame: SubsidyFrame, labelJa: string }> }> };

export type AdminEligibilityQueryVariables = Exact<{
  id: string | number;
  fiscalYear: number;
  frame: SubsidyFrame;
}>;


export type AdminEligibilityQuery = { operator: { id: string, nameJa: string, adoptions: Array<{ id: string }> | null, eligibility: { status: EligibilityStatus, adoptionCountBefore: number, nextAdoptionNumber: number | null, rate: string | null, undecidedByJa: Array<string>, reasonDetails: Array<{ reasonCode: string, reasonJa: string }> } | null } | null };

export type AdminLicenceQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminLicenceQuery = { operator: { id: string, nameJa: string, listedInDirectory: boolean, logoLicenseStatus: LogoLicenseStatus, logoLicense: { status: LogoLicenseStatus, statusLabelJa: string, basis: LogoLicenseBasis, grantedOn: string | null, suspendedOn: string | null, revokedOn: string | null, reason: string | null, updatedBy: string | null, updatedAt: string } | null } | null, adminAuditTrail: { edges: Array<{ node: { id: string, action: string, actorSubject: string, requestId: string, at: string, before: string | null, after: string | null } }> } };

export type AdminGrantLicenceMutationVariables = Exact<{
  input: GrantLogoLicenseInput;
}>;


export type AdminGrantLicenceMutation = { grantLogoLicense: { auditEntryId: string, replayed: boolean, license: { status: LogoLicenseStatus } } };

export type AdminSuspendLicenceMutationVariables = Exact<{
  input: SuspendLogoLicenseInput;
}>;


export type AdminSuspendLicenceMutation = { suspendLogoLicense: { auditEntryId: string, replayed: boolean, license: { status: LogoLicenseStatus } } };

export type AdminRevokeLicenceMutationVariables = Exact<{
  input: RevokeLogoLicenseInput;
}>;


export type AdminRevokeLicenceMutation = { revokeLogoLicense: { auditEntryId: string, replayed: boolean, license: { status: LogoLicenseStatus } } };

export type AdminFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminFiguresQuery = { applicationsToAdoptions: Array<{ fiscalYear: number, applications: number | null, adoptions: number | null, recordedAdoptions: number, ratio: number | null }>, continuationRates: Array<{ fiscalYear: number, nextFiscalYear: number, operatorsAdopted: number, operatorsContinued: number, rate: number | null, target: number, meetsTarget: boolean | null }>, regionalBlocks: Array<{ code: RegionalBlock, nameJa: string }> };

export type AdminAdoptionBlocksQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminAdoptionBlocksQuery = { adoptions: { edges: Array<{ node: { id: string, fiscalYear: number, members: Array<{ order: number, operator: { id: string, regionalBlock: RegionalBlock | null } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminSelfAssessmentDistributionQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type AdminSelfAssessmentDistributionQuery = { selfAssessmentDistribution: { fiscalYear: number, operators: number, elements: Array<{ element: MaturityElement, levelCounts: Array<{ level: number, operators: number }>, statements: Array<{ level: number, agreePercent: number, baselineAgreePercent: number }> }> } };

export type AdminOperatorsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminOperatorsQuery = { operators: { edges: Array<{ node: { id: string, nameJa: string, prefecture: { nameJa: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DemandBoardQueryVariables = Exact<{
  side?: MatchingSide | null | undefined;
  perColumn?: number | null | undefined;
}>;


export type DemandBoardQuery = { matchingBoard: Array<{ status: MatchingStatus, count: number, items: Array<{ id: string, status: MatchingStatus, updatedAt: string, isDemo: boolean, need: { id: string, title: string, companyLabelJa: string } | null, card: { kindLabelsJa: Array<string>, homePrefectureNameJa: string | null } | null, needOperator: { id: string, nameJa: string }, talentOperator: { id: string, nameJa: string } }> }> };

export type DemandCompaniesQueryVariables = Exact<{
  operatorId: string | number;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DemandCompaniesQuery = { regionalCompanies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, nameJa: string, nameVariants: Array<string>, jsicDivisionLabelJa: string | null, industryNoteJa: string | null, sizeClassLabelJa: string, municipalityJa: string | null, visibility: CompanyVisibility, isDemo: boolean, prefecture: { nameJa: string } | null } }> } };

export type DemandCreateCompanyMutationVariables = Exact<{
  input: RegionalCompanyInput;
  idempotencyKey?: string | null | undefined;
}>;


export type DemandCreateCompanyMutation = { createRegionalCompany: { id: string, displayNameJa: string } };

export type DemandImportCompaniesMutationVariables = Exact<{
  rows: Array<RegionalCompanyRowInput> | RegionalCompanyRowInput;
  dryRun: boolean;
}>;


export type DemandImportCompaniesMutation = { importRegionalCompanies: { written: boolean, created: number, updated: number, unchanged: number, problems: Array<{ row: number, column: string | null, message: string }> } };

export type DemandCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type DemandCompanyQuery = { regionalCompany: { id: string, nameJa: string, nameVariants: Array<string>, jsicDivisionLabelJa: string | null, industryNoteJa: string | null, sizeClassLabelJa: string, municipalityJa: string | null, visibility: CompanyVisibility, storyJa: string | null, isDemo: boolean, prefecture: { nameJa: string } | null, supportingOperators: Array<{ id: string, nameJa: string }> } | null, ownNeeds: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: NeedStatus, statusLabelJa: string, scopeLabelJa: string, workFormLabelsJa: Array<string>, kindLabelsJa: Array<string>, isDemo: boolean, updatedAt: string } }> } };

export type DemandMatchingQueryVariables = Exact<{
  id: string | number;
  operatorId: string | number;
}>;


export type DemandMatchingQuery = { matching: { id: string, status: MatchingStatus, statusLabelJa: string, cardId: string, purpose: SharingPurpose, message: string | null, introductionId: string | null, notConcludedReasonLabelJa: string | null, notConcludedNote: string | null, proposedAt: string, introducedAt: string | null, interviewingAt: string | null, concludedAt: string | null, notConcludedAt: string | null, nextStatuses: Array<MatchingStatus>, isDemo: boolean, need: { id: string, title: string, companyLabelJa: string, purposeLabelJa: string } | null, card: { kindLabelsJa: Array<string>, skills: Array<string>, homePrefectureNameJa: string | null } | null, needOperator: { id: string, nameJa: string }, talentOperator: { id: string, nameJa: string }, proposedByOperator: { id: string, nameJa: string }, placement: { placementTypeLabelJa: string, startDate: string, endDate: string | null, fiscalYear: number } | null, events: Array<{ id: string, toStatusLabelJa: string, at: string, note: string | null, actorOperator: { id: string, nameJa: string } }> } | null, outgoingIntroductionRequests: { edges: Array<{ node: { id: string, cardId: string, status: IntroductionStatus } }> }, operator: { programs: { edges: Array<{ node: { id: string, nameJa: string } }> } | null } | null };

export type DemandRequestIntroductionMutationVariables = Exact<{
  cardId: string | number;
  purpose: SharingPurpose;
  message: string;
  idempotencyKey?: string | null | undefined;
}>;


export type DemandRequestIntroductionMutation = { requestIntroduction: { id: string, status: IntroductionStatus } };

export type DemandAdvanceMatchingMutationVariables = Exact<{
  id: string | number;
  to: MatchingStatus;
  introductionId?: string | number | null | undefined;
  note?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type DemandAdvanceMatchingMutation = { advanceMatching: { id: string, status: MatchingStatus } };

export type DemandConcludeMatchingMutationVariables = Exact<{
  id: string | number;
  placement: PlacementInput;
  idempotencyKey?: string | null | undefined;
}>;


export type DemandConcludeMatchingMutation = { concludeMatching: { id: string, status: MatchingStatus } };

export type DemandCloseMatchingMutationVariables = Exact<{
  id: string | number;
  input: NotConcludedInput;
  idempotencyKey?: string | null | undefined;
}>;


export type DemandCloseMatchingMutation = { closeMatchingNotConcluded: { id: string, status: MatchingStatus } };

export type DemandNeedFormCompanyQueryVariables = Exact<{
  id: string | number;
}>;


export type DemandNeedFormCompanyQuery = { regionalCompany: { id: string, displayNameJa: string } | null };

export type DemandNeedForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type DemandNeedForEditQuery = { need: { id: string, title: string, description: string, businessProblem: string, kinds: Array<TalentKind>, skills: Array<string>, workForms: Array<Availability>, workStyles: Array<WorkStyle>, purpose: SharingPurpose, periodJa: string | null, startsOn: string | null, endsOn: string | null, volumeJa: string | null, scope: ConsentScope, discloseCompany: boolean, discloseCompensation: boolean, status: NeedStatus, viewerIsOwner: boolean, updatedAt: string, compensation: { min: number | null, max: number | null, unit: CompensationUnit } | null, company: { id: string, displayNameJa: string } | null } | null };

export type DemandUpdateNeedMutationVariables = Exact<{
  id: string | number;
  input: NeedInput;
}>;


export type DemandUpdateNeedMutation = { updateNeed: { id: string, updatedAt: string } };

export type DemandCreateNeedMutationVariables = Exact<{
  input: NeedInput;
  idempotencyKey?: string | null | undefined;
}>;


export type DemandCreateNeedMutation = { createNeed: { id: string } };

export type DemandNeedQueryVariables = Exact<{
  id: string | number;
  withSuggestions: boolean;
  suggestions: number;
}>;


export type DemandNeedQuery = { need: { id: string, title: string, description: string, businessProblem: string, kindLabelsJa: Array<string>, skills: Array<string>, workFormLabelsJa: Array<string>, workStyleLabelsJa: Array<string>, purposeLabelJa: string, periodJa: string | null, startsOn: string | null, endsOn: string | null, volumeJa: string | null, status: NeedStatus, statusLabelJa: string, scopeLabelJa: string, discloseCompany: boolean, discloseCompensation: boolean, companyLabelJa: string, viewerIsOwner: boolean, isDemo: boolean, compensation: { textJa: string } | null, company: { id: string } | null, ownerOperator: { id: string, nameJa: string }, matchings: { totalCount: number, edges: Array<{ node: { id: string, status: MatchingStatus, statusLabelJa: string, updatedAt: string, isDemo: boolean, talentOperator: { id: string, nameJa: string }, card: { kindLabelsJa: Array<string>, homePrefectureNameJa: string | null } | null } }> } | null } | null, needSuggestions?: { considered: number, consideredIsLowerBound: boolean, items: Array<{ score: number, matchingId: string | null, reasons: Array<{ kind: SuggestionReasonKind, textJa: string, points: number }>, card: { cardId: string, kindLabelsJa: Array<string>, skills: Array<string>, availabilityLabelJa: string, homePrefectureNameJa: string | null, interestInRegionLabelJa: string | null, isDemo: boolean, ownerOperator: { id: string, nameJa: string } } }> } };

export type DemandSetNeedStatusMutationVariables = Exact<{
  id: string | number;
  status: NeedStatus;
}>;


export type DemandSetNeedStatusMutation = { setNeedStatus: { id: string, status: NeedStatus } };

export type DemandNeedsForTalentQueryVariables = Exact<{
  talentId: string | number;
  first: number;
}>;


export type DemandNeedsForTalentQuery = { needsForTalent: Array<{ score: number, matchingId: string | null, reasons: Array<{ kind: SuggestionReasonKind, textJa: string, points: number }>, need: { id: string, title: string, companyLabelJa: string, kindLabelsJa: Array<string>, workFormLabelsJa: Array<string>, workStyleLabelsJa: Array<string>, purposeLabelJa: string, periodJa: string | null, volumeJa: string | null, isDemo: boolean, compensation: { textJa: string } | null, ownerOperator: { id: string, nameJa: string } } }> };

export type DemandOutcomesQueryVariables = Exact<{
  operatorId: string | number;
  fiscalYear: number;
  previousYear: number;
  withPrevious: boolean;
}>;


export type DemandOutcomesQuery = { operator: { id: string, nameJa: string, chosen: { fiscalYear: number, periodJa: string, includesDemoData: boolean, sourceNoteJa: string, figures: Array<{ metric: string, labelJa: string, value: number, unit: string, countingBasisLabelJa: string, basisNoteJa: string, periodJa: string }> } | null, previous?: { fiscalYear: number, periodJa: string, includesDemoData: boolean, sourceNoteJa: string, figures: Array<{ metric: string, labelJa: string, value: number, unit: string, countingBasisLabelJa: string, basisNoteJa: string, periodJa: string }> } | null, programs: { edges: Array<{ node: { id: string, nameJa: string, outcomes: Array<{ metric: string, valueText: string, unit: string, countingBasis: CountingBasis, period: string | null, companies: number | null, source: string }> } }> } | null } | null };

export type DemandOutcomeYearFragment = { fiscalYear: number, periodJa: string, includesDemoData: boolean, sourceNoteJa: string, figures: Array<{ metric: string, labelJa: string, value: number, unit: string, countingBasisLabelJa: string, basisNoteJa: string, periodJa: string }> };

export type DemandOutcomeOperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemandOutcomeOperatorsQuery = { operators: { edges: Array<{ node: { id: string, nameJa: string } }> } };

export type DemandOutcomesByBlockQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type DemandOutcomesByBlockQuery = { demandOutcomesByBlock: Array<{ block: RegionalBlock | null, periodJa: string, operatorCount: number, figures: Array<{ metric: string, value: number, unit: string, countingBasisLabelJa: string }> }> };

export type DemandProposeMatchingMutationVariables = Exact<{
  needId: string | number;
  cardId?: string | number | null | undefined;
  talentId?: string | number | null | undefined;
  message?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type DemandProposeMatchingMutation = { proposeMatching: { id: string } };

export type WorkspaceCreateTalentImportMutationVariables = Exact<{
  input: CreateTalentImportInput;
}>;


export type WorkspaceCreateTalentImportMutation = { createTalentImport: { id: string, status: TalentImportStatus, mode: TalentImportMode | null, stagedRows: number, validRows: number, invalidRows: number, processedRows: number, created: number, updated: number, unchanged: number, refused: number, done: boolean } };

export type WorkspaceStageTalentImportRowsMutationVariables = Exact<{
  id: string | number;
  rows: Array<TalentImportRowInput> | TalentImportRowInput;
}>;


export type WorkspaceStageTalentImportRowsMutation = { stageTalentImportRows: { id: string, status: TalentImportStatus, mode: TalentImportMode | null, stagedRows: number, validRows: number, invalidRows: number, processedRows: number, created: number, updated: number, unchanged: number, refused: number, done: boolean } };

export type WorkspaceCommitTalentImportMutationVariables = Exact<{
  id: string | number;
  mode: TalentImportMode;
  expectedRows: number;
  maxRows?: number | null | undefined;
}>;


export type WorkspaceCommitTalentImportMutation = { commitTalentImport: { id: string, status: TalentImportStatus, mode: TalentImportMode | null, stagedRows: number, validRows: number, invalidRows: number, processedRows: number, created: number, updated: number, unchanged: number, refused: number, done: boolean } };

export type WorkspaceCancelTalentImportMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceCancelTalentImportMutation = { cancelTalentImport: boolean };

export type WorkspaceTalentImportProblemsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceTalentImportProblemsQuery = { talentImport: { problems: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { row: number, column: string | null, message: string } }> } } | null };

export type WorkspacePoolExportPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WorkspacePoolExportPageQuery = { myTalentProfiles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, personNumber: string | null, displayName: string | null, kinds: Array<TalentKind>, skills: Array<string>, yearsOfExperience: number | null, availability: Availability, preferredWorkStyles: Array<WorkStyle>, interestInRegion: InterestInRegion | null, homePrefectureCode: string | null, registeredAt: string, contact: { email: string | null, phone: string | null } | null, consents: Array<{ scope: ConsentScope, purposes: Array<SharingPurpose>, method: ConsentMethod, obtainedAt: string, expiresAt: string | null, active: boolean }> } }> } };

export type WorkspaceProvisionExportPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type WorkspaceProvisionExportPageQuery = { provisionRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, talentRef: string | null, items: Array<string>, consentId: string, consentScope: ConsentScope, consentObtainedAt: string, consentMethod: ConsentMethod, purpose: SharingPurpose, introductionId: string, providedAt: string, retainUntil: string, providerOperator: { id: string, nameJa: string }, recipientOperator: { id: string, nameJa: string } } }> } };

export type KnowhowEditSourceQueryVariables = Exact<{
  id: string | number;
}>;


export type KnowhowEditSourceQuery = { caseStudy: { id: string, titleJa: string, summaryJa: string | null, place: string | null, areaSizeClasses: Array<AreaSizeClass>, orgClass: CorporateCategory | null, leadershipModel: LeadershipModel | null, background: string | null, goal: string | null, fiscalYears: Array<number>, intendedVisibility: ContentVisibility, phases: Array<{ phase: SupportPhase, textJa: string }>, devices: Array<{ element: MaturityElement, textJa: string }>, stumblingPoints: Array<{ fiscalYear: number, problemJa: string, responseJa: string | null }>, voices: Array<{ speakerType: VoiceSpeakerType, speakerLabel: string, textJa: string }>, outcomes: Array<{ textJa: string }>, operator: { id: string } } | null };

export type KnowhowCreateCaseMutationVariables = Exact<{
  input: CreateCaseStudyInput;
}>;


export type KnowhowCreateCaseMutation = { createCaseStudy: { id: string } };

export type KnowhowUpdateCaseMutationVariables = Exact<{
  id: string | number;
  input: CaseStudyFieldsInput;
}>;


export type KnowhowUpdateCaseMutation = { updateCaseStudy: { id: string } };

export type KnowhowCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type KnowhowCaseQuery = { caseStudy: { id: string, titleJa: string, summaryJa: string | null, place: string | null, areaSizeClasses: Array<AreaSizeClass>, orgClassLabelJa: string | null, leadershipModelLabelJa: string | null, background: string | null, goal: string | null, fiscalYears: Array<number>, targetTalentKinds: Array<TalentKind>, programKinds: Array<ProgramKind>, source: string, status: CaseStudyStatus, visibility: ContentVisibility, intendedVisibility: ContentVisibility, updatedAt: string, phases: Array<{ phase: SupportPhase, labelJa: string | null, textJa: string, sourceNote: string | null }>, devices: Array<{ element: MaturityElement, textJa: string }>, stumblingPoints: Array<{ fiscalYear: number, problemJa: string, responseJa: string | null, detailJa: string | null }>, voices: Array<{ speakerType: VoiceSpeakerType, speakerLabel: string, textJa: string, valueTags: Array<string> }>, outcomes: Array<{ textJa: string, period: string | null }>, plansAhead: Array<{ fiscalYear: number | null, period: string | null, textJa: string }>, evolution: Array<{ fiscalYear: number, textJa: string, activitiesJa: Array<string>, structureJa: string | null }>, operator: { id: string, nameJa: string }, coOperators: Array<{ id: string, nameJa: string }>, programs: Array<{ id: string, nameJa: string, kindLabelJa: string, outcomes: Array<{ metric: string, valueText: string, unit: string, countingBasis: CountingBasis, basisNote: string | null, period: string | null, companies: number | null, note: string | null }> }> } | null };

export type KnowhowLikeMineQueryVariables = Exact<{
  operatorId: string | number;
}>;


export type KnowhowLikeMineQuery = { regionsLikeMine: Array<{ score: number, reasons: Array<string>, caseStudy: { id: string, titleJa: string, place: string | null, summaryJa: string | null, operator: { id: string, nameJa: string } } }> };

export type KnowhowMyCasesQueryVariables = Exact<{
  operatorId: string | number;
}>;


export type KnowhowMyCasesQuery = { caseStudies: { totalCount: number, edges: Array<{ node: { id: string, titleJa: string, status: CaseStudyStatus, visibility: ContentVisibility, intendedVisibility: ContentVisibility, updatedAt: string } }> } };

export type KnowhowProgramQueryVariables = Exact<{
  id: string | number;
}>;


export type KnowhowProgramQuery = { program: { id: string, nameJa: string, kindLabelJa: string, phaseLabelsJa: Array<string>, targetTalentKinds: Array<TalentKind>, fiscalYears: Array<number>, startedYear: number | null, fundingSources: Array<string>, budgetFy2024Jpy: number | null, place: string | null, notes: string | null, source: string, operators: Array<{ id: string, nameJa: string }>, outcomes: Array<{ metric: string, valueText: string, unit: string, countingBasis: CountingBasis, basisNote: string | null, period: string | null, companies: number | null, note: string | null }> } | null };

export type KnowhowPublishMutationVariables = Exact<{
  id: string | number;
  visibility?: ContentVisibility | null | undefined;
}>;


export type KnowhowPublishMutation = { publishCaseStudy: { id: string, status: CaseStudyStatus, visibility: ContentVisibility } };

export type KnowhowSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  kind?: KnowHowKind | null | undefined;
  areaSizeClass?: AreaSizeClass | null | undefined;
  orgClass?: CorporateCategory | null | undefined;
  leadershipModel?: LeadershipModel | null | undefined;
  element?: MaturityElement | null | undefined;
  phase?: SupportPhase | null | undefined;
  programKind?: ProgramKind | null | undefined;
  targetTalentKind?: TalentKind | null | undefined;
  regionalBlock?: RegionalBlock | null | undefined;
  fiscalYear?: number | null | undefined;
}>;


export type KnowhowSearchQuery = { searchKnowHow: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: KnowHowKind, matchedIn: MatchedIn, snippet: string, node:
          | { id: string, titleJa: string, place: string | null, status: CaseStudyStatus, visibility: ContentVisibility, operator: { id: string, nameJa: string } }
          | { id: string, nameJa: string, kindLabelJa: string, place: string | null, visibility: ContentVisibility }
         } }> } };

export type KnowhowBrowseQueryVariables = Exact<{ [key: string]: never; }>;


export type KnowhowBrowseQuery = { caseStudies: { totalCount: number, edges: Array<{ node: { id: string, titleJa: string, summaryJa: string | null, place: string | null, status: CaseStudyStatus, visibility: ContentVisibility, leadershipModelLabelJa: string | null, operator: { id: string, nameJa: string } } }> } };

export type SelfAssessmentPageQueryVariables = Exact<{
  operatorId: string | number;
}>;


export type SelfAssessmentPageQuery = { maturityModel: { source: string, respondents: number, elements: Array<{ element: MaturityElement, nameJa: string, definitionJa: string, levels: Array<{ level: number, statementJa: string, baseline: { agreePercent: number, neutralPercent: number, disagreePercent: number } }> }> }, operator: { id: string, nameJa: string, selfAssessments: Array<{ fiscalYear: number, recordedAt: string, elements: Array<{ element: MaturityElement, nameJa: string, level: number, answers: Array<{ level: number, answer: number, answerLabelJa: string, group: AnswerGroup, baselineSameGroupPercent: number }>, nextSteps: Array<{ fromLevel: number, toLevel: number, textJa: string, exampleCaseStudies: Array<{ id: string, titleJa: string, operator: { id: string, nameJa: string } }> }> }> }> | null } | null };

export type RecordSelfAssessmentMutationVariables = Exact<{
  input: RecordSelfAssessmentInput;
}>;


export type RecordSelfAssessmentMutation = { recordSelfAssessment: { fiscalYear: number, recordedAt: string } };

export type WorkspaceOperatorNameQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceOperatorNameQuery = { operator: { id: string, nameJa: string } | null };

export type WorkspaceIntroductionsQueryVariables = Exact<{
  status?: IntroductionStatus | null | undefined;
  inbox: boolean;
}>;


export type WorkspaceIntroductionsQuery = { incomingIntroductionRequests?: { totalCount: number, edges: Array<{ node: { id: string, purposeLabelJa: string, message: string, status: IntroductionStatus, statusLabelJa: string, requestedAt: string, requesterOperator: { id: string, nameJa: string }, talent: { id: string, displayName: string | null } | null } }> }, outgoingIntroductionRequests?: { totalCount: number, edges: Array<{ node: { id: string, purposeLabelJa: string, message: string, status: IntroductionStatus, statusLabelJa: string, requestedAt: string, declineReasonLabelJa: string | null, ownerOperator: { id: string, nameJa: string } } }> } };

export type WorkspaceIntroductionQueryVariables = Exact<{
  id: string | number;
  records: RecordsFilter;
}>;


export type WorkspaceIntroductionQuery = { introduction: { id: string, purposeLabelJa: string, message: string, status: IntroductionStatus, statusLabelJa: string, requestedAt: string, acceptedAt: string | null, declinedAt: string | null, declineReason: IntroductionDeclineReason | null, declineReasonLabelJa: string | null, declineNote: string | null, withdrawnAt: string | null, ownerOperator: { id: string, nameJa: string }, requesterOperator: { id: string, nameJa: string }, talent: { id: string, displayName: string | null, kindLabelsJa: Array<string>, skills: Array<string> } | null } | null, searchProvisionRecords: { edges: Array<{ node: { id: string, items: Array<string>, consentScope: ConsentScope, consentObtainedAt: string, consentMethod: ConsentMethod, providedAt: string, retainUntil: string, providerOperator: { nameJa: string }, recipientOperator: { nameJa: string } } }> } };

export type WorkspaceIntroductionContactQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceIntroductionContactQuery = { introduction: { id: string, contact: { displayName: string, email: string | null, phone: string | null } | null } | null };

export type WorkspaceAcceptIntroductionMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceAcceptIntroductionMutation = { acceptIntroduction: { id: string, status: IntroductionStatus } };

export type WorkspaceDeclineIntroductionMutationVariables = Exact<{
  id: string | number;
  input: DeclineIntroductionInput;
}>;


export type WorkspaceDeclineIntroductionMutation = { declineIntroduction: { id: string, status: IntroductionStatus, declineReason: IntroductionDeclineReason | null } };

export type WorkspaceWithdrawIntroductionMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceWithdrawIntroductionMutation = { withdrawIntroduction: { id: string, status: IntroductionStatus } };

export type WorkspacePoolQueryVariables = Exact<{
  filter?: OwnPoolFilter | null | undefined;
  sort?: OwnPoolSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspacePoolQuery = { ownTalentPool: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string | null, kindLabelsJa: Array<string>, skills: Array<string>, availabilityLabelJa: string, homePrefectureNameJa: string | null, isDemo: boolean, registeredAt: string, consents: Array<{ id: string, active: boolean, scopeLabelJa: string }> } }> } };

export type WorkspaceRegisterPersonMutationVariables = Exact<{
  input: Array<RegisterTalentProfileInput> | RegisterTalentProfileInput;
}>;


export type WorkspaceRegisterPersonMutation = { registerTalentProfiles: Array<{ id: string }> };

export type WorkspacePersonQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspacePersonQuery = { talentProfile: { id: string, displayName: string | null, kinds: Array<TalentKind>, skills: Array<string>, yearsOfExperience: number | null, availability: Availability, preferredWorkStyles: Array<WorkStyle>, interestInRegion: InterestInRegion | null, homePrefectureCode: string | null, isDemo: boolean, registeredAt: string, updatedAt: string, contact: { displayName: string, email: string | null, phone: string | null } | null, consents: Array<{ id: string, scope: ConsentScope, scopeLabelJa: string, purposes: Array<SharingPurpose>, purposeLabelsJa: Array<string>, obtainedAt: string, method: ConsentMethod, methodLabelJa: string, expiresAt: string | null, revokedAt: string | null, active: boolean }> } | null };

export type WorkspaceUpdatePersonMutationVariables = Exact<{
  id: string | number;
  input: UpdateTalentProfileInput;
}>;


export type WorkspaceUpdatePersonMutation = { updateTalentProfile: { id: string, updatedAt: string } };

export type WorkspaceDeletePersonMutationVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceDeletePersonMutation = { deleteTalentProfile: { talentId: string, consentsRemoved: number, introductionsRemoved: number, provisionRecordsKept: number } };

export type WorkspaceRecordsQueryVariables = Exact<{
  filter?: RecordsFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  audit: boolean;
  personId: string | number;
  withPerson: boolean;
}>;


export type WorkspaceRecordsQuery = { searchAuditTrail?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: AuditAction, actorSubject: string | null, actorRole: string, subjectTalentId: string | null, fields: Array<string>, purpose: SharingPurpose | null, actorOperator: { id: string, nameJa: string }, subjectOperator: { id: string, nameJa: string } } }> }, searchProvisionRecords?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, providedAt: string, items: Array<string>, talentRef: string | null, purpose: SharingPurpose, consentScope: ConsentScope, consentMethod: ConsentMethod, consentObtainedAt: string, retainUntil: string, introductionId: string, providerOperator: { id: string, nameJa: string }, recipientOperator: { id: string, nameJa: string } } }> }, talentProfile?: { id: string, displayName: string | null } | null };

export type WorkspaceSearchQueryVariables = Exact<{
  filter: SharedTalentFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceSearchQuery = { searchSharedTalent: { totalCount: number, totalCountIsLowerBound: boolean, facets: { isLowerBound: boolean, byKind: Array<{ kind: TalentKind, kindLabelJa: string, count: number }>, byBlock: Array<{ block: RegionalBlock, blockLabelJa: string, count: number }> }, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { cardId: string, kindLabelsJa: Array<string>, skills: Array<string>, yearsOfExperience: number | null, availabilityLabelJa: string, interestInRegionLabelJa: string | null, homePrefectureNameJa: string | null, isDemo: boolean, ownerOperator: { id: string, nameJa: string } } }> }, outgoingIntroductionRequests: { edges: Array<{ node: { id: string, cardId: string, status: IntroductionStatus } }> } };

export type WorkspaceRequestIntroductionMutationVariables = Exact<{
  cardId: string | number;
  purpose: SharingPurpose;
  message: string;
}>;


export type WorkspaceRequestIntroductionMutation = { requestIntroduction: { id: string, status: IntroductionStatus } };

export type WorkspaceDevOperatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceDevOperatorsQuery = { operators: { edges: Array<{ node: { id: string, nameJa: string, prefecture: { nameJa: string } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DemandOutcomeYearFragmentDoc = new TypedDocumentString(`
    fragment DemandOutcomeYear on DemandOutcomeReport {
  fiscalYear
  periodJa
  includesDemoData
  sourceNoteJa
  figures {
    metric
    labelJa
    value
    unit
    countingBasisLabelJa
    basisNoteJa
    periodJa
  }
}
    `, {"fragmentName":"DemandOutcomeYear"}) as unknown as TypedDocumentString<DemandOutcomeYearFragment, unknown>;
export const WorkspaceGrantConsentDocument = new TypedDocumentString(`
    mutation WorkspaceGrantConsent($talentId: ID!, $input: GrantConsentInput!) {
  grantConsent(talentId: $talentId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspaceGrantConsentMutation, WorkspaceGrantConsentMutationVariables>;
export const WorkspaceRevokeConsentDocument = new TypedDocumentString(`
    mutation WorkspaceRevokeConsent($consentId: ID!) {
  revokeConsent(consentId: $consentId) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRevokeConsentMutation, WorkspaceRevokeConsentMutationVariables>;
export const AdminSchemesDocument = new TypedDocumentString(`
    query AdminSchemes {
  subsidySchemes {
    fiscalYear
    frames {
      frame
      labelJa
      listCodePrefix
      adoptionCount
      listCodeRange
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSchemesQuery, AdminSchemesQueryVariables>;
export const AdminAdoptionsDocument = new TypedDocumentString(`
    query AdminAdoptions($fiscalYear: Int, $frame: SubsidyFrame, $after: String) {
  adoptions(fiscalYear: $fiscalYear, frame: $frame, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        fiscalYear
        listCode
        frameLabelJa
        projectTitle
        linkedLawLabelJa
        members {
          order
          operator {
            id
            nameJa
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAdoptionsQuery, AdminAdoptionsQueryVariables>;
export const AdminRecordAdoptionDocument = new TypedDocumentString(`
    mutation AdminRecordAdoption($input: RecordAdoptionInput!) {
  recordAdoption(input: $input) {
    replayed
    adoption {
      id
      fiscalYear
      frame
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRecordAdoptionMutation, AdminRecordAdoptionMutationVariables>;
export const AdminCapReasonsDocument = new TypedDocumentString(`
    query AdminCapReasons($id: ID!, $fiscalYear: Int!, $frame: SubsidyFrame!) {
  operator(id: $id) {
    id
    nameJa
    eligibility(fiscalYear: $fiscalYear, frame: $frame) {
      status
      reasonDetails {
        reasonCode
        reasonJa
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCapReasonsQuery, AdminCapReasonsQueryVariables>;
export const AdminAuditTrailsDocument = new TypedDocumentString(`
    query AdminAuditTrails($first: Int!, $adminAfter: String, $fundingAfter: String, $withAdmin: Boolean!, $withFunding: Boolean!) {
  adminAuditTrail(first: $first, after: $adminAfter) @include(if: $withAdmin) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        actorSubject
        requestId
        at
        before
        after
        operator {
          id
          nameJa
        }
      }
    }
  }
  fundingAuditTrail(first: $first, after: $fundingAfter) @include(if: $withFunding) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        actorSubject
        requestId
        at
        targetId
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAuditTrailsQuery, AdminAuditTrailsQueryVariables>;
export const AdminCertificationsDocument = new TypedDocumentString(`
    query AdminCertifications($id: ID!) {
  linkedLaws {
    code
    shortNameJa
    fullNameJa
    eligibleOperator
    instrument
  }
  operator(id: $id) {
    id
    nameJa
    linkedLawCertifications {
      id
      law
      certifyingBody
      certifiedOn
      validUntil
      source
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCertificationsQuery, AdminCertificationsQueryVariables>;
export const AdminRecordCertificationDocument = new TypedDocumentString(`
    mutation AdminRecordCertification($input: RecordLinkedLawCertificationInput!) {
  recordLinkedLawCertification(input: $input) {
    replayed
    certification {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRecordCertificationMutation, AdminRecordCertificationMutationVariables>;
export const AdminEligibilityFramesDocument = new TypedDocumentString(`
    query AdminEligibilityFrames {
  subsidySchemes {
    fiscalYear
    frames {
      frame
      labelJa
    }
  }
}
    `) as unknown as TypedDocumentString<AdminEligibilityFramesQuery, AdminEligibilityFramesQueryVariables>;
export const AdminEligibilityDocument = new TypedDocumentString(`
    query AdminEligibility($id: ID!, $fiscalYear: Int!, $frame: SubsidyFrame!) {
  operator(id: $id) {
    id
    nameJa
    adoptions {
      id
    }
    eligibility(fiscalYear: $fiscalYear, frame: $frame) {
      status
      adoptionCountBefore
      nextAdoptionNumber
      rate
      undecidedByJa
      reasonDetails {
        reasonCode
        reasonJa
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminEligibilityQuery, AdminEligibilityQueryVariables>;
export const AdminLicenceDocument = new TypedDocumentString(`
    query AdminLicence($id: ID!) {
  operator(id: $id) {
    id
    nameJa
    listedInDirectory
    logoLicenseStatus
    logoLicense {
      status
      statusLabelJa
      basis
      grantedOn
      suspendedOn
      revokedOn
      reason
      updatedBy
      updatedAt
    }
  }
  adminAuditTrail(first: 100, operatorId: $id) {
    edges {
      node {
        id
        action
        actorSubject
        requestId
        at
        before
        after
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminLicenceQuery, AdminLicenceQueryVariables>;
export const AdminGrantLicenceDocument = new TypedDocumentString(`
    mutation AdminGrantLicence($input: GrantLogoLicenseInput!) {
  grantLogoLicense(input: $input) {
    auditEntryId
    replayed
    license {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AdminGrantLicenceMutation, AdminGrantLicenceMutationVariables>;
export const AdminSuspendLicenceDocument = new TypedDocumentString(`
    mutation AdminSuspendLicence($input: SuspendLogoLicenseInput!) {
  suspendLogoLicense(input: $input) {
    auditEntryId
    replayed
    license {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSuspendLicenceMutation, AdminSuspendLicenceMutationVariables>;
export const AdminRevokeLicenceDocument = new TypedDocumentString(`
    mutation AdminRevokeLicence($input: RevokeLogoLicenseInput!) {
  revokeLogoLicense(input: $input) {
    auditEntryId
    replayed
    license {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AdminRevokeLicenceMutation, AdminRevokeLicenceMutationVariables>;
export const AdminFiguresDocument = new TypedDocumentString(`
    query AdminFigures {
  applicationsToAdoptions {
    fiscalYear
    applications
    adoptions
    recordedAdoptions
    ratio
  }
  continuationRates {
    fiscalYear
    nextFiscalYear
    operatorsAdopted
    operatorsContinued
    rate
    target
    meetsTarget
  }
  regionalBlocks {
    code
    nameJa
  }
}
    `) as unknown as TypedDocumentString<AdminFiguresQuery, AdminFiguresQueryVariables>;
export const AdminAdoptionBlocksDocument = new TypedDocumentString(`
    query AdminAdoptionBlocks($after: String) {
  adoptions(first: 100, after: $after) {
    edges {
      node {
        id
        fiscalYear
        members {
          order
          operator {
            id
            regionalBlock
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAdoptionBlocksQuery, AdminAdoptionBlocksQueryVariables>;
export const AdminSelfAssessmentDistributionDocument = new TypedDocumentString(`
    query AdminSelfAssessmentDistribution($fiscalYear: Int!) {
  selfAssessmentDistribution(fiscalYear: $fiscalYear) {
    fiscalYear
    operators
    elements {
      element
      levelCounts {
        level
        operators
      }
      statements {
        level
        agreePercent
        baselineAgreePercent
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSelfAssessmentDistributionQuery, AdminSelfAssessmentDistributionQueryVariables>;
export const AdminOperatorsDocument = new TypedDocumentString(`
    query AdminOperators($after: String) {
  operators(first: 100, after: $after) {
    edges {
      node {
        id
        nameJa
        prefecture {
          nameJa
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOperatorsQuery, AdminOperatorsQueryVariables>;
export const DemandBoardDocument = new TypedDocumentString(`
    query DemandBoard($side: MatchingSide, $perColumn: Int) {
  matchingBoard(side: $side, perColumn: $perColumn) {
    status
    count
    items {
      id
      status
      updatedAt
      isDemo
      need {
        id
        title
        companyLabelJa
      }
      card {
        kindLabelsJa
        homePrefectureNameJa
      }
      needOperator {
        id
        nameJa
      }
      talentOperator {
        id
        nameJa
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemandBoardQuery, DemandBoardQueryVariables>;
export const DemandCompaniesDocument = new TypedDocumentString(`
    query DemandCompanies($operatorId: ID!, $search: String, $first: Int, $after: String) {
  regionalCompanies(
    operatorId: $operatorId
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        nameJa
        nameVariants
        jsicDivisionLabelJa
        industryNoteJa
        sizeClassLabelJa
        prefecture {
          nameJa
        }
        municipalityJa
        visibility
        isDemo
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemandCompaniesQuery, DemandCompaniesQueryVariables>;
export const DemandCreateCompanyDocument = new TypedDocumentString(`
    mutation DemandCreateCompany($input: RegionalCompanyInput!, $idempotencyKey: String) {
  createRegionalCompany(input: $input, idempotencyKey: $idempotencyKey) {
    id
    displayNameJa
  }
}
    `) as unknown as TypedDocumentString<DemandCreateCompanyMutation, DemandCreateCompanyMutationVariables>;
export const DemandImportCompaniesDocument = new TypedDocumentString(`
    mutation DemandImportCompanies($rows: [RegionalCompanyRowInput!]!, $dryRun: Boolean!) {
  importRegionalCompanies(rows: $rows, dryRun: $dryRun) {
    written
    created
    updated
    unchanged
    problems {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DemandImportCompaniesMutation, DemandImportCompaniesMutationVariables>;
export const DemandCompanyDocument = new TypedDocumentString(`
    query DemandCompany($id: ID!) {
  regionalCompany(id: $id) {
    id
    nameJa
    nameVariants
    jsicDivisionLabelJa
    industryNoteJa
    sizeClassLabelJa
    prefecture {
      nameJa
    }
    municipalityJa
    visibility
    storyJa
    isDemo
    supportingOperators {
      id
      nameJa
    }
  }
  ownNeeds(companyId: $id, first: 100) {
    totalCount
    edges {
      node {
        id
        title
        status
        statusLabelJa
        scopeLabelJa
        workFormLabelsJa
        kindLabelsJa
        isDemo
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemandCompanyQuery, DemandCompanyQueryVariables>;
export const DemandMatchingDocument = new TypedDocumentString(`
    query DemandMatching($id: ID!, $operatorId: ID!) {
  matching(id: $id) {
    id
    status
    statusLabelJa
    cardId
    purpose
    message
    introductionId
    notConcludedReasonLabelJa
    notConcludedNote
    proposedAt
    introducedAt
    interviewingAt
    concludedAt
    notConcludedAt
    nextStatuses
    isDemo
    need {
      id
      title
      companyLabelJa
      purposeLabelJa
    }
    card {
      kindLabelsJa
      skills
      homePrefectureNameJa
    }
    needOperator {
      id
      nameJa
    }
    talentOperator {
      id
      nameJa
    }
    proposedByOperator {
      id
      nameJa
    }
    placement {
      placementTypeLabelJa
      startDate
      endDate
      fiscalYear
    }
    events {
      id
      toStatusLabelJa
      at
      note
      actorOperator {
        id
        nameJa
      }
    }
  }
  outgoingIntroductionRequests(first: 100) {
    edges {
      node {
        id
        cardId
        status
      }
    }
  }
  operator(id: $operatorId) {
    programs(first: 100) {
      edges {
        node {
          id
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemandMatchingQuery, DemandMatchingQueryVariables>;
export const DemandRequestIntroductionDocument = new TypedDocumentString(`
    mutation DemandRequestIntroduction($cardId: ID!, $purpose: SharingPurpose!, $message: String!, $idempotencyKey: String) {
  requestIntroduction(
    cardId: $cardId
    purpose: $purpose
    message: $message
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DemandRequestIntroductionMutation, DemandRequestIntroductionMutationVariables>;
export const DemandAdvanceMatchingDocument = new TypedDocumentString(`
    mutation DemandAdvanceMatching($id: ID!, $to: MatchingStatus!, $introductionId: ID, $note: String, $idempotencyKey: String) {
  advanceMatching(
    id: $id
    to: $to
    introductionId: $introductionId
    note: $note
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DemandAdvanceMatchingMutation, DemandAdvanceMatchingMutationVariables>;
export const DemandConcludeMatchingDocument = new TypedDocumentString(`
    mutation DemandConcludeMatching($id: ID!, $placement: PlacementInput!, $idempotencyKey: String) {
  concludeMatching(
    id: $id
    placement: $placement
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DemandConcludeMatchingMutation, DemandConcludeMatchingMutationVariables>;
export const DemandCloseMatchingDocument = new TypedDocumentString(`
    mutation DemandCloseMatching($id: ID!, $input: NotConcludedInput!, $idempotencyKey: String) {
  closeMatchingNotConcluded(
    id: $id
    input: $input
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DemandCloseMatchingMutation, DemandCloseMatchingMutationVariables>;
export const DemandNeedFormCompanyDocument = new TypedDocumentString(`
    query DemandNeedFormCompany($id: ID!) {
  regionalCompany(id: $id) {
    id
    displayNameJa
  }
}
    `) as unknown as TypedDocumentString<DemandNeedFormCompanyQuery, DemandNeedFormCompanyQueryVariables>;
export const DemandNeedForEditDocument = new TypedDocumentString(`
    query DemandNeedForEdit($id: ID!) {
  need(id: $id) {
    id
    title
    description
    businessProblem
    kinds
    skills
    workForms
    workStyles
    purpose
    periodJa
    startsOn
    endsOn
    volumeJa
    compensation {
      min
      max
      unit
    }
    scope
    discloseCompany
    discloseCompensation
    status
    viewerIsOwner
    updatedAt
    company {
      id
      displayNameJa
    }
  }
}
    `) as unknown as TypedDocumentString<DemandNeedForEditQuery, DemandNeedForEditQueryVariables>;
export const DemandUpdateNeedDocument = new TypedDocumentString(`
    mutation DemandUpdateNeed($id: ID!, $input: NeedInput!) {
  updateNeed(id: $id, input: $input) {
    id
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<DemandUpdateNeedMutation, DemandUpdateNeedMutationVariables>;
export const DemandCreateNeedDocument = new TypedDocumentString(`
    mutation DemandCreateNeed($input: NeedInput!, $idempotencyKey: String) {
  createNeed(input: $input, idempotencyKey: $idempotencyKey) {
    id
  }
}
    `) as unknown as TypedDocumentString<DemandCreateNeedMutation, DemandCreateNeedMutationVariables>;
export const DemandNeedDocument = new TypedDocumentString(`
    query DemandNeed($id: ID!, $withSuggestions: Boolean!, $suggestions: Int!) {
  need(id: $id) {
    id
    title
    description
    businessProblem
    kindLabelsJa
    skills
    workFormLabelsJa
    workStyleLabelsJa
    purposeLabelJa
    periodJa
    startsOn
    endsOn
    volumeJa
    compensation {
      textJa
    }
    status
    statusLabelJa
    scopeLabelJa
    discloseCompany
    discloseCompensation
    companyLabelJa
    company {
      id
    }
    ownerOperator {
      id
      nameJa
    }
    viewerIsOwner
    isDemo
    matchings(first: 50) {
      totalCount
      edges {
        node {
          id
          status
          statusLabelJa
          updatedAt
          isDemo
          talentOperator {
            id
            nameJa
          }
          card {
            kindLabelsJa
            homePrefectureNameJa
          }
        }
      }
    }
  }
  needSuggestions(needId: $id, first: $suggestions) @include(if: $withSuggestions) {
    considered
    consideredIsLowerBound
    items {
      score
      matchingId
      reasons {
        kind
        textJa
        points
      }
      card {
        cardId
        kindLabelsJa
        skills
        availabilityLabelJa
        homePrefectureNameJa
        interestInRegionLabelJa
        isDemo
        ownerOperator {
          id
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemandNeedQuery, DemandNeedQueryVariables>;
export const DemandSetNeedStatusDocument = new TypedDocumentString(`
    mutation DemandSetNeedStatus($id: ID!, $status: NeedStatus!) {
  setNeedStatus(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DemandSetNeedStatusMutation, DemandSetNeedStatusMutationVariables>;
export const DemandNeedsForTalentDocument = new TypedDocumentString(`
    query DemandNeedsForTalent($talentId: ID!, $first: Int!) {
  needsForTalent(talentId: $talentId, first: $first) {
    score
    matchingId
    reasons {
      kind
      textJa
      points
    }
    need {
      id
      title
      companyLabelJa
      kindLabelsJa
      workFormLabelsJa
      workStyleLabelsJa
      purposeLabelJa
      periodJa
      volumeJa
      compensation {
        textJa
      }
      isDemo
      ownerOperator {
        id
        nameJa
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemandNeedsForTalentQuery, DemandNeedsForTalentQueryVariables>;
export const DemandOutcomesDocument = new TypedDocumentString(`
    query DemandOutcomes($operatorId: ID!, $fiscalYear: Int!, $previousYear: Int!, $withPrevious: Boolean!) {
  operator(id: $operatorId) {
    id
    nameJa
    chosen: demandOutcomes(fiscalYear: $fiscalYear) {
      ...DemandOutcomeYear
    }
    previous: demandOutcomes(fiscalYear: $previousYear) @include(if: $withPrevious) {
      ...DemandOutcomeYear
    }
    programs(first: 100) {
      edges {
        node {
          id
          nameJa
          outcomes {
            metric
            valueText
            unit
            countingBasis
            period
            companies
            source
          }
        }
      }
    }
  }
}
    fragment DemandOutcomeYear on DemandOutcomeReport {
  fiscalYear
  periodJa
  includesDemoData
  sourceNoteJa
  figures {
    metric
    labelJa
    value
    unit
    countingBasisLabelJa
    basisNoteJa
    periodJa
  }
}`) as unknown as TypedDocumentString<DemandOutcomesQuery, DemandOutcomesQueryVariables>;
export const DemandOutcomeOperatorsDocument = new TypedDocumentString(`
    query DemandOutcomeOperators {
  operators(first: 100) {
    edges {
      node {
        id
        nameJa
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemandOutcomeOperatorsQuery, DemandOutcomeOperatorsQueryVariables>;
export const DemandOutcomesByBlockDocument = new TypedDocumentString(`
    query DemandOutcomesByBlock($fiscalYear: Int!) {
  demandOutcomesByBlock(fiscalYear: $fiscalYear) {
    block
    periodJa
    operatorCount
    figures {
      metric
      value
      unit
      countingBasisLabelJa
    }
  }
}
    `) as unknown as TypedDocumentString<DemandOutcomesByBlockQuery, DemandOutcomesByBlockQueryVariables>;
export const DemandProposeMatchingDocument = new TypedDocumentString(`
    mutation DemandProposeMatching($needId: ID!, $cardId: ID, $talentId: ID, $message: String, $idempotencyKey: String) {
  proposeMatching(
    needId: $needId
    cardId: $cardId
    talentId: $talentId
    message: $message
    idempotencyKey: $idempotencyKey
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<DemandProposeMatchingMutation, DemandProposeMatchingMutationVariables>;
export const WorkspaceCreateTalentImportDocument = new TypedDocumentString(`
    mutation WorkspaceCreateTalentImport($input: CreateTalentImportInput!) {
  createTalentImport(input: $input) {
    id
    status
    mode
    stagedRows
    validRows
    invalidRows
    processedRows
    created
    updated
    unchanged
    refused
    done
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCreateTalentImportMutation, WorkspaceCreateTalentImportMutationVariables>;
export const WorkspaceStageTalentImportRowsDocument = new TypedDocumentString(`
    mutation WorkspaceStageTalentImportRows($id: ID!, $rows: [TalentImportRowInput!]!) {
  stageTalentImportRows(importId: $id, rows: $rows) {
    id
    status
    mode
    stagedRows
    validRows
    invalidRows
    processedRows
    created
    updated
    unchanged
    refused
    done
  }
}
    `) as unknown as TypedDocumentString<WorkspaceStageTalentImportRowsMutation, WorkspaceStageTalentImportRowsMutationVariables>;
export const WorkspaceCommitTalentImportDocument = new TypedDocumentString(`
    mutation WorkspaceCommitTalentImport($id: ID!, $mode: TalentImportMode!, $expectedRows: Int!, $maxRows: Int) {
  commitTalentImport(
    importId: $id
    mode: $mode
    expectedRows: $expectedRows
    maxRows: $maxRows
  ) {
    id
    status
    mode
    stagedRows
    validRows
    invalidRows
    processedRows
    created
    updated
    unchanged
    refused
    done
  }
}
    `) as unknown as TypedDocumentString<WorkspaceCommitTalentImportMutation, WorkspaceCommitTalentImportMutationVariables>;
export const WorkspaceCancelTalentImportDocument = new TypedDocumentString(`
    mutation WorkspaceCancelTalentImport($id: ID!) {
  cancelTalentImport(importId: $id)
}
    `) as unknown as TypedDocumentString<WorkspaceCancelTalentImportMutation, WorkspaceCancelTalentImportMutationVariables>;
export const WorkspaceTalentImportProblemsDocument = new TypedDocumentString(`
    query WorkspaceTalentImportProblems($id: ID!, $first: Int, $after: String) {
  talentImport(id: $id) {
    problems(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          row
          column
          message
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceTalentImportProblemsQuery, WorkspaceTalentImportProblemsQueryVariables>;
export const WorkspacePoolExportPageDocument = new TypedDocumentString(`
    query WorkspacePoolExportPage($after: String) {
  myTalentProfiles(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        personNumber
        displayName
        kinds
        skills
        yearsOfExperience
        availability
        preferredWorkStyles
        interestInRegion
        homePrefectureCode
        registeredAt
        contact {
          email
          phone
        }
        consents {
          scope
          purposes
          method
          obtainedAt
          expiresAt
          active
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacePoolExportPageQuery, WorkspacePoolExportPageQueryVariables>;
export const WorkspaceProvisionExportPageDocument = new TypedDocumentString(`
    query WorkspaceProvisionExportPage($after: String) {
  provisionRecords(first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        talentRef
        items
        consentId
        consentScope
        consentObtainedAt
        consentMethod
        purpose
        introductionId
        providedAt
        retainUntil
        providerOperator {
          id
          nameJa
        }
        recipientOperator {
          id
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceProvisionExportPageQuery, WorkspaceProvisionExportPageQueryVariables>;
export const KnowhowEditSourceDocument = new TypedDocumentString(`
    query KnowhowEditSource($id: ID!) {
  caseStudy(id: $id) {
    id
    titleJa
    summaryJa
    place
    areaSizeClasses
    orgClass
    leadershipModel
    background
    goal
    phases {
      phase
      textJa
    }
    devices {
      element
      textJa
    }
    stumblingPoints {
      fiscalYear
      problemJa
      responseJa
    }
    voices {
      speakerType
      speakerLabel
      textJa
    }
    outcomes {
      textJa
    }
    fiscalYears
    intendedVisibility
    operator {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<KnowhowEditSourceQuery, KnowhowEditSourceQueryVariables>;
export const KnowhowCreateCaseDocument = new TypedDocumentString(`
    mutation KnowhowCreateCase($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KnowhowCreateCaseMutation, KnowhowCreateCaseMutationVariables>;
export const KnowhowUpdateCaseDocument = new TypedDocumentString(`
    mutation KnowhowUpdateCase($id: ID!, $input: CaseStudyFieldsInput!) {
  updateCaseStudy(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<KnowhowUpdateCaseMutation, KnowhowUpdateCaseMutationVariables>;
export const KnowhowCaseDocument = new TypedDocumentString(`
    query KnowhowCase($id: ID!) {
  caseStudy(id: $id) {
    id
    titleJa
    summaryJa
    place
    areaSizeClasses
    orgClassLabelJa
    leadershipModelLabelJa
    background
    goal
    phases {
      phase
      labelJa
      textJa
      sourceNote
    }
    devices {
      element
      textJa
    }
    stumblingPoints {
      fiscalYear
      problemJa
      responseJa
      detailJa
    }
    voices {
      speakerType
      speakerLabel
      textJa
      valueTags
    }
    outcomes {
      textJa
      period
    }
    plansAhead {
      fiscalYear
      period
      textJa
    }
    evolution {
      fiscalYear
      textJa
      activitiesJa
      structureJa
    }
    fiscalYears
    targetTalentKinds
    programKinds
    source
    status
    visibility
    intendedVisibility
    updatedAt
    operator {
      id
      nameJa
    }
    coOperators {
      id
      nameJa
    }
    programs {
      id
      nameJa
      kindLabelJa
      outcomes {
        metric
        valueText
        unit
        countingBasis
        basisNote
        period
        companies
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KnowhowCaseQuery, KnowhowCaseQueryVariables>;
export const KnowhowLikeMineDocument = new TypedDocumentString(`
    query KnowhowLikeMine($operatorId: ID!) {
  regionsLikeMine(operatorId: $operatorId, first: 10) {
    score
    reasons
    caseStudy {
      id
      titleJa
      place
      summaryJa
      operator {
        id
        nameJa
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KnowhowLikeMineQuery, KnowhowLikeMineQueryVariables>;
export const KnowhowMyCasesDocument = new TypedDocumentString(`
    query KnowhowMyCases($operatorId: ID!) {
  caseStudies(operatorId: $operatorId, first: 100) {
    totalCount
    edges {
      node {
        id
        titleJa
        status
        visibility
        intendedVisibility
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KnowhowMyCasesQuery, KnowhowMyCasesQueryVariables>;
export const KnowhowProgramDocument = new TypedDocumentString(`
    query KnowhowProgram($id: ID!) {
  program(id: $id) {
    id
    nameJa
    kindLabelJa
    phaseLabelsJa
    targetTalentKinds
    fiscalYears
    startedYear
    fundingSources
    budgetFy2024Jpy
    place
    notes
    source
    operators {
      id
      nameJa
    }
    outcomes {
      metric
      valueText
      unit
      countingBasis
      basisNote
      period
      companies
      note
    }
  }
}
    `) as unknown as TypedDocumentString<KnowhowProgramQuery, KnowhowProgramQueryVariables>;
export const KnowhowPublishDocument = new TypedDocumentString(`
    mutation KnowhowPublish($id: ID!, $visibility: ContentVisibility) {
  publishCaseStudy(id: $id, visibility: $visibility) {
    id
    status
    visibility
  }
}
    `) as unknown as TypedDocumentString<KnowhowPublishMutation, KnowhowPublishMutationVariables>;
export const KnowhowSearchDocument = new TypedDocumentString(`
    query KnowhowSearch($query: String!, $first: Int, $after: String, $kind: KnowHowKind, $areaSizeClass: AreaSizeClass, $orgClass: CorporateCategory, $leadershipModel: LeadershipModel, $element: MaturityElement, $phase: SupportPhase, $programKind: ProgramKind, $targetTalentKind: TalentKind, $regionalBlock: RegionalBlock, $fiscalYear: Int) {
  searchKnowHow(
    query: $query
    first: $first
    after: $after
    kind: $kind
    areaSizeClass: $areaSizeClass
    orgClass: $orgClass
    leadershipModel: $leadershipModel
    element: $element
    phase: $phase
    programKind: $programKind
    targetTalentKind: $targetTalentKind
    regionalBlock: $regionalBlock
    fiscalYear: $fiscalYear
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        kind
        matchedIn
        snippet
        node {
          ... on CaseStudy {
            id
            titleJa
            place
            status
            visibility
            operator {
              id
              nameJa
            }
          }
          ... on Program {
            id
            nameJa
            kindLabelJa
            place
            visibility
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KnowhowSearchQuery, KnowhowSearchQueryVariables>;
export const KnowhowBrowseDocument = new TypedDocumentString(`
    query KnowhowBrowse {
  caseStudies(first: 100) {
    totalCount
    edges {
      node {
        id
        titleJa
        summaryJa
        place
        status
        visibility
        leadershipModelLabelJa
        operator {
          id
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<KnowhowBrowseQuery, KnowhowBrowseQueryVariables>;
export const SelfAssessmentPageDocument = new TypedDocumentString(`
    query SelfAssessmentPage($operatorId: ID!) {
  maturityModel {
    source
    respondents
    elements {
      element
      nameJa
      definitionJa
      levels {
        level
        statementJa
        baseline {
          agreePercent
          neutralPercent
          disagreePercent
        }
      }
    }
  }
  operator(id: $operatorId) {
    id
    nameJa
    selfAssessments {
      fiscalYear
      recordedAt
      elements {
        element
        nameJa
        level
        answers {
          level
          answer
          answerLabelJa
          group
          baselineSameGroupPercent
        }
        nextSteps {
          fromLevel
          toLevel
          textJa
          exampleCaseStudies {
            id
            titleJa
            operator {
              id
              nameJa
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SelfAssessmentPageQuery, SelfAssessmentPageQueryVariables>;
export const RecordSelfAssessmentDocument = new TypedDocumentString(`
    mutation RecordSelfAssessment($input: RecordSelfAssessmentInput!) {
  recordSelfAssessment(input: $input) {
    fiscalYear
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<RecordSelfAssessmentMutation, RecordSelfAssessmentMutationVariables>;
export const WorkspaceOperatorNameDocument = new TypedDocumentString(`
    query WorkspaceOperatorName($id: ID!) {
  operator(id: $id) {
    id
    nameJa
  }
}
    `) as unknown as TypedDocumentString<WorkspaceOperatorNameQuery, WorkspaceOperatorNameQueryVariables>;
export const WorkspaceIntroductionsDocument = new TypedDocumentString(`
    query WorkspaceIntroductions($status: IntroductionStatus, $inbox: Boolean!) {
  incomingIntroductionRequests(status: $status, first: 100) @include(if: $inbox) {
    totalCount
    edges {
      node {
        id
        purposeLabelJa
        message
        status
        statusLabelJa
        requestedAt
        requesterOperator {
          id
          nameJa
        }
        talent {
          id
          displayName
        }
      }
    }
  }
  outgoingIntroductionRequests(status: $status, first: 100) @skip(if: $inbox) {
    totalCount
    edges {
      node {
        id
        purposeLabelJa
        message
        status
        statusLabelJa
        requestedAt
        declineReasonLabelJa
        ownerOperator {
          id
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceIntroductionsQuery, WorkspaceIntroductionsQueryVariables>;
export const WorkspaceIntroductionDocument = new TypedDocumentString(`
    query WorkspaceIntroduction($id: ID!, $records: RecordsFilter!) {
  introduction(id: $id) {
    id
    purposeLabelJa
    message
    status
    statusLabelJa
    requestedAt
    acceptedAt
    declinedAt
    declineReason
    declineReasonLabelJa
    declineNote
    withdrawnAt
    ownerOperator {
      id
      nameJa
    }
    requesterOperator {
      id
      nameJa
    }
    talent {
      id
      displayName
      kindLabelsJa
      skills
    }
  }
  searchProvisionRecords(filter: $records, first: 5) {
    edges {
      node {
        id
        items
        consentScope
        consentObtainedAt
        consentMethod
        providedAt
        retainUntil
        providerOperator {
          nameJa
        }
        recipientOperator {
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceIntroductionQuery, WorkspaceIntroductionQueryVariables>;
export const WorkspaceIntroductionContactDocument = new TypedDocumentString(`
    query WorkspaceIntroductionContact($id: ID!) {
  introduction(id: $id) {
    id
    contact {
      displayName
      email
      phone
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceIntroductionContactQuery, WorkspaceIntroductionContactQueryVariables>;
export const WorkspaceAcceptIntroductionDocument = new TypedDocumentString(`
    mutation WorkspaceAcceptIntroduction($id: ID!) {
  acceptIntroduction(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WorkspaceAcceptIntroductionMutation, WorkspaceAcceptIntroductionMutationVariables>;
export const WorkspaceDeclineIntroductionDocument = new TypedDocumentString(`
    mutation WorkspaceDeclineIntroduction($id: ID!, $input: DeclineIntroductionInput!) {
  declineIntroduction(id: $id, input: $input) {
    id
    status
    declineReason
  }
}
    `) as unknown as TypedDocumentString<WorkspaceDeclineIntroductionMutation, WorkspaceDeclineIntroductionMutationVariables>;
export const WorkspaceWithdrawIntroductionDocument = new TypedDocumentString(`
    mutation WorkspaceWithdrawIntroduction($id: ID!) {
  withdrawIntroduction(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WorkspaceWithdrawIntroductionMutation, WorkspaceWithdrawIntroductionMutationVariables>;
export const WorkspacePoolDocument = new TypedDocumentString(`
    query WorkspacePool($filter: OwnPoolFilter, $sort: OwnPoolSort, $first: Int, $after: String) {
  ownTalentPool(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        displayName
        kindLabelsJa
        skills
        availabilityLabelJa
        homePrefectureNameJa
        isDemo
        registeredAt
        consents {
          id
          active
          scopeLabelJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacePoolQuery, WorkspacePoolQueryVariables>;
export const WorkspaceRegisterPersonDocument = new TypedDocumentString(`
    mutation WorkspaceRegisterPerson($input: [RegisterTalentProfileInput!]!) {
  registerTalentProfiles(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRegisterPersonMutation, WorkspaceRegisterPersonMutationVariables>;
export const WorkspacePersonDocument = new TypedDocumentString(`
    query WorkspacePerson($id: ID!) {
  talentProfile(id: $id) {
    id
    displayName
    kinds
    skills
    yearsOfExperience
    availability
    preferredWorkStyles
    interestInRegion
    homePrefectureCode
    isDemo
    registeredAt
    updatedAt
    contact {
      displayName
      email
      phone
    }
    consents {
      id
      scope
      scopeLabelJa
      purposes
      purposeLabelsJa
      obtainedAt
      method
      methodLabelJa
      expiresAt
      revokedAt
      active
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspacePersonQuery, WorkspacePersonQueryVariables>;
export const WorkspaceUpdatePersonDocument = new TypedDocumentString(`
    mutation WorkspaceUpdatePerson($id: ID!, $input: UpdateTalentProfileInput!) {
  updateTalentProfile(id: $id, input: $input) {
    id
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<WorkspaceUpdatePersonMutation, WorkspaceUpdatePersonMutationVariables>;
export const WorkspaceDeletePersonDocument = new TypedDocumentString(`
    mutation WorkspaceDeletePerson($id: ID!) {
  deleteTalentProfile(id: $id) {
    talentId
    consentsRemoved
    introductionsRemoved
    provisionRecordsKept
  }
}
    `) as unknown as TypedDocumentString<WorkspaceDeletePersonMutation, WorkspaceDeletePersonMutationVariables>;
export const WorkspaceRecordsDocument = new TypedDocumentString(`
    query WorkspaceRecords($filter: RecordsFilter, $first: Int, $after: String, $audit: Boolean!, $personId: ID!, $withPerson: Boolean!) {
  searchAuditTrail(filter: $filter, first: $first, after: $after) @include(if: $audit) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        action
        actorSubject
        actorRole
        actorOperator {
          id
          nameJa
        }
        subjectOperator {
          id
          nameJa
        }
        subjectTalentId
        fields
        purpose
      }
    }
  }
  searchProvisionRecords(filter: $filter, first: $first, after: $after) @skip(if: $audit) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        providedAt
        items
        talentRef
        purpose
        consentScope
        consentMethod
        consentObtainedAt
        retainUntil
        introductionId
        providerOperator {
          id
          nameJa
        }
        recipientOperator {
          id
          nameJa
        }
      }
    }
  }
  talentProfile(id: $personId) @include(if: $withPerson) {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRecordsQuery, WorkspaceRecordsQueryVariables>;
export const WorkspaceSearchDocument = new TypedDocumentString(`
    query WorkspaceSearch($filter: SharedTalentFilter!, $first: Int, $after: String) {
  searchSharedTalent(filter: $filter, first: $first, after: $after) {
    totalCount
    totalCountIsLowerBound
    facets {
      byKind {
        kind
        kindLabelJa
        count
      }
      byBlock {
        block
        blockLabelJa
        count
      }
      isLowerBound
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        cardId
        kindLabelsJa
        skills
        yearsOfExperience
        availabilityLabelJa
        interestInRegionLabelJa
        homePrefectureNameJa
        isDemo
        ownerOperator {
          id
          nameJa
        }
      }
    }
  }
  outgoingIntroductionRequests(first: 100) {
    edges {
      node {
        id
        cardId
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceSearchQuery, WorkspaceSearchQueryVariables>;
export const WorkspaceRequestIntroductionDocument = new TypedDocumentString(`
    mutation WorkspaceRequestIntroduction($cardId: ID!, $purpose: SharingPurpose!, $message: String!) {
  requestIntroduction(cardId: $cardId, purpose: $purpose, message: $message) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WorkspaceRequestIntroductionMutation, WorkspaceRequestIntroductionMutationVariables>;
export const WorkspaceDevOperatorsDocument = new TypedDocumentString(`
    query WorkspaceDevOperators {
  operators(first: 100) {
    edges {
      node {
        id
        nameJa
        prefecture {
          nameJa
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkspaceDevOperatorsQuery, WorkspaceDevOperatorsQueryVariables>;