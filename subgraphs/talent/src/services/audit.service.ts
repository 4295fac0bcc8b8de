import type { EntityManager } from "typeorm";
import type { BaseContext } from "@jinjibu/federation";
import type { AuditAction } from "../enums";

export interface AuditEntryInput {
  action: AuditAction;
  subjectTalentId: string;
  subjectOperatorId: string;
  cardId: string | null;
  fields: string[];
  consentId: string | null;
  purpose: string | null;
}

/**
 * The columns the application writes of an `access_audit` row, in order: `writeAudit` and the search's own insert (in the
 * statement that reads the cards) both name them from here.
 */
export const AUDIT_COLUMNS =
  "action, actor_subject, actor_operator_id, actor_role, subject_talent_id, subject_operator_id, card_id, fields, consent_id, purpose, request_id";

/**
 * Appends audit rows in the request's transaction, before the data they describe is returned. One statement for any number
 * of rows. Throws if the database did not store every row: the caller must then return nothing (no audit, no data).
 */
export async function writeAudit(ctx: BaseContext, em: EntityManager, entries: AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const { viewer } = ctx;
  const rows = entries.map((e) => ({
    action: e.action,
    actor_subject: viewer.subject,
    actor_operator_id: viewer.operatorId,
    actor_role: viewer.role,
    subject_talent_id: e.subjectTalentId,
    subject_operator_id: e.subjectOperatorId,
    card_id: e.cardId,
    fields: e.fields,
    consent_id: e.consentId,
    purpose: e.purpose,
    request_id: ctx.requestId,
  }));
  const inserted: { id: string }[] = await em.query(
    `INSERT INTO access_audit (${AUDIT_COLUMNS})
     SELECT ${AUDIT_COLUMNS}
     FROM jsonb_to_recordset($1::jsonb) AS x(action text, actor_subject text, actor_operator_id text, actor_role text,
       subject_talent_id text, subject_operator_id text, card_id text, fields text[], consent_id uuid, purpose text, request_id text)
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  if (inserted.length !== entries.length) throw new Error(`audit wrote ${inserted.length} of ${entries.length} rows`);
}

export interface DeniedAccessInput {
  action: AuditAction;
  subjectTalentId: string;
  subjectOperatorId: string;
  cardId: string | null;
  fields: string[];
  consentId: string | null;
  purpose: string | null;
  reason: string;
}

/** Transaction-local settings for the short audit transaction: the same tenant the request runs as. */
function settingsOf(ctx: BaseContext): [string, string] {
  return [ctx.viewer.operatorId ?? "", ctx.viewer.role];
}

/**
 * Records refused reads of personal data (issue 10 §9). The request's own transaction rolls back with its error, so the
 * rows are written in a separate short transaction, committed before the refusal is returned: actor, action, reason and
 * request id. Only viewers acting for an operator are recorded (the audit row names the operator that tried).
 */
export async function recordDenied(ctx: BaseContext, entries: DeniedAccessInput[]): Promise<void> {
  if (entries.length === 0 || !ctx.viewer.operatorId) return;
  const { viewer } = ctx;
  const rows = entries.map((e) => ({
    action: e.action,
    actor_subject: viewer.subject,
    actor_operator_id: viewer.operatorId,
    actor_role: viewer.role,
    subject_talent_id: e.subjectTalentId,
    subject_operator_id: e.subjectOperatorId,
    card_id: e.cardId,
    fields: e.fields,
    consent_id: e.consentId,
    purpose: e.purpose,
    request_id: ctx.requestId,
    reason: e.reason,
  }));
  await ctx.db.dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', $2, true)`, settingsOf(ctx));
    await em.query(
      `INSERT INTO access_audit (action, actor_subject, actor_operator_id, actor_role, subject_talent_id, subject_operator_id,
         card_id, fields, consent_id, purpose, request_id, outcome, reason)
       SELECT action, actor_subject, actor_operator_id, actor_role, subject_talent_id, subject_operator_id,
         card_id, fields, consent_id, purpose, request_id, 'DENIED', reason
       FROM jsonb_to_recordset($1::jsonb) AS x(action text, actor_subject text, actor_operator_id text, actor_role text,
         subject_talent_id text, subject_operator_id text, card_id text, fields text[], consent_id uuid, purpose text,
         request_id text, reason text)`,
      [JSON.stringify(rows)],
    );
  });
}

/**
 * Records a refused attempt on a card the viewer cannot see (revoked, expired, never shared with it). The database
 * function names the card's person in the row for the owner's trail and returns nothing, so the caller learns nothing.
 */
export async function recordDeniedCard(ctx: BaseContext, cardId: string, action: AuditAction, purpose: string | null, reason: string): Promise<void> {
  if (!ctx.viewer.operatorId) return;
  await ctx.db.dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', $2, true)`, settingsOf(ctx));
    await em.query(`SELECT record_denied_card_access($1, $2, $3, $4, $5, $6::text[], $7, $8)`, [
      cardId,
      action,
      reason,
      ctx.viewer.subject,
      ctx.viewer.role,
      ["kinds", "skills"],
      purpose,
      ctx.requestId,
    ]);
  });
}
