/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** How far a person's interest in the region goes: RELATED_POPULATION (関係人口) → DUAL_RESIDENCE (二地域居住) → RELOCATION (移住). */
export type InterestInRegion =
  | 'DUAL_RESIDENCE'
  | 'RELATED_POPULATION'
  | 'RELOCATION';

/** Where an introduction request stands. */
export type IntroductionStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'OPEN'
  | 'WITHDRAWN';

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

/** Filters for a cross-region talent search. `purpose` is required: sharing is consented per purpose. */
export type SharedTalentFilter = {
  /** How the person can work. */
  availability?: Availability | null | undefined;
  /** Regional block of the person's home prefecture. */
  block?: RegionalBlock | null | undefined;
  /** People of any of these kinds. */
  kinds?: Array<TalentKind> | null | undefined;
  /** JIS code of the person's home prefecture ("01"–"47"). */
  prefectureCode?: string | null | undefined;
  /** Why the viewer is searching (required: a search without it is BAD_USER_INPUT); only people who consented to this purpose are found. */
  purpose?: SharingPurpose | null | undefined;
  /** Part of a skill every card must have, 1–50 characters; two-character words (営業, 副業, 研修) match; full-width/half-width and kana variants are normalised (NFKC, lower case, no spaces). */
  skill?: string | null | undefined;
  /** Up to 20 skills (each 1–50 characters, normalised like `skill`): a card matches if it has any of them, and cards matching more of them rank first (among the 1000 most recently registered matches). */
  skills?: Array<string> | null | undefined;
};

/** Purposes a person may consent to for cross-region sharing (APPI 27条: prior consent per purpose). */
export type SharingPurpose =
  | 'EMPLOYMENT'
  | 'INTERNSHIP'
  | 'MENTORING'
  | 'RIGHT_ARM_SUCCESSOR'
  | 'SIDE_JOB_MATCHING';

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

export type WorkspaceOperatorNameQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkspaceOperatorNameQuery = { operator: { id: string, nameJa: string } | null };

export type WorkspaceIntroductionsQueryVariables = Exact<{
  status?: IntroductionStatus | null | undefined;
  inbox: boolean;
}>;


export type WorkspaceIntroductionsQuery = { incomingIntroductionRequests?: { totalCount: number, edges: Array<{ node: { id: string, purposeLabelJa: string, message: string, status: IntroductionStatus, statusLabelJa: string, requestedAt: string, requesterOperator: { id: string, nameJa: string }, talent: { id: string, displayName: string | null } | null } }> }, outgoingIntroductionRequests?: { totalCount: number, edges: Array<{ node: { id: string, purposeLabelJa: string, message: string, status: IntroductionStatus, statusLabelJa: string, requestedAt: string, ownerOperator: { id: string, nameJa: string } } }> } };

export type WorkspaceIntroductionQueryVariables = Exact<{
  id: string | number;
  records: RecordsFilter;
}>;


export type WorkspaceIntroductionQuery = { introduction: { id: string, purposeLabelJa: string, message: string, status: IntroductionStatus, statusLabelJa: string, requestedAt: string, acceptedAt: string | null, declinedAt: string | null, withdrawnAt: string | null, ownerOperator: { id: string, nameJa: string }, requesterOperator: { id: string, nameJa: string }, talent: { id: string, displayName: string | null, kindLabelsJa: Array<string>, skills: Array<string> } | null } | null, searchProvisionRecords: { edges: Array<{ node: { id: string, items: Array<string>, consentScope: ConsentScope, consentObtainedAt: string, consentMethod: ConsentMethod, providedAt: string, retainUntil: string, providerOperator: { nameJa: string }, recipientOperator: { nameJa: string } } }> } };

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
}>;


export type WorkspaceDeclineIntroductionMutation = { declineIntroduction: { id: string, status: IntroductionStatus } };

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


export type WorkspaceSearchQuery = { searchSharedTalent: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { cardId: string, kindLabelsJa: Array<string>, skills: Array<string>, yearsOfExperience: number | null, availabilityLabelJa: string, interestInRegionLabelJa: string | null, homePrefectureNameJa: string | null, isDemo: boolean, ownerOperator: { id: string, nameJa: string } } }> }, outgoingIntroductionRequests: { edges: Array<{ node: { id: string, cardId: string, status: IntroductionStatus } }> } };

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
    mutation WorkspaceDeclineIntroduction($id: ID!) {
  declineIntroduction(id: $id) {
    id
    status
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