import {
  ROLE_GATES,
  SITE_KEY_SCOPES,
  actingOperatorId,
  actsFor,
  canSeeContent,
  canSeeSelfAssessments,
  contentEditor,
  contentVisibilityFilter,
  coordinator,
  gateDecision,
  introductionContactReader,
  introductionOwner,
  isCoordinator,
  isGate,
  isNationalAdmin,
  isSignedIn,
  licenseInternalsReader,
  siteKeyManager,
  nationalAdmin,
  ownPoolStaff,
  ownsPool,
  passesGate,
  talentAuditReader,
  talentPoolSummaryReader,
  tenantSettings,
} from "./policy";
import { ANONYMOUS, type Viewer } from "./viewer";

const anonymous: Viewer = ANONYMOUS;
const site: Viewer = { role: "SITE", operatorId: "op-meguru", subject: "site_abc" };
const coord: Viewer = { role: "COORDINATOR", operatorId: "op-meguru", subject: "coord-1" };
const otherCoord: Viewer = { role: "COORDINATOR", operatorId: "op-dotdoto", subject: "coord-2" };
const admin: Viewer = { role: "NATIONAL_ADMIN", operatorId: null, subject: "admin-1" };
/** A malformed viewer (a site without an operator) must never pass an operator rule. */
const unbound: Viewer = { role: "SITE", operatorId: null, subject: "site_broken" };

const reasonOf = (d: { allowed: boolean; reason?: string }) => (d.allowed ? null : d.reason);

describe("viewer kinds", () => {
  it("isSignedIn: everyone but the anonymous viewer", () => {
    expect([anonymous, site, coord, admin].map(isSignedIn)).toEqual([false, true, true, true]);
  });

  it("isNationalAdmin: only the national administrator", () => {
    expect([anonymous, site, coord, admin].map(isNationalAdmin)).toEqual([false, false, false, true]);
  });

  it("isCoordinator: a coordinator bound to an operator, never a site", () => {
    expect([anonymous, site, coord, admin].map(isCoordinator)).toEqual([false, false, true, false]);
  });

  it("actingOperatorId: the site's or coordinator's operator, null otherwise", () => {
    expect([anonymous, site, coord, admin, unbound].map(actingOperatorId)).toEqual([null, "op-meguru", "op-meguru", null, null]);
  });

  it("actsFor: its own operator only; the administrator acts for none", () => {
    expect(actsFor(site, "op-meguru")).toBe(true);
    expect(actsFor(coord, "op-meguru")).toBe(true);
    expect(actsFor(coord, "op-dotdoto")).toBe(false);
    expect(actsFor(admin, "op-meguru")).toBe(false);
    expect(actsFor(anonymous, "op-meguru")).toBe(false);
  });
});

describe("role gates and site key scopes", () => {
  it("passesGate follows the role table", () => {
    expect(passesGate(admin, "NATIONAL_ADMIN")).toBe(true);
    expect(passesGate(coord, "NATIONAL_ADMIN")).toBe(false);
    expect(passesGate(site, "NATIONAL_ADMIN")).toBe(false);
    expect(passesGate(coord, "COORDINATOR")).toBe(true);
    expect(passesGate(site, "COORDINATOR")).toBe(false);
    expect(passesGate(site, "OPERATOR_STAFF")).toBe(true);
    expect(passesGate(admin, "OPERATOR_STAFF")).toBe(false);
    for (const gate of ["SIGNED_IN", "NATIONAL_ADMIN", "COORDINATOR", "OPERATOR_STAFF"] as const) {
      expect(passesGate(anonymous, gate)).toBe(false);
      expect(passesGate(unbound, gate)).toBe(false);
    }
  });

  it("a site key's scopes are own-operator work, never cross-region or administrative work", () => {
    expect(ROLE_GATES.SITE).toBe(SITE_KEY_SCOPES);
    expect([...SITE_KEY_SCOPES].sort()).toEqual(["OPERATOR_STAFF", "SIGNED_IN"]);
  });

  it("isGate accepts only the declared gate names", () => {
    expect(isGate("NATIONAL_ADMIN")).toBe(true);
    expect(isGate("ADMIN")).toBe(false);
  });

  it("gateDecision: any one declared gate suffices; the refusal names the first gate and the action", () => {
    expect(gateDecision(coord, ["NATIONAL_ADMIN", "COORDINATOR"], "x").allowed).toBe(true);
    expect(reasonOf(gateDecision(coord, ["NATIONAL_ADMIN"], "recordAdoption"))).toBe("Only the national administrator may recordAdoption.");
    expect(reasonOf(gateDecision(site, ["COORDINATOR"], "searchTalent"))).toBe("Only a signed-in coordinator of an operator may searchTalent.");
    expect(reasonOf(gateDecision(anonymous, ["OPERATOR_STAFF"], "registerTalent"))).toBe(
      "Only a coordinator or regional site of an operator may registerTalent.",
    );
    // No gate named: `@Authorized()` means "signed in".
    expect(gateDecision(site, [], "x").allowed).toBe(true);
    expect(reasonOf(gateDecision(anonymous, [], "read this"))).toBe("Sign in to read this.");
  });

  it("nationalAdmin: only the administrator, with the action in the refusal", () => {
    expect(nationalAdmin(admin, "x").allowed).toBe(true);
    expect(reasonOf(nationalAdmin(coord, "grantLogoLicense"))).toBe("Only the national administrator may grantLogoLicense.");
  });
});

describe("talent", () => {
  it("ownPoolStaff: a site or coordinator, answering its operator", () => {
    expect(ownPoolStaff(site)).toEqual({ allowed: true, value: "op-meguru" });
    expect(ownPoolStaff(coord)).toEqual({ allowed: true, value: "op-meguru" });
    for (const v of [anonymous, admin, unbound]) {
      expect(reasonOf(ownPoolStaff(v))).toBe("Only a coordinator or regional site of an operator can manage that operator's talent pool.");
    }
  });

  it("coordinator: cross-region work is for coordinators only", () => {
    expect(coordinator(coord)).toEqual({ allowed: true, value: "op-meguru" });
    for (const v of [anonymous, site, admin]) {
      expect(reasonOf(coordinator(v))).toBe("Only a signed-in coordinator of an operator can search other regions' talent or handle introductions.");
    }
  });

  it("ownsPool: the pool's own site and coordinators", () => {
    expect(ownsPool(site, "op-meguru")).toBe(true);
    expect(ownsPool(otherCoord, "op-meguru")).toBe(false);
    expect(ownsPool(admin, "op-meguru")).toBe(false);
  });

  it("introductionContactReader: the requesting operator's coordinators, not its site", () => {
    expect(introductionContactReader(coord, "op-meguru").allowed).toBe(true);
    expect(introductionContactReader(site, "op-meguru").allowed).toBe(false);
    expect(introductionContactReader(otherCoord, "op-meguru").allowed).toBe(false);
    expect(introductionContactReader(admin, "op-meguru").allowed).toBe(false);
  });

  it("introductionOwner: only the owning operator answers an introduction", () => {
    expect(introductionOwner(coord, "op-meguru", "accept").allowed).toBe(true);
    expect(reasonOf(introductionOwner(otherCoord, "op-meguru", "decline"))).toBe("Only the operator that owns the person can decline an introduction.");
  });

  it("talentAuditReader: the administrator sees all, a coordinator its operator, others nothing", () => {
    expect(talentAuditReader(admin)).toEqual({ allowed: true, value: null });
    expect(talentAuditReader(coord)).toEqual({ allowed: true, value: "op-meguru" });
    expect(talentAuditReader(site).allowed).toBe(false);
    expect(talentAuditReader(anonymous).allowed).toBe(false);
  });

  it("talentPoolSummaryReader: any signed-in viewer", () => {
    expect(talentPoolSummaryReader(site).allowed).toBe(true);
    expect(reasonOf(talentPoolSummaryReader(anonymous))).toBe("Sign in to see talent-pool summaries.");
  });

  it("tenantSettings: the operator acted for and the role, for row-level security", () => {
    expect(tenantSettings(coord)).toEqual({ "app.operator_id": "op-meguru", "app.viewer_role": "COORDINATOR" });
    expect(tenantSettings(admin)).toEqual({ "app.operator_id": "", "app.viewer_role": "NATIONAL_ADMIN" });
    expect(tenantSettings(anonymous)).toEqual({ "app.operator_id": "", "app.viewer_role": "ANONYMOUS" });
  });
});

describe("know-how visibility and self-assessments", () => {
  it("canSeeContent: PUBLIC to all, NETWORK to the signed-in, PRIVATE to its operators and the administrator", () => {
    expect([anonymous, site, otherCoord, admin].map((v) => canSeeContent(v, "PUBLIC", ["op-meguru"]))).toEqual([true, true, true, true]);
    expect([anonymous, site, otherCoord, admin].map((v) => canSeeContent(v, "NETWORK", ["op-meguru"]))).toEqual([false, true, true, true]);
    expect([anonymous, site, otherCoord, admin].map((v) => canSeeContent(v, "PRIVATE", ["op-meguru"]))).toEqual([false, true, false, true]);
    // A co-owner of a joint case study sees it too.
    expect(canSeeContent(otherCoord, "PRIVATE", ["op-meguru", "op-dotdoto"])).toBe(true);
  });

  it("contentVisibilityFilter: the same rule as SQL parameters", () => {
    expect(contentVisibilityFilter(anonymous)).toEqual({ all: false, network: false, ownOperatorId: null });
    expect(contentVisibilityFilter(site)).toEqual({ all: false, network: true, ownOperatorId: "op-meguru" });
    expect(contentVisibilityFilter(admin)).toEqual({ all: true, network: true, ownOperatorId: null });
  });

  it("contentEditor: the operator's own site and coordinators; not the administrator", () => {
    expect(contentEditor(site, "op-meguru", "edit its case studies").allowed).toBe(true);
    expect(reasonOf(contentEditor(admin, "op-meguru", "edit its case studies"))).toBe(
      "Only the operator's own coordinators and site may edit its case studies.",
    );
    expect(contentEditor(otherCoord, "op-meguru", "x").allowed).toBe(false);
  });

  it("canSeeSelfAssessments: the operator itself and the administrator", () => {
    expect([anonymous, site, otherCoord, admin].map((v) => canSeeSelfAssessments(v, "op-meguru"))).toEqual([false, true, false, true]);
  });
});

describe("logo licences", () => {
  it("licenseInternalsReader: the administrator and the operator itself", () => {
    expect(licenseInternalsReader(admin, "op-meguru").allowed).toBe(true);
    expect(licenseInternalsReader(site, "op-meguru").allowed).toBe(true);
    expect(reasonOf(licenseInternalsReader(otherCoord, "op-meguru"))).toBe(
      "Licence reasons and authors are visible only to the national administrator and the operator itself.",
    );
    expect(licenseInternalsReader(anonymous, "op-meguru").allowed).toBe(false);
  });
});

describe("site API keys", () => {
  it("siteKeyManager: the administrator for any operator, a coordinator for its own, never a site key", () => {
    expect(siteKeyManager(admin, "op-meguru", "create a site API key").allowed).toBe(true);
    expect(siteKeyManager({ role: "COORDINATOR", operatorId: "op-meguru", subject: "c@meguru" }, "op-meguru", "create a site API key").allowed).toBe(true);
    expect(reasonOf(siteKeyManager(otherCoord, "op-meguru", "revoke a site API key"))).toBe(
      "Only the national administrator or a coordinator of op-meguru may revoke a site API key.",
    );
    expect(reasonOf(siteKeyManager(site, "op-meguru", "create a site API key"))).toMatch(/regional site's API key cannot/);
    expect(siteKeyManager(anonymous, "op-meguru", "list site API keys").allowed).toBe(false);
  });
});
