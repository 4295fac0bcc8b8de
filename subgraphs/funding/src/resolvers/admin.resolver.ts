import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { notFound } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import {
  RecordAdoptionInput, RecordAdoptionPayload, RecordLinkedLawCertificationInput, RecordLinkedLawCertificationPayload,
} from "../inputs/admin.inputs";
import * as fundingAdmin from "../services/funding-admin.service";

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
