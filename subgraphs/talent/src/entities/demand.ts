import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { TalentKind } from "@jinjibu/federation";
import { prefectureByCode, talentKindLabels, type TalentKind as DomainTalentKind } from "@jinjibu/domain";
import {
  CompensationUnit,
  compensationUnitLabels,
  MatchingStatus,
  matchingStatusLabels,
  NeedStatus,
  needStatusLabels,
  NotConcludedReason,
  notConcludedReasonLabels,
  PlacementType,
  placementTypeLabels,
} from "../demand.enums";
import { Availability, availabilityLabels, ConsentScope, consentScopeLabels, SharingPurpose, sharingPurposeLabels, WorkStyle, workStyleLabels } from "../enums";
import { OperatorStub, operatorStub } from "./operator.stub";

const iso = (value: Date | string | null): string | null => (value == null ? null : new Date(value).toISOString());
const day = (value: Date | string | null): string | null => {
  if (value == null) return null;
  if (typeof value === "string") return value.slice(0, 10);
  // pg returns a DATE as a local-midnight Date: format it in local time.
  return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, "0")}-${String(value.getDate()).padStart(2, "0")}`;
};

/** The organizations subgraph owns RegionalCompany; talent only refers to it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("RegionalCompany", { description: "A regional company (地域企業), owned by the organizations subgraph." })
export class RegionalCompanyStub {
  @Field(() => ID, { description: "Stable id (e.g. `co-maruyamagumi`)." })
  id!: string;
}

/** The programs subgraph owns Program; a placement refers to the program it belongs to. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Program", { description: "A program (事業) of an operator, owned by the programs subgraph." })
export class ProgramStub {
  @Field(() => ID, { description: "Stable id." })
  id!: string;
}

export const companyStub = (id: string) => Object.assign(new RegionalCompanyStub(), { id });
export const programStub = (id: string) => Object.assign(new ProgramStub(), { id });

@ObjectType({ description: "A compensation range of a need, in yen." })
export class CompensationRange {
  @Field(() => Int, { nullable: true, description: "Lower bound in yen; null when open." })
  min!: number | null;

  @Field(() => Int, { nullable: true, description: "Upper bound in yen; null when open." })
  max!: number | null;

  @Field(() => CompensationUnit, { description: "Per hour, day, month, year or the whole project." })
  unit!: CompensationUnit;

  @Field(() => String, { description: "Japanese label of `unit`." })
  get unitLabelJa(): string {
    return compensationUnitLabels[this.unit];
  }

  @Field(() => String, { description: "The range as Japanese text, e.g. 月額 50,000〜100,000円." })
  get textJa(): string {
    const yen = (n: number | null) => (n == null ? "" : n.toLocaleString("ja-JP"));
    return `${compensationUnitLabels[this.unit]} ${yen(this.min)}〜${yen(this.max)}円`;
  }
}

export interface NeedRow {
  id: string;
  company_id: string;
  company_name_ja: string;
  owner_operator_id: string;
  owner_block: string | null;
  prefecture_code: string | null;
  title: string;
  description: string;
  business_problem: string;
  kinds: string[];
  skills: string[];
  search_text: string;
  work_forms: string[];
  work_styles: string[];
  purpose: string;
  period_ja: string | null;
  starts_on: Date | string | null;
  ends_on: Date | string | null;
  volume_ja: string | null;
  compensation_min: number | null;
  compensation_max: number | null;
  compensation_unit: string | null;
  disclose_company: boolean;
  disclose_compensation: boolean;
  status: string;
  scope: string;
  is_demo: boolean;
  created_at: Date;
  updated_at: Date;
  opened_at: Date | null;
}

@ObjectType({
  description:
    "A regional company's need (人材ニーズ / 案件), owned by the operator supporting the company. Other regions' coordinators see an OPEN need " +
    "when its sharing scope covers them, redacted to what the owner shares (`company` and `compensation` may be null for them).",
})
export class Need {
  @Field(() => ID, { description: "Need id." })
  id!: string;

  @Field(() => String, { description: "Title (Japanese), e.g. 「EC サイト立ち上げの副業人材」." })
  title!: string;

  @Field(() => String, { description: "What the work is (Japanese)." })
  description!: string;

  @Field(() => String, { description: "The business problem behind the need (経営課題, Japanese)." })
  businessProblem!: string;

  @Field(() => [TalentKind], { description: "Kinds of talent wanted." })
  kinds!: DomainTalentKind[];

  @Field(() => [String], { description: "Japanese labels of `kinds`, same order." })
  get kindLabelsJa(): string[] {
    return this.kinds.map((k) => talentKindLabels[k]);
  }

  @Field(() => [String], { description: "Skills wanted (free text, as written)." })
  skills!: string[];

  @Field(() => [Availability], { description: "How the work is done: side job, project, full time, secondment, internship, short hours." })
  workForms!: Availability[];

  @Field(() => [String], { description: "Japanese labels of `workForms`." })
  get workFormLabelsJa(): string[] {
    return this.workForms.map((w) => availabilityLabels[w]);
  }

  @Field(() => [WorkStyle], { description: "Remote, on site, hybrid … (empty: any)." })
  workStyles!: WorkStyle[];

  @Field(() => [String], { description: "Japanese labels of `workStyles`." })
  get workStyleLabelsJa(): string[] {
    return this.workStyles.map((w) => workStyleLabels[w]);
  }

  @Field(() => SharingPurpose, { description: "The sharing purpose a person must have consented to for this need (e.g. SIDE_JOB_MATCHING)." })
  purpose!: SharingPurpose;

  @Field(() => String, { description: "Japanese label of `purpose`." })
  get purposeLabelJa(): string {
    return sharingPurposeLabels[this.purpose];
  }

  @Field(() => String, { nullable: true, description: "Period as written (e.g. 2026年6月から6か月)." })
  periodJa!: string | null;

  @Field(() => String, { nullable: true, description: "First day (YYYY-MM-DD), when fixed." })
  startsOn!: string | null;

  @Field(() => String, { nullable: true, description: "Last day (YYYY-MM-DD), when fixed." })
  endsOn!: string | null;

  @Field(() => String, { nullable: true, description: "Volume as written (e.g. 月20時間, 週1日)." })
  volumeJa!: string | null;

  @Field(() => CompensationRange, { nullable: true, description: "Compensation range; null when none is given, or the owner does not share it with the viewer." })
  get compensation(): CompensationRange | null {
    if (!this.compensationUnit || (!this.viewerIsOwner && !this.discloseCompensation)) return null;
    return Object.assign(new CompensationRange(), { min: this.compensationMin, max: this.compensationMax, unit: this.compensationUnit });
  }

  @Field(() => NeedStatus, { description: "DRAFT, OPEN, MATCHED or CLOSED." })
  status!: NeedStatus;

  @Field(() => String, { description: "Japanese label of `status`." })
  get statusLabelJa(): string {
    return needStatusLabels[this.status];
  }

  @Field(() => ConsentScope, { description: "How far the need is shared: own operator, same block or nationwide (the consent vocabulary)." })
  scope!: ConsentScope;

  @Field(() => String, { description: "Japanese label of `scope`." })
  get scopeLabelJa(): string {
    return consentScopeLabels[this.scope];
  }

  @Field(() => Boolean, { description: "Whether the company's name is shown to other regions." })
  discloseCompany!: boolean;

  @Field(() => Boolean, { description: "Whether the compensation range is shown to other regions." })
  discloseCompensation!: boolean;

  @Field(() => RegionalCompanyStub, { nullable: true, description: "The company; null for other regions when the owner does not disclose it." })
  get company(): RegionalCompanyStub | null {
    return this.viewerIsOwner || this.discloseCompany ? companyStub(this.companyId) : null;
  }

  @Field(() => String, { description: "How the company is shown: its name (with 「（デモ）」 for demo data), or 「北海道の企業」 when not disclosed." })
  get companyLabelJa(): string {
    if (this.viewerIsOwner || this.discloseCompany) return this.isDemo && !this.companyNameJa.includes("デモ") ? `（デモ）${this.companyNameJa}` : this.companyNameJa;
    const prefecture = prefectureByCode(this.prefectureCode)?.nameJa;
    return `${prefecture ?? "地域"}の企業${this.isDemo ? " (デモ)" : ""}`;
  }

  @Field(() => String, { nullable: true, description: 'The company\'s prefecture (JIS code "01"–"47").' })
  prefectureCode!: string | null;

  @Field(() => OperatorStub, { description: "The operator that supports the company and owns the need." })
  get ownerOperator(): OperatorStub {
    return operatorStub(this.ownerOperatorId);
  }

  @Field(() => Boolean, { description: "True when the viewer's operator owns the need." })
  viewerIsOwner!: boolean;

  @Field(() => Boolean, { description: "True for generated demo data (shown with 「デモ」)." })
  isDemo!: boolean;

  @Field(() => String, { description: "When the need was written (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, { description: "When it last changed (ISO 8601)." })
  updatedAt!: string;

  @Field(() => String, { nullable: true, description: "When it was last opened (ISO 8601)." })
  openedAt!: string | null;

  companyId!: string;
  companyNameJa!: string;
  ownerOperatorId!: string;
  ownerBlock!: string | null;
  compensationMin!: number | null;
  compensationMax!: number | null;
  compensationUnit!: CompensationUnit | null;
}

export const toNeed = (row: NeedRow, viewerOperatorId: string | null): Need =>
  Object.assign(new Need(), {
    id: row.id,
    companyId: row.company_id,
    companyNameJa: row.company_name_ja,
    ownerOperatorId: row.owner_operator_id,
    ownerBlock: row.owner_block,
    prefectureCode: row.prefecture_code,
    title: row.title,
    description: row.description,
    businessProblem: row.business_problem,
    kinds: row.kinds as DomainTalentKind[],
    skills: row.skills,
    workForms: row.work_forms as Availability[],
    workStyles: row.work_styles as WorkStyle[],
    purpose: row.purpose as SharingPurpose,
    periodJa: row.period_ja,
    startsOn: day(row.starts_on),
    endsOn: day(row.ends_on),
    volumeJa: row.volume_ja,
    compensationMin: row.compensation_min,
    compensationMax: row.compensation_max,
    compensationUnit: row.compensation_unit as CompensationUnit | null,
    discloseCompany: row.disclose_company,
    discloseCompensation: row.disclose_compensation,
    status: row.status as NeedStatus,
    scope: row.scope as ConsentScope,
    isDemo: row.is_demo,
    viewerIsOwner: viewerOperatorId !== null && row.owner_operator_id === viewerOperatorId,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    openedAt: iso(row.opened_at),
  });

export interface MatchingRow {
  id: string;
  need_id: string;
  company_id: string;
  need_operator_id: string;
  talent_id: string;
  card_id: string;
  talent_operator_id: string;
  purpose: string;
  proposed_by_operator_id: string;
  message: string | null;
  status: string;
  introduction_id: string | null;
  not_concluded_reason: string | null;
  not_concluded_note: string | null;
  proposed_at: Date;
  introduced_at: Date | null;
  interviewing_at: Date | null;
  concluded_at: Date | null;
  not_concluded_at: Date | null;
  updated_at: Date;
  is_demo: boolean;
}

@ObjectType({
  description:
    "A matching of a need with a person of another region, brokered by both regions' coordinators: PROPOSED → INTRODUCED (through an " +
    "accepted introduction, so contact details and provision records follow the consent rules) → INTERVIEWING → CONCLUDED or NOT_CONCLUDED.",
})
export class Matching {
  @Field(() => ID, { description: "Matching id." })
  id!: string;

  @Field(() => MatchingStatus, { description: "Where the matching stands." })
  status!: MatchingStatus;

  @Field(() => String, { description: "Japanese label of `status` (提案, 紹介済み, 面談中, 成立, 不成立)." })
  get statusLabelJa(): string {
    return matchingStatusLabels[this.status];
  }

  @Field(() => ID, { description: "The person's card (what the need's side knows of the person)." })
  cardId!: string;

  @Field(() => SharingPurpose, { description: "The purpose the matching relies on (the need's purpose)." })
  purpose!: SharingPurpose;

  @Field(() => OperatorStub, { description: "The operator that owns the need (supports the company)." })
  get needOperator(): OperatorStub {
    return operatorStub(this.needOperatorId);
  }

  @Field(() => OperatorStub, { description: "The operator that registered the person." })
  get talentOperator(): OperatorStub {
    return operatorStub(this.talentOperatorId);
  }

  @Field(() => OperatorStub, { description: "The operator whose coordinator proposed the matching." })
  get proposedByOperator(): OperatorStub {
    return operatorStub(this.proposedByOperatorId);
  }

  @Field(() => String, { nullable: true, description: "The proposer's message." })
  message!: string | null;

  @Field(() => ID, { nullable: true, description: "The accepted introduction that made it INTRODUCED." })
  introductionId!: string | null;

  @Field(() => NotConcludedReason, { nullable: true, description: "Why it did not conclude (NOT_CONCLUDED only)." })
  notConcludedReason!: NotConcludedReason | null;

  @Field(() => String, { nullable: true, description: "Japanese label of `notConcludedReason`." })
  get notConcludedReasonLabelJa(): string | null {
    return this.notConcludedReason ? notConcludedReasonLabels[this.notConcludedReason] : null;
  }

  @Field(() => String, { nullable: true, description: "The coordinator's note on the reason (Japanese)." })
  notConcludedNote!: string | null;

  @Field(() => String, { description: "When it was proposed (ISO 8601)." })
  proposedAt!: string;

  @Field(() => String, { nullable: true, description: "When it became INTRODUCED (ISO 8601)." })
  introducedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When interviews began (ISO 8601)." })
  interviewingAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it concluded (成立, ISO 8601)." })
  concludedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it was closed as not concluded (不成立, ISO 8601)." })
  notConcludedAt!: string | null;

  @Field(() => String, { description: "When it last changed (ISO 8601)." })
  updatedAt!: string;

  @Field(() => Boolean, { description: "True for demo data." })
  isDemo!: boolean;

  @Field(() => [MatchingStatus], { description: "The states the viewer may move it to now (empty once concluded or not)." })
  get nextStatuses(): MatchingStatus[] {
    if (this.status === MatchingStatus.CONCLUDED || this.status === MatchingStatus.NOT_CONCLUDED) return [];
    const next = { PROPOSED: MatchingStatus.INTRODUCED, INTRODUCED: MatchingStatus.INTERVIEWING, INTERVIEWING: MatchingStatus.CONCLUDED }[this.status];
    return [next, MatchingStatus.NOT_CONCLUDED];
  }

  needId!: string;
  companyId!: string;
  talentId!: string;
  needOperatorId!: string;
  talentOperatorId!: string;
  proposedByOperatorId!: string;
}

export const toMatching = (row: MatchingRow): Matching =>
  Object.assign(new Matching(), {
    id: row.id,
    needId: row.need_id,
    companyId: row.company_id,
    talentId: row.talent_id,
    cardId: row.card_id,
    needOperatorId: row.need_operator_id,
    talentOperatorId: row.talent_operator_id,
    proposedByOperatorId: row.proposed_by_operator_id,
    purpose: row.purpose as SharingPurpose,
    message: row.message,
    status: row.status as MatchingStatus,
    introductionId: row.introduction_id,
    notConcludedReason: row.not_concluded_reason as NotConcludedReason | null,
    notConcludedNote: row.not_concluded_note,
    proposedAt: iso(row.proposed_at)!,
    introducedAt: iso(row.introduced_at),
    interviewingAt: iso(row.interviewing_at),
    concludedAt: iso(row.concluded_at),
    notConcludedAt: iso(row.not_concluded_at),
    updatedAt: iso(row.updated_at)!,
    isDemo: row.is_demo,
  });

export interface MatchingEventRow {
  id: string;
  matching_id: string;
  from_status: string | null;
  to_status: string;
  actor_subject: string | null;
  actor_operator_id: string;
  request_id: string;
  note: string | null;
  at: Date;
}

@ObjectType({ description: "One step of a matching (append-only audit row): who moved it from which state to which, when, in which request." })
export class MatchingEvent {
  @Field(() => ID, { description: "Sequential id." })
  id!: string;

  @Field(() => MatchingStatus, { nullable: true, description: "The state before (null for the proposal)." })
  fromStatus!: MatchingStatus | null;

  @Field(() => MatchingStatus, { description: "The state after." })
  toStatus!: MatchingStatus;

  @Field(() => String, { description: "Japanese label of `toStatus`." })
  get toStatusLabelJa(): string {
    return matchingStatusLabels[this.toStatus];
  }

  @Field(() => OperatorStub, { description: "The operator whose coordinator made the step." })
  get actorOperator(): OperatorStub {
    return operatorStub(this.actorOperatorId);
  }

  @Field(() => String, { nullable: true, description: "The user who made it (gateway subject)." })
  actorSubject!: string | null;

  @Field(() => String, { description: "The gateway's request id." })
  requestId!: string;

  @Field(() => String, { nullable: true, description: "A note (e.g. the reason of a 不成立)." })
  note!: string | null;

  @Field(() => String, { description: "When (ISO 8601)." })
  at!: string;

  actorOperatorId!: string;
}

export const toMatchingEvent = (row: MatchingEventRow): MatchingEvent =>
  Object.assign(new MatchingEvent(), {
    id: String(row.id),
    fromStatus: row.from_status as MatchingStatus | null,
    toStatus: row.to_status as MatchingStatus,
    actorOperatorId: row.actor_operator_id,
    actorSubject: row.actor_subject,
    requestId: row.request_id,
    note: row.note,
    at: iso(row.at)!,
  });

export interface PlacementRow {
  id: string;
  matching_id: string | null;
  company_id: string;
  need_operator_id: string;
  talent_operator_id: string;
  talent_ref: string;
  program_id: string | null;
  placement_type: string;
  start_date: Date | string;
  end_date: Date | string | null;
  fiscal_year: number;
  is_demo: boolean;
  created_at: Date;
}

@ObjectType({ description: "A placement (採用・就業) recorded from a concluded matching: the basis of computed outcomes." })
export class Placement {
  @Field(() => ID, { description: "Placement id." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "The concluded matching it comes from." })
  matchingId!: string | null;

  @Field(() => RegionalCompanyStub, { description: "The company." })
  get company(): RegionalCompanyStub {
    return companyStub(this.companyId);
  }

  @Field(() => ID, {
    nullable: true,
    description: "The person (profile id of the registering operator): shown to that operator and the national administrator; null for the need's side.",
  })
  talentRef!: string | null;

  @Field(() => ProgramStub, { nullable: true, description: "The program it belongs to, when one was named." })
  get program(): ProgramStub | null {
    return this.programId ? programStub(this.programId) : null;
  }

  @Field(() => PlacementType, { description: "What kind of engagement it is." })
  placementType!: PlacementType;

  @Field(() => String, { description: "Japanese label of `placementType`." })
  get placementTypeLabelJa(): string {
    return placementTypeLabels[this.placementType];
  }

  @Field(() => String, { description: "Start date (YYYY-MM-DD)." })
  startDate!: string;

  @Field(() => String, { nullable: true, description: "End date (YYYY-MM-DD), when known." })
  endDate!: string | null;

  @Field(() => Int, { description: "The fiscal year (年度, April–March) of the start date." })
  fiscalYear!: number;

  @Field(() => OperatorStub, { description: "The operator supporting the company." })
  get needOperator(): OperatorStub {
    return operatorStub(this.needOperatorId);
  }

  @Field(() => OperatorStub, { description: "The operator that registered the person." })
  get talentOperator(): OperatorStub {
    return operatorStub(this.talentOperatorId);
  }

  @Field(() => Boolean, { description: "True for demo data." })
  isDemo!: boolean;

  companyId!: string;
  programId!: string | null;
  needOperatorId!: string;
  talentOperatorId!: string;
}

export const toPlacement = (row: PlacementRow, viewerOperatorId: string | null, isAdmin: boolean): Placement =>
  Object.assign(new Placement(), {
    id: row.id,
    matchingId: row.matching_id,
    companyId: row.company_id,
    needOperatorId: row.need_operator_id,
    talentOperatorId: row.talent_operator_id,
    talentRef: isAdmin || row.talent_operator_id === viewerOperatorId ? row.talent_ref : null,
    programId: row.program_id,
    placementType: row.placement_type as PlacementType,
    startDate: day(row.start_date)!,
    endDate: day(row.end_date),
    fiscalYear: row.fiscal_year,
    isDemo: row.is_demo,
  });
