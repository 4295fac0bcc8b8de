import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { isNationalAdmin, actsFor } from "@jinjibu/auth";
import {
  Connection,
  ConnectionArgs,
  LogoLicenseStatus,
  badUserInput,
  conflict,
  forbidden,
  notFound,
  pageWindow,
  toConnection,
  claimIdempotencyKey,
} from "@jinjibu/federation";
import { logoLicenseStatusLabels } from "@jinjibu/domain";
import type * as domain from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { ACTIVE_LICENSE_STATUSES, AdminAudit, LogoLicense, LogoLicenseBasis, Operator } from "../entities";

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

const toIso = (value: Date | string): string => new Date(value).toISOString();

/** The licence as stored in audit rows and idempotent results: plain JSON. */
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

@InputType({ description: "Grant (or re-grant) an operator's logo licence." })
class GrantLogoLicenseInput {
  @Field(() => ID, { description: "The operator (e.g. `op-dotdoto`)." })
  operatorId!: string;

  @Field(() => LogoLicenseBasis, { description: "ADOPTION (status ADOPTED) or APPROVAL (status LOGO_APPROVED)." })
  basis!: LogoLicenseBasis;

  @Field(() => String, { description: "Date granted, YYYY-MM-DD." })
  grantedOn!: string;

  @Field(() => String, { description: "Why (internal; 1 to 1000 characters)." })
  reason!: string;

  @Field(() => String, { description: "A key unique to this change (1 to 200 characters): a retry with the same key and input returns the first result without writing again." })
  idempotencyKey!: string;
}

@InputType({ description: "Suspend an operator's active logo licence: it leaves the directory until granted again." })
class SuspendLogoLicenseInput {
  @Field(() => ID, { description: "The operator." })
  operatorId!: string;

  @Field(() => String, { description: "Date suspended, YYYY-MM-DD (not before the grant date)." })
  suspendedOn!: string;

  @Field(() => String, { description: "Why (internal; 1 to 1000 characters)." })
  reason!: string;

  @Field(() => String, { description: "A key unique to this change (1 to 200 characters), for safe retries." })
  idempotencyKey!: string;
}

@InputType({ description: "Revoke an operator's logo licence (active or suspended)." })
class RevokeLogoLicenseInput {
  @Field(() => ID, { description: "The operator." })
  operatorId!: string;

  @Field(() => String, { description: "Date revoked, YYYY-MM-DD (not before the grant date)." })
  revokedOn!: string;

  @Field(() => String, { description: "Why (internal; 1 to 1000 characters)." })
  reason!: string;

  @Field(() => String, { description: "A key unique to this change (1 to 200 characters), for safe retries." })
  idempotencyKey!: string;
}

@ObjectType({ description: "The outcome of a logo-licence change." })
class LogoLicenseChange {
  @Field(() => LogoLicense, { description: "The licence after the change (as first recorded, when `replayed`)." })
  license!: LogoLicense;

  @Field(() => ID, { description: "The admin audit entry that recorded the change." })
  auditEntryId!: string;

  @Field(() => Boolean, { description: "True when this answer is the stored result of an earlier request with the same idempotency key." })
  replayed!: boolean;
}

export const AdminAuditEntryConnection = Connection(AdminAudit, "AdminAuditEntry", "admin audit entry");

interface StoredChange {
  license: LicenseSnapshot;
  auditEntryId: string;
}

type Operation = "grantLogoLicense" | "suspendLogoLicense" | "revokeLogoLicense";

const ADMIN_ONLY = "Only the national administrator may grant, suspend or revoke logo licences.";

@Resolver(() => LogoLicense)
export class LogoLicenseResolver {
  @FieldResolver(() => String, { description: "Japanese label of the status (e.g. 補助事業採択事業者)." })
  statusLabelJa(@Root() l: LogoLicense): string {
    return logoLicenseStatusLabels[l.status];
  }

  @FieldResolver(() => Boolean, { description: "True while the licence lists the operator in the directory (ADOPTED or LOGO_APPROVED)." })
  active(@Root() l: LogoLicense): boolean {
    return ACTIVE_LICENSE_STATUSES.includes(l.status);
  }

  @FieldResolver(() => String, { description: "When the licence record last changed (ISO timestamp)." })
  updatedAt(@Root() l: LogoLicense): string {
    return toIso(l.updatedAt);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Internal: why the last change was made. Only the national administrator or the operator's own viewers; others get null and FORBIDDEN.",
  })
  reason(@Root() l: LogoLicense, @Ctx() ctx: OrganizationsContext): string | null {
    this.requireInternalAccess(l, ctx);
    return l.reason;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Internal: who made the last change (`seed` for the documents' licences). Same access rule as `reason`.",
  })
  updatedBy(@Root() l: LogoLicense, @Ctx() ctx: OrganizationsContext): string {
    this.requireInternalAccess(l, ctx);
    return l.updatedBy;
  }

  @FieldResolver(() => Operator, { description: "The operator holding the licence." })
  operator(@Root() l: LogoLicense, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.operatorById.load(l.operatorId);
  }

  private requireInternalAccess(l: LogoLicense, ctx: OrganizationsContext): void {
    if (!isNationalAdmin(ctx.viewer) && !actsFor(ctx.viewer, l.operatorId)) {
      throw forbidden("Licence reasons and authors are visible only to the national administrator and the operator itself.");
    }
  }
}

@Resolver(() => LogoLicenseChange)
export class LogoLicenseAdminResolver {
  @Mutation(() => LogoLicenseChange, { description: "Grant a logo licence (NATIONAL_ADMIN only). The operator is listed in the directory at once." })
  grantLogoLicense(@Arg("input", () => GrantLogoLicenseInput, { description: "What to grant." }) input: GrantLogoLicenseInput, @Ctx() ctx: OrganizationsContext) {
    requireAdmin(ctx);
    const grantedOn = requireDate("grantedOn", input.grantedOn);
    const reason = requireText("reason", input.reason, 1000);
    const payload = { operatorId: input.operatorId, basis: input.basis, grantedOn, reason };
    return change(ctx, "grantLogoLicense", input.idempotencyKey, payload, (current) => {
      if (current && ACTIVE_LICENSE_STATUSES.includes(current.status)) {
        throw conflict(`${input.operatorId} already holds an active logo licence (${current.status}); suspend or revoke it before granting again.`);
      }
      const status = input.basis === LogoLicenseBasis.ADOPTION ? LogoLicenseStatus.ADOPTED : LogoLicenseStatus.LOGO_APPROVED;
      return { status, basis: input.basis, grantedOn, suspendedOn: null, revokedOn: null, reason };
    });
  }

  @Mutation(() => LogoLicenseChange, { description: "Suspend an active logo licence (NATIONAL_ADMIN only). The operator leaves the directory at once." })
  suspendLogoLicense(@Arg("input", () => SuspendLogoLicenseInput, { description: "What to suspend." }) input: SuspendLogoLicenseInput, @Ctx() ctx: OrganizationsContext) {
    requireAdmin(ctx);
    const suspendedOn = requireDate("suspendedOn", input.suspendedOn);
    const reason = requireText("reason", input.reason, 1000);
    const payload = { operatorId: input.operatorId, suspendedOn, reason };
    return change(ctx, "suspendLogoLicense", input.idempotencyKey, payload, (current) => {
      if (!current || !ACTIVE_LICENSE_STATUSES.includes(current.status)) {
        throw conflict(`Only an active licence can be suspended; ${input.operatorId}'s licence is ${current?.status ?? LogoLicenseStatus.NONE}.`);
      }
      requireNotBeforeGrant("suspendedOn", suspendedOn, current.grantedOn);
      return { status: LogoLicenseStatus.SUSPENDED, basis: current.basis, grantedOn: current.grantedOn, suspendedOn, revokedOn: null, reason };
    });
  }

  @Mutation(() => LogoLicenseChange, { description: "Revoke an active or suspended logo licence (NATIONAL_ADMIN only). The operator leaves the directory at once." })
  revokeLogoLicense(@Arg("input", () => RevokeLogoLicenseInput, { description: "What to revoke." }) input: RevokeLogoLicenseInput, @Ctx() ctx: OrganizationsContext) {
    requireAdmin(ctx);
    const revokedOn = requireDate("revokedOn", input.revokedOn);
    const reason = requireText("reason", input.reason, 1000);
    const payload = { operatorId: input.operatorId, revokedOn, reason };
    return change(ctx, "revokeLogoLicense", input.idempotencyKey, payload, (current) => {
      const revocable = [...ACTIVE_LICENSE_STATUSES, LogoLicenseStatus.SUSPENDED];
      if (!current || !revocable.includes(current.status)) {
        throw conflict(`Only an active or suspended licence can be revoked; ${input.operatorId}'s licence is ${current?.status ?? LogoLicenseStatus.NONE}.`);
      }
      requireNotBeforeGrant("revokedOn", revokedOn, current.grantedOn);
      return { status: LogoLicenseStatus.REVOKED, basis: current.basis, grantedOn: current.grantedOn, suspendedOn: current.suspendedOn, revokedOn, reason };
    });
  }
}

@Resolver(() => AdminAudit)
export class AdminAuditResolver {
  @Query(() => AdminAuditEntryConnection, { description: "Administrative changes, newest first (NATIONAL_ADMIN only)." })
  async adminAuditTrail(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: OrganizationsContext) {
    if (!isNationalAdmin(ctx.viewer)) throw forbidden("Only the national administrator may read the audit trail.");
    const window = pageWindow(page);
    const em = await ctx.db.manager();
    const [rows, total] = await em.getRepository(AdminAudit).findAndCount({ order: { id: "DESC" }, skip: window.offset, take: window.limit });
    return toConnection(rows, total, window);
  }

  @FieldResolver(() => String, { description: "When (ISO timestamp)." })
  at(@Root() a: AdminAudit): string {
    return toIso(a.at);
  }

  @FieldResolver(() => Operator, { nullable: true, description: "The operator whose record changed." })
  operator(@Root() a: AdminAudit, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.operatorById.load(a.operatorId);
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

function requireAdmin(ctx: OrganizationsContext): void {
  if (!isNationalAdmin(ctx.viewer)) throw forbidden(ADMIN_ONLY);
}

function requireNotBeforeGrant(name: string, date: string, grantedOn: string | null): void {
  if (grantedOn && date < grantedOn) throw badUserInput(`\`${name}\` (${date}) must not be before the grant date (${grantedOn}).`);
}

type Next = Pick<LogoLicense, "status" | "basis" | "grantedOn" | "suspendedOn" | "revokedOn" | "reason">;

/** One administrative licence change: idempotency claim, state rule, write, audit row — all in the request's transaction. */
async function change(
  ctx: OrganizationsContext,
  operation: Operation,
  idempotencyKey: string,
  payload: { operatorId: string } & Record<string, unknown>,
  next: (current: LogoLicense | null) => Next,
): Promise<LogoLicenseChange> {
  const key = requireText("idempotencyKey", idempotencyKey, 200);
  const subject = ctx.viewer.subject ?? "national-admin";
  const em = await ctx.db.manager();
  const claim = await claimIdempotencyKey<StoredChange>(em, { subject, key, operation, payload });
  if (claim.replay) return fromStored(claim.result, true);

  const operator = await ctx.loaders.operatorById.load(payload.operatorId);
  if (!operator) throw notFound(`No operator has id "${payload.operatorId}".`);
  const current = await em.getRepository(LogoLicense).findOne({ where: { operatorId: operator.id }, lock: { mode: "pessimistic_write" } });
  const values = next(current);
  const now = new Date();
  const saved = await em.getRepository(LogoLicense).save({
    operatorId: operator.id,
    ...values,
    updatedBy: subject,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  });
  const after = snapshot(saved as LogoLicense);
  const [audit]: { id: string }[] = await em.query(
    `INSERT INTO admin_audit (actor_subject, action, operator_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [subject, operation, operator.id, current ? JSON.stringify(snapshot(current)) : null, JSON.stringify(after), ctx.requestId],
  );
  const stored: StoredChange = { license: after, auditEntryId: String(audit.id) };
  await claim.store(stored);
  ctx.loaders.licenseByOperator.clear(operator.id);
  return fromStored(stored, false);
}

function fromStored(stored: StoredChange, replayed: boolean): LogoLicenseChange {
  const s = stored.license;
  const license = Object.assign(new LogoLicense(), {
    ...s,
    createdAt: new Date(s.createdAt),
    updatedAt: new Date(s.updatedAt),
  });
  return { license, auditEntryId: stored.auditEntryId, replayed };
}
