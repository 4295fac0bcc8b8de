/** Who is asking. The gateway decides it from the client's credentials; subgraphs receive it inside the gateway token. */
export type ViewerRole = "ANONYMOUS" | "SITE" | "COORDINATOR" | "NATIONAL_ADMIN";

export interface Viewer {
  role: ViewerRole;
  /** The operator a regional site or coordinator is bound to; null for anonymous viewers and the national administrator. */
  operatorId: string | null;
  /** A stable id of the user or API key, for audit trails; null for anonymous viewers. */
  subject: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ role: "ANONYMOUS", operatorId: null, subject: null });

const ROLES: readonly ViewerRole[] = ["ANONYMOUS", "SITE", "COORDINATOR", "NATIONAL_ADMIN"];

/** Validates an untrusted object as a Viewer (for decoded token claims). */
export function parseViewer(value: unknown): Viewer | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.role !== "string" || !ROLES.includes(v.role as ViewerRole)) return null;
  const operatorId = typeof v.operatorId === "string" ? v.operatorId : null;
  const subject = typeof v.subject === "string" ? v.subject : null;
  const role = v.role as ViewerRole;
  if ((role === "SITE" || role === "COORDINATOR") && !operatorId) return null;
  return { role, operatorId: role === "SITE" || role === "COORDINATOR" ? operatorId : null, subject };
}
