import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";
import { conflict } from "@jinjibu/federation";

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

export type Claim<T> = { replay: true; result: T } | { replay: false; store(result: T): Promise<void> };

/**
 * Claims `key` for this subject and payload inside the request's transaction. The primary key serialises concurrent
 * retries: a second request with the same key waits for the first to commit, then sees its stored result. If the
 * mutation fails, the transaction rolls back and the key is free again.
 */
export async function claimIdempotencyKey<T>(
  em: EntityManager,
  subject: string,
  key: string,
  operation: string,
  payload: unknown,
): Promise<Claim<T>> {
  const fingerprint = sha256(JSON.stringify({ operation, payload }));
  const inserted: unknown[] = await em.query(
    `INSERT INTO idempotency_key (subject, key, operation, fingerprint) VALUES ($1, $2, $3, $4)
     ON CONFLICT (subject, key) DO NOTHING RETURNING key`,
    [subject, key, operation, fingerprint],
  );
  if (inserted.length === 1) {
    return {
      replay: false,
      store: async (result) => {
        await em.query(`UPDATE idempotency_key SET result = $3 WHERE subject = $1 AND key = $2`, [subject, key, JSON.stringify(result)]);
      },
    };
  }
  const [row]: { operation: string; fingerprint: string; result: T }[] = await em.query(
    `SELECT operation, fingerprint, result FROM idempotency_key WHERE subject = $1 AND key = $2`,
    [subject, key],
  );
  if (row.operation !== operation || row.fingerprint !== fingerprint) {
    throw conflict(
      `idempotencyKey "${key}" was already used for a different request (${row.operation} with another payload). ` +
        "Retry with exactly the same input to get the first result, or use a new key for a new change.",
    );
  }
  return { replay: true, result: row.result };
}
