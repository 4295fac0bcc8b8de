import type { EntityManager } from "typeorm";
import type { BaseContext } from "@jinjibu/federation";

/** How long an operator's regional block is reused before it is read again. */
export const VIEWER_BLOCK_TTL_MS = 60_000;
const MAX_ENTRIES = 1_000;

const cache = new Map<string, { block: string | null; until: number }>();

/**
 * The viewer's regional block, as the SQL function `current_block()` gives it, read once a minute per operator instead of
 * once per search. The searches pass it as a constant audience term so that PostgreSQL can estimate and index it; it is a
 * hint, never the rule: the row-level-security policy of `shared_card` compares every row's audience with
 * `current_block()` itself, in the same statement. A block that changed less than a minute ago can therefore only hide
 * rows of the new block for that minute, never show a row of the old one.
 */
export async function viewerBlock(ctx: BaseContext, em: EntityManager, now = Date.now()): Promise<string | null> {
  const key = ctx.viewer.operatorId;
  const hit = key ? cache.get(key) : undefined;
  if (hit && hit.until > now) return hit.block;
  const [{ block }]: { block: string | null }[] = await em.query(`SELECT current_block() AS block`);
  if (key) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, { block, until: now + VIEWER_BLOCK_TTL_MS });
  }
  return block;
}

/** Forgets every cached block (tests that move an operator to another block). */
export function forgetViewerBlocks(): void {
  cache.clear();
}
