import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { isNationalAdmin } from "@jinjibu/auth";
import { Connection, ConnectionArgs, forbidden, pageWindow, toConnection } from "@jinjibu/federation";
import type { TalentContext } from "../context";
import { requireOwnPoolStaff } from "../access";
import { AuditEntry, ProvisionRecord, toAuditEntry, toProvisionRecord, type AuditRow, type ProvisionRow } from "../entities/records";

export const ProvisionRecordConnection = Connection(ProvisionRecord, "ProvisionRecord", "provision record");
export const AuditEntryConnection = Connection(AuditEntry, "AuditEntry", "access audit row");

@Resolver()
export class RecordsResolver {
  @Query(() => ProvisionRecordConnection, {
    description: "Provision records (APPI 29/30条), newest first: the national administrator sees all; an operator those it provided or received.",
  })
  async provisionRecords(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TalentContext) {
    const admin = isNationalAdmin(ctx.viewer);
    const operatorId = admin ? null : requireOwnPoolStaff(ctx.viewer);
    const window = pageWindow(page);
    const em = await ctx.db.manager();
    const where = `WHERE $1::text IS NULL OR provider_operator_id = $1 OR recipient_operator_id = $1`;
    const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM provision_record ${where}`, [operatorId]);
    const rows: ProvisionRow[] = await em.query(
      `SELECT * FROM provision_record ${where} ORDER BY provided_at DESC, id OFFSET ${window.offset} LIMIT ${window.limit}`,
      [operatorId],
    );
    const records = rows.map((row) => toProvisionRecord(row, admin || row.provider_operator_id === operatorId));
    return toConnection(records, Number(total), window);
  }

  @Query(() => [ProvisionRecord], {
    description:
      "Export of every provision record about one person, for their disclosure request (APPI 33条5項). For the operator that provided " +
      "the data; still answers after the person's erasure.",
  })
  async provisionRecordsForPerson(@Arg("talentId", () => ID, { description: "The person's profile id." }) talentId: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    const em = await ctx.db.manager();
    const rows: ProvisionRow[] = await em.query(
      `SELECT * FROM provision_record WHERE provider_operator_id = $1 AND talent_ref = $2 ORDER BY provided_at, id`,
      [operatorId, talentId],
    );
    return rows.map((row) => toProvisionRecord(row, true));
  }

  @Query(() => AuditEntryConnection, {
    description:
      "The access audit log, newest first. A coordinator sees its own operator's trail (views it made, and views of its people); the " +
      "national administrator sees all.",
  })
  async auditTrail(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TalentContext) {
    const admin = isNationalAdmin(ctx.viewer);
    if (!admin && ctx.viewer.role !== "COORDINATOR") throw forbidden("Only coordinators and the national administrator can read the audit trail.");
    const operatorId = admin ? null : ctx.viewer.operatorId;
    const window = pageWindow(page);
    const em = await ctx.db.manager();
    const where = `WHERE $1::text IS NULL OR actor_operator_id = $1 OR subject_operator_id = $1`;
    const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM access_audit ${where}`, [operatorId]);
    const rows: AuditRow[] = await em.query(
      `SELECT * FROM access_audit ${where} ORDER BY id DESC OFFSET ${window.offset} LIMIT ${window.limit}`,
      [operatorId],
    );
    return toConnection(rows.map((row) => toAuditEntry(row, admin || row.subject_operator_id === operatorId)), Number(total), window);
  }
}
