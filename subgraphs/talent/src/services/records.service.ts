import type { EntityManager } from "typeorm";
import { toConnection, type ConnectionShape, type PageWindow } from "@jinjibu/federation";
import { AUDIT_COUNT_BOUND } from "../types/audit-trail.types";
import { toAuditEntry, toProvisionRecord, type AuditEntry, type AuditRow, type ProvisionRecord, type ProvisionRow } from "../entities/records";

/** Provision records, newest first: all for the administrator (`operatorId` null), else those the operator gave or got. */
export async function listProvisionRecords(em: EntityManager, operatorId: string | null, window: PageWindow): Promise<ConnectionShape<ProvisionRecord>> {
  const where = operatorId === null ? "" : "WHERE provider_operator_id = $1 OR recipient_operator_id = $1";
  const params = operatorId === null ? [] : [operatorId];
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM provision_record ${where}`, params);
  const rows: ProvisionRow[] = await em.query(
    `SELECT * FROM provision_record ${where} ORDER BY provided_at DESC, id OFFSET ${window.offset} LIMIT ${window.limit}`,
    params,
  );
  const records = rows.map((row) => toProvisionRecord(row, operatorId === null || row.provider_operator_id === operatorId));
  return toConnection(records, Number(total), window);
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
 * The SQL of the access audit trail, newest first. For an operator, the rows it made and the rows about its people are read as two
 * index scans (actor, subject), each limited to the page's end, merged; the count is bounded the same way: the trail stays
 * fast at 10,000,000 rows. The administrator (`operatorId` null) reads the primary key backwards.
 */
export function auditTrailSql(operatorId: string | null, window: PageWindow): { page: string; count: string; params: unknown[] } {
  if (operatorId === null) {
    return {
      page: `SELECT * FROM access_audit ORDER BY id DESC OFFSET ${window.offset} LIMIT ${window.limit + 1}`,
      count: `SELECT count(*)::int AS total FROM (SELECT 1 FROM access_audit LIMIT ${AUDIT_COUNT_BOUND + 1}) bounded`,
      params: [],
    };
  }
  // One row more than the page tells whether another page follows, whatever the bounded count says.
  const end = window.offset + window.limit + 1;
  return {
    page: `SELECT * FROM (
         (SELECT * FROM access_audit WHERE actor_operator_id = $1 ORDER BY id DESC LIMIT ${end})
         UNION
         (SELECT * FROM access_audit WHERE subject_operator_id = $1 ORDER BY id DESC LIMIT ${end})
       ) trail ORDER BY id DESC OFFSET ${window.offset} LIMIT ${window.limit + 1}`,
    // Bounded like the page: at most bound + 1 ids from each index, merged.
    count: `SELECT count(*)::int AS total FROM (
         (SELECT id FROM access_audit WHERE actor_operator_id = $1 ORDER BY id DESC LIMIT ${AUDIT_COUNT_BOUND + 1})
         UNION
         (SELECT id FROM access_audit WHERE subject_operator_id = $1 ORDER BY id DESC LIMIT ${AUDIT_COUNT_BOUND + 1})
       ) bounded`,
    params: [operatorId],
  };
}

export async function listAuditTrail(
  em: EntityManager,
  operatorId: string | null,
  window: PageWindow,
): Promise<ConnectionShape<AuditEntry> & { totalCountIsLowerBound: boolean }> {
  const sql = auditTrailSql(operatorId, window);
  const rows: AuditRow[] = await em.query(sql.page, sql.params);
  const [{ total }]: { total: number }[] = await em.query(sql.count, sql.params);
  const entries = rows.slice(0, window.limit).map((row) => toAuditEntry(row, operatorId === null || row.subject_operator_id === operatorId));
  const isLowerBound = total > AUDIT_COUNT_BOUND;
  const page = toConnection(entries, total, window);
  page.pageInfo.hasNextPage = rows.length > window.limit;
  return { ...page, totalCount: Math.min(total, AUDIT_COUNT_BOUND), totalCountIsLowerBound: isLowerBound };
}
