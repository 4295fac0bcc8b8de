import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from "jose";
import type { Viewer } from "./viewer";

/** How the gateway trusts an OpenID Connect provider's access tokens (all from environment variables; see the README). */
export interface OidcOptions {
  /** The provider's issuer URL, exactly as its tokens carry it in `iss` (`OIDC_ISSUER`). */
  issuer: string;
  /** The provider's JWKS URL (`OIDC_JWKS_URL`); default: `jwks_uri` from the issuer's discovery document. */
  jwksUrl?: string;
  /** The audience the hub's tokens carry in `aud` (`OIDC_AUDIENCE`). */
  audience: string;
  /** The claim that names the operator a coordinator works for (`OIDC_OPERATOR_CLAIM`, default `operator_id`). */
  operatorClaim?: string;
  /** The claim that carries the user's role or roles, a string or an array (`OIDC_ROLE_CLAIM`, default `role`). */
  roleClaim?: string;
  /** Role claim values that mean a coordinator (`OIDC_COORDINATOR_ROLES`, comma-separated; default `coordinator`). */
  coordinatorRoles?: string[];
  /** Role claim values that mean the national administrator (`OIDC_ADMIN_ROLES`, comma-separated; default `national_admin`). */
  adminRoles?: string[];
  /** Accepted signature algorithms (`OIDC_ALGORITHMS`, default RS256, PS256, ES256, EdDSA); never `none` or HMAC. */
  algorithms?: string[];
}

export class InvalidOidcToken extends Error {}

/** Reads a claim by name; a name with dots that is not itself a claim is followed as a path (`realm_access.roles`). */
function claim(payload: JWTPayload, name: string): unknown {
  if (name in payload) return payload[name];
  return name.split(".").reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined), payload);
}

const asList = (value: unknown): string[] =>
  typeof value === "string" ? value.split(/[\s,]+/).filter(Boolean) : Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** True when the token says it comes from `issuer` (read without verifying: it only picks which verifier to use). */
export function isTokenFrom(token: string, issuer: string): boolean {
  try {
    return decodeJwt(token).iss === issuer;
  } catch {
    return false;
  }
}

/**
 * Verifies access tokens of a configured OpenID Connect provider (signature by the provider's published keys, issuer,
 * audience, expiry) and maps their claims to a Viewer: the role claim's value to COORDINATOR or NATIONAL_ADMIN, the
 * operator claim to the coordinator's operator. A token that names neither known role, or a coordinator without an
 * operator, is refused.
 */
export function createOidcVerifier(options: OidcOptions): (token: string) => Promise<Viewer> {
  const operatorClaim = options.operatorClaim ?? "operator_id";
  const roleClaim = options.roleClaim ?? "role";
  const coordinatorRoles = new Set(options.coordinatorRoles?.length ? options.coordinatorRoles : ["coordinator"]);
  const adminRoles = new Set(options.adminRoles?.length ? options.adminRoles : ["national_admin"]);
  const algorithms = options.algorithms?.length ? options.algorithms : ["RS256", "PS256", "ES256", "EdDSA"];
  if (algorithms.some((alg) => alg === "none" || alg.startsWith("HS"))) throw new Error("OIDC_ALGORITHMS may not include none or HMAC algorithms");
  let keys: Promise<ReturnType<typeof createRemoteJWKSet>> | null = null;
  const keySet = () => {
    keys ??= (async () => {
      let url = options.jwksUrl;
      if (!url) {
        const discovery = `${options.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
        const response = await fetch(discovery, { signal: AbortSignal.timeout(5000) });
        if (!response.ok) throw new Error(`the OIDC discovery document answered ${response.status}`);
        url = ((await response.json()) as { jwks_uri?: string }).jwks_uri;
        if (!url) throw new Error("the OIDC discovery document names no jwks_uri");
      }
      return createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
    })().catch((error: unknown) => {
      keys = null; // try discovery again on the next token
      throw error;
    });
    return keys;
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await keySet(), {
        issuer: options.issuer,
        audience: options.audience,
        algorithms,
        clockTolerance: 5,
        requiredClaims: ["exp", "sub"],
      }));
    } catch (error) {
      throw new InvalidOidcToken((error as Error).message);
    }
    const roles = asList(claim(payload, roleClaim));
    const subject = String(payload.sub);
    if (roles.some((r) => adminRoles.has(r))) return { role: "NATIONAL_ADMIN", operatorId: null, subject };
    if (roles.some((r) => coordinatorRoles.has(r))) {
      const operatorId = claim(payload, operatorClaim);
      if (typeof operatorId === "string" && operatorId) return { role: "COORDINATOR", operatorId, subject };
      throw new InvalidOidcToken(`a coordinator token must name the operator in the ${operatorClaim} claim`);
    }
    throw new InvalidOidcToken(`the ${roleClaim} claim names no role the hub knows`);
  };
}
