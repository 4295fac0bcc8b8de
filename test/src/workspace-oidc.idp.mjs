// A real OpenID Connect provider (the oidc-provider package) for the workspace's sign-in test, run as its own process
// because the package is ESM-only. It prints one line, `listening <issuer>`, and serves until it is killed.
// Environment: IDP_PORT, IDP_REDIRECT_URI (the workspace's /workspace/callback), IDP_POST_LOGOUT_URI (its /workspace/sign-in),
// IDP_AUDIENCE.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import Provider from "oidc-provider";

const CLIENT_ID = "jinjibu-workspace";
const audience = process.env.IDP_AUDIENCE ?? "urn:jinjibu:hub";

/** Test users and the claims the hub maps (OIDC_OPERATOR_CLAIM=hub_operator, OIDC_ROLE_CLAIM=hub_roles). */
const USERS = {
  "tanaka@dotdoto.example": { hub_operator: "op-dotdoto", hub_roles: ["hub-coordinator"] },
  "sato@meti.example": { hub_roles: ["hub-national-admin"] },
  "nobody@example": { hub_roles: ["staff"] },
};

const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });

const server = createServer();
server.listen(Number(process.env.IDP_PORT ?? 0), "127.0.0.1", () => {
  const { port } = server.address();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: "none",
        application_type: "web",
        grant_types: ["authorization_code"],
        response_types: ["code"],
        redirect_uris: [process.env.IDP_REDIRECT_URI],
        post_logout_redirect_uris: process.env.IDP_POST_LOGOUT_URI ? [process.env.IDP_POST_LOGOUT_URI] : [],
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "test-rsa", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    pkce: { required: () => true },
    // The workspace runs on another origin and calls the token endpoint with fetch.
    clientBasedCORS: () => true,
    features: {
      devInteractions: { enabled: false },
      // RP-initiated logout (end_session_endpoint): a Japanese confirmation page; "logout=yes" ends the provider's session.
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>テスト用認証サービス</title></head>
<body><h1>サインアウトの確認</h1>${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">サインアウトする</button></body></html>`;
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: "workspace",
          audience,
          accessTokenTTL: 3600,
          accessTokenFormat: "jwt",
          jwt: { sign: { alg: "RS256" } },
        }),
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => (USERS[sub] ? { accountId: sub, claims: () => ({ sub }) } : undefined),
    extraTokenClaims: (_ctx, token) => (token.kind === "AccessToken" && USERS[token.accountId] ? USERS[token.accountId] : undefined),
  });

  const page = (uid, message = "") => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>テスト用認証サービス</title></head>
<body><h1>テスト用認証サービス</h1>${message ? `<p role="alert">${message}</p>` : ""}
<form method="post" action="/interaction/${uid}/login">
<label for="login">アカウント</label><input id="login" name="login" autocomplete="off">
<button type="submit">ログイン</button></form></body></html>`;

  const readForm = (req) =>
    new Promise((resolve, reject) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => resolve(new URLSearchParams(body)));
      req.on("error", reject);
    });

  const callback = provider.callback();
  server.on("request", async (req, res) => {
    const url = new URL(req.url, issuer);
    const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(url.pathname);
    if (!match) return callback(req, res);
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === "login") {
        if (req.method === "POST" && match[2]) {
          const login = (await readForm(req)).get("login") ?? "";
          if (!USERS[login]) {
            res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
            return res.end(page(details.uid, "アカウントが見つかりません。"));
          }
          return await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
        }
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return res.end(page(details.uid));
      }
      // Consent: a first-party client, granted without asking.
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session.accountId, clientId: CLIENT_ID });
      const missing = details.prompt.details;
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
      for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(resource, scopes.join(" "));
      const grantId = await grant.save();
      return await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`interaction failed: ${error.message}`);
    }
  });
  process.stdout.write(`listening ${issuer}\n`);
});

process.on("SIGTERM", () => server.close(() => process.exit(0)));
// The test holds our stdin open: when it ends (the test process exited, even by a crash), so do we.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
