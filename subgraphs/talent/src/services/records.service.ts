import type { EntityManager } from "typeorm";
import { boundedPageSql, pageQuery, pageQueryBounded, type BoundedListQuery } from "@jinjibu/db";
import { boundedPageToConnection, toConnection, type ConnectionShape, type PageWindow } from "@jinjibu/federation";
import { AUDIT_COUNT_BOUND } from "../types/audit-trail.types";
import { toAuditEntry, toProvisionRecord, type AuditEntry, type AuditRow, type ProvisionRecord, type ProvisionRow } from "../entities/records";

/**
 * Provision records, newest first: all for the administrator (`operatorId` null), else those the operator gave or got. The
 * page and its exact count in one statement (the shared paging helper); an operator's records are one per introduction.
 */
export async function listProvisionRecords(em: EntityManager, operatorId: string | null, window: PageWindow): Promise<ConnectionShape<ProvisionRecord>> {
  const page = await pageQuery<ProvisionRow>(
    em,
    {
      select: "*",
      from: operatorId === null ? "FROM provision_record" : "FROM provision_record WHERE provider_operator_id = $1 OR recipient_operator_id = $1",
      params: operatorId === null ? [] : [operatorId],
      orderBy: "provided_at DESC, id",
    },
    window,
  );
  const records = page.rows.map((row) => toProvisionRecord(row, operatorId === null || row.provider_operator_id === operatorId));
  return toConnection(records, page.total, window);
}

/** Every provision record about one person that `operatorId` provided (APPI 33条5項 disclosure). */
export async function provisionRecordsForPerson(em: EntityManager, operatorId: string, talentId: string): Promise<ProvisionRecord[]> {
  const rows: ProvisionRow[] = await em.query(
    `SELECT * FROM provision_record WHERE provider_operator_id = $1 AND talent_ref = $2 ORDER BY provided_at, id`,
    [operatorId, talentId],
  );
  return rows.map((row) => toProvisionRecord(row, true));
}

/**
 * The access audit trail as a list query, newest first. For an operator, the rows it made and the rows about its people are read
 * as two index scans (actor, subject), each limited to the page's end, merged; the count reads only ids the same way, each scan
 * limited to the bound: the trail stays fast at 10,000,000 rows. The administrator (`operatorId` null) reads the primary key
 * backwards.
 */
export function auditTrailQuery(operatorId: string | null, window: PageWindow): BoundedListQuery {
  if (operatorId === null) return { select: "*", from: "FROM access_audit", orderBy: "id DESC" };
  const end = window.offset + window.limit + 1;
  const merged = (columns: string, limit: number) => `FROM (
         (SELECT ${columns} FROM access_audit WHERE actor_operator_id = $1 ORDER BY id DESC LIMIT ${limit})
         UNION
         (SELECT ${columns} FROM access_audit WHERE subject_operator_id = $1 ORDER BY id DESC LIMIT ${limit})
       ) trail`;
  return { select: "*", from: merged("*", end), countFrom: merged("id", AUDIT_COUNT_BOUND + 1), params: [operatorId], orderBy: "id DESC" };
}

/** The one statement a page of the trail costs (for EXPLAIN in tests). */
export const auditTrailSql = (operatorId: string | null, window: PageWindow) =>
  boundedPageSql(auditTrailQuery(operatorId, window), window, AUDIT_COUNT_BOUND);

/** A page of the trail with its count bounded at `AUDIT_COUNT_BOUND` (and whether it is a lower bound), in one statement. */
export async function listAuditTrail(
  em: EntityManager,
  operatorId: string | null,
  window: PageWindow,
): Promise<ConnectionShape<AuditEntry> & { totalCountIsLowerBound: boolean }> {
  const page = await pageQueryBounded<AuditRow>(em, auditTrailQuery(operatorId, window), window, AUDIT_COUNT_BOUND);
  const entries = page.rows.map((row) => toAuditEntry(row, operatorId === null || row.subject_operator_id === operatorId));
  return boundedPageToConnection(page, entries, window);
}
