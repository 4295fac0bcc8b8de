import { UserManager, WebStorageStateStore } from "oidc-client-ts";
import { loadConfig } from "./config";

let manager: Promise<UserManager | null> | null = null;

/** The OpenID Connect client (authorization code + PKCE), when the gateway names an identity provider. */
export function oidcManager(): Promise<UserManager | null> {
  manager ??= loadConfig().then((config) => {
    if (!config.oidc) return null;
    const base = `${window.location.origin}${import.meta.env.BASE_URL}`;
    return new UserManager({
      authority: config.oidc.authority,
      client_id: config.oidc.clientId,
      redirect_uri: `${base}callback`,
      post_logout_redirect_uri: `${base}sign-in`,
      response_type: "code",
      scope: config.oidc.scope,
      loadUserInfo: false,
      automaticSilentRenew: false,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    });
  });
  return manager;
}

export async function signInOidc(): Promise<void> {
  const m = await oidcManager();
  if (!m) throw new Error("oidc");
  await m.signinRedirect();
}

/** Finishes the redirect back from the identity provider; returns the access token and when it expires. */
export async function completeOidcSignIn(): Promise<{ token: string; expiresAt: number }> {
  const m = await oidcManager();
  if (!m) throw new Error("oidc");
  const user = await m.signinRedirectCallback();
  return { token: user.access_token, expiresAt: (user.expires_at ?? Math.floor(Date.now() / 1000) + 300) * 1000 };
}

/**
 * Ends the session at the identity provider too (RP-initiated logout): the browser goes to the provider's
 * end_session_endpoint with id_token_hint and post_logout_redirect_uri (`/workspace/sign-in`), and comes back signed out.
 * The tokens in this browser are forgotten first. Returns false, having only forgotten the tokens, when the provider
 * publishes no end_session_endpoint or holds no id token for this browser (the browser then stays here).
 */
export async function signOutOidc(): Promise<boolean> {
  const m = await oidcManager();
  if (!m) return false;
  const user = await m.getUser();
  const endpoint = await m.metadataService.getEndSessionEndpoint().catch(() => undefined);
  if (!endpoint || !user?.id_token) {
    await m.removeUser();
    return false;
  }
  await m.signoutRedirect({ id_token_hint: user.id_token });
  return true;
}
