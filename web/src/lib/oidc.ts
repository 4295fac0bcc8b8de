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

/** Forgets the provider's tokens in this browser (the session at the provider ends on its own schedule). */
export async function signOutOidc(): Promise<void> {
  const m = await oidcManager();
  await m?.removeUser();
}
