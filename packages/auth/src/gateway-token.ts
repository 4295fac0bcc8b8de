import { SignJWT, jwtVerify, type KeyLike } from "jose";
import { SIGNING_ALG } from "./keys";
import { parseViewer, type Viewer } from "./viewer";

export const GATEWAY_ISSUER = "jinjibu-gateway";
/** Gateway tokens live long enough for one subgraph fetch and no longer. */
export const GATEWAY_TOKEN_TTL_SECONDS = 60;

export const subgraphAudience = (subgraph: string): string => `jinjibu-subgraph:${subgraph}`;

export interface GatewayClaims {
  viewer: Viewer;
  requestId: string;
}

/** Signs the viewer for one subgraph: the audience names that subgraph, so a token for one cannot be replayed on another. */
export async function signGatewayToken(
  privateKey: KeyLike,
  subgraph: string,
  claims: GatewayClaims,
): Promise<string> {
  return new SignJWT({ viewer: claims.viewer, rid: claims.requestId })
    .setProtectedHeader({ alg: SIGNING_ALG, typ: "JWT" })
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(subgraphAudience(subgraph))
    .setSubject(claims.viewer.subject ?? "anonymous")
    .setIssuedAt()
    .setExpirationTime(`${GATEWAY_TOKEN_TTL_SECONDS}s`)
    .sign(privateKey);
}

export class InvalidGatewayToken extends Error {}

/** Verifies a gateway token for `subgraph` and returns its claims; throws InvalidGatewayToken on anything else. */
export async function verifyGatewayToken(publicKey: KeyLike, subgraph: string, token: string): Promise<GatewayClaims> {
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: GATEWAY_ISSUER,
      audience: subgraphAudience(subgraph),
      algorithms: [SIGNING_ALG],
      clockTolerance: 5,
      requiredClaims: ["exp", "iat"],
    });
    const viewer = parseViewer(payload.viewer);
    if (!viewer) throw new InvalidGatewayToken("token carries no valid viewer");
    const requestId = typeof payload.rid === "string" ? payload.rid : "unknown";
    return { viewer, requestId };
  } catch (error) {
    if (error instanceof InvalidGatewayToken) throw error;
    throw new InvalidGatewayToken((error as Error).message);
  }
}

/** Extracts the bearer token from an Authorization header value. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1]! : null;
}
