import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startHub, type Hub } from "./harness";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts");
const available = existsSync(CHROMIUM);
if (!available) {
  process.stdout.write(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
}
const describeBrowser = available ? describe : describe.skip;
const AUDIENCE = "urn:jinjibu:hub";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the test identity provider (a real oidc-provider in its own process) and waits for its `listening` line. */
function startIdp(port: number, redirectUri: string, postLogoutUri: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, "workspace-oidc.idp.mjs")], {
      env: { ...process.env, IDP_PORT: String(port), IDP_REDIRECT_URI: redirectUri, IDP_POST_LOGOUT_URI: postLogoutUri, IDP_AUDIENCE: AUDIENCE },
      stdio: ["pipe", "pipe", "inherit"],
    });
    child.once("exit", (code) => reject(new Error(`the identity provider exited (code ${code})`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().startsWith("listening ")) resolve(child);
    });
  });
}

describeBrowser("signing in to the workspace with OpenID Connect (authorization code + PKCE) against a real provider", () => {
  let hub: Hub;
  let idp: ChildProcess;
  let browser: Browser;
  let issuer: string;
  const external: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const port = await freePort();
    issuer = `http://127.0.0.1:${port}`;
    hub = await startHub({
      oidc: { issuer, audience: AUDIENCE, operatorClaim: "hub_operator", roleClaim: "hub_roles", coordinatorRoles: ["hub-coordinator"], adminRoles: ["hub-national-admin"] },
      // Production: the development sign-in is absent; only the identity provider signs people in.
      workspace: { production: true, oidcClient: { authority: issuer, clientId: "jinjibu-workspace", scope: "openid workspace" } },
    });
    idp = await startIdp(port, `${hub.baseUrl}/workspace/callback`, `${hub.baseUrl}/workspace/sign-in`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await browser?.close();
    idp?.kill("SIGTERM");
    await hub?.stop();
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1" && url.hostname !== "localhost") external.push(request.url());
    });
    return page;
  }

  async function signIn(page: Page, account: string): Promise<void> {
    await page.goto(`${hub.baseUrl}/workspace/sign-in`);
    await page.getByRole("button", { name: "認証サービスでサインイン" }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.fill("#login", account);
    await page.getByRole("button", { name: "ログイン" }).click();
  }

  it("offers no development sign-in in production, and the gateway refuses to mint development tokens", async () => {
    const page = await newPage();
    await page.goto(`${hub.baseUrl}/workspace/sign-in`);
    await page.waitForSelector("[data-testid=oidc-sign-in]");
    expect(await page.$("#dev-heading")).toBeNull();
    const minted = await fetch(`${hub.baseUrl}/workspace/api/dev-session`, { method: "POST", body: JSON.stringify({ role: "NATIONAL_ADMIN" }) });
    expect(minted.status).toBe(404);
    expect(await (await fetch(`${hub.baseUrl}/workspace/config.json`)).json()).toEqual({
      devSignIn: false,
      oidc: { authority: issuer, clientId: "jinjibu-workspace", scope: "openid workspace" },
    });
    await page.screenshot({ path: path.join(ARTIFACTS, "workspace-sign-in-oidc-1280.png") });
    await page.context().close();
  });

  it("signs a coordinator in through the provider and shows their operator's pool", async () => {
    const page = await newPage();
    const authorize: URL[] = [];
    page.on("request", (request) => {
      if (request.url().startsWith(`${issuer}/auth`)) authorize.push(new URL(request.url()));
    });
    await signIn(page, "tanaka@dotdoto.example");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "人材プール");
    expect(new URL(page.url()).pathname).toBe("/workspace/pool");
    // The operator's name is filled in after the session starts.
    await page.waitForFunction(() => document.querySelector("[data-testid=who]")?.textContent?.includes("一般社団法人ドット道東"));
    // Authorization code with PKCE (S256); the access token is the provider's JWT, verified by the gateway.
    expect(authorize[0]!.searchParams.get("response_type")).toBe("code");
    expect(authorize[0]!.searchParams.get("code_challenge_method")).toBe("S256");
    const session = JSON.parse((await page.evaluate(() => sessionStorage.getItem("jinjibu.workspace.session")))!) as { token: string; via: string; operatorId: string };
    expect([session.via, session.operatorId]).toEqual(["oidc", "op-dotdoto"]);
    const pool = await hub.query<{ ownTalentPool: { totalCount: number } }>("{ ownTalentPool { totalCount } }", {}, { headers: { authorization: `Bearer ${session.token}` } });
    expect(pool.body.errors).toBeUndefined();
    expect(pool.body.data!.ownTalentPool.totalCount).toBeGreaterThan(0);
    await page.waitForSelector("[data-testid=pool-table]");
    await page.context().close();
  });

  it("signs out at the provider too (end_session_endpoint with id_token_hint), so the next sign-in asks for the account again", async () => {
    const page = await newPage();
    await signIn(page, "tanaka@dotdoto.example");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "人材プール");
    const storage = await page.evaluate(() => Object.fromEntries(Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k) ?? ""])));
    const userKey = Object.keys(storage).find((k) => k.startsWith("oidc.user:"));
    const idToken = userKey ? ((JSON.parse(storage[userKey]!) as { id_token?: string }).id_token ?? null) : null;
    expect(idToken).toEqual(expect.any(String));
    await page.getByRole("button", { name: "サインアウト" }).click();
    await page.waitForURL((url) => url.origin === issuer);
    const end = new URL(page.url());
    const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { end_session_endpoint: string };
    expect(`${end.origin}${end.pathname}`).toBe(discovery.end_session_endpoint);
    expect(end.searchParams.get("id_token_hint")).toBe(idToken);
    expect(end.searchParams.get("post_logout_redirect_uri")).toBe(`${hub.baseUrl}/workspace/sign-in`);
    // The workspace forgot its tokens before leaving.
    await page.getByRole("button", { name: "サインアウトする" }).click();
    await page.waitForURL((url) => url.origin === new URL(hub.baseUrl).origin && url.pathname === "/workspace/sign-in" && url.search === "");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "サインイン");
    expect(await page.textContent("[data-testid=notice]")).toBe("サインアウトしました。");
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("oidc.") || k === "jinjibu.workspace.session"))).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "workspace-signed-out-oidc-1280.png") });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "workspace-signed-out-oidc-390.png") });
    await page.setViewportSize({ width: 1280, height: 900 });
    // The provider's session ended: signing in again asks for the account.
    await page.getByRole("button", { name: "認証サービスでサインイン" }).click();
    await page.waitForURL((url) => url.origin === issuer);
    await page.waitForSelector("#login");
    await page.context().close();
  });

  it("signs the national administrator in to the records", async () => {
    const page = await newPage();
    await signIn(page, "sato@meti.example");
    await page.waitForFunction(() => document.querySelector("h1")?.textContent === "記録");
    expect(await page.textContent("[data-testid=who]")).toContain("全国管理者（経済産業省）");
    await page.context().close();
  });

  it("refuses a provider account with no hub role, in Japanese", async () => {
    const page = await newPage();
    await signIn(page, "nobody@example");
    await page.waitForSelector("[role=alert]");
    expect(await page.textContent("[role=alert]")).toBe(
      "このアカウントではワークスペースにサインインできません。コーディネーターまたは全国管理者の役割と所属事業者が設定されているか、管理者に確認してください。",
    );
    await page.context().close();
  });
});
