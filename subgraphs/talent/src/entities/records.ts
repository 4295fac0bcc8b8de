import { Field, ID, Int, ObjectType } from "type-graphql";
import { TalentKind } from "@jinjibu/federation";
import { talentKindLabels, type TalentKind as DomainTalentKind } from "@jinjibu/domain";
import {
  AuditAction,
  AuditOutcome,
  ConsentMethod,
  consentMethodLabels,
  ConsentScope,
  consentScopeLabels,
  IntroductionDeclineReason,
  introductionDeclineReasonLabels,
  IntroductionStatus,
  introductionStatusLabels,
  SharingPurpose,
  sharingPurposeLabels,
} from "../enums";
import { OperatorStub, operatorStub } from "./operator.stub";

const iso = (value: Date | string | null): string | null => (value == null ? null : new Date(value).toISOString());

@ObjectType({ description: "How to reach a person. Kept apart from the profile; shown to its owner, and to another region only after an accepted introduction." })
export class TalentContact {
  @Field(() => String, { description: "The person's name as they want it shown." })
  displayName!: string;

  @Field(() => String, { nullable: true, description: "E-mail address; null when not given." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: "Telephone number; null when not given." })
  phone!: string | null;
}

export interface ContactRow {
  talent_id: string;
  operator_id: string;
  display_name: string;
  email: string | null;
  phone: string | null;
}

export const toContact = (row: ContactRow): TalentContact =>
  Object.assign(new TalentContact(), { displayName: row.display_name, email: row.email, phone: row.phone });

@ObjectType({ description: "A person's consent to share their redacted profile with other regions (APPI 27条: prior consent)." })
export class Consent {
  @Field(() => ID, { description: "Consent id; provision records and audit rows refer to it." })
  id!: string;

  @Field(() => ConsentScope, { description: "How far the profile may be shared." })
  scope!: ConsentScope;

  @Field(() => String, { description: "Japanese label of `scope`." })
  get scopeLabelJa(): string {
    return consentScopeLabels[this.scope];
  }

  @Field(() => [SharingPurpose], { description: "Purposes the person agreed to." })
  purposes!: SharingPurpose[];

  @Field(() => [String], { description: "Japanese labels of `purposes`, in the same order." })
  get purposeLabelsJa(): string[] {
    return this.purposes.map((p) => sharingPurposeLabels[p]);
  }

  @Field(() => String, { description: "When the consent was obtained (ISO 8601)." })
  obtainedAt!: string;

  @Field(() => ConsentMethod, { description: "How the consent was obtained." })
  method!: ConsentMethod;

  @Field(() => String, { description: "Japanese label of `method`." })
  get methodLabelJa(): string {
    return consentMethodLabels[this.method];
  }

  @Field(() => String, { nullable: true, description: "When the consent expires (ISO 8601); null for no expiry." })
  expiresAt!: string | null;

  @Field(() => String, { nullable: true, description: "When the person revoked it (ISO 8601); null while in force." })
  revokedAt!: string | null;

  @Field(() => Boolean, { description: "True while neither revoked nor expired." })
  get active(): boolean {
    return this.revokedAt === null && (this.expiresAt === null || new Date(this.expiresAt) > new Date());
  }

  talentId!: string;
}

export interface ConsentRow {
  id: string;
  talent_id: string;
  operator_id: string;
  scope: string;
  purposes: string[];
  obtained_at: Date;
  method: string;
  expires_at: Date | null;
  revoked_at: Date | null;
}

export const toConsent = (row: ConsentRow): Consent =>
  Object.assign(new Consent(), {
    id: row.id,
    talentId: row.talent_id,
    scope: row.scope as ConsentScope,
    purposes: row.purposes as SharingPurpose[],
    obtainedAt: iso(row.obtained_at)!,
    method: row.method as ConsentMethod,
    expiresAt: iso(row.expires_at),
    revokedAt: iso(row.revoked_at),
  });

@ObjectType({ description: "A request by one operator's coordinator to be introduced to a person another operator registered." })
export class Introduction {
  @Field(() => ID, { description: "Introduction id." })
  id!: string;

  @Field(() => ID, { description: "The card the request is about." })
  cardId!: string;

  @Field(() => SharingPurpose, { description: "What the requesting operator wants the introduction for." })
  purpose!: SharingPurpose;

  @Field(() => String, { description: "Japanese label of `purpose`." })
  get purposeLabelJa(): string {
    return sharingPurposeLabels[this.purpose];
  }

  @Field(() => String, { description: "The requester's message to the owning operator." })
  message!: string;

  @Field(() => IntroductionStatus, { description: "Where the request stands." })
  status!: IntroductionStatus;

  @Field(() => String, { description: "Japanese label of `status`." })
  get statusLabelJa(): string {
    return introductionStatusLabels[this.status];
  }

  @Field(() => OperatorStub, { description: "The operator that owns the person's profile and answers the request." })
  get ownerOperator(): OperatorStub {
    return operatorStub(this.ownerOperatorId);
  }

  @Field(() => OperatorStub, { description: "The operator that asked for the introduction." })
  get requesterOperator(): OperatorStub {
    return operatorStub(this.requesterOperatorId);
  }

  @Field(() => String, { description: "When the request was made (ISO 8601)." })
  requestedAt!: string;

  @Field(() => String, { nullable: true, description: "When the owner accepted it (ISO 8601)." })
  acceptedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When the owner declined it (ISO 8601)." })
  declinedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When either side withdrew it (ISO 8601)." })
  withdrawnAt!: string | null;

  @Field(() => IntroductionDeclineReason, { nullable: true, description: "Why the owner declined it; null unless DECLINED (and for declines recorded before reasons were asked)." })
  declineReason!: IntroductionDeclineReason | null;

  @Field(() => String, { nullable: true, description: "Japanese label of `declineReason`." })
  get declineReasonLabelJa(): string | null {
    return this.declineReason ? introductionDeclineReasonLabels[this.declineReason] : null;
  }

  @Field(() => String, { nullable: true, description: "The owner's own words about the decline, for the requesting operator (at most 500 characters)." })
  declineNote!: string | null;

  @Field(() => String, { description: "When the request last changed (ISO 8601)." })
  updatedAt!: string;

  talentId!: string;
  ownerOperatorId!: string;
  requesterOperatorId!: string;
  consentId!: string;
}

export interface IntroductionRow {
  id: string;
  talent_id: string;
  card_id: string;
  owner_operator_id: string;
  requester_operator_id: string;
  consent_id: string;
  purpose: string;
  message: string;
  status: string;
  requested_at: Date;
  accepted_at: Date | null;
  declined_at: Date | null;
  withdrawn_at: Date | null;
  updated_at: Date;
  decline_reason: string | null;
  decline_note: string | null;
}

export const toIntroduction = (row: IntroductionRow): Introduction =>
  Object.assign(new Introduction(), {
    id: row.id,
    talentId: row.talent_id,
    cardId: row.card_id,
    ownerOperatorId: row.owner_operator_id,
    requesterOperatorId: row.requester_operator_id,
    consentId: row.consent_id,
    purpose: row.purpose as SharingPurpose,
    message: row.message,
    status: row.status as IntroductionStatus,
    requestedAt: iso(row.requested_at)!,
    acceptedAt: iso(row.accepted_at),
    declinedAt: iso(row.declined_at),
    withdrawnAt: iso(row.withdrawn_at),
    declineReason: (row.decline_reason as IntroductionDeclineReason | null) ?? null,
    declineNote: row.decline_note ?? null,
    updatedAt: iso(row.updated_at)!,
  });

@ObjectType({
  description:
    "A record of a provision of personal data to another operator (APPI 29条 provider record / 30条 recipient confirmation), written when " +
    "an introduction is accepted. Kept three years; survives the person's erasure, minimised to a reference.",
})
export class ProvisionRecord {
  @Field(() => ID, { description: "Record id." })
  id!: string;

  @Field(() => OperatorStub, { description: "The operator that provided the data (the profile's owner)." })
  get providerOperator(): OperatorStub {
    return operatorStub(this.providerOperatorId);
  }

  @Field(() => OperatorStub, { description: "The operator that received the data." })
  get recipientOperator(): OperatorStub {
    return operatorStub(this.recipientOperatorId);
  }

  @Field(() => ID, {
    nullable: true,
    description: "Reference to the person (the provider's talent profile id). Shown to the provider and the national administrator; null for the recipient.",
  })
  talentRef!: string | null;

  @Field(() => [String], { description: "The data items provided (field names, e.g. displayName, email, phone)." })
  items!: string[];

  @Field(() => ID, { description: "The consent the provision relied on." })
  consentId!: string;

  @Field(() => ConsentScope, { description: "Scope of that consent at the time of provision." })
  consentScope!: ConsentScope;

  @Field(() => String, { description: "When that consent was obtained (ISO 8601): how the provider obtained the data (30条 confirmation)." })
  consentObtainedAt!: string;

  @Field(() => ConsentMethod, { description: "How that consent was obtained." })
  consentMethod!: ConsentMethod;

  @Field(() => SharingPurpose, { description: "Purpose of the provision." })
  purpose!: SharingPurpose;

  @Field(() => ID, { description: "The introduction whose acceptance made the provision." })
  introductionId!: string;

  @Field(() => String, { description: "When the data was provided (ISO 8601)." })
  providedAt!: string;

  @Field(() => String, { description: "Until when the record must be kept (ISO 8601): three years after `providedAt`." })
  retainUntil!: string;

  providerOperatorId!: string;
  recipientOperatorId!: string;
}

export interface ProvisionRow {
  id: string;
  provider_operator_id: string;
  recipient_operator_id: string;
  talent_ref: string;
  items: string[];
  consent_id: string;
  consent_scope: string;
  consent_obtained_at: Date;
  consent_method: string;
  purpose: string;
  introduction_id: string;
  provided_at: Date;
  retain_until: Date;
}

export const toProvisionRecord = (row: ProvisionRow, showTalentRef: boolean): ProvisionRecord =>
  Object.assign(new ProvisionRecord(), {
    id: row.id,
    providerOperatorId: row.provider_operator_id,
    recipientOperatorId: row.recipient_operator_id,
    talentRef: showTalentRef ? row.talent_ref : null,
    items: row.items,
    consentId: row.consent_id,
    consentScope: row.consent_scope as ConsentScope,
    consentObtainedAt: iso(row.consent_obtained_at)!,
    consentMethod: row.consent_method as ConsentMethod,
    purpose: row.purpose as SharingPurpose,
    introductionId: row.introduction_id,
    providedAt: iso(row.provided_at)!,
    retainUntil: iso(row.retain_until)!,
  });

@ObjectType({ description: "One row of the append-only access audit log: who saw which person's data, under which consent, and why." })
export class AuditEntry {
  @Field(() => ID, { description: "Sequential id of the row." })
  id!: string;

  @Field(() => String, { description: "When the access happened (ISO 8601)." })
  at!: string;

  @Field(() => AuditAction, { description: "What was seen." })
  action!: AuditAction;

  @Field(() => String, { nullable: true, description: "The user or API key that looked (gateway subject)." })
  actorSubject!: string | null;

  @Field(() => OperatorStub, { description: "The operator the viewer acted for." })
  get actorOperator(): OperatorStub {
    return operatorStub(this.actorOperatorId);
  }

  @Field(() => String, { description: "The viewer's role (COORDINATOR, SITE …)." })
  actorRole!: string;

  @Field(() => OperatorStub, { description: "The operator that owns the person seen." })
  get subjectOperator(): OperatorStub {
    return operatorStub(this.subjectOperatorId);
  }

  @Field(() => ID, {
    nullable: true,
    description: "The person seen (profile id). Shown to the owning operator and the national administrator; null for others.",
  })
  subjectTalentId!: string | null;

  @Field(() => ID, { nullable: true, description: "The card that was shown, if any." })
  cardId!: string | null;

  @Field(() => [String], { description: "The fields that were shown." })
  fields!: string[];

  @Field(() => ID, { nullable: true, description: "The consent the access relied on." })
  consentId!: string | null;

  @Field(() => SharingPurpose, { nullable: true, description: "The stated purpose." })
  purpose!: SharingPurpose | null;

  @Field(() => String, { description: "The gateway's request id, to correlate with request logs." })
  requestId!: string;

  @Field(() => AuditOutcome, { description: "ALLOWED when the data was shown; DENIED when the read was refused (nothing was shown)." })
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true, description: "Why a read was refused; null for allowed reads." })
  reason!: string | null;

  actorOperatorId!: string;
  subjectOperatorId!: string;
}

export interface AuditRow {
  id: string;
  at: Date;
  action: string;
  actor_subject: string | null;
  actor_operator_id: string;
  actor_role: string;
  subject_talent_id: string;
  subject_operator_id: string;
  card_id: string | null;
  fields: string[];
  consent_id: string | null;
  purpose: string | null;
  request_id: string;
  outcome: string;
  reason: string | null;
}

export const toAuditEntry = (row: AuditRow, showTalent: boolean): AuditEntry =>
  Object.assign(new AuditEntry(), {
    id: String(row.id),
    at: iso(row.at)!,
    action: row.action as AuditAction,
    actorSubject: row.actor_subject,
    actorOperatorId: row.actor_operator_id,
    actorRole: row.actor_role,
    subjectOperatorId: row.subject_operator_id,
    subjectTalentId: showTalent ? row.subject_talent_id : null,
    cardId: row.card_id,
    fields: row.fields,
    consentId: row.consent_id,
    purpose: row.purpose as SharingPurpose | null,
    requestId: row.request_id,
    outcome: row.outcome as AuditOutcome,
    reason: row.reason,
  });

@ObjectType({ description: "How many profiles of one talent kind an operator's pool holds." })
export class TalentKindCount {
  @Field(() => TalentKind, { description: "The kind." })
  kind!: DomainTalentKind;

  @Field(() => String, { description: "Japanese label of the kind." })
  get kindLabelJa(): string {
    return talentKindLabels[this.kind];
  }

  @Field(() => Int, { description: "Profiles of that kind (a profile with several kinds counts once per kind)." })
  count!: number;
}

@ObjectType({ description: "Aggregate counts of an operator's talent pool. No person-level data." })
export class TalentPoolSummary {
  @Field(() => Int, { description: "Profiles in the pool." })
  total!: number;

  @Field(() => [TalentKindCount], { description: "Counts by kind, largest first (ties in kind order)." })
  byKind!: TalentKindCount[];

  @Field(() => Boolean, { description: "True when any counted profile is generated demo data." })
  includesDemoData!: boolean;

  @Field(() => Int, { description: "How many of the counted profiles are demo data." })
  demoCount!: number;

  @Field(() => String, { nullable: true, description: "A note to show with the numbers (e.g. that they are demo data)." })
  note!: string | null;
}

@ObjectType({ description: "What an erasure (APPI 35条 利用停止・消去) removed and kept." })
export class ErasureResult {
  @Field(() => ID, { description: "The erased person's former profile id (the reference provision records keep)." })
  talentId!: string;

  @Field(() => Int, { description: "Consents removed." })
  consentsRemoved!: number;

  @Field(() => Int, { description: "Introductions removed (open ones and the history; contact is unreachable afterwards)." })
  introductionsRemoved!: number;

  @Field(() => Int, { description: "Provision records kept (required by APPI 29条 for three years; they hold no name or contact)." })
  provisionRecordsKept!: number;
}
