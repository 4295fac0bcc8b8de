import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import { isNationalAdmin } from "@jinjibu/auth";
import { badUserInput, conflict, forbidden } from "@jinjibu/federation";
import type { FundingContext } from "../context";

/** Refuses anyone but the national administrator, before anything is read or written. */
export function requireNationalAdmin(ctx: FundingContext, action: string): void {
  if (!isNationalAdmin(ctx.viewer)) {
    throw forbidden(`Only the national administrator may ${action}.`);
  }
}

/** JSON with sorted keys, so the same payload always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
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
  // Keys are scoped to the actor: another administrator's key never replays someone else's result.
  const actor = ctx.viewer.subject ?? "national-admin";
  const payloadHash = createHash("sha256").update(canonical({ action, payload })).digest("hex");
  const em = await ctx.db.manager();
  const claimed: unknown[] = await em.query(
    `INSERT INTO idempotency_record (actor_subject, idempotency_key, action, payload_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING RETURNING 1`,
    [actor, key, action, payloadHash],
  );
  if (claimed.length === 0) {
    const [existing] = (await em.query(
      `SELECT action, payload_hash, result FROM idempotency_record WHERE actor_subject = $1 AND idempotency_key = $2`,
      [actor, key],
    )) as { action: string; payload_hash: string; result: R | null }[];
    if (!existing || existing.action !== action || existing.payload_hash !== payloadHash || existing.result === null) {
      throw conflict(`idempotencyKey "${key}" was already used with a different request; use a new key for a new change.`);
    }
    return { result: existing.result, replayed: true };
  }
  const change = await perform(em);
  await em.query(
    `INSERT INTO admin_audit (actor_role, actor_subject, action, target_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [ctx.viewer.role, ctx.viewer.subject, action, change.targetId, JSON.stringify(change.before ?? null), JSON.stringify(change.after ?? null), ctx.requestId],
  );
  await em.query(`UPDATE idempotency_record SET result = $3 WHERE actor_subject = $1 AND idempotency_key = $2`, [
    actor, key, JSON.stringify(change.result),
  ]);
  return { result: change.result, replayed: false };
}
