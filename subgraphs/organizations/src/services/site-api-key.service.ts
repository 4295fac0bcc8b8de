import { createApiKey, siteKeyManager, type Viewer } from "@jinjibu/auth";
import { badUserInput, claimIdempotencyKey, enforce, idempotent, notFound, recordDenial, writeAdminAudit } from "@jinjibu/federation";
import type { EntityManager } from "typeorm";
import type { OrganizationsContext } from "../context";
import { SiteApiKey } from "../entities";
import type { CreateSiteApiKeyInput, RevokeSiteApiKeyInput } from "../inputs/site-api-key.inputs";
import type { SiteApiKeyCreation } from "../types/site-api-key-creation";

/** Most keys one listing returns (an operator has a handful; revoked ones are kept for the record). */
export const SITE_KEY_LIST_LIMIT = 200;

const KEY_ID = /^site_[0-9a-f]{12}$/;
const toIso = (value: Date | string | null): string | null => (value == null ? null : new Date(value).toISOString());

/** Whose idempotency keys these are, and who the records name as author. */
const actor = (viewer: Viewer): string => viewer.subject ?? viewer.role.toLowerCase();

/** The policy's decision, with a refusal recorded in admin_denied_attempt before it is thrown. */
async function requireManager(ctx: OrganizationsContext, operatorId: string, action: string, verb: string): Promise<void> {
  const decision = siteKeyManager(ctx.viewer, operatorId, verb);
  if (!decision.allowed) await recordDenial(ctx, { action, reason: decision.reason });
  enforce(decision);
}

/** What the audit trail keeps of a key: never its hash. */
const snapshot = (k: SiteApiKey) => ({
  keyId: k.keyId,
  operatorId: k.operatorId,
  label: k.label,
  createdAt: toIso(k.createdAt),
  createdBy: k.createdBy,
  revokedAt: toIso(k.revokedAt),
  revokedBy: k.revokedBy,
});

function cleanLabel(label: string | null | undefined): string | null {
  if (label == null) return null;
  const trimmed = label.trim();
  if (trimmed.length === 0 || trimmed.length > 100) throw badUserInput("`label` must be 1 to 100 characters (ラベルは1〜100文字で入力してください).");
  return trimmed;
}

async function findKey(em: EntityManager, keyId: string, lock = false): Promise<SiteApiKey | null> {
  return em.getRepository(SiteApiKey).findOne({ where: { keyId }, ...(lock ? { lock: { mode: "pessimistic_write" as const } } : {}) });
}

/**
 * Writes a key record: the one place keys are inserted (the mutation and `npm run dev:token -- site` both come here).
 * Returns the key, which is never stored.
 */
export async function insertSiteApiKey(em: EntityManager, operatorId: string, label: string | null, createdBy: string): Promise<{ key: string; record: SiteApiKey }> {
  const { key, record } = createApiKey(operatorId, label ?? undefined);
  const saved = await em.getRepository(SiteApiKey).save({
    keyId: record.keyId,
    operatorId,
    sha256: record.sha256,
    label,
    createdAt: new Date(record.createdAt),
    createdBy,
    revokedAt: null,
    revokedBy: null,
  });
  return { key, record: saved };
}

/** createSiteApiKey: the administrator for any operator, a coordinator for its own; idempotent; audited. */
export async function createSiteKey(ctx: OrganizationsContext, input: CreateSiteApiKeyInput): Promise<SiteApiKeyCreation> {
  await requireManager(ctx, input.operatorId, "createSiteApiKey", "create a site API key");
  const label = cleanLabel(input.label);
  const operator = await ctx.loaders.operatorById.load(input.operatorId);
  if (!operator) throw notFound(`No operator has id "${input.operatorId}" (事業者が見つかりません).`);
  const em = await ctx.db.manager();
  const claim = await claimIdempotencyKey<{ keyId: string; auditEntryId: string }>(em, {
    subject: actor(ctx.viewer),
    key: input.idempotencyKey,
    operation: "createSiteApiKey",
    payload: { operatorId: operator.id, label },
  });
  if (claim.replay) {
    const record = await findKey(em, claim.result.keyId);
    if (!record) throw notFound(`The key ${claim.result.keyId} created under this idempotency key no longer exists.`);
    return { key: null, siteApiKey: record, auditEntryId: claim.result.auditEntryId, replayed: true };
  }
  const { key, record } = await insertSiteApiKey(em, operator.id, label, actor(ctx.viewer));
  const auditEntryId = await writeAdminAudit(em, {
    actorRole: ctx.viewer.role,
    actorSubject: ctx.viewer.subject,
    action: "createSiteApiKey",
    targetId: operator.id,
    before: null,
    after: snapshot(record),
    requestId: ctx.requestId,
  });
  await claim.store({ keyId: record.keyId, auditEntryId });
  return { key, siteApiKey: record, auditEntryId, replayed: false };
}

/** revokeSiteApiKey: the same managers; revoking a revoked key changes nothing; audited. */
export async function revokeSiteKey(ctx: OrganizationsContext, input: RevokeSiteApiKeyInput): Promise<SiteApiKey> {
  if (!KEY_ID.test(input.keyId)) throw badUserInput("`keyId` must look like site_<12 hex digits> (キーIDの形式が正しくありません).");
  const em = await ctx.db.manager();
  const current = await findKey(em, input.keyId, true);
  if (!current) {
    // Whoever may not manage keys learns nothing about which ids exist.
    await requireManager(ctx, "(unknown)", "revokeSiteApiKey", "revoke a site API key");
    throw notFound(`No site API key has id "${input.keyId}" (APIキーが見つかりません).`);
  }
  await requireManager(ctx, current.operatorId, "revokeSiteApiKey", "revoke a site API key");
  const { result } = await idempotent(
    em,
    { subject: actor(ctx.viewer), key: input.idempotencyKey, operation: "revokeSiteApiKey", payload: { keyId: input.keyId } },
    async () => {
      if (current.revokedAt) return { keyId: current.keyId };
      const before = snapshot(current);
      const now = new Date();
      await em.query(`UPDATE site_api_key SET revoked_at = $2, revoked_by = $3 WHERE key_id = $1`, [current.keyId, now, actor(ctx.viewer)]);
      const after = { ...before, revokedAt: now.toISOString(), revokedBy: actor(ctx.viewer) };
      await writeAdminAudit(em, {
        actorRole: ctx.viewer.role,
        actorSubject: ctx.viewer.subject,
        action: "revokeSiteApiKey",
        targetId: current.operatorId,
        before,
        after,
        requestId: ctx.requestId,
      });
      return { keyId: current.keyId };
    },
  );
  return (await findKey(em, result.keyId))!;
}

/** siteApiKeys: an operator's keys, newest first (revoked ones only when asked). */
export async function listSiteKeys(ctx: OrganizationsContext, operatorId: string, includeRevoked: boolean): Promise<SiteApiKey[]> {
  await requireManager(ctx, operatorId, "siteApiKeys", "list site API keys");
  const em = await ctx.db.manager();
  const query = em
    .getRepository(SiteApiKey)
    .createQueryBuilder("k")
    .where("k.operator_id = :operatorId", { operatorId })
    .orderBy("k.created_at", "DESC")
    .addOrderBy("k.key_id", "ASC")
    .limit(SITE_KEY_LIST_LIMIT);
  if (!includeRevoked) query.andWhere("k.revoked_at IS NULL");
  return query.getMany();
}
