import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, notFound } from "@jinjibu/federation";
import { AdminAudit } from "../entities";
import { listFundingAudit } from "../services/funding-audit.service";
import type { FundingContext } from "../context";
import {
  RecordAdoptionInput, RecordAdoptionPayload, RecordLinkedLawCertificationInput, RecordLinkedLawCertificationPayload,
} from "../inputs/admin.inputs";
import * as fundingAdmin from "../services/funding-admin.service";

const toIso = (value: Date | string): string => new Date(value).toISOString();

// NATIONAL_ADMIN only: the gate refuses every other viewer (FORBIDDEN, recorded in admin_denied_attempt) before reading or
// writing anything.
@Resolver()
export class FundingAdminResolver {
  @Authorized("NATIONAL_ADMIN")
  @Mutation(() => RecordAdoptionPayload, {
    description:
      "Records an adoption (national administrator only). Refused, naming the rule, for a 4th adoption from FY2026 (cap 3), 法制度連携枠 without a linked-law certification, a list code already used that fiscal year, or an unknown operator. Audited; retry-safe with `idempotencyKey`.",
  })
  async recordAdoption(
    @Arg("input", () => RecordAdoptionInput, { description: "The adoption and an idempotency key." }) input: RecordAdoptionInput,
    @Ctx() ctx: FundingContext,
  ): Promise<RecordAdoptionPayload> {
    const { result, replayed } = await fundingAdmin.recordAdoption(ctx, input);
    const adoption = await ctx.loaders.adoptionById.load(result.adoptionId);
    if (!adoption) throw notFound(`Adoption ${result.adoptionId} no longer exists.`);
    return { adoption, replayed };
  }

  @Authorized("NATIONAL_ADMIN")
  @Mutation(() => RecordLinkedLawCertificationPayload, {
    description: "Records a linked-law certification for an operator (national administrator only). Audited; retry-safe with `idempotencyKey`.",
  })
  async recordLinkedLawCertification(
    @Arg("input", () => RecordLinkedLawCertificationInput, { description: "The certification and an idempotency key." })
    input: RecordLinkedLawCertificationInput,
    @Ctx() ctx: FundingContext,
  ): Promise<RecordLinkedLawCertificationPayload> {
    const { result, replayed } = await fundingAdmin.recordLinkedLawCertification(ctx, input);
    const certification = await ctx.loaders.certificationById.load(result.certificationId);
    if (!certification) throw notFound(`Certification ${result.certificationId} no longer exists.`);
    return { certification, replayed };
  }
}

export const FundingAuditEntryConnection = Connection(AdminAudit, "FundingAuditEntry", "funding audit entry");

@ArgsType()
class FundingAuditArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only changes to this record (an adoption id such as FY2026-A1, or a certification id)." })
  targetId?: string | null;
}

@Resolver(() => AdminAudit)
export class FundingAuditResolver {
  @Authorized("NATIONAL_ADMIN")
  @Query(() => FundingAuditEntryConnection, {
    description: "Administrative changes to the funding records (adoptions and linked-law certifications recorded), newest first (NATIONAL_ADMIN only).",
  })
  fundingAuditTrail(@Args(() => FundingAuditArgs) args: FundingAuditArgs, @Ctx() ctx: FundingContext) {
    const { targetId, ...page } = args;
    return listFundingAudit(ctx, page, targetId);
  }

  @FieldResolver(() => String, { description: "When (ISO timestamp)." })
  at(@Root() a: AdminAudit): string {
    return toIso(a.at);
  }

  @FieldResolver(() => String, { nullable: true, description: "The record before the change, as JSON text; null when there was none." })
  before(@Root() a: AdminAudit): string | null {
    return a.before == null ? null : JSON.stringify(a.before);
  }

  @FieldResolver(() => String, { nullable: true, description: "The record after the change, as JSON text." })
  after(@Root() a: AdminAudit): string | null {
    return a.after == null ? null : JSON.stringify(a.after);
  }
}
