import { actsFor, isNationalAdmin, isSignedIn, type Viewer } from "@jinjibu/auth";
import { ContentVisibility } from "../entities";

/** The one visibility rule, for rows already loaded. `ownerIds` are the operators the row belongs to. */
export function canSee(viewer: Viewer, visibility: ContentVisibility | string, ownerIds: readonly string[]): boolean {
  if (visibility === ContentVisibility.PUBLIC) return true;
  if (isNationalAdmin(viewer)) return true;
  if (visibility === ContentVisibility.NETWORK) return isSignedIn(viewer);
  return ownerIds.some((id) => actsFor(viewer, id));
}

/** True when the viewer may write the operator's content (its own site or coordinators). */
export const canEditFor = (viewer: Viewer, operatorId: string): boolean => actsFor(viewer, operatorId);

/** The same rule as SQL, appending its parameters to `params`. `owner` is the SQL that is true when the viewer owns the row. */
export function visibilitySql(viewer: Viewer, alias: string, owner: (opParam: string) => string, params: unknown[]): string {
  const actingFor = viewer.role === "SITE" || viewer.role === "COORDINATOR" ? viewer.operatorId : null;
  params.push(isNationalAdmin(viewer), isSignedIn(viewer), actingFor);
  const n = params.length;
  return `(${alias}.visibility = 'PUBLIC' OR $${n - 2}::boolean OR ($${n - 1}::boolean AND ${alias}.visibility = 'NETWORK') OR ($${n}::text IS NOT NULL AND ${owner(`$${n}::text`)}))`;
}
