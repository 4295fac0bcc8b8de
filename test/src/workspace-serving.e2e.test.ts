import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { generatePemKeyPair, importPrivateKey, importPublicKey, verifyUserToken, type KeyLike, type Viewer } from "@jinjibu/auth";
import { DEFAULT_RATE_LIMITS, handleWorkspaceRequest, RateLimits, type WorkspaceDeps } from "@jinjibu/gateway";

/** The workspace handler on a bare HTTP server (it is framework-neutral), over a small fake build. */
describe("serving the workspace at /workspace/", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "workspace-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(path.join(dir, "assets", "index-abc123.js"), "console.log(1)");
  let identityPrivate: KeyLike;
  let identityPublic: KeyLike;
  const servers: Server[] = [];

  async function serve(deps: Partial<WorkspaceDeps>): Promise<string> {
    const full: WorkspaceDeps = {
      dir,
      resolveViewer: async (headers): Promise<Viewer> => {
        const token = (headers.authorization ?? "").replace(/^Bearer /, "");
        if (!token) return { role: "ANONYMOUS", operatorId: null, subject: null };
        return verifyUserToken(identityPublic, token);
      },
      ...deps,
    };
    const server = createServer((req, res) => {
      void handleWorkspaceRequest(req, res, full).then((handled) => {
        if (!handled) {
          res.writeHead(404);
          res.end("not the workspace");
        }
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }

  beforeAll(async () => {
    const keys = generatePemKeyPair();
    identityPrivate = await importPrivateKey(keys.privateKeyPem);
    identityPublic = await importPublicKey(keys.publicKeyPem);
  });
  afterAll(async () => {
    for (const s of servers) await new Promise((r) => s.close(r));
  });

  it("serves the app with an SPA fallback, hashed assets for a year, and a strict content security policy", async () => {
    const base = await serve({ devIdentityPrivateKey: identityPrivate, oidcClient: { authority: "https://idp.example.jp/realms/hub", clientId: "ws" } });
    const redirect = await fetch(`${base}/workspace?x=1`, { redirect: "manual" });
    expect([redirect.status, redirect.headers.get("location")]).toEqual([308, "/workspace/?x=1"]);
    for (const route of ["/workspace/", "/workspace/pool/tp-1", "/workspace/records"]) {
      const page = await fetch(`${base}${route}`);
      expect([route, page.status, await page.text()]).toEqual([route, 200, "<!doctype html><title>app</title>"]);
      expect(page.headers.get("cache-control")).toBe("no-cache");
      expect(page.headers.get("content-security-policy")).toBe(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
          "connect-src 'self' https://idp.example.jp; form-action 'self' https://idp.example.jp; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
      );
      expect(page.headers.get("x-frame-options")).toBe("DENY");
    }
    const asset = await fetch(`${base}/workspace/assets/index-abc123.js`);
    expect([asset.status, asset.headers.get("content-type"), asset.headers.get("cache-control")]).toEqual([
      200,
      "text/javascript; charset=utf-8",
      "public, max-age=31536000, immutable",
    ]);
    // A missing file is a 404, not the app (a stale script name must not load HTML).
    expect((await fetch(`${base}/workspace/assets/index-old.js`)).status).toBe(404);
    expect((await fetch(`${base}/workspace/..%2f..%2fetc%2fpasswd.txt`)).status).toBe(404);
    expect((await fetch(`${base}/workspace/`, { method: "POST" })).status).toBe(405);
    expect(await (await fetch(`${base}/graphql`)).text()).toBe("not the workspace");
    expect(await (await fetch(`${base}/workspace/config.json`)).json()).toEqual({
      devSignIn: true,
      oidc: { authority: "https://idp.example.jp/realms/hub", clientId: "ws", scope: "openid" },
    });
  });

  it("mints development sessions only outside production, checking role and operator", async () => {
    const base = await serve({ devIdentityPrivateKey: identityPrivate });
    const mint = (body: unknown) => fetch(`${base}/workspace/api/dev-session`, { method: "POST", body: JSON.stringify(body) });
    const ok = await mint({ role: "COORDINATOR", operatorId: "op-meguru" });
    const { token, expiresAt } = (await ok.json()) as { token: string; expiresAt: number };
    expect(await verifyUserToken(identityPublic, token)).toEqual({ role: "COORDINATOR", operatorId: "op-meguru", subject: "dev-coordinator@op-meguru" });
    expect(expiresAt).toBeGreaterThan(Date.now() + 7 * 3600_000);
    const session = await fetch(`${base}/workspace/api/session`, { headers: { authorization: `Bearer ${token}` } });
    expect(await session.json()).toEqual({ role: "COORDINATOR", operatorId: "op-meguru", subject: "dev-coordinator@op-meguru", expiresAt });

    const badRole = await mint({ role: "SITE", operatorId: "op-meguru" });
    expect([badRole.status, await badRole.json()]).toEqual([400, { code: "BAD_USER_INPUT", message: "role must be COORDINATOR or NATIONAL_ADMIN." }]);
    const badOperator = await mint({ role: "COORDINATOR", operatorId: "'; DROP TABLE x" });
    expect([badOperator.status, ((await badOperator.json()) as { code: string }).code]).toEqual([400, "BAD_USER_INPUT"]);
    const notJson = await fetch(`${base}/workspace/api/dev-session`, { method: "POST", body: "role=admin" });
    expect(notJson.status).toBe(400);
    expect((await fetch(`${base}/workspace/api/session`, { headers: { authorization: "Bearer nope" } })).status).toBe(401);
    // An anonymous visitor is not a workspace user.
    expect((await fetch(`${base}/workspace/api/session`)).status).toBe(403);

    for (const production of [await serve({ devIdentityPrivateKey: identityPrivate, production: true }), await serve({})]) {
      expect((await fetch(`${production}/workspace/api/dev-session`, { method: "POST", body: JSON.stringify({ role: "NATIONAL_ADMIN" }) })).status).toBe(404);
      expect(await (await fetch(`${production}/workspace/config.json`)).json()).toEqual({ devSignIn: false, oidc: null });
    }
  });

  it("limits refused sign-ins at api/session per client address with their own budget: 429, RATE_LIMITED and Retry-After", async () => {
    const limits = new RateLimits({ ...DEFAULT_RATE_LIMITS, failedWorkspaceSignInsPer15Minutes: 3 }, null);
    const base = await serve({ devIdentityPrivateKey: identityPrivate, signInLimiter: limits.workspaceSignIns() });
    const token = ((await (await fetch(`${base}/workspace/api/dev-session`, { method: "POST", body: JSON.stringify({ role: "NATIONAL_ADMIN" }) })).json()) as { token: string }).token;
    const session = (bearer: string | null) => fetch(`${base}/workspace/api/session`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
    // Valid sign-ins and anonymous visitors (403) use up nothing.
    for (let i = 0; i < 5; i += 1) expect((await session(token)).status).toBe(200);
    expect((await session(null)).status).toBe(403);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await session(`forged.${i}.token`)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    // While the budget is used up, even a valid token is not checked.
    const refused = await session(token);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(await refused.json()).toEqual({
      code: "RATE_LIMITED",
      message: `Too many failed sign-ins from this address. Retry after ${retryAfter} seconds.`,
      retryAfterSeconds: retryAfter,
    });
    expect(refused.headers.get("cache-control")).toBe("no-store");
    // The development sign-in itself is not a credential check and is not limited.
    expect((await fetch(`${base}/workspace/api/dev-session`, { method: "POST", body: JSON.stringify({ role: "NATIONAL_ADMIN" }) })).status).toBe(200);
    // Without a limiter (rate limits off) nothing is refused.
    const open = await serve({});
    for (let i = 0; i < 5; i += 1) expect((await fetch(`${open}/workspace/api/session`, { headers: { authorization: "Bearer x" } })).status).toBe(401);
  });

  it("says in Japanese when the app has not been built", async () => {
    const base = await serve({ dir: path.join(dir, "missing") });
    const page = await fetch(`${base}/workspace/`);
    expect(page.status).toBe(503);
    expect(await page.text()).toBe("ワークスペースがまだビルドされていません。`npm run build` を実行してから、もう一度開いてください。\n");
  });
});
