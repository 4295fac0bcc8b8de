import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { isNationalAdmin, talentAuditReader } from "@jinjibu/auth";
import { Connection, ConnectionArgs, pageWindow } from "@jinjibu/federation";
import type { TalentContext } from "../context";
import { decided, requireOwnPoolStaff } from "../access";
import { ProvisionRecord } from "../entities/records";
import { AuditEntryConnection } from "../types/audit-trail.types";
import { listAuditTrail, listProvisionRecords, provisionRecordsForPerson } from "../services/records.service";

export const ProvisionRecordConnection = Connection(ProvisionRecord, "ProvisionRecord", "provision record");

@Resolver()
export class RecordsResolver {
  @Query(() => ProvisionRecordConnection, {
    description: "Provision records (APPI 29/30条), newest first: the national administrator sees all; an operator those it provided or received.",
  })
  async provisionRecords(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TalentContext) {
    const operatorId = isNationalAdmin(ctx.viewer) ? null : requireOwnPoolStaff(ctx.viewer);
    return listProvisionRecords(await ctx.db.manager(), operatorId, pageWindow(page));
  }

  @Query(() => [ProvisionRecord], {
    description:
      "Export of every provision record about one person, for their disclosure request (APPI 33条5項). For the operator that provided " +
      "the data; still answers after the person's erasure.",
  })
  async provisionRecordsForPerson(@Arg("talentId", () => ID, { description: "The person's profile id." }) talentId: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return provisionRecordsForPerson(await ctx.db.manager(), operatorId, talentId);
  }

  @Query(() => AuditEntryConnection, {
    description:
      "The access audit log, newest first. A coordinator sees its own operator's trail (views it made, and views of its people); the " +
      "national administrator sees all.",
  })
  async auditTrail(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TalentContext) {
    const operatorId = decided(talentAuditReader(ctx.viewer));
    return listAuditTrail(await ctx.db.manager(), operatorId, pageWindow(page));
  }
}
