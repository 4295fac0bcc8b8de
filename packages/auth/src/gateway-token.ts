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
  return (await verifyWithExpiry(publicKey, subgraph, token, new Date())).claims;
}

async function verifyWithExpiry(publicKey: KeyLike, subgraph: string, token: string, currentDate: Date): Promise<{ claims: GatewayClaims; exp: number }> {
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: GATEWAY_ISSUER,
      audience: subgraphAudience(subgraph),
      algorithms: [SIGNING_ALG],
      clockTolerance: 5,
      requiredClaims: ["exp", "iat"],
      currentDate,
    });
    const viewer = parseViewer(payload.viewer);
    if (!viewer) throw new InvalidGatewayToken("token carries no valid viewer");
    const requestId = typeof payload.rid === "string" ? payload.rid : "unknown";
    return { claims: { viewer, requestId }, exp: payload.exp! };
  } catch (error) {
    if (error instanceof InvalidGatewayToken) throw error;
    throw new InvalidGatewayToken((error as Error).message);
  }
}

/**
 * A subgraph's verifier of gateway tokens that remembers the tokens it has verified, so a token the gateway reuses for
 * many fetches costs one Ed25519 check. The key is the exact token string (any other byte is another token and is
 * verified in full); an entry is used only while the token's `exp` has not passed — never the verifier's clock
 * tolerance, never longer — and at most `maxEntries` are kept, least recently used first out. Only tokens that passed
 * verification are remembered: a refusal is decided in full every time, so the answers are those of
 * {@link verifyGatewayToken}.
 */
export class GatewayTokenVerifier {
  private readonly verified = new Map<string, { claims: GatewayClaims; expiresAtMs: number }>();
  /** Full signature verifications done (tests and metrics read it). */
  verifications = 0;

  constructor(
    private readonly publicKey: KeyLike,
    private readonly subgraph: string,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Entries held now (at most `maxEntries`). */
  get size(): number {
    return this.verified.size;
  }

  async verify(token: string): Promise<GatewayClaims> {
    const now = this.now();
    const hit = this.verified.get(token);
    if (hit) {
      this.verified.delete(token);
      if (hit.expiresAtMs > now) {
        this.verified.set(token, hit);
        return copyClaims(hit.claims);
      }
    }
    this.verifications += 1;
    const { claims, exp } = await verifyWithExpiry(this.publicKey, this.subgraph, token, new Date(now));
    const expiresAtMs = exp * 1000;
    if (expiresAtMs > this.now()) {
      this.verified.set(token, { claims, expiresAtMs });
      if (this.verified.size > this.maxEntries) this.verified.delete(this.verified.keys().next().value as string);
    }
    return copyClaims(claims);
  }
}

/** Each request gets its own copy: nothing a request does to its viewer can reach another request. */
const copyClaims = (claims: GatewayClaims): GatewayClaims => ({ viewer: { ...claims.viewer }, requestId: claims.requestId });

/** Extracts the bearer token from an Authorization header value. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1]! : null;
}
