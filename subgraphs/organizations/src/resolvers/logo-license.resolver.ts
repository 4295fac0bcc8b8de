import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { licenseInternalsReader } from "@jinjibu/auth";
import { Connection, ConnectionArgs, enforce } from "@jinjibu/federation";
import { logoLicenseStatusLabels } from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { ACTIVE_LICENSE_STATUSES, AdminAudit, AdminDeniedAttempt, LogoLicense, Operator } from "../entities";
import { GrantLogoLicenseInput, RevokeLogoLicenseInput, SuspendLogoLicenseInput } from "../inputs/logo-license.inputs";
import { listAdminAudit, listDeniedAttempts } from "../services/admin-audit.service";
import { grantLicense, revokeLicense, suspendLicense } from "../services/logo-license.service";
import { LogoLicenseChange } from "../types/logo-license-change";

export const AdminAuditEntryConnection = Connection(AdminAudit, "AdminAuditEntry", "admin audit entry");
export const AdminDeniedAttemptConnection = Connection(AdminDeniedAttempt, "AdminDeniedAttempt", "refused administrative attempt");

const toIso = (value: Date | string): string => new Date(value).toISOString();

@ArgsType()
class AdminAuditArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only changes to this operator's records (e.g. `op-dotdoto`): its logo-licence history." })
  operatorId?: string | null;
}

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
    enforce(licenseInternalsReader(ctx.viewer, l.operatorId));
    return l.reason;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Internal: who made the last change (`seed` for the documents' licences). Same access rule as `reason`.",
  })
  updatedBy(@Root() l: LogoLicense, @Ctx() ctx: OrganizationsContext): string {
    enforce(licenseInternalsReader(ctx.viewer, l.operatorId));
    return l.updatedBy;
  }

  @FieldResolver(() => Operator, { description: "The operator holding the licence." })
  operator(@Root() l: LogoLicense, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.operatorById.load(l.operatorId);
  }
}

// NATIONAL_ADMIN only: the gate refuses everyone else (FORBIDDEN, recorded in admin_denied_attempt) before any read or write.
@Resolver(() => LogoLicenseChange)
export class LogoLicenseAdminResolver {
  @Authorized("NATIONAL_ADMIN")
  @Mutation(() => LogoLicenseChange, { description: "Grant a logo licence (NATIONAL_ADMIN only). The operator is listed in the directory at once." })
  grantLogoLicense(@Arg("input", () => GrantLogoLicenseInput, { description: "What to grant." }) input: GrantLogoLicenseInput, @Ctx() ctx: OrganizationsContext) {
    return grantLicense(ctx, input);
  }

  @Authorized("NATIONAL_ADMIN")
  @Mutation(() => LogoLicenseChange, { description: "Suspend an active logo licence (NATIONAL_ADMIN only). The operator leaves the directory at once." })
  suspendLogoLicense(@Arg("input", () => SuspendLogoLicenseInput, { description: "What to suspend." }) input: SuspendLogoLicenseInput, @Ctx() ctx: OrganizationsContext) {
    return suspendLicense(ctx, input);
  }

  @Authorized("NATIONAL_ADMIN")
  @Mutation(() => LogoLicenseChange, { description: "Revoke an active or suspended logo licence (NATIONAL_ADMIN only). The operator leaves the directory at once." })
  revokeLogoLicense(@Arg("input", () => RevokeLogoLicenseInput, { description: "What to revoke." }) input: RevokeLogoLicenseInput, @Ctx() ctx: OrganizationsContext) {
    return revokeLicense(ctx, input);
  }
}

@Resolver(() => AdminAudit)
export class AdminAuditResolver {
  @Authorized("NATIONAL_ADMIN")
  @Query(() => AdminAuditEntryConnection, { description: "Administrative changes, newest first (NATIONAL_ADMIN only)." })
  adminAuditTrail(@Args(() => AdminAuditArgs) args: AdminAuditArgs, @Ctx() ctx: OrganizationsContext) {
    const { operatorId, ...page } = args;
    return listAdminAudit(ctx, page, operatorId);
  }

  @FieldResolver(() => String, { description: "When (ISO timestamp)." })
  at(@Root() a: AdminAudit): string {
    return toIso(a.at);
  }

  @FieldResolver(() => Operator, { nullable: true, description: "The operator whose record changed." })
  operator(@Root() a: AdminAudit, @Ctx() ctx: OrganizationsContext) {
    return a.targetId ? ctx.loaders.operatorById.load(a.targetId) : null;
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

@Resolver(() => AdminDeniedAttempt)
export class AdminDeniedAttemptResolver {
  @Authorized("NATIONAL_ADMIN")
  @Query(() => AdminDeniedAttemptConnection, {
    description: "Refused administrative attempts (role escalations, reads of the audit trail), newest first (NATIONAL_ADMIN only).",
  })
  adminDeniedAttempts(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: OrganizationsContext) {
    return listDeniedAttempts(ctx, page);
  }

  @FieldResolver(() => String, { description: "When (ISO timestamp)." })
  at(@Root() d: AdminDeniedAttempt): string {
    return toIso(d.at);
  }
}
