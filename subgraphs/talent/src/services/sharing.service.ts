import type { EntityManager } from "typeorm";
import { badUserInput, conflict, forbidden, notFound, toConnection, type BaseContext, type ConnectionShape, type PageWindow } from "@jinjibu/federation";
import { toConsent, toIntroduction, type Consent, type ConsentRow, type Introduction, type IntroductionRow } from "../entities/records";
import { AuditAction, ConsentScope, IntroductionDeclineReason, IntroductionStatus, SharingPurpose } from "../enums";
import type { DeclineIntroductionInput } from "../inputs/introduction.input";
import type { GrantConsentInput } from "../inputs/talent-profile.input";
import { recordDeniedCard } from "./audit.service";
import { assertCleanInput, assertCleanText } from "./input-rules";

export { CARD_FIELDS, searchSharedTalent } from "./talent-search.service";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** What an accepted introduction provides (APPI 29条 "items"). */
export const PROVIDED_ITEMS = ["displayName", "email", "phone"];
export const RETENTION_YEARS = 3;

function parseInstant(value: string, field: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw badUserInput(`${field} must be an ISO 8601 date-time such as 2026-04-01T09:00:00+09:00.`);
  }
  return date;
}

export async function grantConsent(em: EntityManager, operatorId: string, talentId: string, input: GrantConsentInput): Promise<Consent> {
  assertCleanText("talentId", talentId);
  assertCleanInput("input", input);
  if (input.purposes.length < 1 || new Set(input.purposes).size !== input.purposes.length) {
    throw badUserInput("purposes must list 1 or more distinct SharingPurpose values.");
  }
  const obtainedAt = parseInstant(input.obtainedAt, "obtainedAt");
  if (obtainedAt.getTime() > Date.now() + 60_000) throw badUserInput("obtainedAt must not be in the future.");
  const expiresAt = input.expiresAt == null ? null : parseInstant(input.expiresAt, "expiresAt");
  if (expiresAt && expiresAt <= obtainedAt) throw badUserInput("expiresAt must be after obtainedAt.");
  const rows: ConsentRow[] = await em.query(
    `INSERT INTO consent (talent_id, operator_id, scope, purposes, obtained_at, method, expires_at)
     SELECT p.id, p.operator_id, $3, $4::text[], $5, $6, $7 FROM talent_profile p WHERE p.id = $1 AND p.operator_id = $2
     RETURNING *`,
    [talentId, operatorId, input.scope, input.purposes, obtainedAt, input.method, expiresAt],
  );
  if (!rows[0]) throw notFound("No talent profile with that id in your operator's pool.");
  return toConsent(rows[0]);
}

/** Revokes at once: every later request re-reads consent from the database, so the next one no longer sees the share. */
export async function revokeConsent(em: EntityManager, operatorId: string, consentId: string): Promise<Consent> {
  if (!isUuid(consentId)) throw notFound("No consent with that id in your operator's pool.");
  const [rows] = (await em.query(
    `UPDATE consent SET revoked_at = now() WHERE id = $1 AND operator_id = $2 AND revoked_at IS NULL RETURNING *`,
    [consentId, operatorId],
  )) as [ConsentRow[], number];
  if (rows[0]) return toConsent(rows[0]);
  const existing: ConsentRow[] = await em.query(`SELECT * FROM consent WHERE id = $1 AND operator_id = $2`, [consentId, operatorId]);
  if (!existing[0]) throw notFound("No consent with that id in your operator's pool.");
  return toConsent(existing[0]);
}

export async function requestIntroduction(
  ctx: BaseContext,
  em: EntityManager,
  operatorId: string,
  cardId: string,
  purpose: SharingPurpose,
  message: string,
): Promise<Introduction> {
  assertCleanText("cardId", cardId);
  assertCleanText("message", message);
  const text = message.trim();
  if (text.length < 1 || text.length > 2000) throw badUserInput("message must be 1 to 2000 characters.");
  if (cardId.length > 100) throw badUserInput("cardId must be at most 100 characters.");
  // The read model under RLS: only a card shared with this operator now, for this purpose, is found.
  const found: { talent_id: string; owner_operator_id: string; consent_id: string }[] = await em.query(
    `SELECT talent_id, owner_operator_id, consent_id FROM shared_card
     WHERE card_id = $1 AND owner_operator_id <> current_operator() AND purposes @> ARRAY[$2::text]
     ORDER BY obtained_at DESC, consent_id LIMIT 1`,
    [cardId, purpose],
  );
  const card = found[0];
  if (!card) {
    await recordDeniedCard(ctx, cardId, AuditAction.INTRODUCTION_REQUEST, purpose, "The card is not shared with this operator for this purpose (revoked, expired or never shared).");
    throw notFound("No card with that id is shared with your operator for that purpose.");
  }
  const open: { id: string }[] = await em.query(
    `SELECT id FROM introduction WHERE talent_id = $1 AND requester_operator_id = $2 AND status = 'OPEN'`,
    [card.talent_id, operatorId],
  );
  if (open[0]) throw conflict("Your operator already has an open introduction request for this card; wait for an answer or withdraw it.");
  const rows: IntroductionRow[] = await em.query(
    `INSERT INTO introduction (talent_id, card_id, owner_operator_id, requester_operator_id, requester_subject, consent_id, purpose, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [card.talent_id, cardId, card.owner_operator_id, operatorId, ctx.viewer.subject, card.consent_id, purpose, text],
  );
  await recordIntroductionEvent(ctx, em, rows[0]!, "REQUESTED");
  return toIntroduction(rows[0]!);
}

type IntroductionEvent = "REQUESTED" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";

/**
 * Appends one row to the introduction's trail (who, when, request id; a decline's reason code) in the request's
 * transaction: the change and its record commit together or not at all. The free-text note is not copied here.
 */
async function recordIntroductionEvent(
  ctx: BaseContext,
  em: EntityManager,
  intro: IntroductionRow,
  event: IntroductionEvent,
  declineReason: IntroductionDeclineReason | null = null,
): Promise<void> {
  await em.query(
    `INSERT INTO introduction_event (introduction_id, owner_operator_id, requester_operator_id, event, actor_subject, actor_operator_id,
       actor_role, decline_reason, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      intro.id,
      intro.owner_operator_id,
      intro.requester_operator_id,
      event,
      ctx.viewer.subject ?? null,
      ctx.viewer.operatorId,
      ctx.viewer.role,
      declineReason,
      ctx.requestId,
    ],
  );
}

async function lockIntroduction(em: EntityManager, id: string): Promise<IntroductionRow> {
  if (!isUuid(id)) throw notFound("No introduction with that id involves your operator.");
  const rows: IntroductionRow[] = await em.query(`SELECT * FROM introduction WHERE id = $1 FOR UPDATE`, [id]);
  if (!rows[0]) throw notFound("No introduction with that id involves your operator.");
  return rows[0];
}

async function setStatus(
  ctx: BaseContext,
  em: EntityManager,
  id: string,
  status: IntroductionStatus.ACCEPTED | IntroductionStatus.WITHDRAWN,
  column: string,
): Promise<IntroductionRow> {
  const [rows] = (await em.query(
    `UPDATE introduction SET status = $2, ${column} = now(), updated_at = now() WHERE id = $1 RETURNING *`,
    [id, status],
  )) as [IntroductionRow[], number];
  await recordIntroductionEvent(ctx, em, rows[0]!, status);
  return rows[0]!;
}

/** Does `consent` (owned by the viewer's operator) still cover `recipient` for `purpose`? Read in this very transaction. */
async function consentCovers(em: EntityManager, consent: ConsentRow, ownerOperatorId: string, recipient: string, purpose: string) {
  if (consent.revoked_at || (consent.expires_at && new Date(consent.expires_at) <= new Date())) return false;
  if (!consent.purposes.includes(purpose)) return false;
  if (consent.scope === ConsentScope.NATIONWIDE) return true;
  if (consent.scope !== ConsentScope.SAME_BLOCK) return false;
  const regions: { operator_id: string; block: string | null }[] = await em.query(
    `SELECT operator_id, block FROM operator_region WHERE operator_id = ANY($1::text[])`,
    [[ownerOperatorId, recipient]],
  );
  const owner = regions.find((r) => r.operator_id === ownerOperatorId)?.block;
  const other = regions.find((r) => r.operator_id === recipient)?.block;
  return owner != null && owner === other;
}

/**
 * The owner accepts: the introduction turns ACCEPTED and, in the same transaction, a provision record (APPI 29/30条) is
 * written with the consent relied on. The consent is checked again now: a revocation since the request wins.
 */
export async function acceptIntroduction(ctx: BaseContext, em: EntityManager, operatorId: string, id: string): Promise<Introduction> {
  const intro = await lockIntroduction(em, id);
  if (intro.owner_operator_id !== operatorId) throw forbidden("Only the operator that owns the person can accept an introduction.");
  if (intro.status !== IntroductionStatus.OPEN) throw conflict(`Only OPEN requests can be accepted; this one is ${intro.status}.`);
  const consents: ConsentRow[] = await em.query(`SELECT * FROM consent WHERE id = $1`, [intro.consent_id]);
  const consent = consents[0];
  if (!consent || !(await consentCovers(em, consent, operatorId, intro.requester_operator_id, intro.purpose))) {
    throw conflict("The person's consent no longer covers this operator and purpose; the introduction cannot be accepted.");
  }
  const updated = await setStatus(ctx, em, id, IntroductionStatus.ACCEPTED, "accepted_at");
  await em.query(
    `INSERT INTO provision_record (provider_operator_id, recipient_operator_id, talent_ref, items, consent_id, consent_scope,
       consent_obtained_at, consent_method, purpose, introduction_id, provided_at, retain_until)
     VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, $10, $11, $11::timestamptz + make_interval(years => ${RETENTION_YEARS}))`,
    [
      operatorId,
      intro.requester_operator_id,
      intro.talent_id,
      PROVIDED_ITEMS,
      consent.id,
      consent.scope,
      consent.obtained_at,
      consent.method,
      intro.purpose,
      intro.id,
      updated.accepted_at,
    ],
  );
  return toIntroduction(updated);
}

export const MAX_DECLINE_NOTE = 500;

/** The decline's reason as stored: a known code, and a trimmed note (required for OTHER). */
export function declineReasonOf(input: DeclineIntroductionInput): { reason: IntroductionDeclineReason; note: string | null } {
  assertCleanInput("input", input);
  if (!Object.values(IntroductionDeclineReason).includes(input.reason)) throw badUserInput("reason must be an IntroductionDeclineReason value.");
  const note = input.note?.trim() ? input.note.trim() : null;
  if (note && note.length > MAX_DECLINE_NOTE) throw badUserInput(`note must be at most ${MAX_DECLINE_NOTE} characters; it has ${note.length}.`);
  if (!note && input.reason === IntroductionDeclineReason.OTHER) {
    throw badUserInput("note is required when reason is OTHER: say in a sentence why the introduction is declined.");
  }
  return { reason: input.reason, note };
}

/**
 * The owner declines an open request with a reason: stored on the introduction (both operators see it), and recorded in
 * the introduction's trail with the actor and request id, in the same transaction.
 */
export async function declineIntroduction(
  ctx: BaseContext,
  em: EntityManager,
  operatorId: string,
  id: string,
  input: DeclineIntroductionInput,
): Promise<Introduction> {
  const { reason, note } = declineReasonOf(input);
  const intro = await lockIntroduction(em, id);
  if (intro.owner_operator_id !== operatorId) throw forbidden("Only the operator that owns the person can decline an introduction.");
  if (intro.status !== IntroductionStatus.OPEN) throw conflict(`Only OPEN requests can be declined; this one is ${intro.status}.`);
  const [rows] = (await em.query(
    `UPDATE introduction SET status = 'DECLINED', declined_at = now(), updated_at = now(), decline_reason = $2, decline_note = $3
     WHERE id = $1 RETURNING *`,
    [id, reason, note],
  )) as [IntroductionRow[], number];
  await recordIntroductionEvent(ctx, em, rows[0]!, "DECLINED", reason);
  return toIntroduction(rows[0]!);
}

/** Either side withdraws an open or accepted introduction; once withdrawn the requester can no longer read the contact. */
export async function withdrawIntroduction(ctx: BaseContext, em: EntityManager, id: string): Promise<Introduction> {
  const intro = await lockIntroduction(em, id);
  if (intro.status !== IntroductionStatus.OPEN && intro.status !== IntroductionStatus.ACCEPTED) {
    throw conflict(`Only OPEN or ACCEPTED introductions can be withdrawn; this one is ${intro.status}.`);
  }
  return toIntroduction(await setStatus(ctx, em, id, IntroductionStatus.WITHDRAWN, "withdrawn_at"));
}

/** Introductions on one side (`owner` incoming, `requester` outgoing) of the operator, newest first. */
export async function listIntroductions(
  em: EntityManager,
  side: "owner" | "requester",
  operatorId: string,
  status: IntroductionStatus | null,
  window: PageWindow,
): Promise<ConnectionShape<Introduction>> {
  const column = side === "owner" ? "owner_operator_id" : "requester_operator_id";
  const where = `WHERE ${column} = $1 AND ($2::text IS NULL OR status = $2::text)`;
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM introduction ${where}`, [operatorId, status]);
  const rows: IntroductionRow[] = await em.query(
    `SELECT * FROM introduction ${where} ORDER BY requested_at DESC, id OFFSET ${window.offset} LIMIT ${window.limit}`,
    [operatorId, status],
  );
  return toConnection(rows.map(toIntroduction), Number(total), window);
}

/** One introduction the viewer's operator is party to (RLS), or null. */
export async function findIntroduction(em: EntityManager, id: string): Promise<Introduction | null> {
  if (!isUuid(id)) return null;
  const rows: IntroductionRow[] = await em.query(`SELECT * FROM introduction WHERE id = $1`, [id]);
  return rows[0] ? toIntroduction(rows[0]) : null;
}
