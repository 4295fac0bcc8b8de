import type { EntityManager } from "typeorm";
import { fiscalYearOf } from "@jinjibu/domain";
import { notFound, toConnection, type BaseContext, type ConnectionShape, type PageWindow } from "@jinjibu/federation";
import { MATCHING_ORDER, MatchingSide, MatchingStatus, matchingStatusLabels, NEXT_STEP, NeedStatus, NotConcludedReason, PlacementType } from "../demand.enums";
import {
  toMatching,
  toMatchingEvent,
  toPlacement,
  type Matching,
  type MatchingEventRow,
  type MatchingRow,
  type NeedRow,
  type Placement,
  type PlacementRow,
} from "../entities/demand";
import { IntroductionStatus } from "../enums";
import type { NotConcludedInput, PlacementInput } from "../inputs/demand.input";
import { MatchingBoardColumn } from "../types/demand.types";
import { assertCleanText } from "./input-rules";
import { isUuid, parseDay, ruleConflict, ruleInput, updatedRows } from "./need.service";

const NOT_FOUND_JA = "そのマッチングは見つかりません (自事業者が関わるマッチングではありません)。";
const PROGRAM_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

function cleanNote(field: string, value: string | null | undefined, max: number): string | null {
  if (value == null) return null;
  assertCleanText(field, value);
  const text = value.trim();
  if (text.length === 0) return null;
  if (Array.from(text).length > max) throw ruleInput("NOTE_LENGTH", `${field} は${max}文字までです。`);
  return text;
}

async function writeEvent(ctx: BaseContext, em: EntityManager, m: MatchingRow, from: string | null, to: string, note: string | null): Promise<void> {
  await em.query(
    `INSERT INTO matching_event (matching_id, need_operator_id, talent_operator_id, from_status, to_status, actor_subject, actor_operator_id, request_id, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [m.id, m.need_operator_id, m.talent_operator_id, from, to, ctx.viewer.subject, ctx.viewer.operatorId, ctx.requestId, note],
  );
}

export interface ProposeArgs {
  needId: string;
  cardId: string | null;
  talentId: string | null;
  message: string | null;
}

/**
 * Proposes a matching, from either side:
 * - the need's coordinator proposes a card shared with its operator for the need's purpose (the read model, under RLS);
 * - the person's coordinator proposes one of its own people for another region's OPEN need it can see, when the
 *   person's consent covers the need's operator for the need's purpose.
 */
export async function proposeMatching(ctx: BaseContext, em: EntityManager, operatorId: string, args: ProposeArgs): Promise<Matching> {
  if (!isUuid(args.needId)) throw notFound("その案件は見つかりません。");
  if ((args.cardId == null) === (args.talentId == null)) {
    throw ruleInput("PROPOSE_CARD_OR_TALENT", "案件側は cardId (人材カード)、人材側は talentId (自事業者の人材) のどちらか一方を指定してください。");
  }
  assertCleanText("cardId", args.cardId);
  assertCleanText("talentId", args.talentId);
  const message = cleanNote("メッセージ (message)", args.message, 2000);
  const needs: NeedRow[] = await em.query(`SELECT * FROM need WHERE id = $1`, [args.needId]);
  const need = needs[0];
  if (!need) throw notFound("その案件は見つかりません (共有されていないか、存在しません)。");
  if (need.status !== NeedStatus.OPEN) throw ruleInput("NEED_NOT_OPEN", "募集中 (OPEN) の案件にだけマッチングを提案できます。");
  let talent: { talent_id: string; card_id: string; owner_operator_id: string } | undefined;
  if (args.cardId != null) {
    if (need.owner_operator_id !== operatorId) throw ruleInput("PROPOSE_CARD_FOR_OWN_NEED", "人材カードを提案できるのは、自事業者の案件に対してだけです。");
    const cards: { talent_id: string; card_id: string; owner_operator_id: string }[] = await em.query(
      `SELECT talent_id, card_id, owner_operator_id FROM shared_card
       WHERE card_id = $1 AND owner_operator_id <> current_operator() AND purposes @> ARRAY[$2::text] LIMIT 1`,
      [args.cardId, need.purpose],
    );
    talent = cards[0];
    if (!talent) throw notFound("この人材カードは、この案件の目的では自事業者に共有されていません (同意の範囲外・撤回・期限切れ)。");
  } else {
    if (need.owner_operator_id === operatorId) throw ruleInput("MATCHING_ACROSS_OPERATORS", "自事業者の人材は、他地域の案件にだけ提案できます。");
    const own: { talent_id: string; card_id: string; owner_operator_id: string }[] = await em.query(
      `SELECT s.talent_id, s.card_id, s.owner_operator_id FROM shared_card s
       WHERE s.talent_id = $1 AND s.owner_operator_id = current_operator() AND s.purposes @> ARRAY[$2::text]
         AND s.audience IN ('*', $3::text) AND (s.expires_at IS NULL OR s.expires_at > now()) LIMIT 1`,
      [args.talentId, need.purpose, need.owner_block ?? "-"],
    );
    talent = own[0];
    if (!talent) {
      const exists: unknown[] = await em.query(`SELECT 1 FROM talent_profile WHERE id = $1 AND operator_id = $2`, [args.talentId, operatorId]);
      if (exists.length === 0) throw notFound("その人材は自事業者のプールにいません。");
      throw ruleInput("CONSENT_COVERS_NEED_OPERATOR", "この人の同意は、この案件の事業者 (範囲) と目的を含んでいません。同意の範囲を確認してください。");
    }
  }
  const live: { id: string }[] = await em.query(`SELECT id FROM matching WHERE need_id = $1 AND talent_id = $2 AND status <> 'NOT_CONCLUDED'`, [
    need.id,
    talent.talent_id,
  ]);
  if (live[0]) throw ruleConflict("MATCHING_ALREADY_LIVE", "この案件とこの人材のマッチングはすでに進行中です。");
  const rows: MatchingRow[] = await em.query(
    `INSERT INTO matching (need_id, company_id, need_operator_id, talent_id, card_id, talent_operator_id, purpose, proposed_by_operator_id,
       proposed_by_subject, message, is_demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
    [need.id, need.company_id, need.owner_operator_id, talent.talent_id, talent.card_id, talent.owner_operator_id, need.purpose, operatorId, ctx.viewer.subject, message, need.is_demo],
  );
  await writeEvent(ctx, em, rows[0]!, null, MatchingStatus.PROPOSED, message);
  return toMatching(rows[0]!);
}

async function lockMatching(em: EntityManager, operatorId: string, id: string): Promise<MatchingRow> {
  if (!isUuid(id)) throw notFound(NOT_FOUND_JA);
  const rows: MatchingRow[] = await em.query(
    `SELECT * FROM matching WHERE id = $1 AND (need_operator_id = $2 OR talent_operator_id = $2) FOR UPDATE`,
    [id, operatorId],
  );
  if (!rows[0]) throw notFound(NOT_FOUND_JA);
  return rows[0];
}

function refuseClosed(m: MatchingRow): void {
  if (m.status === MatchingStatus.CONCLUDED || m.status === MatchingStatus.NOT_CONCLUDED) {
    throw ruleConflict(
      "MATCHING_ALREADY_CLOSED",
      `このマッチングはすでに「${matchingStatusLabels[m.status as MatchingStatus]}」で終わっています。成立・不成立は一度だけ記録できます。`,
    );
  }
}

function refuseSkip(m: MatchingRow, to: MatchingStatus): void {
  const next = NEXT_STEP[m.status as MatchingStatus];
  if (next !== to) {
    throw ruleInput(
      "MATCHING_STEP_ORDER",
      `「${matchingStatusLabels[m.status as MatchingStatus]}」の次は「${next ? matchingStatusLabels[next] : "-"}」です。「${matchingStatusLabels[to]}」へは段階を飛ばして進められません。`,
    );
  }
}

/**
 * Moves a matching one step: PROPOSED → INTRODUCED (only with an ACCEPTED introduction of the existing flow for this person,
 * asked by the need's operator and accepted by the person's) → INTERVIEWING. Concluding and closing have their own mutations.
 */
export async function advanceMatching(
  ctx: BaseContext,
  em: EntityManager,
  operatorId: string,
  id: string,
  to: MatchingStatus,
  introductionId: string | null,
  noteArg: string | null,
): Promise<Matching> {
  const note = cleanNote("メモ (note)", noteArg, 1000);
  const m = await lockMatching(em, operatorId, id);
  refuseClosed(m);
  if (to === MatchingStatus.CONCLUDED) throw ruleInput("CONCLUDE_WITH_PLACEMENT", "成立は concludeMatching で、開始日などの配置 (placement) とともに記録してください。");
  if (to === MatchingStatus.NOT_CONCLUDED) throw ruleInput("CLOSE_WITH_REASON", "不成立は closeMatchingNotConcluded で理由とともに記録してください。");
  refuseSkip(m, to);
  let introduction: string | null = null;
  if (to === MatchingStatus.INTRODUCED) {
    if (introductionId != null && !isUuid(introductionId)) throw notFound("その紹介依頼は見つかりません。");
    const found: { id: string }[] = await em.query(
      `SELECT id FROM introduction
       WHERE talent_id = $1 AND requester_operator_id = $2 AND owner_operator_id = $3 AND status = $4 AND ($5::uuid IS NULL OR id = $5::uuid)
       ORDER BY accepted_at DESC LIMIT 1`,
      [m.talent_id, m.need_operator_id, m.talent_operator_id, IntroductionStatus.ACCEPTED, introductionId],
    );
    if (!found[0]) {
      throw ruleConflict(
        "INTRODUCTION_ACCEPTED_REQUIRED",
        "「紹介済み」にするには、案件側の事業者がこの人材の紹介を依頼し (requestIntroduction)、人材側の事業者が承諾している必要があります。",
      );
    }
    introduction = found[0].id;
  }
  const column = to === MatchingStatus.INTRODUCED ? "introduced_at" : "interviewing_at";
  const rows: MatchingRow[] = updatedRows(await em.query(
    `UPDATE matching SET status = $2, ${column} = now(), updated_at = now(), introduction_id = coalesce($3::uuid, introduction_id) WHERE id = $1 RETURNING *`,
    [m.id, to, introduction],
  ));
  await writeEvent(ctx, em, rows[0]!, m.status, to, note);
  return toMatching(rows[0]!);
}

/** Concludes (成立) a matching that is INTERVIEWING and records its placement, once. */
export async function concludeMatching(ctx: BaseContext, em: EntityManager, operatorId: string, id: string, input: PlacementInput): Promise<Matching> {
  const startDate = parseDay("開始日 (startDate)", input.startDate)!;
  const endDate = parseDay("終了日 (endDate)", input.endDate);
  if (endDate && endDate < startDate) throw ruleInput("PLACEMENT_PERIOD_ORDER", "終了日 (endDate) は開始日 (startDate) 以降にしてください。");
  if (!Object.values(PlacementType).includes(input.placementType)) throw ruleInput("UNKNOWN_KIND", `種類 (placementType) に知らない値「${input.placementType}」があります。`);
  if (input.programId != null && !PROGRAM_ID.test(input.programId)) throw ruleInput("PROGRAM_ID_FORMAT", "プログラム (programId) は programs のIDで指定してください。");
  if (input.programId != null) {
    const known: unknown[] = await em.query(`SELECT 1 FROM program_ref WHERE program_id = $1`, [input.programId]);
    if (known.length === 0) {
      throw ruleInput("PROGRAM_UNKNOWN", `プログラム (placement.programId) 「${input.programId}」はハブに登録されたプログラムではありません。プログラムの一覧にあるIDを指定するか、空にしてください。`);
    }
  }
  const m = await lockMatching(em, operatorId, id);
  refuseClosed(m);
  refuseSkip(m, MatchingStatus.CONCLUDED);
  const rows: MatchingRow[] = updatedRows(await em.query(
    `UPDATE matching SET status = 'CONCLUDED', concluded_at = now(), updated_at = now() WHERE id = $1 RETURNING *`,
    [m.id],
  ));
  await em.query(
    `INSERT INTO placement (matching_id, company_id, need_operator_id, talent_operator_id, talent_ref, program_id, placement_type, start_date, end_date, fiscal_year, is_demo)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9::date, $10, $11)`,
    [m.id, m.company_id, m.need_operator_id, m.talent_operator_id, m.talent_id, input.programId ?? null, input.placementType, startDate, endDate, fiscalYearOf(startDate), m.is_demo],
  );
  await writeEvent(ctx, em, rows[0]!, m.status, MatchingStatus.CONCLUDED, null);
  return toMatching(rows[0]!);
}

/** Closes an open matching as not concluded (不成立), with a reason; once. */
export async function closeMatchingNotConcluded(ctx: BaseContext, em: EntityManager, operatorId: string, id: string, input: NotConcludedInput): Promise<Matching> {
  if (!Object.values(NotConcludedReason).includes(input.reason)) throw ruleInput("UNKNOWN_KIND", `理由 (reason) に知らない値「${input.reason}」があります。`);
  const note = cleanNote("理由のメモ (noteJa)", input.noteJa, 1000);
  const m = await lockMatching(em, operatorId, id);
  refuseClosed(m);
  const rows: MatchingRow[] = updatedRows(await em.query(
    `UPDATE matching SET status = 'NOT_CONCLUDED', not_concluded_at = now(), not_concluded_reason = $2, not_concluded_note = $3, updated_at = now()
     WHERE id = $1 RETURNING *`,
    [m.id, input.reason, note],
  ));
  await writeEvent(ctx, em, rows[0]!, m.status, MatchingStatus.NOT_CONCLUDED, note);
  return toMatching(rows[0]!);
}

function sideWhere(side: MatchingSide | null): string {
  if (side === MatchingSide.NEED) return "need_operator_id = $1";
  if (side === MatchingSide.TALENT) return "talent_operator_id = $1";
  return "(need_operator_id = $1 OR talent_operator_id = $1)";
}

/** The viewer's operator's matchings (either side, or one), most recently changed first. */
export async function listMatchings(
  em: EntityManager,
  operatorId: string,
  filter: { status: MatchingStatus | null; side: MatchingSide | null; needId: string | null },
  window: PageWindow,
): Promise<ConnectionShape<Matching>> {
  if (filter.needId != null && !isUuid(filter.needId)) return toConnection([], 0, window);
  const where = `WHERE ${sideWhere(filter.side)} AND ($2::text IS NULL OR status = $2) AND ($3::uuid IS NULL OR need_id = $3::uuid)`;
  const params = [operatorId, filter.status, filter.needId];
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM matching ${where}`, params);
  const rows: MatchingRow[] = await em.query(`SELECT * FROM matching ${where} ORDER BY updated_at DESC, id OFFSET ${window.offset} LIMIT ${window.limit}`, params);
  return toConnection(rows.map(toMatching), Number(total), window);
}

/** The board: one column per state with its count and most recently changed items; two statements. */
export async function matchingBoard(em: EntityManager, operatorId: string, side: MatchingSide | null, perColumn: number): Promise<MatchingBoardColumn[]> {
  if (!Number.isInteger(perColumn) || perColumn < 1 || perColumn > 50) throw ruleInput("BOARD_PER_COLUMN", "perColumn は1〜50で指定してください。");
  const counts: { status: string; n: number }[] = await em.query(
    `SELECT status, count(*)::int AS n FROM matching WHERE ${sideWhere(side)} GROUP BY status`,
    [operatorId],
  );
  const rows: MatchingRow[] = await em.query(
    `SELECT * FROM (SELECT m.*, row_number() OVER (PARTITION BY status ORDER BY updated_at DESC, id) AS rn FROM matching m WHERE ${sideWhere(side)}) x
     WHERE rn <= $2 ORDER BY updated_at DESC, id`,
    [operatorId, perColumn],
  );
  return MATCHING_ORDER.map((status) =>
    Object.assign(new MatchingBoardColumn(), {
      status,
      count: counts.find((c) => c.status === status)?.n ?? 0,
      items: rows.filter((r) => r.status === status).map(toMatching),
    }),
  );
}

/** One matching the viewer's operator is party to (or any, for the national administrator: RLS), or null. */
export async function findMatching(em: EntityManager, id: string): Promise<Matching | null> {
  if (!isUuid(id)) return null;
  const rows: MatchingRow[] = await em.query(`SELECT * FROM matching WHERE id = $1`, [id]);
  return rows[0] ? toMatching(rows[0]) : null;
}

export async function matchingEvents(em: EntityManager, matchingIds: readonly string[]) {
  const rows: MatchingEventRow[] = await em.query(`SELECT * FROM matching_event WHERE matching_id = ANY($1::uuid[]) ORDER BY id`, [[...matchingIds]]);
  return rows.map((r) => ({ matchingId: r.matching_id, event: toMatchingEvent(r) }));
}

/** Placements the viewer may see (its operator on either side; the administrator all), by fiscal year, newest first. */
export async function listPlacements(
  em: EntityManager,
  viewer: { operatorId: string | null; isAdmin: boolean },
  fiscalYear: number | null,
  window: PageWindow,
): Promise<ConnectionShape<Placement>> {
  const where = `WHERE ($1::text IS NULL OR need_operator_id = $1 OR talent_operator_id = $1) AND ($2::int IS NULL OR fiscal_year = $2)`;
  const params = [viewer.isAdmin ? null : viewer.operatorId, fiscalYear];
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM placement ${where}`, params);
  const rows: PlacementRow[] = await em.query(`SELECT * FROM placement ${where} ORDER BY start_date DESC, id OFFSET ${window.offset} LIMIT ${window.limit}`, params);
  return toConnection(rows.map((r) => toPlacement(r, viewer.operatorId, viewer.isAdmin)), Number(total), window);
}
