import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { isNationalAdmin, talentAuditReader } from "@jinjibu/auth";
import { boundedPageToConnection, ConnectionArgs, pageWindow, toConnection } from "@jinjibu/federation";
import type { TalentContext } from "../context";
import { decided, requireOwnPoolStaff } from "../access";
import { toAuditEntry, toProvisionRecord } from "../entities/records";
import { RecordsFilter } from "../inputs/records-filter.input";
import { filteredAuditTrail, filteredProvisionRecords } from "../services/records-filter.service";
import { AuditEntryConnection } from "../types/audit-trail.types";
import { ProvisionRecordConnection } from "./records.resolver";

@Resolver()
export class RecordsFilterResolver {
  @Query(() => AuditEntryConnection, {
    description:
      "The access audit trail filtered by person and Japan-time days, newest first (same visibility as `auditTrail`: a coordinator " +
      "sees its operator's views and views of its people; the national administrator sees all).",
  })
  async searchAuditTrail(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => RecordsFilter, { nullable: true, description: "Person and date range; omit for everything." }) filter: RecordsFilter | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = decided(talentAuditReader(ctx.viewer));
    const admin = operatorId === null;
    const window = pageWindow(page);
    const trail = await filteredAuditTrail(await ctx.db.manager(), operatorId, filter, window);
    return boundedPageToConnection(trail, trail.rows.map((row) => toAuditEntry(row, admin || row.subject_operator_id === operatorId)), window);
  }

  @Query(() => ProvisionRecordConnection, {
    description:
      "Provision records (APPI 29/30条) filtered by person and Japan-time days, newest first (same visibility as `provisionRecords`).",
  })
  async searchProvisionRecords(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => RecordsFilter, { nullable: true, description: "Person and date range; omit for everything." }) filter: RecordsFilter | null,
    @Ctx() ctx: TalentContext,
  ) {
    const admin = isNationalAdmin(ctx.viewer);
    const operatorId = admin ? null : requireOwnPoolStaff(ctx.viewer);
    const window = pageWindow(page);
    const { rows, total } = await filteredProvisionRecords(await ctx.db.manager(), operatorId, filter, window);
    return toConnection(rows.map((row) => toProvisionRecord(row, admin || row.provider_operator_id === operatorId)), total, window);
  }
}
