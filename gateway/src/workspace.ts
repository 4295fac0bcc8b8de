import { readFile, stat } from "node:fs/promises";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { mintUserToken, type KeyLike, type UserRole, type Viewer } from "@jinjibu/auth";
import { RateLimited, type WorkspaceSignInLimiter } from "./rate-limits";
import { messageJaFor } from "@jinjibu/domain";

/** Where the coordinators' workspace (the `web/` package's build) is served. */
export const WORKSPACE_BASE = "/workspace/";

/** The OpenID Connect client settings the app uses to sign in (authorization code + PKCE). */
export interface WorkspaceOidcClient {
  /** The issuer URL (the app reads its discovery document). */
  authority: string;
  clientId: string;
  /** Scopes to ask for, space-separated (default "openid"). */
  scope?: string;
}

export interface WorkspaceOptions {
  /** The built app (`web/dist`); default: the repository's `web/dist` next to the gateway. */
  dir?: string;
  /**
   * Development sign-in: the key that signs identity JWTs (what `npm run dev:token` uses). Absent or null: no
   * development sign-in. Never honoured when `production` is true.
   */
  devIdentityPrivateKey?: KeyLike | null;
  /** True in production: development sign-in is absent whatever else is set. */
  production?: boolean;
  /** Lifetime of a development session token (default "8h"). */
  devTokenLifetime?: string;
  /** Sign-in through an OpenID Connect provider; null when none is configured. */
  oidcClient?: WorkspaceOidcClient | null;
}

export interface WorkspaceDeps extends WorkspaceOptions {
  /** The gateway's own credential check (throws for invalid credentials). */
  resolveViewer(headers: IncomingHttpHeaders): Promise<Viewer>;
  /** Refused sign-ins at `api/session`, per client address (the gateway's rate limits); none: unlimited. */
  signInLimiter?: WorkspaceSignInLimiter | null;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".csv": "text/csv; charset=utf-8",
};
const MAX_BODY = 10_000;
const OPERATOR_ID = /^op-[a-z0-9-]{1,60}$/;

/** The repository's `web/dist` as seen from `gateway/dist` (or `gateway/src` under a TS runner). */
export function defaultWorkspaceDir(): string {
  return path.resolve(__dirname, "..", "..", "web", "dist");
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function securityHeaders(deps: WorkspaceDeps): Record<string, string> {
  const idp = deps.oidcClient ? originOf(deps.oidcClient.authority) : null;
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${idp ? ` ${idp}` : ""}`,
    `form-action 'self'${idp ? ` ${idp}` : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
  };
}

function json(res: ServerResponse, status: number, body: unknown): true {
  // Refusals a person reads carry a Japanese sentence beside the English one.
  if (body && typeof body === "object" && "code" in body && "message" in body) {
    const { code, message } = body as { code: unknown; message: unknown };
    const messageJa = typeof code === "string" && typeof message === "string" ? messageJaFor(code, message) : null;
    if (messageJa) body = { ...body, messageJa };
  }
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(JSON.stringify(body));
  return true;
}

function readSmallBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error("body too large"), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The `exp` of a token the gateway has already verified, in epoch milliseconds. */
function expiryOf(token: string): number | null {
  try {
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as { exp?: unknown };
    return typeof payload.exp === "number" ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

async function sendFile(res: ServerResponse, file: string, cacheControl: string, headers: Record<string, string>, head: boolean): Promise<boolean> {
  let content: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    content = await readFile(file);
  } catch {
    return false;
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": cacheControl, ...headers });
  res.end(head ? undefined : content);
  return true;
}

function devSignInEnabled(deps: WorkspaceDeps): boolean {
  return !deps.production && Boolean(deps.devIdentityPrivateKey);
}

async function devSession(req: IncomingMessage, res: ServerResponse, deps: WorkspaceDeps): Promise<true> {
  let body: { role?: unknown; operatorId?: unknown };
  try {
    body = JSON.parse(await readSmallBody(req)) as typeof body;
  } catch (error) {
    if ((error as { status?: number }).status === 413) return json(res, 413, { code: "BAD_REQUEST", message: "The request body is too large." });
    return json(res, 400, { code: "BAD_REQUEST", message: "Send a JSON object {role, operatorId}." });
  }
  const role = body?.role;
  if (role !== "COORDINATOR" && role !== "NATIONAL_ADMIN") {
    return json(res, 400, { code: "BAD_USER_INPUT", message: "role must be COORDINATOR or NATIONAL_ADMIN." });
  }
  const operatorId = typeof body.operatorId === "string" ? body.operatorId : null;
  if (role === "COORDINATOR" && (!operatorId || !OPERATOR_ID.test(operatorId))) {
    return json(res, 400, { code: "BAD_USER_INPUT", message: "operatorId must be a seeded operator id such as op-meguru." });
  }
  const token = await mintUserToken(deps.devIdentityPrivateKey!, {
    role: role as UserRole,
    operatorId: role === "COORDINATOR" ? operatorId! : undefined,
    subject: role === "COORDINATOR" ? `dev-coordinator@${operatorId}` : "dev-admin@meti",
    expiresIn: deps.devTokenLifetime ?? "8h",
  });
  return json(res, 200, { token, expiresAt: expiryOf(token) });
}

function tooManySignIns(res: ServerResponse, error: RateLimited): true {
  res.writeHead(429, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "retry-after": String(error.retryAfterSeconds),
  });
  res.end(
    JSON.stringify({
      code: "RATE_LIMITED",
      message: `Too many failed sign-ins from this address. Retry after ${error.retryAfterSeconds} seconds.`,
      retryAfterSeconds: error.retryAfterSeconds,
    }),
  );
  return true;
}

async function sessionInfo(req: IncomingMessage, res: ServerResponse, deps: WorkspaceDeps): Promise<true> {
  // Under the gateway's Express app `ip` follows its `trust proxy` setting; a bare Node server has only the TCP peer.
  const address = (req as IncomingMessage & { ip?: string }).ip ?? req.socket.remoteAddress ?? "unknown";
  const limiter = deps.signInLimiter ?? null;
  try {
    // While the address has used up its refused sign-ins, nothing is checked, not even a valid token.
    await limiter?.check(address);
  } catch (error) {
    if (error instanceof RateLimited) return tooManySignIns(res, error);
    throw error;
  }
  let viewer: Viewer;
  try {
    viewer = await deps.resolveViewer(req.headers);
  } catch {
    await limiter?.failed(address);
    return json(res, 401, { code: "UNAUTHENTICATED", message: "The bearer token is invalid or expired. Sign in again." });
  }
  if (viewer.role !== "COORDINATOR" && viewer.role !== "NATIONAL_ADMIN") {
    return json(res, 403, { code: "FORBIDDEN", message: "The workspace is for coordinators and the national administrator: sign in with a user account." });
  }
  const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
  return json(res, 200, { role: viewer.role, operatorId: viewer.operatorId, subject: viewer.subject, expiresAt: expiryOf(token) });
}

/**
 * Serves the coordinators' workspace under `/workspace/`: the built single-page app (any path without a file extension
 * falls back to its `index.html`), `config.json` (how to sign in), `api/session` (who a bearer token is) and, outside
 * production, `api/dev-session` (development sign-in). Framework-neutral: returns true when it answered the request.
 */
export async function handleWorkspaceRequest(req: IncomingMessage, res: ServerResponse, deps: WorkspaceDeps): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const pathname = url.pathname;
  if (pathname === "/workspace") {
    res.writeHead(308, { location: `${WORKSPACE_BASE}${url.search}` });
    res.end();
    return true;
  }
  if (!pathname.startsWith(WORKSPACE_BASE)) return false;
  const relative = pathname.slice(WORKSPACE_BASE.length);
  const method = req.method ?? "GET";

  if (relative === "api/dev-session") {
    if (!devSignInEnabled(deps)) return json(res, 404, { code: "NOT_FOUND", message: "Development sign-in is not available here." });
    if (method !== "POST") return json(res, 405, { code: "BAD_REQUEST", message: "Use POST." });
    return devSession(req, res, deps);
  }
  if (relative === "api/session") {
    if (method !== "GET") return json(res, 405, { code: "BAD_REQUEST", message: "Use GET." });
    return sessionInfo(req, res, deps);
  }
  if (relative.startsWith("api/")) return json(res, 404, { code: "NOT_FOUND", message: "No such workspace endpoint." });
  if (method !== "GET" && method !== "HEAD") return json(res, 405, { code: "BAD_REQUEST", message: "Use GET." });
  if (relative === "config.json") {
    return json(res, 200, {
      devSignIn: devSignInEnabled(deps),
      oidc: deps.oidcClient
        ? { authority: deps.oidcClient.authority, clientId: deps.oidcClient.clientId, scope: deps.oidcClient.scope ?? "openid" }
        : null,
    });
  }

  const root = path.resolve(deps.dir ?? defaultWorkspaceDir());
  const headers = securityHeaders(deps);
  const head = method === "HEAD";
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return json(res, 400, { code: "BAD_REQUEST", message: "The path is not valid." });
  }
  if (decoded && path.extname(decoded)) {
    const file = path.resolve(root, decoded);
    if (!file.startsWith(root + path.sep)) return json(res, 404, { code: "NOT_FOUND", message: "Not found." });
    // Vite names assets by content hash, so they never change under one name.
    const cache = decoded.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache";
    if (await sendFile(res, file, cache, headers, head)) return true;
    return json(res, 404, { code: "NOT_FOUND", message: "Not found." });
  }
  if (await sendFile(res, path.join(root, "index.html"), "no-cache", headers, head)) return true;
  res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end("ワークスペースがまだビルドされていません。`npm run build` を実行してから、もう一度開いてください。\n");
  return true;
}
