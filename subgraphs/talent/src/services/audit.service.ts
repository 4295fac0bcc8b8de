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
    `INSERT INTO access_audit (action, actor_subject, actor_operator_id, actor_role, subject_talent_id, subject_operator_id,
       card_id, fields, consent_id, purpose, request_id)
     SELECT action, actor_subject, actor_operator_id, actor_role, subject_talent_id, subject_operator_id,
       card_id, fields, consent_id, purpose, request_id
     FROM jsonb_to_recordset($1::jsonb) AS x(action text, actor_subject text, actor_operator_id text, actor_role text,
       subject_talent_id text, subject_operator_id text, card_id text, fields text[], consent_id uuid, purpose text, request_id text)
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  if (inserted.length !== entries.length) throw new Error(`audit wrote ${inserted.length} of ${entries.length} rows`);
}
