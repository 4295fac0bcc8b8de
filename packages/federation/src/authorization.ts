import type { GraphQLResolveInfo } from "graphql";
import type { AuthCheckerFn } from "type-graphql";
import {
  coordinator,
  gateDecision,
  isGate,
  nationalAdmin,
  ownPoolStaff,
  type Decision,
  type Gate,
  type Viewer,
} from "@jinjibu/auth";
import type { BaseContext } from "./context";
import { forbidden } from "./errors";

/**
 * The bridge from `@jinjibu/auth`'s policy (which decides) to GraphQL (which refuses): a refusal becomes the hub's
 * FORBIDDEN error with the policy's reason. Resolvers declare role gates with `@Authorized("NATIONAL_ADMIN")` (see `Gate`);
 * rules that depend on a row call the `require*` helpers below with the policy rule's decision.
 */

/** The value a rule allowed, or FORBIDDEN with the rule's reason. */
export function enforce<T>(decision: Decision<T>): T {
  if (!decision.allowed) throw forbidden(decision.reason);
  return decision.value;
}

/** Own-pool work: the operator a coordinator or regional site acts for, or FORBIDDEN. */
export const requireOwnPoolStaff = (viewer: Viewer): string => enforce(ownPoolStaff(viewer));

/** Cross-region work: the operator a coordinator acts for, or FORBIDDEN. */
export const requireCoordinator = (viewer: Viewer): string => enforce(coordinator(viewer));

/** The national administrator, or FORBIDDEN naming `action`. */
export const requireNationalAdmin = (viewer: Viewer, action: string): void => {
  enforce(nationalAdmin(viewer, action));
};

/** A refused attempt, as the audit of refusals records it. */
export interface DeniedAttempt {
  /** What was attempted: the field or mutation name (e.g. `grantLogoLicense`). */
  action: string;
  /** Why it was refused (the policy's reason, as the client also reads it). */
  reason: string;
}

/**
 * A subgraph whose refusals are on record gives its context a `denials` log (see `admin-change.ts`). The log writes
 * in its own short transaction, so the refusal stays on record although the request's transaction rolls back.
 */
export interface DenialLog {
  record(attempt: DeniedAttempt): Promise<void>;
}

export interface WithDenialLog {
  denials?: DenialLog;
}

/** Records a refusal where the subgraph keeps a log of them; a failure to record never turns the refusal into an answer. */
export async function recordDenial(ctx: BaseContext & WithDenialLog, attempt: DeniedAttempt): Promise<void> {
  if (!ctx.denials) return;
  try {
    await ctx.denials.record(attempt);
  } catch (error) {
    // The refusal still stands; the missing record is reported to the operators of the hub.
    console.error(JSON.stringify({ level: "error", msg: "could not record a denied attempt", action: attempt.action, requestId: ctx.requestId, error: String(error) }));
  }
}

/** The action a field names in refusals: the mutation or query name for root fields, `Type.field` otherwise. */
function actionOf(info: GraphQLResolveInfo): string {
  const root = [info.schema.getQueryType(), info.schema.getMutationType(), info.schema.getSubscriptionType()];
  return root.includes(info.parentType) ? info.fieldName : `read ${info.parentType.name}.${info.fieldName}`;
}

function gatesOf(roles: readonly string[], where: string): Gate[] {
  return roles.map((role) => {
    if (!isGate(role)) throw new Error(`@Authorized("${role}") on ${where} names no gate of the policy`);
    return role;
  });
}

/**
 * type-graphql's authChecker for every subgraph: `@Authorized(gate, …)` passes when the viewer passes any one of the
 * gates (`@Authorized()` alone: signed in). A refusal is recorded (where the subgraph keeps a log) and thrown as
 * FORBIDDEN with the policy's reason, before the resolver reads or writes anything.
 */
export const authChecker: AuthCheckerFn<BaseContext & WithDenialLog> = async ({ context, info }, roles) => {
  const gates = gatesOf(roles as string[], `${info.parentType.name}.${info.fieldName}`);
  const decision = gateDecision(context.viewer, gates, actionOf(info));
  if (decision.allowed) return true;
  await recordDenial(context, { action: info.fieldName, reason: decision.reason });
  throw forbidden(decision.reason);
};
