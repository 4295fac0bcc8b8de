import DataLoader from "dataloader";
import { introductionContactReader } from "@jinjibu/auth";
import { forbidden, type BaseContext } from "@jinjibu/federation";
import type { Introduction, TalentContact } from "../entities/records";
import { AuditAction, IntroductionStatus } from "../enums";
import type { Loaders } from "../loaders";
import { recordDenied, writeAudit, type AuditEntryInput } from "./audit.service";

export const CONTACT_FIELDS = ["displayName", "email", "phone"];

/**
 * Batches the CONTACT_VIEW audit rows of one request: every contact read in the same tick goes into one multi-row insert,
 * in the request's transaction, and each read waits for it (no row, no data). Built per request.
 */
export function createAuditBatcher(ctx: BaseContext): DataLoader<AuditEntryInput, true> {
  return new DataLoader<AuditEntryInput, true>(
    async (entries) => {
      await writeAudit(ctx, await ctx.db.manager(), [...entries]);
      return entries.map(() => true as const);
    },
    { cache: false },
  );
}

/**
 * The person's contact behind an introduction, for the requesting operator's coordinators after acceptance while the
 * consent holds (RLS decides the last part). Every read is audited; every refusal is recorded as DENIED (its own short
 * transaction, since the refusal is returned as an error) and answered FORBIDDEN.
 */
export async function readIntroducedContact(
  ctx: BaseContext & { loaders: Loaders; auditBatch: DataLoader<AuditEntryInput, true> },
  intro: Introduction,
): Promise<TalentContact> {
  const denied = async (reason: string): Promise<never> => {
    await recordDenied(ctx, [
      {
        action: AuditAction.CONTACT_VIEW,
        subjectTalentId: intro.talentId,
        subjectOperatorId: intro.ownerOperatorId,
        cardId: intro.cardId,
        fields: CONTACT_FIELDS,
        consentId: intro.consentId,
        purpose: intro.purpose,
        reason,
      },
    ]);
    throw forbidden(reason);
  };
  const decision = introductionContactReader(ctx.viewer, intro.requesterOperatorId);
  if (!decision.allowed) return denied(decision.reason);
  if (intro.status !== IntroductionStatus.ACCEPTED) return denied("Contact details are shown only after the owning operator accepts.");
  const contact = await ctx.loaders.introducedContactByIntroductionId.load(intro.id);
  if (!contact) return denied("The person's consent no longer covers your operator; contact details are not available.");
  await ctx.auditBatch.load({
    action: AuditAction.CONTACT_VIEW,
    subjectTalentId: intro.talentId,
    subjectOperatorId: intro.ownerOperatorId,
    cardId: null,
    fields: CONTACT_FIELDS,
    consentId: intro.consentId,
    purpose: intro.purpose,
  });
  return contact;
}
