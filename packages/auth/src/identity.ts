import { SignJWT, jwtVerify, type KeyLike } from "jose";
import { SIGNING_ALG } from "./keys";
import type { Viewer } from "./viewer";

/** Who issues user JWTs (the identity provider; in development, `npm run dev:token`). */
export const IDENTITY_ISSUER = "jinjibu-identity";
export const IDENTITY_AUDIENCE = "jinjibu-hub";

export type UserRole = "COORDINATOR" | "NATIONAL_ADMIN";

export interface UserTokenInput {
  subject: string;
  role: UserRole;
  /** Required for coordinators: the operator they work for. */
  operatorId?: string;
  /** Lifetime, e.g. "8h". */
  expiresIn?: string;
}

/** Mints a user JWT (what an identity provider would issue). */
export async function mintUserToken(privateKey: KeyLike, input: UserTokenInput): Promise<string> {
  if (input.role === "COORDINATOR" && !input.operatorId) throw new Error("a coordinator token needs an operatorId");
  return new SignJWT({ role: input.role, operator_id: input.role === "COORDINATOR" ? input.operatorId : undefined })
    .setProtectedHeader({ alg: SIGNING_ALG, typ: "JWT" })
    .setIssuer(IDENTITY_ISSUER)
    .setAudience(IDENTITY_AUDIENCE)
    .setSubject(input.subject)
    .setIssuedAt()
    .setExpirationTime(input.expiresIn ?? "8h")
    .sign(privateKey);
}

export class InvalidUserToken extends Error {}

/** Verifies a user JWT and turns it into a Viewer. Only the configured algorithm is accepted (no `alg: none`). */
export async function verifyUserToken(publicKey: KeyLike, token: string): Promise<Viewer> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, publicKey, {
      issuer: IDENTITY_ISSUER,
      audience: IDENTITY_AUDIENCE,
      algorithms: [SIGNING_ALG],
      clockTolerance: 5,
      requiredClaims: ["exp", "sub"],
    }));
  } catch (error) {
    throw new InvalidUserToken((error as Error).message);
  }
  const subject = String(payload.sub);
  if (payload.role === "NATIONAL_ADMIN") return { role: "NATIONAL_ADMIN", operatorId: null, subject };
  if (payload.role === "COORDINATOR" && typeof payload.operator_id === "string" && payload.operator_id) {
    return { role: "COORDINATOR", operatorId: payload.operator_id, subject };
  }
  throw new InvalidUserToken("the token names no known role, or a coordinator without an operator");
}
