/**
 * Who may do what in the hub: the only file that spells a permission. Subgraphs ask these rules; they never compare
 * `viewer.role` themselves. Role gates (`@Authorized("NATIONAL_ADMIN")` …) are checked by the type-graphql authChecker in
 * `@jinjibu/federation`, which calls `passesGate`; row rules (know-how visibility, own-pool rows) are applied where they are
 * strongest — in loaders, in SQL filters built from `contentVisibilityFilter`, and in talent's row-level security fed by
 * `tenantSettings` — but they are all decided here.
 *
 * This package cannot import `@jinjibu/federation` (federation imports auth), so rules answer with a `Decision`; the
 * `require*` wrappers in `@jinjibu/federation` turn a refusal into the hub's FORBIDDEN error with the reason below.
 */
import type { Viewer, ViewerRole } from "./viewer";

// ── Decisions ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** A rule's answer: allowed (with what the rule found, e.g. the operator the viewer acts for) or refused with a reason. */
export type Decision<T = true> = { allowed: true; value: T } | { allowed: false; reason: string };

const allow = <T>(value: T): Decision<T> => ({ allowed: true, value });
const refuse = (reason: string): Decision<never> => ({ allowed: false, reason });

// ── Viewer kinds ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Every kind of viewer, from the least to the most trusted. */
export const VIEWER_KINDS: readonly ViewerRole[] = ["ANONYMOUS", "SITE", "COORDINATOR", "NATIONAL_ADMIN"];

/** Signed in: a regional site's API key, a coordinator or the national administrator. */
export const isSignedIn = (viewer: Viewer): boolean => viewer.role !== "ANONYMOUS";

/** METI's national administrator: keeps adoptions, licences and subsidy rules; sees every operator's records. */
export const isNationalAdmin = (viewer: Viewer): boolean => viewer.role === "NATIONAL_ADMIN";

/** A signed-in coordinator (a person working for one operator). */
export const isCoordinator = (viewer: Viewer): boolean => viewer.role === "COORDINATOR" && viewer.operatorId !== null;

/** The operator a regional site or coordinator works for; null for anonymous viewers and the national administrator. */
export function actingOperatorId(viewer: Viewer): string | null {
  return (viewer.role === "SITE" || viewer.role === "COORDINATOR") && viewer.operatorId ? viewer.operatorId : null;
}

/** True when the viewer acts for `operatorId`: its regional site or one of its coordinators (never the administrator). */
export const actsFor = (viewer: Viewer, operatorId: string): boolean => actingOperatorId(viewer) === operatorId;

// ── Role gates (what `@Authorized(...)` names) and site key scopes ──────────────────────────────────────────────────

/**
 * The role gates a resolver may declare with `@Authorized(gate)`:
 * - SIGNED_IN: any signed-in viewer;
 * - NATIONAL_ADMIN: the national administrator only (administrative changes, all-operator statistics);
 * - COORDINATOR: a coordinator of an operator (cross-region work: searching other regions' talent, introductions);
 * - OPERATOR_STAFF: a coordinator or the regional site of an operator (own-pool and own-content work).
 */
export type Gate = "SIGNED_IN" | "NATIONAL_ADMIN" | "COORDINATOR" | "OPERATOR_STAFF";
export const GATES: readonly Gate[] = ["SIGNED_IN", "NATIONAL_ADMIN", "COORDINATOR", "OPERATOR_STAFF"];

/**
 * What a regional site's API key may do. A key is a machine credential of one operator's site: it manages that
 * operator's own talent pool and content and reads the network's know-how, but never does cross-region work
 * (searching other regions' people, introductions) — that needs a person, a coordinator.
 */
export const SITE_KEY_SCOPES: readonly Gate[] = ["SIGNED_IN", "OPERATOR_STAFF"];

/** The gates each kind of viewer passes. */
export const ROLE_GATES: Readonly<Record<ViewerRole, readonly Gate[]>> = {
  ANONYMOUS: [],
  SITE: SITE_KEY_SCOPES,
  COORDINATOR: ["SIGNED_IN", "COORDINATOR", "OPERATOR_STAFF"],
  NATIONAL_ADMIN: ["SIGNED_IN", "NATIONAL_ADMIN"],
};

export const isGate = (value: string): value is Gate => (GATES as readonly string[]).includes(value);

/** True when the viewer passes `gate`. A site or coordinator without an operator passes nothing beyond what it is. */
export function passesGate(viewer: Viewer, gate: Gate): boolean {
  if ((viewer.role === "SITE" || viewer.role === "COORDINATOR") && !viewer.operatorId) return false;
  return ROLE_GATES[viewer.role].includes(gate);
}

/** Why a gate refused, in words a client can act on. `action` names what was attempted (e.g. a mutation's name). */
export function gateRefusal(gate: Gate, action: string): string {
  switch (gate) {
    case "SIGNED_IN":
      return `Sign in to ${action}.`;
    case "NATIONAL_ADMIN":
      return `Only the national administrator may ${action}.`;
    case "COORDINATOR":
      return `Only a signed-in coordinator of an operator may ${action}.`;
    case "OPERATOR_STAFF":
      return `Only a coordinator or regional site of an operator may ${action}.`;
  }
}

/** The decision for a field that declares `gates` (any one suffices, as type-graphql's `@Authorized(a, b)` reads). */
export function gateDecision(viewer: Viewer, gates: readonly Gate[], action: string): Decision {
  if (gates.length === 0) return isSignedIn(viewer) ? allow(true) : refuse(gateRefusal("SIGNED_IN", action));
  if (gates.some((gate) => passesGate(viewer, gate))) return allow(true);
  return refuse(gateRefusal(gates[0]!, action));
}

/** The national administrator, or a refusal naming `action`. */
export const nationalAdmin = (viewer: Viewer, action: string): Decision =>
  isNationalAdmin(viewer) ? allow(true) : refuse(gateRefusal("NATIONAL_ADMIN", action));

// ── Talent: own pool and cross-region work ──────────────────────────────────────────────────────────────────────────

/** Own-pool work (register, edit, consent, erase, own records): the operator a coordinator or site acts for. */
export function ownPoolStaff(viewer: Viewer): Decision<string> {
  const operatorId = actingOperatorId(viewer);
  return operatorId ? allow(operatorId) : refuse("Only a coordinator or regional site of an operator can manage that operator's talent pool.");
}

/** Cross-region work (search, introductions): the operator a coordinator acts for. Sites and administrators are refused. */
export function coordinator(viewer: Viewer): Decision<string> {
  return isCoordinator(viewer)
    ? allow(viewer.operatorId!)
    : refuse("Only a signed-in coordinator of an operator can search other regions' talent or handle introductions.");
}

/** True when the viewer manages the pool of `operatorId` (its site or coordinators): it may see the pool's own rows. */
export const ownsPool = (viewer: Viewer, operatorId: string): boolean => actsFor(viewer, operatorId);

/** Contact details of an introduction: only coordinators of the requesting operator (acceptance and consent are row facts). */
export function introductionContactReader(viewer: Viewer, requesterOperatorId: string): Decision {
  return isCoordinator(viewer) && actsFor(viewer, requesterOperatorId)
    ? allow(true)
    : refuse("Only the requesting operator's coordinators can read contact details of an introduction.");
}

/** An introduction is answered (accepted, declined) only by the operator that owns the person. */
export function introductionOwner(viewer: Viewer, ownerOperatorId: string, verb: "accept" | "decline"): Decision {
  return actsFor(viewer, ownerOperatorId) ? allow(true) : refuse(`Only the operator that owns the person can ${verb} an introduction.`);
}

/**
 * The access audit trail of personal data: the national administrator sees all (`null`), a coordinator its own
 * operator's trail (the operator id); sites and anonymous viewers are refused.
 */
export function talentAuditReader(viewer: Viewer): Decision<string | null> {
  if (isNationalAdmin(viewer)) return allow(null);
  if (isCoordinator(viewer)) return allow(viewer.operatorId!);
  return refuse("Only coordinators and the national administrator can read the audit trail.");
}

/** Talent-pool summaries (counts, no person) on an operator: any signed-in viewer. */
export const talentPoolSummaryReader = (viewer: Viewer): Decision =>
  isSignedIn(viewer) ? allow(true) : refuse("Sign in to see talent-pool summaries.");

/**
 * Transaction-local settings (`set_config(name, value, true)`) the row-level-security policies read: the operator the
 * viewer acts for ('' for none) and its role.
 */
export function tenantSettings(viewer: Viewer): Record<string, string> {
  return { "app.operator_id": actingOperatorId(viewer) ?? "", "app.viewer_role": viewer.role };
}

// ── Know-how (programs, case studies) visibility and self-assessments ───────────────────────────────────────────────

/** How far a program or case study is shown: to everyone, to signed-in viewers of the network, or to its operators. */
export type Visibility = "PUBLIC" | "NETWORK" | "PRIVATE";

/**
 * The know-how visibility rule for a row already loaded: PUBLIC to everyone; NETWORK to signed-in viewers; PRIVATE (and
 * every draft, which is stored PRIVATE) only to the operators it belongs to (`ownerIds`) and the national administrator.
 */
export function canSeeContent(viewer: Viewer, visibility: Visibility | string, ownerIds: readonly string[]): boolean {
  if (visibility === "PUBLIC") return true;
  if (isNationalAdmin(viewer)) return true;
  if (visibility === "NETWORK") return isSignedIn(viewer);
  return ownerIds.some((id) => actsFor(viewer, id));
}

/** The same rule as parameters for a SQL filter: see everything, see NETWORK rows too, and the operator whose own rows are seen. */
export interface ContentVisibilityFilter {
  all: boolean;
  network: boolean;
  ownOperatorId: string | null;
}

export const contentVisibilityFilter = (viewer: Viewer): ContentVisibilityFilter => ({
  all: isNationalAdmin(viewer),
  network: isSignedIn(viewer),
  ownOperatorId: actingOperatorId(viewer),
});

/** Writing an operator's programs, case studies and self-assessments: its own site or coordinators. */
export function contentEditor(viewer: Viewer, operatorId: string, what: string): Decision {
  return actsFor(viewer, operatorId) ? allow(true) : refuse(`Only the operator's own coordinators and site may ${what}.`);
}

/** An operator's self-assessments: the operator itself and the national administrator. */
export const canSeeSelfAssessments = (viewer: Viewer, operatorId: string): boolean => isNationalAdmin(viewer) || actsFor(viewer, operatorId);

// ── Organizations: logo licences ─────────────────────────────────────────────────────────────────────────────────────

/** A licence's internal fields (reason, author): the national administrator and the operator itself. */
export function licenseInternalsReader(viewer: Viewer, operatorId: string): Decision {
  return isNationalAdmin(viewer) || actsFor(viewer, operatorId)
    ? allow(true)
    : refuse("Licence reasons and authors are visible only to the national administrator and the operator itself.");
}

// ── Organizations: regional sites' API keys ──────────────────────────────────────────────────────────────────────────

/**
 * Creating, listing and revoking an operator's site API keys: the national administrator for any operator, and a
 * coordinator (a person) for its own operator's sites. A site key never manages keys, its own included: a leaked key
 * must not be able to mint more or to revoke the keys that replace it.
 */
export function siteKeyManager(viewer: Viewer, operatorId: string, action: string): Decision {
  if (isNationalAdmin(viewer)) return allow(true);
  if (isCoordinator(viewer) && actsFor(viewer, operatorId)) return allow(true);
  if (viewer.role === "SITE") return refuse(`A regional site's API key cannot ${action}; a coordinator of the operator or the national administrator can.`);
  return refuse(`Only the national administrator or a coordinator of ${operatorId} may ${action}.`);
}
// ── Demand side: regional companies, needs, matchings, placements, outcomes ─────────────────────────────────────────

/** A regional company (地域企業) is shown to everyone when PUBLIC, to signed-in viewers when NETWORK. */
export function canSeeRegionalCompany(viewer: Viewer, visibility: string): boolean {
  if (visibility === "PUBLIC") return true;
  return isSignedIn(viewer);
}

/** Registering and importing an operator's regional companies: its own coordinators and regional site. */
export function regionalCompanyEditor(viewer: Viewer): Decision<string> {
  const operatorId = actingOperatorId(viewer);
  return operatorId ? allow(operatorId) : refuse("Only a coordinator or regional site of an operator can register that operator's regional companies.");
}

/**
 * Needs, suggestions and matchings are brokered by people: a coordinator of the operator that supports the company (or, for
 * a proposal of a person, of the operator that registered the person). Sites and administrators are refused.
 */
export function demandCoordinator(viewer: Viewer): Decision<string> {
  return isCoordinator(viewer)
    ? allow(viewer.operatorId!)
    : refuse("Only a signed-in coordinator of an operator can post needs, see suggestions or move matchings.");
}

/** A matching moves only for the two operators it involves (the need's owner and the person's owner). */
export function matchingParty(viewer: Viewer, needOperatorId: string, talentOperatorId: string): Decision {
  return actsFor(viewer, needOperatorId) || actsFor(viewer, talentOperatorId)
    ? allow(true)
    : refuse("Only the two operators a matching involves can see or move it.");
}

/**
 * Outcomes computed from placements: the national administrator sees every operator and block (`null`); a coordinator
 * sees its own operator only (asking for another operator is refused).
 */
export function demandOutcomeReader(viewer: Viewer, operatorId: string | null): Decision<string | null> {
  if (isNationalAdmin(viewer)) return allow(operatorId ?? null);
  if (isCoordinator(viewer)) {
    if (operatorId != null && operatorId !== viewer.operatorId) return refuse("A coordinator sees only its own operator's outcomes.");
    return allow(viewer.operatorId!);
  }
  return refuse("Only coordinators (their own operator) and the national administrator can read computed outcomes.");
}

/** Outcomes of every operator side by side, or by regional block: the national administrator only. */
export const demandOutcomeOverviewReader = (viewer: Viewer): Decision => nationalAdmin(viewer, "see outcomes of every operator and block");
