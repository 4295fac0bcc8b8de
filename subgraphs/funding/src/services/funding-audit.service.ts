import { queryBuilderConnection, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import { AdminAudit } from "../entities";

/** Funding's administrative changes, newest first, optionally for one record. The resolver's NATIONAL_ADMIN gate guards it. */
export async function listFundingAudit(ctx: FundingContext, page: ConnectionArgs, targetId?: string | null): Promise<ConnectionShape<AdminAudit>> {
  const em = await ctx.db.manager();
  const qb = em.getRepository(AdminAudit).createQueryBuilder("a").orderBy("a.id", "DESC");
  if (targetId) qb.where("a.target_id = :targetId", { targetId });
  return queryBuilderConnection(qb, page);
}
