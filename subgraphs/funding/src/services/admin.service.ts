import type { EntityManager } from "typeorm";
import { isNationalAdmin } from "@jinjibu/auth";
import { badUserInput, claimIdempotencyKey, forbidden } from "@jinjibu/federation";
import type { FundingContext } from "../context";

/** Refuses anyone but the national administrator, before anything is read or written. */
export function requireNationalAdmin(ctx: FundingContext, action: string): void {
  if (!isNationalAdmin(ctx.viewer)) {
    throw forbidden(`Only the national administrator may ${action}.`);
  }
}

export interface AdminChange<R> {
  targetId: string;
  before: unknown;
  after: unknown;
  /** What a retry with the same key gets back. */
  result: R;
}

/**
 * Runs one administrative change with its audit row and idempotency record, all in the request's single transaction.
 * The key is claimed first (INSERT … ON CONFLICT DO NOTHING), so a concurrent retry waits on the row and then sees the
 * first result; if the change fails, the whole transaction (claim included) rolls back and the key stays free.
 */
export async function runAdminChange<R>(
  ctx: FundingContext,
  action: string,
  idempotencyKey: string,
  payload: Record<string, unknown>,
  perform: (em: EntityManager) => Promise<AdminChange<R>>,
): Promise<{ result: R; replayed: boolean }> {
  requireNationalAdmin(ctx, action);
  const key = idempotencyKey.trim();
  if (key.length < 8 || key.length > 200) {
    throw badUserInput("idempotencyKey must be 8 to 200 characters (a UUID is a good choice).");
  }
  const em = await ctx.db.manager();
  const claim = await claimIdempotencyKey<R>(em, { subject: ctx.viewer.subject ?? "national-admin", key, operation: action, payload });
  if (claim.replay) return { result: claim.result, replayed: true };
  const change = await perform(em);
  await em.query(
    `INSERT INTO admin_audit (actor_role, actor_subject, action, target_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [ctx.viewer.role, ctx.viewer.subject, action, change.targetId, JSON.stringify(change.before ?? null), JSON.stringify(change.after ?? null), ctx.requestId],
  );
  await claim.store(change.result);
  return { result: change.result, replayed: false };
}
