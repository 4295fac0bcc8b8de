import { sqlConnection, type ConnectionShape } from "@jinjibu/federation";
import type { ProgramsContext } from "../context";
import { Program } from "../entities";
import type { ProgramsArgs } from "../inputs/program.args";
import { checkFiscalYear } from "./fiscal-year";
import { programVisibilitySql } from "./visibility";

/** Loads rows by id through the visibility-checked loader, keeping their order. */
export async function programsByIds(ctx: ProgramsContext, ids: readonly string[]): Promise<Program[]> {
  const rows = await ctx.loaders.programById.loadMany(ids);
  return rows.filter((r): r is Program => r instanceof Program);
}

/** Programs the viewer may see, in id order, with optional filters (all must hold). */
export async function listPrograms(ctx: ProgramsContext, args: ProgramsArgs): Promise<ConnectionShape<Program>> {
  checkFiscalYear(args.fiscalYear);
  const params: unknown[] = [];
  const where = [programVisibilitySql(ctx.viewer, "p", params)];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (args.kind) add((n) => `p.kind = ${n}`, args.kind);
  if (args.phase) add((n) => `${n} = ANY(p.phases)`, args.phase);
  if (args.targetTalentKind) add((n) => `${n} = ANY(p.target_talent_kinds)`, args.targetTalentKind);
  if (args.operatorId) add((n) => `${n} = ANY(p.operator_ids)`, args.operatorId);
  if (args.fiscalYear != null) add((n) => `${n}::int = ANY(p.fiscal_years)`, args.fiscalYear);
  const em = await ctx.db.manager();
  const query = { select: "p.id", from: `FROM program p WHERE ${where.join(" AND ")}`, params, orderBy: "p.id" };
  return sqlConnection<{ id: string }, Program>(em, { first: args.first, after: args.after }, query, (rows) => programsByIds(ctx, rows.map((r) => r.id)));
}
