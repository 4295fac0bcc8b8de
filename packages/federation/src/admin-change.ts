import type { EntityManager } from "typeorm";
import { nationalAdmin, type Viewer } from "@jinjibu/auth";
import { enforce, recordDenial, type DeniedAttempt, type DenialLog, type WithDenialLog } from "./authorization";
import type { BaseContext } from "./context";
import { claimIdempotencyKey } from "./idempotency";

/**
 * One administrative-change mechanism for every subgraph with national-administrator mutations (organizations' logo
 * licences, funding's adoptions and certifications). A subgraph that uses it keeps, in its own schema, the tables
 * created by its migrations in this shape:
 *
 * - `idempotency_key (subject, key, operation, fingerprint, result jsonb, created_at)` — see `claimIdempotencyKey`;
 * - `admin_audit (id bigserial, at, actor_role, actor_subject, action, target_id, before jsonb, after jsonb, request_id)`
 *   — one row per change, append-only for the application role;
 * - `admin_denied_attempt (id bigserial, at, actor_role, actor_subject, actor_operator_id, action, reason, request_id)`
 *   — one row per refused attempt, written in its own short transaction, append-only too.
 */

/** The audit row of one change, as `admin_audit` stores it. */
export interface AdminAuditRow {
  actorRole: string;
  actorSubject: string | null;
  action: string;
  targetId: string | null;
  /** The record before the change (null when it did not exist). */
  before: unknown;
  /** The record after the change. */
  after: unknown;
  requestId: string;
}

/** What a change reports back: the audit facts and the result a retry with the same key gets. */
export interface AdministrativeChange<R> {
  targetId: string | null;
  before: unknown;
  after: unknown;
  /** The result to return and to store under the key; it may name the audit row that recorded the change. */
  result: (auditEntryId: string) => R;
}

export interface AdministrativeRequest {
  /** The mutation's name: the audit row's action and the idempotency key's operation. */
  action: string;
  idempotencyKey: string;
  /** The validated input the key is bound to (a retry with another payload is a CONFLICT). */
  payload: unknown;
}

/** Whose idempotency keys these are: keys are scoped to the administrator who used them. */
const keySubject = (viewer: Viewer): string => viewer.subject ?? "national-admin";

/** Writes one audit row in the request's transaction and returns its id. */
export async function writeAdminAudit(em: EntityManager, row: AdminAuditRow): Promise<string> {
  const [inserted]: { id: string }[] = await em.query(
    `INSERT INTO admin_audit (actor_role, actor_subject, action, target_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [row.actorRole, row.actorSubject, row.action, row.targetId, JSON.stringify(row.before ?? null), JSON.stringify(row.after ?? null), row.requestId],
  );
  return String(inserted!.id);
}

/**
 * Runs one administrative change in the request's single transaction: the national-administrator rule, the idempotency
 * claim (a retry with the same key and payload gets the first result; another payload is a CONFLICT; the key must be 8
 * to 200 characters), the change itself, its audit row with before/after JSON and the request id, and the stored result.
 * If anything fails, the transaction rolls back — claim included — and the key is free again.
 */
export async function runAdministrativeChange<R>(
  ctx: BaseContext & WithDenialLog,
  request: AdministrativeRequest,
  perform: (em: EntityManager) => Promise<AdministrativeChange<R>>,
): Promise<{ result: R; replayed: boolean }> {
  // The mutation's @Authorized("NATIONAL_ADMIN") gate refuses (and records) first; this keeps the rule for any caller.
  const decision = nationalAdmin(ctx.viewer, request.action);
  if (!decision.allowed) await recordDenial(ctx, { action: request.action, reason: decision.reason });
  enforce(decision);
  const em = await ctx.db.manager();
  const claim = await claimIdempotencyKey<R>(em, {
    subject: keySubject(ctx.viewer),
    key: request.idempotencyKey,
    operation: request.action,
    payload: request.payload,
  });
  if (claim.replay) return { result: claim.result, replayed: true };
  const change = await perform(em);
  const auditEntryId = await writeAdminAudit(em, {
    actorRole: ctx.viewer.role,
    actorSubject: ctx.viewer.subject,
    action: request.action,
    targetId: change.targetId,
    before: change.before,
    after: change.after,
    requestId: ctx.requestId,
  });
  const result = change.result(auditEntryId);
  await claim.store(result);
  return { result, replayed: false };
}

/**
 * The log of refused attempts for a subgraph that keeps `admin_denied_attempt`. Each record is one autocommit statement
 * on its own pooled connection — not the request's transaction, which rolls back after a refusal.
 */
export function deniedAttemptLog(ctx: BaseContext): DenialLog {
  return {
    async record(attempt: DeniedAttempt): Promise<void> {
      await ctx.db.dataSource.query(
        `INSERT INTO admin_denied_attempt (actor_role, actor_subject, actor_operator_id, action, reason, request_id)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [ctx.viewer.role, ctx.viewer.subject, ctx.viewer.operatorId, attempt.action, attempt.reason, ctx.requestId],
      );
    },
  };
}

/**
 * DDL of the shared tables, for the migrations that create them. Frozen: a migration that ran must keep meaning the
 * same, so never change a `…_V1`; a new shape is a new constant and a new migration that alters the tables.
 */
export const IDEMPOTENCY_KEY_TABLE_V1 = `CREATE TABLE idempotency_key (
  subject text NOT NULL,
  key text NOT NULL,
  operation text NOT NULL,
  fingerprint text NOT NULL,
  result jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (subject, key)
)`;

export const ADMIN_DENIED_ATTEMPT_TABLE_V1 = `CREATE TABLE admin_denied_attempt (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_role text NOT NULL,
  actor_subject text,
  actor_operator_id text,
  action text NOT NULL,
  reason text NOT NULL,
  request_id text NOT NULL
)`;
