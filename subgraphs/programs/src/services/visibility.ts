import { canSeeContent, contentVisibilityFilter, type Viewer } from "@jinjibu/auth";
import type { CaseStudy } from "../entities";

// The know-how visibility rule is the policy's (`canSeeContent` in @jinjibu/auth); this file applies it to programs' rows.

/** The operators a case study belongs to: its own and its co-operators. */
export const caseOwners = (c: Pick<CaseStudy, "operatorId" | "coOperatorIds">): string[] => [c.operatorId, ...c.coOperatorIds];

/** The rule for a row already loaded. `ownerIds` are the operators the row belongs to. */
export const canSee = (viewer: Viewer, visibility: string, ownerIds: readonly string[]): boolean => canSeeContent(viewer, visibility, ownerIds);

/** The same rule as SQL, appending its parameters to `params`. `owner` is the SQL that is true when the viewer owns the row. */
export function visibilitySql(viewer: Viewer, alias: string, owner: (opParam: string) => string, params: unknown[]): string {
  const filter = contentVisibilityFilter(viewer);
  params.push(filter.all, filter.network, filter.ownOperatorId);
  const n = params.length;
  return `(${alias}.visibility = 'PUBLIC' OR $${n - 2}::boolean OR ($${n - 1}::boolean AND ${alias}.visibility = 'NETWORK') OR ($${n}::text IS NOT NULL AND ${owner(`$${n}::text`)}))`;
}

/** `visibilitySql` for case studies (own operator or a co-operator). */
export const caseVisibilitySql = (viewer: Viewer, alias: string, params: unknown[]): string =>
  visibilitySql(viewer, alias, (op) => `(${alias}.operator_id = ${op} OR ${op} = ANY(${alias}.co_operator_ids))`, params);

/** `visibilitySql` for programs (any of their operators). */
export const programVisibilitySql = (viewer: Viewer, alias: string, params: unknown[]): string =>
  visibilitySql(viewer, alias, (op) => `${op} = ANY(${alias}.operator_ids)`, params);
