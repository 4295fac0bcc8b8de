import type { EntityManager } from "typeorm";
import { normalizeForSearch, prefectureByCode, TalentKind as DomainTalentKind } from "@jinjibu/domain";
import { badUserInput, conflict, notFound, toConnection, type BaseContext, type ConnectionShape, type PageWindow } from "@jinjibu/federation";
import { NeedStatus } from "../demand.enums";
import { toNeed, type Need, type NeedRow } from "../entities/demand";
import { Availability, ConsentScope, SharingPurpose, WorkStyle } from "../enums";
import type { NeedInput, NeedSearchFilter } from "../inputs/demand.input";
import { assertCleanInput, assertCleanText } from "./input-rules";
import { queryGrams } from "./talent-search.service";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** The rows of an `UPDATE … RETURNING` (TypeORM answers `[rows, count]` for an UPDATE). */
export const updatedRows = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]));

/** BAD_USER_INPUT naming the rule; the message is Japanese (a coordinator reads it on the screen). */
export const ruleInput = (rule: string, messageJa: string) => badUserInput(`${messageJa} (${rule})`, { rule });
/** CONFLICT naming the rule. */
export const ruleConflict = (rule: string, messageJa: string) => conflict(`${messageJa} (${rule})`, { rule });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export function parseDay(field: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  assertCleanText(field, value);
  const date = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw ruleInput("DATE_FORMAT", `${field} は YYYY-MM-DD の日付で入れてください (例: 2026-06-01)。`);
  }
  return value;
}

function textLength(field: string, value: string | null | undefined, min: number, max: number, rule: string): string | null {
  if (value == null) return null;
  const text = value.trim();
  const length = Array.from(text).length;
  if (length < min || length > max) throw ruleInput(rule, `${field} は${min}〜${max}文字で入れてください (${length}文字でした)。`);
  return text;
}

function enumList<T extends string>(field: string, values: readonly string[] | null | undefined, allowed: readonly T[], min: number, max: number, rule: string): T[] {
  const list = [...new Set(values ?? [])];
  if (list.length < min || list.length > max) throw ruleInput(rule, `${field} は${min}〜${max}個を選んでください。`);
  const unknown = list.find((v) => !allowed.includes(v as T));
  if (unknown) throw ruleInput("UNKNOWN_KIND", `${field} に知らない値「${unknown}」があります (${allowed.join(", ")} のどれか)。`);
  return list as T[];
}

interface CheckedNeed {
  companyId: string;
  companyNameJa: string;
  prefectureCode: string | null;
  isDemo: boolean;
  title: string;
  description: string;
  businessProblem: string;
  kinds: string[];
  skills: string[];
  searchText: string;
  workForms: string[];
  workStyles: string[];
  purpose: string;
  periodJa: string | null;
  startsOn: string | null;
  endsOn: string | null;
  volumeJa: string | null;
  compensationMin: number | null;
  compensationMax: number | null;
  compensationUnit: string | null;
  scope: string;
  discloseCompany: boolean;
  discloseCompensation: boolean;
  status: NeedStatus;
}

/** Validates a need against every rule before anything is written; the company must be one the operator supports. */
export async function checkNeedInput(em: EntityManager, operatorId: string, input: NeedInput): Promise<CheckedNeed> {
  assertCleanInput("input", input);
  assertCleanText("input.companyId", input.companyId);
  const companies: { company_id: string; name_ja: string; supporting_operator_ids: string[]; prefecture_code: string | null; is_demo: boolean }[] =
    await em.query(`SELECT * FROM company_ref WHERE company_id = $1`, [input.companyId]);
  const company = companies[0];
  // Talent learns a company from organizations' outbox moments after it is registered; until then it is not refused as
  // someone else's (that would be wrong) nor accepted unchecked (its operators are unknown): the caller retries.
  if (!company) {
    throw conflict(
      "This company has not reached the talent service yet (a company registered a moment ago arrives within seconds); try again shortly. (COMPANY_NOT_YET_KNOWN)",
      {
        rule: "COMPANY_NOT_YET_KNOWN",
        retryable: true,
        messageJa: "この企業の情報がまだ人材側に届いていません (登録直後は数秒かかります)。少し待ってからもう一度お試しください。地域企業の一覧に登録済みかもご確認ください。",
      },
    );
  }
  if (!company.supporting_operator_ids.includes(operatorId)) {
    throw ruleInput("NEED_COMPANY_OF_OWN_OPERATOR", "案件の企業は、自事業者が支援する地域企業 (地域企業の一覧に登録済み) でなければなりません。");
  }
  const title = textLength("タイトル (title)", input.title, 1, 200, "NEED_TITLE_LENGTH")!;
  const description = textLength("仕事の内容 (description)", input.description, 1, 4000, "NEED_DESCRIPTION_LENGTH")!;
  const businessProblem = textLength("経営課題 (businessProblem)", input.businessProblem, 1, 2000, "NEED_PROBLEM_LENGTH")!;
  const kinds = enumList("人材区分 (kinds)", input.kinds, Object.values(DomainTalentKind), 1, 5, "NEED_KINDS_COUNT");
  const workForms = enumList("働き方 (workForms)", input.workForms, Object.values(Availability), 1, 6, "NEED_WORK_FORMS_COUNT");
  const workStyles = enumList("勤務形態 (workStyles)", input.workStyles ?? [], Object.values(WorkStyle), 0, 4, "NEED_WORK_STYLES_COUNT");
  if (!Object.values(SharingPurpose).includes(input.purpose)) throw ruleInput("UNKNOWN_KIND", `目的 (purpose) に知らない値「${input.purpose}」があります。`);
  if (!Object.values(ConsentScope).includes(input.scope)) throw ruleInput("UNKNOWN_KIND", `共有範囲 (scope) に知らない値「${input.scope}」があります。`);
  const rawSkills = input.skills ?? [];
  if (rawSkills.length > 20) throw ruleInput("NEED_SKILLS_COUNT", "スキル (skills) は20個までです。");
  const skills = [...new Set(rawSkills.map((s, i) => textLength(`スキル ${i + 1} (skills[${i}])`, s, 1, 50, "NEED_SKILL_LENGTH")!))];
  const startsOn = parseDay("開始日 (startsOn)", input.startsOn);
  const endsOn = parseDay("終了日 (endsOn)", input.endsOn);
  if (startsOn && endsOn && endsOn < startsOn) throw ruleInput("NEED_PERIOD_ORDER", "終了日 (endsOn) は開始日 (startsOn) より後にしてください。");
  const min = input.compensationMin ?? null;
  const max = input.compensationMax ?? null;
  for (const [name, value] of [["compensationMin", min], ["compensationMax", max]] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0)) throw ruleInput("COMPENSATION_NON_NEGATIVE", `報酬 (${name}) は0以上の整数 (円) で入れてください。`);
  }
  if (min != null && max != null && min > max) {
    throw ruleInput("COMPENSATION_RANGE_ORDER", `報酬の下限 (${min.toLocaleString("ja-JP")}円) が上限 (${max.toLocaleString("ja-JP")}円) を超えています。下限は上限以下にしてください。`);
  }
  if ((min != null || max != null) && input.compensationUnit == null) throw ruleInput("COMPENSATION_UNIT_REQUIRED", "報酬の単位 (compensationUnit: 時給・月額など) を選んでください。");
  const status = input.status ?? NeedStatus.DRAFT;
  if (status !== NeedStatus.DRAFT && status !== NeedStatus.OPEN) throw ruleInput("NEED_INITIAL_STATUS", "新しい案件は「下書き (DRAFT)」か「募集中 (OPEN)」で作成します。");
  return {
    companyId: company.company_id,
    companyNameJa: company.name_ja,
    prefectureCode: company.prefecture_code,
    isDemo: company.is_demo,
    title,
    description,
    businessProblem,
    kinds,
    skills,
    searchText: skills.map(normalizeForSearch).filter(Boolean).join("\n"),
    workForms,
    workStyles,
    purpose: input.purpose,
    periodJa: textLength("期間 (periodJa)", input.periodJa, 1, 200, "NEED_PERIOD_LENGTH"),
    startsOn,
    endsOn,
    volumeJa: textLength("稼働量 (volumeJa)", input.volumeJa, 1, 200, "NEED_VOLUME_LENGTH"),
    compensationMin: min,
    compensationMax: max,
    compensationUnit: min != null || max != null || input.compensationUnit != null ? (input.compensationUnit ?? null) : null,
    scope: input.scope,
    discloseCompany: input.discloseCompany ?? false,
    discloseCompensation: input.discloseCompensation ?? true,
    status,
  };
}

const NEED_COLUMNS = `company_id, company_name_ja, owner_operator_id, owner_block, prefecture_code, title, description, business_problem, kinds, skills,
  search_text, work_forms, work_styles, purpose, period_ja, starts_on, ends_on, volume_ja, compensation_min, compensation_max, compensation_unit,
  disclose_company, disclose_compensation, status, scope, is_demo, created_by, opened_at`;

/** Writes a new need for the viewer's operator (after `checkNeedInput`). */
export async function createNeed(ctx: BaseContext, em: EntityManager, operatorId: string, input: NeedInput): Promise<Need> {
  const n = await checkNeedInput(em, operatorId, input);
  const rows: NeedRow[] = await em.query(
    `INSERT INTO need (${NEED_COLUMNS})
     SELECT $1, $2, $3, (SELECT block FROM operator_region WHERE operator_id = $3), $4, $5, $6, $7, $8::text[], $9::text[], $10, $11::text[], $12::text[], $13,
       $14, $15::date, $16::date, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, CASE WHEN $23 = 'OPEN' THEN now() END
     RETURNING *`,
    [
      n.companyId, n.companyNameJa, operatorId, n.prefectureCode, n.title, n.description, n.businessProblem, n.kinds, n.skills, n.searchText,
      n.workForms, n.workStyles, n.purpose, n.periodJa, n.startsOn, n.endsOn, n.volumeJa, n.compensationMin, n.compensationMax, n.compensationUnit,
      n.discloseCompany, n.discloseCompensation, n.status, n.scope, n.isDemo, ctx.viewer.subject,
    ],
  );
  return toNeed(rows[0]!, operatorId);
}

async function lockOwnNeed(em: EntityManager, operatorId: string, id: string): Promise<NeedRow> {
  if (!isUuid(id)) throw notFound("その案件は見つかりません (自事業者の案件ではありません)。");
  const rows: NeedRow[] = await em.query(`SELECT * FROM need WHERE id = $1 AND owner_operator_id = $2 FOR UPDATE`, [id, operatorId]);
  if (!rows[0]) throw notFound("その案件は見つかりません (自事業者の案件ではありません)。");
  return rows[0];
}

/** Replaces a need's fields (the status is changed with `setNeedStatus`). */
export async function updateNeed(em: EntityManager, operatorId: string, id: string, input: NeedInput): Promise<Need> {
  const current = await lockOwnNeed(em, operatorId, id);
  const n = await checkNeedInput(em, operatorId, { ...input, status: null });
  const rows: NeedRow[] = updatedRows(await em.query(
    `UPDATE need SET company_id = $2, company_name_ja = $3, prefecture_code = $4, title = $5, description = $6, business_problem = $7,
       kinds = $8::text[], skills = $9::text[], search_text = $10, work_forms = $11::text[], work_styles = $12::text[], purpose = $13, period_ja = $14,
       starts_on = $15::date, ends_on = $16::date, volume_ja = $17, compensation_min = $18, compensation_max = $19, compensation_unit = $20,
       disclose_company = $21, disclose_compensation = $22, scope = $23, updated_at = now()
     WHERE id = $1 RETURNING *`,
    [
      current.id, n.companyId, n.companyNameJa, n.prefectureCode, n.title, n.description, n.businessProblem, n.kinds, n.skills, n.searchText,
      n.workForms, n.workStyles, n.purpose, n.periodJa, n.startsOn, n.endsOn, n.volumeJa, n.compensationMin, n.compensationMax, n.compensationUnit,
      n.discloseCompany, n.discloseCompensation, n.scope,
    ],
  ));
  return toNeed(rows[0]!, operatorId);
}

const NEED_TRANSITIONS: Readonly<Record<NeedStatus, readonly NeedStatus[]>> = {
  DRAFT: [NeedStatus.OPEN, NeedStatus.CLOSED],
  OPEN: [NeedStatus.MATCHED, NeedStatus.CLOSED, NeedStatus.DRAFT],
  MATCHED: [NeedStatus.OPEN, NeedStatus.CLOSED],
  CLOSED: [NeedStatus.OPEN],
};

/** Opens, marks matched, closes or reopens a need of the viewer's operator. */
export async function setNeedStatus(em: EntityManager, operatorId: string, id: string, status: NeedStatus): Promise<Need> {
  const current = await lockOwnNeed(em, operatorId, id);
  const from = current.status as NeedStatus;
  if (from === status) return toNeed(current, operatorId);
  if (!NEED_TRANSITIONS[from].includes(status)) {
    throw ruleInput("NEED_STATUS_TRANSITION", `案件の状態は「${from}」から「${status}」へは変えられません (${NEED_TRANSITIONS[from].join(", ")} のどれか)。`);
  }
  const rows: NeedRow[] = updatedRows(await em.query(
    `UPDATE need SET status = $2, updated_at = now(), opened_at = CASE WHEN $2 = 'OPEN' THEN now() ELSE opened_at END WHERE id = $1 RETURNING *`,
    [id, status],
  ));
  return toNeed(rows[0]!, operatorId);
}

/** The viewer's operator's own needs, newest first, optionally of one state or company. */
export async function listOwnNeeds(
  em: EntityManager,
  operatorId: string,
  filter: { status: NeedStatus | null; companyId: string | null },
  window: PageWindow,
): Promise<ConnectionShape<Need>> {
  if (filter.companyId) assertCleanText("companyId", filter.companyId);
  const where = `WHERE owner_operator_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR company_id = $3)`;
  const params = [operatorId, filter.status, filter.companyId];
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM need ${where}`, params);
  const rows: NeedRow[] = await em.query(`SELECT * FROM need ${where} ORDER BY created_at DESC, id OFFSET ${window.offset} LIMIT ${window.limit}`, params);
  return toConnection(rows.map((r) => toNeed(r, operatorId)), Number(total), window);
}

/** One need the viewer may see (own, or another region's OPEN need shared with it; RLS decides), or null. */
export async function findNeed(em: EntityManager, viewerOperatorId: string | null, id: string): Promise<Need | null> {
  if (!isUuid(id)) return null;
  const rows: NeedRow[] = await em.query(`SELECT * FROM need WHERE id = $1`, [id]);
  return rows[0] ? toNeed(rows[0], viewerOperatorId) : null;
}

/**
 * Other regions' OPEN needs shared with the viewer's operator (RLS: scope and block), newest opened first. Filters use the
 * GIN index on `terms` (skill pieces, kinds, work forms, prefecture), with the exact substring rechecked.
 */
export async function searchSharedNeeds(em: EntityManager, filter: NeedSearchFilter, window: PageWindow): Promise<ConnectionShape<Need>> {
  assertCleanInput("filter", filter);
  const params: unknown[] = [];
  const p = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  const where = ["status = 'OPEN'", "owner_operator_id <> current_operator()"];
  const required: string[] = [];
  if (filter.skill != null) {
    const word = normalizeForSearch(filter.skill);
    const length = Array.from(word).length;
    if (length < 1 || length > 50) throw ruleInput("SKILL_LENGTH", "スキル (skill) は1〜50文字で入れてください。");
    required.push(...queryGrams(word).map((g) => `g:${g}`));
    if (length > 2) where.push(`strpos(search_text, ${p(word, "text")}) > 0`);
  }
  if (filter.prefectureCode != null) {
    if (!prefectureByCode(filter.prefectureCode)) throw ruleInput("PREFECTURE_CODE", '都道府県コード (prefectureCode) は "01"〜"47" です。');
    required.push(`h:${filter.prefectureCode}`);
  }
  if (required.length > 0) where.push(`terms @> ${p(required, "text[]")}`);
  if (filter.kinds != null) where.push(`terms && ${p(enumList("kinds", filter.kinds, Object.values(DomainTalentKind), 1, 20, "KINDS_COUNT").map((k) => `k:${k}`), "text[]")}`);
  if (filter.workForms != null) where.push(`terms && ${p(enumList("workForms", filter.workForms, Object.values(Availability), 1, 6, "WORK_FORMS_COUNT").map((k) => `v:${k}`), "text[]")}`);
  if (filter.purpose != null) where.push(`purpose = ${p(filter.purpose, "text")}`);
  const sql = where.join(" AND ");
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM (SELECT 1 FROM need WHERE ${sql} LIMIT 1001) x`, params);
  const rows: NeedRow[] = await em.query(
    `SELECT * FROM need WHERE ${sql} ORDER BY opened_at DESC NULLS LAST, id OFFSET ${window.offset} LIMIT ${window.limit}`,
    params,
  );
  return toConnection(rows.map((r) => toNeed(r, null)), Number(total), window);
}
