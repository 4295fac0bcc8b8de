import { coordinator, ownPoolStaff, ownsPool as policyOwnsPool, tenantSettings as policyTenantSettings, type Decision, type Viewer } from "@jinjibu/auth";
import { forbidden } from "@jinjibu/federation";

/**
 * The talent subgraph's adapter to the hub's policy module (`packages/auth/src/policy.ts`): every rule is decided there;
 * this file only turns a refusal into the FORBIDDEN error carrying the policy's reason.
 */
export function decided<T>(decision: Decision<T>): T {
  if (!decision.allowed) throw forbidden(decision.reason);
  return decision.value;
}

/** Settings the request scope applies with `set_config(name, value, true)`: the row-level-security policies read them. */
export const tenantSettings = (viewer: Viewer): Record<string, string> => policyTenantSettings(viewer);

/** The operator a coordinator or regional site acts for, or FORBIDDEN. Own-pool work (register, edit, consent, erase). */
export const requireOwnPoolStaff = (viewer: Viewer): string => decided(ownPoolStaff(viewer));

/** The operator a coordinator acts for, or FORBIDDEN. Cross-region work (search, introductions) is for coordinators. */
export const requireCoordinator = (viewer: Viewer): string => decided(coordinator(viewer));

/** True when the viewer acts for `operatorId`. */
export const ownsPool = (viewer: Viewer, operatorId: string): boolean => policyOwnsPool(viewer, operatorId);
