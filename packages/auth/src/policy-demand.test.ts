import { canSeeRegionalCompany, demandCoordinator, demandOutcomeOverviewReader, demandOutcomeReader, matchingParty, regionalCompanyEditor } from "./policy";
import { ANONYMOUS, type Viewer } from "./viewer";

const site: Viewer = { role: "SITE", operatorId: "op-meguru", subject: "site_abc" };
const coord: Viewer = { role: "COORDINATOR", operatorId: "op-meguru", subject: "coord-1" };
const admin: Viewer = { role: "NATIONAL_ADMIN", operatorId: null, subject: "admin-1" };

describe("demand side rules", () => {
  it("shows PUBLIC companies to everyone and NETWORK ones to signed-in viewers", () => {
    expect(canSeeRegionalCompany(ANONYMOUS, "PUBLIC")).toBe(true);
    expect(canSeeRegionalCompany(ANONYMOUS, "NETWORK")).toBe(false);
    expect(canSeeRegionalCompany(site, "NETWORK")).toBe(true);
  });

  it("lets an operator's coordinators and site register its companies, nobody else", () => {
    expect(regionalCompanyEditor(coord)).toEqual({ allowed: true, value: "op-meguru" });
    expect(regionalCompanyEditor(site)).toEqual({ allowed: true, value: "op-meguru" });
    expect(regionalCompanyEditor(admin).allowed).toBe(false);
    expect(regionalCompanyEditor(ANONYMOUS).allowed).toBe(false);
  });

  it("keeps needs, suggestions and matchings for coordinators, and a matching for its two operators", () => {
    expect(demandCoordinator(coord)).toEqual({ allowed: true, value: "op-meguru" });
    expect(demandCoordinator(site).allowed).toBe(false);
    expect(demandCoordinator(admin).allowed).toBe(false);
    expect(matchingParty(coord, "op-meguru", "op-dotdoto").allowed).toBe(true);
    expect(matchingParty(coord, "op-dotdoto", "op-meguru").allowed).toBe(true);
    expect(matchingParty(coord, "op-dotdoto", "op-tokachi").allowed).toBe(false);
  });

  it("shows computed outcomes to a coordinator for its own operator only, and every operator and block to the administrator", () => {
    expect(demandOutcomeReader(coord, null)).toEqual({ allowed: true, value: "op-meguru" });
    expect(demandOutcomeReader(coord, undefined as unknown as null)).toEqual({ allowed: true, value: "op-meguru" });
    expect(demandOutcomeReader(coord, "op-dotdoto").allowed).toBe(false);
    expect(demandOutcomeReader(admin, "op-dotdoto")).toEqual({ allowed: true, value: "op-dotdoto" });
    expect(demandOutcomeReader(site, null).allowed).toBe(false);
    expect(demandOutcomeOverviewReader(admin).allowed).toBe(true);
    expect(demandOutcomeOverviewReader(coord).allowed).toBe(false);
  });
});
