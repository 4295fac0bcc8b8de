import { LogoLicenseStatus } from "@jinjibu/federation";
import { LogoLicenseBasis } from "../entities";
import { nextLicenseState, type LicenseState } from "./logo-license.service";

const adopted: LicenseState = {
  status: LogoLicenseStatus.ADOPTED, basis: LogoLicenseBasis.ADOPTION, grantedOn: "2025-04-01", suspendedOn: null, revokedOn: null, reason: null,
};
const suspended: LicenseState = { ...adopted, status: LogoLicenseStatus.SUSPENDED, suspendedOn: "2025-06-01" };
const revoked: LicenseState = { ...adopted, status: LogoLicenseStatus.REVOKED, revokedOn: "2025-07-01" };

const grant = (basis = LogoLicenseBasis.APPROVAL) =>
  ({ action: "grantLogoLicense", operatorId: "op-x", basis, grantedOn: "2026-04-01", reason: "承認" }) as const;
const suspend = (suspendedOn = "2026-05-01") => ({ action: "suspendLogoLicense", operatorId: "op-x", suspendedOn, reason: "確認中" }) as const;
const revoke = (revokedOn = "2026-05-01") => ({ action: "revokeLogoLicense", operatorId: "op-x", revokedOn, reason: "不正使用" }) as const;

const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
  return "no error";
};

describe("the logo-licence state machine", () => {
  it("grants from no licence, a suspension or a revocation, by basis", () => {
    expect(nextLicenseState(null, grant())).toEqual({
      status: LogoLicenseStatus.LOGO_APPROVED, basis: LogoLicenseBasis.APPROVAL, grantedOn: "2026-04-01", suspendedOn: null, revokedOn: null, reason: "承認",
    });
    expect(nextLicenseState(suspended, grant(LogoLicenseBasis.ADOPTION)).status).toBe(LogoLicenseStatus.ADOPTED);
    expect(nextLicenseState(revoked, grant()).revokedOn).toBeNull();
  });

  it("refuses to grant over an active licence (CONFLICT naming its status)", () => {
    expect(() => nextLicenseState(adopted, grant())).toThrow(
      "op-x already holds an active logo licence (ADOPTED); suspend or revoke it before granting again.",
    );
  });

  it("suspends only an active licence, never before its grant", () => {
    expect(nextLicenseState(adopted, suspend())).toMatchObject({ status: LogoLicenseStatus.SUSPENDED, suspendedOn: "2026-05-01", grantedOn: "2025-04-01" });
    expect(() => nextLicenseState(null, suspend())).toThrow("Only an active licence can be suspended; op-x's licence is NONE.");
    expect(codeOf(() => nextLicenseState(suspended, suspend()))).toBe("CONFLICT");
    expect(codeOf(() => nextLicenseState(adopted, suspend("2025-03-31")))).toBe("BAD_USER_INPUT");
  });

  it("revokes an active or suspended licence, keeping the suspension date", () => {
    expect(nextLicenseState(suspended, revoke())).toMatchObject({ status: LogoLicenseStatus.REVOKED, suspendedOn: "2025-06-01", revokedOn: "2026-05-01" });
    expect(nextLicenseState(adopted, revoke()).status).toBe(LogoLicenseStatus.REVOKED);
    expect(() => nextLicenseState(revoked, revoke())).toThrow("Only an active or suspended licence can be revoked; op-x's licence is REVOKED.");
    expect(codeOf(() => nextLicenseState(adopted, revoke("2025-01-01")))).toBe("BAD_USER_INPUT");
  });
});
