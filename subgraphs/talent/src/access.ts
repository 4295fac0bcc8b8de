import type { Viewer } from "@jinjibu/auth";
import { forbidden } from "@jinjibu/federation";

/** Settings the request scope applies with `set_config(name, value, true)`: the row-level-security policies read them. */
export function tenantSettings(viewer: Viewer): Record<string, string> {
  const actsForOperator = viewer.role === "COORDINATOR" || viewer.role === "SITE";
  return {
    "app.operator_id": actsForOperator ? (viewer.operatorId ?? "") : "",
    "app.viewer_role": viewer.role,
  };
}

/** The operator a coordinator or regional site acts for, or FORBIDDEN. Own-pool work (register, edit, consent, erase). */
export function requireOwnPoolStaff(viewer: Viewer): string {
  if ((viewer.role === "COORDINATOR" || viewer.role === "SITE") && viewer.operatorId) return viewer.operatorId;
  throw forbidden("Only a coordinator or regional site of an operator can manage that operator's talent pool.");
}

/** The operator a coordinator acts for, or FORBIDDEN. Cross-region work (search, introductions) is for coordinators. */
export function requireCoordinator(viewer: Viewer): string {
  if (viewer.role === "COORDINATOR" && viewer.operatorId) return viewer.operatorId;
  throw forbidden("Only a signed-in coordinator of an operator can search other regions' talent or handle introductions.");
}

/** True when the viewer acts for `operatorId`. */
export const ownsPool = (viewer: Viewer, operatorId: string): boolean =>
  (viewer.role === "COORDINATOR" || viewer.role === "SITE") && viewer.operatorId === operatorId;
