import { contentEditor, isSignedIn } from "@jinjibu/auth";
import { enforce, unauthenticated } from "@jinjibu/federation";
import type { ProgramsContext } from "../context";

/**
 * Writing an operator's know-how or self-assessment: UNAUTHENTICATED for an anonymous viewer, FORBIDDEN (the policy's
 * `contentEditor` rule) for anyone who does not act for the operator. `what` completes "… may <what>".
 */
export function requireEditor(ctx: ProgramsContext, operatorId: string, what: string): void {
  if (!isSignedIn(ctx.viewer)) throw unauthenticated(`Sign in as a coordinator or site of the operator to ${what}.`);
  enforce(contentEditor(ctx.viewer, operatorId, what));
}

/** Whose idempotency keys a creating mutation uses: the user or site key that sent it. */
export const keySubject = (ctx: ProgramsContext): string => ctx.viewer.subject ?? `${ctx.viewer.role}:${ctx.viewer.operatorId ?? ""}`;
