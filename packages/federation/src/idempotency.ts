import { createHash } from "node:crypto";
import { Column, Entity, PrimaryColumn, type EntityManager } from "typeorm";
import { badUserInput, conflict } from "./errors";

/**
 * The table every subgraph with retry-safe mutations keeps in its own schema (its migrations create it; list this
 * entity among the subgraph's entities): the first result of a mutation, by the caller's key.
 */
@Entity({ name: "idempotency_key" })
export class IdempotencyKey {
  @PrimaryColumn({ type: "text" })
  subject!: string;

  @PrimaryColumn({ type: "text" })
  key!: string;

  @Column({ type: "text" })
  operation!: string;

  @Column({ type: "text" })
  fingerprint!: string;

  @Column({ type: "jsonb", nullable: true })
  result!: unknown;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;
}

/** One rule for every idempotency key in the hub: 8 to 200 characters after trimming (a UUID is a good choice). */
export const IDEMPOTENCY_KEY_MIN = 8;
export const IDEMPOTENCY_KEY_MAX = 200;

/** The key, trimmed, or BAD_USER_INPUT naming the rule. */
export function checkIdempotencyKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length < IDEMPOTENCY_KEY_MIN || trimmed.length > IDEMPOTENCY_KEY_MAX) {
    throw badUserInput(
      `idempotencyKey must be ${IDEMPOTENCY_KEY_MIN} to ${IDEMPOTENCY_KEY_MAX} characters (a UUID is a good choice).`,
      `idempotencyKey は${IDEMPOTENCY_KEY_MIN}〜${IDEMPOTENCY_KEY_MAX}文字で指定してください (UUID が便利です)。`,
    );
  }
  return trimmed;
}

/** `idempotency_key (subject, key, operation, fingerprint, result jsonb, created_at, PRIMARY KEY (subject, key))`. */
export type IdempotencyClaim<T> = { replay: true; result: T } | { replay: false; store(result: T): Promise<void> };

/** JSON with sorted keys and no undefined members, so the same payload always has the same fingerprint. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Claims an idempotency key for `subject` inside the request's transaction. Keys are scoped to the caller, so one
 * caller's key never replays another's result. The primary key serialises concurrent retries: the second waits for the
 * first to commit and then gets its stored result. If the change fails, the transaction (claim included) rolls back and
 * the key is free again. The same key with another operation or payload is a CONFLICT. The key must follow
 * `checkIdempotencyKey` (8 to 200 characters), else BAD_USER_INPUT before anything is written.
 */
export async function claimIdempotencyKey<T>(
  em: EntityManager,
  claim: { subject: string; key: string; operation: string; payload: unknown },
): Promise<IdempotencyClaim<T>> {
  const { subject, operation } = claim;
  const key = checkIdempotencyKey(claim.key);
  const fingerprint = createHash("sha256").update(canonicalJson({ operation, payload: claim.payload })).digest("hex");
  const inserted: unknown[] = await em.query(
    `INSERT INTO idempotency_key (subject, key, operation, fingerprint) VALUES ($1, $2, $3, $4)
     ON CONFLICT (subject, key) DO NOTHING RETURNING 1`,
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
  const [row]: { operation: string; fingerprint: string; result: T | null }[] = await em.query(
    `SELECT operation, fingerprint, result FROM idempotency_key WHERE subject = $1 AND key = $2`,
    [subject, key],
  );
  if (!row || row.operation !== operation || row.fingerprint !== fingerprint || row.result === null) {
    throw conflict(
      `idempotencyKey "${key}" was already used for a different request (${row?.operation ?? operation} with another payload). ` +
        "Retry with exactly the same input to get the first result, or use a new key for a new change.",
      "この idempotencyKey は別の内容の操作ですでに使われています。同じ内容で再送するか、新しい操作には新しいキーを使ってください。",
    );
  }
  return { replay: true, result: row.result };
}

/**
 * Runs a creating mutation under an optional idempotency key (the same rule and table as the administrative ones). No
 * key: `create` runs. A key: the first request runs `create` and stores its JSON result; a retry with the same key and
 * payload gets that result back (`replayed`) without running it again; another payload is a CONFLICT. `create` runs in
 * the request's transaction, so a failure frees the key again.
 */
export async function idempotent<T>(
  em: EntityManager,
  request: { subject: string; key: string | null | undefined; operation: string; payload: unknown },
  create: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  if (request.key == null) return { result: await create(), replayed: false };
  const claim = await claimIdempotencyKey<T>(em, { subject: request.subject, key: request.key, operation: request.operation, payload: request.payload });
  if (claim.replay) return { result: claim.result, replayed: true };
  const result = await create();
  await claim.store(result);
  return { result, replayed: false };
}
