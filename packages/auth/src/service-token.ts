import { createHash } from "node:crypto";
import { SignJWT, jwtVerify, type KeyLike } from "jose";
import { SIGNING_ALG } from "./keys";
import { subgraphAudience } from "./gateway-token";

/** The issuer of tokens a subgraph signs with its own service identity (never the gateway's key). */
export const serviceIssuer = (service: string): string => `jinjibu-service:${service}`;
/** Long enough for one delivery and no longer. */
export const SERVICE_TOKEN_TTL_SECONDS = 60;

/** SHA-256 of a request body, base64url: the token is bound to the exact bytes it was signed for. */
export const bodyDigest = (body: string | Buffer): string => createHash("sha256").update(body).digest("base64url");

/**
 * Signs one service-to-service call (e.g. organizations delivering its domain events to talent): issuer names the calling
 * service, audience the receiving subgraph, and `bsh` the body's SHA-256, so a captured token cannot carry another body.
 */
export async function signServiceToken(privateKey: KeyLike, from: string, to: string, body: string | Buffer): Promise<string> {
  return new SignJWT({ bsh: bodyDigest(body) })
    .setProtectedHeader({ alg: SIGNING_ALG, typ: "JWT" })
    .setIssuer(serviceIssuer(from))
    .setAudience(subgraphAudience(to))
    .setSubject(from)
    .setIssuedAt()
    .setExpirationTime(`${SERVICE_TOKEN_TTL_SECONDS}s`)
    .sign(privateKey);
}

export class InvalidServiceToken extends Error {}

/** Verifies a service token from `from` to `to` for exactly `body`; throws InvalidServiceToken on anything else. */
export async function verifyServiceToken(publicKey: KeyLike, from: string, to: string, token: string, body: string | Buffer): Promise<void> {
  let digest: unknown;
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: serviceIssuer(from),
      audience: subgraphAudience(to),
      algorithms: [SIGNING_ALG],
      clockTolerance: 5,
      requiredClaims: ["exp", "iat"],
    });
    digest = payload.bsh;
  } catch (error) {
    throw new InvalidServiceToken((error as Error).message);
  }
  if (digest !== bodyDigest(body)) throw new InvalidServiceToken("the token was signed for another body");
}
