import { queryBuilderConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { OrganizationsContext } from "../context";
import { AdminAudit, AdminDeniedAttempt } from "../entities";

/** Administrative changes, newest first, optionally of one operator's records. The resolver's NATIONAL_ADMIN gate guards it. */
export async function listAdminAudit(ctx: OrganizationsContext, page: ConnectionArgs, operatorId?: string | null): Promise<ConnectionShape<AdminAudit>> {
  const em = await ctx.db.manager();
  const qb = em.getRepository(AdminAudit).createQueryBuilder("a").orderBy("a.id", "DESC");
  if (operatorId) qb.where("a.target_id = :operatorId", { operatorId });
  return queryBuilderConnection(qb, page);
}

/** Refused administrative attempts, newest first. The resolver's NATIONAL_ADMIN gate guards it. */
export async function listDeniedAttempts(ctx: OrganizationsContext, page: ConnectionArgs): Promise<ConnectionShape<AdminDeniedAttempt>> {
  const em = await ctx.db.manager();
  return queryBuilderConnection(em.getRepository(AdminDeniedAttempt).createQueryBuilder("d").orderBy("d.id", "DESC"), page);
}
