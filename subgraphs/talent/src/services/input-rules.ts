import { badUserInput, claimIdempotencyKey, type BaseContext, type IdempotencyClaim } from "@jinjibu/federation";
import type { EntityManager } from "typeorm";

const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A NUL byte or a lone UTF-16 surrogate cannot be stored or compared as text: refuse it, naming the field. */
export function assertCleanText(field: string, value: string | null | undefined): void {
  if (value == null) return;
  if (NUL.test(value)) throw badUserInput(`${field} must not contain a NUL character (U+0000).`);
  if (LONE_SURROGATE.test(value)) throw badUserInput(`${field} must be valid Unicode text (it holds a lone surrogate).`);
}

/** Checks every string of an input object (one level, arrays included) with `assertCleanText`. */
export function assertCleanInput(prefix: string, input: object | null | undefined): void {
  if (!input) return;
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "string") assertCleanText(`${prefix}.${key}`, value);
    else if (Array.isArray(value)) value.forEach((v, i) => typeof v === "string" && assertCleanText(`${prefix}.${key}[${i}]`, v));
  }
}

export const IDEMPOTENCY_KEY_MIN = 8;
export const IDEMPOTENCY_KEY_MAX = 200;

/**
 * The hub's idempotency rule for talent's creating mutations: an optional key of 8–200 characters, scoped to the caller
 * (the gateway subject), claimed in the request's transaction through `claimIdempotencyKey`. Without a key every call
 * creates anew. With one, a retry with the same input replays the first result; another input is a CONFLICT.
 */
export async function withIdempotency<T>(
  ctx: BaseContext,
  em: EntityManager,
  key: string | null | undefined,
  operation: string,
  payload: unknown,
  run: () => Promise<T>,
  revive: (stored: T) => T,
): Promise<T> {
  if (key == null) return run();
  assertCleanText("idempotencyKey", key);
  if (key.length < IDEMPOTENCY_KEY_MIN || key.length > IDEMPOTENCY_KEY_MAX) {
    throw badUserInput(`idempotencyKey must be ${IDEMPOTENCY_KEY_MIN} to ${IDEMPOTENCY_KEY_MAX} characters; got ${key.length}.`);
  }
  const subject = ctx.viewer.subject ?? `${ctx.viewer.role}:${ctx.viewer.operatorId ?? ""}`;
  const claim: IdempotencyClaim<T> = await claimIdempotencyKey<T>(em, { subject, key, operation, payload });
  if (claim.replay) return revive(claim.result);
  const result = await run();
  await claim.store(result);
  return result;
}
