import { AUDIT_COUNT_BOUND } from "../types/audit-trail.types";
import type { EntityManager } from "typeorm";
import { pageQuery, pageQueryBounded, type BoundedPage, type Page } from "@jinjibu/db";
import { badUserInput, type PageWindow } from "@jinjibu/federation";
import type { AuditRow, ProvisionRow } from "../entities/records";
import type { RecordsFilter } from "../inputs/records-filter.input";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkDate(value: string | null | undefined, field: "from" | "to"): string | null {
  if (value == null) return null;
  const match = DATE.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${field} must be a date YYYY-MM-DD (e.g. 2026-04-01); got "${value.slice(0, 40)}".`, { field });
  }
  return value;
}

/** Validated filter values: dates as YYYY-MM-DD, person id bounded. */
export function readRecordsFilter(filter: RecordsFilter | null | undefined): {
  talentId: string | null;
  introductionId: string | null;
  from: string | null;
  to: string | null;
} {
  const from = checkDate(filter?.from, "from");
  const to = checkDate(filter?.to, "to");
  if (from && to && from > to) throw badUserInput("to must not be before from.", { field: "to" });
  const talentId = filter?.talentId ?? null;
  if (talentId !== null && (talentId.length < 1 || talentId.length > 100)) throw badUserInput("talentId must be 1 to 100 characters.", { field: "talentId" });
  const introductionId = filter?.introductionId ?? null;
  if (introductionId !== null && !UUID.test(introductionId)) {
    throw badUserInput("introductionId must be an introduction id (a UUID).", { field: "introductionId" });
  }
  return { talentId, introductionId, from, to };
}

/** `column` within the Japan-time days [from, to]. */
function dateRange(column: string, params: unknown[], from: string | null, to: string | null): string[] {
  const clauses: string[] = [];
  if (from) {
    params.push(from);
    clauses.push(`${column} >= ($${params.length}::date::timestamp AT TIME ZONE 'Asia/Tokyo')`);
  }
  if (to) {
    params.push(to);
    clauses.push(`${column} < (($${params.length}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo')`);
  }
  return clauses;
}

/**
 * The audit rows the viewer may read (its operator as actor or as subject; everything for the national administrator),
 * filtered. The person filter only matches rows about the viewer's own people, so it cannot be used to probe another
 * operator's profile ids.
 */
export async function filteredAuditTrail(
  em: EntityManager,
  operatorId: string | null,
  filter: RecordsFilter | null | undefined,
  window: PageWindow,
): Promise<BoundedPage<AuditRow>> {
  const { talentId, from, to } = readRecordsFilter(filter);
  const params: unknown[] = [operatorId];
  const where = ["($1::text IS NULL OR actor_operator_id = $1 OR subject_operator_id = $1)"];
  if (talentId) {
    params.push(talentId);
    where.push(`subject_talent_id = $${params.length} AND ($1::text IS NULL OR subject_operator_id = $1)`);
  }
  where.push(...dateRange("at", params, from, to));
  // Bounded like `auditTrail`: one statement reads at most the bound and one row more, never millions of rows.
  return pageQueryBounded<AuditRow>(em, { select: "*", from: `FROM access_audit WHERE ${where.join(" AND ")}`, params, orderBy: "id DESC" }, window, AUDIT_COUNT_BOUND);
}

/** Provision records the viewer may read (provided or received; all for the national administrator), filtered likewise. */
export async function filteredProvisionRecords(
  em: EntityManager,
  operatorId: string | null,
  filter: RecordsFilter | null | undefined,
  window: PageWindow,
): Promise<Page<ProvisionRow>> {
  const { talentId, introductionId, from, to } = readRecordsFilter(filter);
  const params: unknown[] = [operatorId];
  const where = ["($1::text IS NULL OR provider_operator_id = $1 OR recipient_operator_id = $1)"];
  if (introductionId) {
    params.push(introductionId);
    where.push(`introduction_id = $${params.length}::uuid`);
  }
  if (talentId) {
    params.push(talentId);
    where.push(`talent_ref = $${params.length} AND ($1::text IS NULL OR provider_operator_id = $1)`);
  }
  where.push(...dateRange("provided_at", params, from, to));
  // The page and its exact count in one statement.
  return pageQuery<ProvisionRow>(em, { select: "*", from: `FROM provision_record WHERE ${where.join(" AND ")}`, params, orderBy: "provided_at DESC, id" }, window);
}
