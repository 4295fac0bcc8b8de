import { LogoLicenseStatus, badUserInput, conflict, notFound, runAdministrativeChange } from "@jinjibu/federation";
import type * as domain from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { ACTIVE_LICENSE_STATUSES, LogoLicense, LogoLicenseBasis } from "../entities";
import type { GrantLogoLicenseInput, RevokeLogoLicenseInput, SuspendLogoLicenseInput } from "../inputs/logo-license.inputs";
import type { LogoLicenseChange } from "../types/logo-license-change";

// ── Input rules ─────────────────────────────────────────────────────────────────────────────────────────────────────

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function requireDate(name: string, value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`\`${name}\` must be a date written YYYY-MM-DD (e.g. 2026-04-01); got "${value}".`);
  }
  return value;
}

function requireText(name: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw badUserInput(`\`${name}\` must be 1 to ${max} characters.`);
  return trimmed;
}

function requireNotBeforeGrant(name: string, date: string, grantedOn: string | null): void {
  if (grantedOn && date < grantedOn) throw badUserInput(`\`${name}\` (${date}) must not be before the grant date (${grantedOn}).`);
}

// ── The licence state machine ───────────────────────────────────────────────────────────────────────────────────────
//
//   NONE / SUSPENDED / REVOKED ──grant──▶ ADOPTED (basis ADOPTION) | LOGO_APPROVED (basis APPROVAL)
//   ADOPTED / LOGO_APPROVED ──suspend──▶ SUSPENDED
//   ADOPTED / LOGO_APPROVED / SUSPENDED ──revoke──▶ REVOKED
// Anything else is a CONFLICT naming the current status; dates never precede the grant.

/** The stored fields a transition sets. */
export type LicenseState = Pick<LogoLicense, "status" | "basis" | "grantedOn" | "suspendedOn" | "revokedOn" | "reason">;

export type LicenseTransition =
  | { action: "grantLogoLicense"; operatorId: string; basis: LogoLicenseBasis; grantedOn: string; reason: string }
  | { action: "suspendLogoLicense"; operatorId: string; suspendedOn: string; reason: string }
  | { action: "revokeLogoLicense"; operatorId: string; revokedOn: string; reason: string };

const REVOCABLE: readonly domain.LogoLicenseStatus[] = [...ACTIVE_LICENSE_STATUSES, LogoLicenseStatus.SUSPENDED];

/** The licence after `t`, or CONFLICT / BAD_USER_INPUT when the current state does not allow it. Pure. */
export function nextLicenseState(current: LicenseState | null, t: LicenseTransition): LicenseState {
  const status = current?.status ?? LogoLicenseStatus.NONE;
  switch (t.action) {
    case "grantLogoLicense": {
      if (current && ACTIVE_LICENSE_STATUSES.includes(current.status)) {
        throw conflict(
          `${t.operatorId} already holds an active logo licence (${current.status}); suspend or revoke it before granting again.`,
          "この事業者はすでに有効な許可を持っています。許可し直すには、先に停止するか取り消してください。",
        );
      }
      const granted = t.basis === LogoLicenseBasis.ADOPTION ? LogoLicenseStatus.ADOPTED : LogoLicenseStatus.LOGO_APPROVED;
      return { status: granted, basis: t.basis, grantedOn: t.grantedOn, suspendedOn: null, revokedOn: null, reason: t.reason };
    }
    case "suspendLogoLicense": {
      if (!current || !ACTIVE_LICENSE_STATUSES.includes(current.status)) {
        throw conflict(
          `Only an active licence can be suspended; ${t.operatorId}'s licence is ${status}.`,
          "停止できるのは有効な許可だけです。現在の状態を確認してください。",
        );
      }
      requireNotBeforeGrant("suspendedOn", t.suspendedOn, current.grantedOn);
      return { status: LogoLicenseStatus.SUSPENDED, basis: current.basis, grantedOn: current.grantedOn, suspendedOn: t.suspendedOn, revokedOn: null, reason: t.reason };
    }
    case "revokeLogoLicense": {
      if (!current || !REVOCABLE.includes(current.status)) {
        throw conflict(
          `Only an active or suspended licence can be revoked; ${t.operatorId}'s licence is ${status}.`,
          "取り消せるのは有効な許可か停止中の許可だけです。現在の状態を確認してください。",
        );
      }
      requireNotBeforeGrant("revokedOn", t.revokedOn, current.grantedOn);
      return {
        status: LogoLicenseStatus.REVOKED, basis: current.basis, grantedOn: current.grantedOn, suspendedOn: current.suspendedOn,
        revokedOn: t.revokedOn, reason: t.reason,
      };
    }
  }
}

// ── Snapshots: the licence as audit rows and idempotent results store it (plain JSON) ───────────────────────────────

const toIso = (value: Date | string): string => new Date(value).toISOString();

export interface LicenseSnapshot {
  operatorId: string;
  status: domain.LogoLicenseStatus;
  basis: LogoLicenseBasis;
  grantedOn: string | null;
  suspendedOn: string | null;
  revokedOn: string | null;
  reason: string | null;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
}

const snapshot = (l: LogoLicense): LicenseSnapshot => ({
  operatorId: l.operatorId,
  status: l.status,
  basis: l.basis,
  grantedOn: l.grantedOn,
  suspendedOn: l.suspendedOn,
  revokedOn: l.revokedOn,
  reason: l.reason,
  updatedBy: l.updatedBy,
  createdAt: toIso(l.createdAt),
  updatedAt: toIso(l.updatedAt),
});

interface StoredChange {
  license: LicenseSnapshot;
  auditEntryId: string;
}

function fromStored(stored: StoredChange, replayed: boolean): LogoLicenseChange {
  const s = stored.license;
  const license = Object.assign(new LogoLicense(), { ...s, createdAt: new Date(s.createdAt), updatedAt: new Date(s.updatedAt) });
  return { license, auditEntryId: stored.auditEntryId, replayed };
}

// ── The administrative change ───────────────────────────────────────────────────────────────────────────────────────

/** One licence change through the hub's administrative-change mechanism: key, state rule, write, audit — one transaction. */
async function changeLicense(ctx: OrganizationsContext, idempotencyKey: string, t: LicenseTransition): Promise<LogoLicenseChange> {
  const { action, ...payload } = t;
  const updatedBy = ctx.viewer.subject ?? "national-admin";
  const { result, replayed } = await runAdministrativeChange<StoredChange>(ctx, { action, idempotencyKey, payload }, async (em) => {
    const operator = await ctx.loaders.operatorById.load(t.operatorId);
    if (!operator) throw notFound(`No operator has id "${t.operatorId}".`);
    const repository = em.getRepository(LogoLicense);
    const current = await repository.findOne({ where: { operatorId: operator.id }, lock: { mode: "pessimistic_write" } });
    const next = nextLicenseState(current, t);
    const now = new Date();
    const saved = await repository.save({ operatorId: operator.id, ...next, updatedBy, createdAt: current?.createdAt ?? now, updatedAt: now });
    ctx.loaders.licenseByOperator.clear(operator.id);
    const after = snapshot(saved as LogoLicense);
    return {
      targetId: operator.id,
      before: current ? snapshot(current) : null,
      after,
      result: (auditEntryId) => ({ license: after, auditEntryId }),
    };
  });
  return fromStored(result, replayed);
}

export function grantLicense(ctx: OrganizationsContext, input: GrantLogoLicenseInput): Promise<LogoLicenseChange> {
  const grantedOn = requireDate("grantedOn", input.grantedOn);
  const reason = requireText("reason", input.reason, 1000);
  return changeLicense(ctx, input.idempotencyKey, { action: "grantLogoLicense", operatorId: input.operatorId, basis: input.basis, grantedOn, reason });
}

export function suspendLicense(ctx: OrganizationsContext, input: SuspendLogoLicenseInput): Promise<LogoLicenseChange> {
  const suspendedOn = requireDate("suspendedOn", input.suspendedOn);
  const reason = requireText("reason", input.reason, 1000);
  return changeLicense(ctx, input.idempotencyKey, { action: "suspendLogoLicense", operatorId: input.operatorId, suspendedOn, reason });
}

export function revokeLicense(ctx: OrganizationsContext, input: RevokeLogoLicenseInput): Promise<LogoLicenseChange> {
  const revokedOn = requireDate("revokedOn", input.revokedOn);
  const reason = requireText("reason", input.reason, 1000);
  return changeLicense(ctx, input.idempotencyKey, { action: "revokeLogoLicense", operatorId: input.operatorId, revokedOn, reason });
}
