/** What the gateway tells the app at /workspace/config.json. */
export interface WorkspaceConfig {
  /** Development sign-in (choose a seeded operator and role); false in production. */
  devSignIn: boolean;
  /** OpenID Connect client settings when an identity provider is configured. */
  oidc: { authority: string; clientId: string; scope: string } | null;
}

let cached: Promise<WorkspaceConfig> | null = null;

export function loadConfig(): Promise<WorkspaceConfig> {
  cached ??= fetch(`${import.meta.env.BASE_URL}config.json`, { headers: { accept: "application/json" } }).then(async (r) => {
    if (!r.ok) throw new Error("config");
    return (await r.json()) as WorkspaceConfig;
  });
  return cached;
}
