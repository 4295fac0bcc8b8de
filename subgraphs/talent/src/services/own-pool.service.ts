import type { EntityManager } from "typeorm";
import { normalizeForSearch } from "@jinjibu/domain";
import { badUserInput, type PageWindow } from "@jinjibu/federation";
import type { TalentProfileRow } from "../entities/talent-profile.entity";
import { OwnPoolConsentState, OwnPoolSort, type OwnPoolFilter } from "../inputs/own-pool.input";

const ORDER: Record<OwnPoolSort, string> = {
  REGISTERED_NEWEST: "p.registered_at DESC, p.id",
  REGISTERED_OLDEST: "p.registered_at, p.id",
  UPDATED_NEWEST: "p.updated_at DESC, p.id",
  NAME: `c.display_name COLLATE "C", p.id`,
};

/** `%`, `_` and `\` match literally inside a LIKE pattern. */
const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

const ACTIVE_CONSENT = `EXISTS (SELECT 1 FROM consent k WHERE k.talent_id = p.id AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now()))`;

/** Validates the filter; every problem is a BAD_USER_INPUT that names the field and what is allowed. */
export function validateOwnPoolFilter(filter: OwnPoolFilter | null | undefined): void {
  const text = filter?.text;
  if (text != null && (text.trim().length < 1 || text.length > 100)) {
    throw badUserInput("text must be 1 to 100 characters (omit it to list everyone).");
  }
}

/**
 * One page of the operator's own pool and the total, in two statements whatever the page size. The name lives in
 * `talent_contact` (kept apart from the profile), so the list joins it; row-level security limits both to the operator.
 */
export async function listOwnPool(
  em: EntityManager,
  operatorId: string,
  filter: OwnPoolFilter | null | undefined,
  sort: OwnPoolSort,
  window: PageWindow,
): Promise<{ rows: TalentProfileRow[]; total: number }> {
  validateOwnPoolFilter(filter);
  const params: unknown[] = [operatorId];
  const where = ["p.operator_id = $1"];
  const text = filter?.text?.trim();
  if (text) {
    params.push(`%${likeEscape(text)}%`, `%${likeEscape(normalizeForSearch(text))}%`);
    where.push(`(c.display_name ILIKE $${params.length - 1} OR p.search_text LIKE $${params.length})`);
  }
  if (filter?.kind) {
    params.push(filter.kind);
    where.push(`$${params.length}::text = ANY(p.kinds)`);
  }
  if (filter?.availability) {
    params.push(filter.availability);
    where.push(`p.availability = $${params.length}`);
  }
  if (filter?.consentState === OwnPoolConsentState.ACTIVE) where.push(ACTIVE_CONSENT);
  if (filter?.consentState === OwnPoolConsentState.NONE_ACTIVE) where.push(`NOT ${ACTIVE_CONSENT}`);
  const from = `FROM talent_profile p LEFT JOIN talent_contact c ON c.talent_id = p.id WHERE ${where.join(" AND ")}`;
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total ${from}`, params);
  const rows: TalentProfileRow[] = await em.query(
    `SELECT p.* ${from} ORDER BY ${ORDER[sort]} OFFSET ${window.offset} LIMIT ${window.limit}`,
    params,
  );
  return { rows, total: Number(total) };
}
