import type { IncomingHttpHeaders } from "node:http";
import type { SiteKeyResolver } from "./site-keys";
import { ANONYMOUS, bearerToken, createOidcVerifier, isTokenFrom, verifyUserToken, type KeyLike, type OidcOptions, type Viewer } from "@jinjibu/auth";

export class CredentialError extends Error {}

export interface ViewerResolverOptions {
  /** Verifies coordinator and national-administrator JWTs. */
  identityPublicKey: KeyLike;
  /** Site API keys: the database (shared by every gateway), and/or a static keys file. */
  apiKeys: () => SiteKeyResolver;
  /** A configured OpenID Connect provider whose access tokens also sign people in (production sign-in). */
  oidc?: OidcOptions | null;
}

/**
 * Turns a client's credentials into a viewer. No credentials: anonymous. A bearer JWT (the hub's identity JWT, or an
 * access token of the configured OpenID Connect provider): a coordinator or the national administrator. An `x-api-key`: a regional site. Credentials that are present but invalid are an error, never a silent
 * downgrade to anonymous. Every other client header is ignored: identity reaches subgraphs only in the gateway token.
 */
export function createViewerResolver(options: ViewerResolverOptions) {
  const oidc = options.oidc ? createOidcVerifier(options.oidc) : null;
  const issuer = options.oidc?.issuer;
  return async (headers: IncomingHttpHeaders): Promise<Viewer> => {
    const apiKey = headers["x-api-key"];
    const authorization = headers.authorization;
    if (authorization && apiKey) throw new CredentialError("Send either an Authorization bearer token or an x-api-key, not both.");
    if (authorization) {
      const token = bearerToken(authorization);
      if (!token) throw new CredentialError("The Authorization header must be `Bearer <token>`.");
      try {
        // Tokens of the configured identity provider go to its verifier; every other JWT to the hub's own identity key.
        if (oidc && issuer && isTokenFrom(token, issuer)) return await oidc(token);
        return await verifyUserToken(options.identityPublicKey, token);
      } catch {
        throw new CredentialError("The bearer token is invalid or expired. Sign in again.");
      }
    }
    if (apiKey) {
      const viewer = await options.apiKeys().resolve(Array.isArray(apiKey) ? apiKey[0]! : apiKey);
      if (!viewer) throw new CredentialError("The API key is unknown or revoked.");
      return viewer;
    }
    return ANONYMOUS;
  };
}
