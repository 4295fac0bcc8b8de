import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { Kind, OperationTypeNode, parse, type DocumentNode } from "graphql";
import type { ApiKeyRegistry, KeyLike, OidcOptions } from "@jinjibu/auth";
import { createLogger, type Logger } from "@jinjibu/domain";
import { SignedDataSource, type GatewayContext } from "./data-source";
import { formatGatewayError } from "./errors";
import { queryLimitsRule } from "./limits";
import { cacheKey, type ResponseCache } from "./response-cache";
import { CredentialError, createViewerResolver } from "./viewer";
import { handleWorkspaceRequest, type WorkspaceOptions } from "./workspace";

const MAX_BODY_BYTES = 200_000;
/** How long a public directory answer may be served from the cache (an admin change invalidates it at once). */
export const PUBLIC_CACHE_TTL_SECONDS = 60;
/** Root fields whose anonymous answers are public directory data, safe to cache and share. */
export const CACHEABLE_ROOT_FIELDS = new Set([
  "directory",
  "operator",
  "operators",
  "prefectures",
  "regionalBlocks",
  "municipality",
  "municipalities",
  "modelRegion",
  "modelRegions",
  "agreements",
  "subsidySchemes",
  "subsidyScheme",
  "adoptions",
  "adoption",
  "linkedLaws",
  "programs",
  "program",
  "maturityModel",
]);

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL. */
  subgraphUrls: Record<string, string>;
  gatewayPrivateKey: KeyLike;
  identityPublicKey: KeyLike;
  apiKeys: () => ApiKeyRegistry;
  /** Sign-in through an OpenID Connect provider: its access tokens are accepted beside the identity JWTs. */
  oidc?: OidcOptions | null;
  cache: ResponseCache | null;
  /** Schema introspection for clients: on in development, off in production. */
  introspection: boolean;
  /** Serves the directory page and its assets. */
  publicDir?: string;
  /** The coordinators' workspace at /workspace/ (on unless `false`). */
  workspace?: WorkspaceOptions | false;
  logger?: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error("body too large"), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

interface ParsedOperation {
  kind: OperationTypeNode | null;
  rootFields: string[];
}

function inspect(query: unknown, operationName: unknown): ParsedOperation {
  if (typeof query !== "string") return { kind: null, rootFields: [] };
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return { kind: null, rootFields: [] };
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation =
    operations.find((o) => typeof operationName === "string" && o.name?.value === operationName) ??
    (operations.length === 1 ? operations[0] : undefined);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return { kind: null, rootFields: [] };
  const rootFields = operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : "*"));
  return { kind: operation.operation, rootFields };
}

const STATIC_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Starts the gateway: GraphQL at /graphql, the directory page at /, probes at /livez and /readyz. */
export async function startGatewayServer(options: GatewayOptions, port: number, host = "127.0.0.1"): Promise<RunningGateway> {
  const logger = options.logger ?? createLogger("gateway");
  const resolveViewer = createViewerResolver({ identityPublicKey: options.identityPublicKey, apiKeys: options.apiKeys, oidc: options.oidc });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      return new SignedDataSource(name, target, options.gatewayPrivateKey);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    validationRules: [queryLimitsRule],
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const cache = options.cache;

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> => {
    let viewer;
    try {
      viewer = await resolveViewer(req.headers);
    } catch (error) {
      if (error instanceof CredentialError) {
        sendJson(res, 401, { errors: [{ message: error.message, extensions: { code: "UNAUTHENTICATED" } }] }, { "x-request-id": requestId });
        return;
      }
      throw error;
    }
    const raw = req.method === "POST" ? await readBody(req) : "";
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown = raw;
    if (raw && (headers.get("content-type") ?? "").includes("application/json")) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendJson(res, 400, { errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
    }
    const request = (req.method === "GET" ? Object.fromEntries(url.searchParams) : body) as Record<string, unknown> | null;
    const variables =
      req.method === "GET" && typeof request?.variables === "string" ? safeJson(request.variables) : request?.variables;
    // Only the response cache needs the operation's type and root fields; without it, Apollo's own parse is enough.
    const op: ParsedOperation =
      cache === null || Array.isArray(body) ? { kind: null, rootFields: [] } : inspect(request?.query, request?.operationName);
    const cacheable =
      cache !== null &&
      viewer.role === "ANONYMOUS" &&
      op.kind === OperationTypeNode.QUERY &&
      op.rootFields.length > 0 &&
      op.rootFields.every((f) => CACHEABLE_ROOT_FIELDS.has(f));
    let key = "";
    let generation = 0;
    if (cacheable) {
      key = cacheKey(String(request?.query), variables, request?.operationName);
      generation = await cache.generation();
      const hit = await cache.get(generation, key);
      if (hit !== null) {
        res.writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "cache-control": `public, max-age=${PUBLIC_CACHE_TTL_SECONDS}`,
          "x-cache": "HIT",
          "x-request-id": requestId,
        });
        res.end(hit);
        return;
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "POST", headers, search: url.search, body },
      context: async () => ({ viewer, requestId }),
    });
    const responseHeaders: Record<string, string> = { "x-request-id": requestId };
    for (const [k, v] of result.headers) responseHeaders[k] = v;
    if (result.body.kind !== "complete") {
      res.writeHead(result.status ?? 200, responseHeaders);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    const text = result.body.string;
    const status = result.status ?? 200;
    const hasErrors = text.includes('"errors"');
    if (op.kind === OperationTypeNode.MUTATION && cache && status === 200 && text.includes('"data":{')) {
      // Any change may touch the directory: drop every cached public answer before the client can ask again.
      await cache.bump();
    }
    if (cacheable && status === 200 && !hasErrors) {
      await cache.set(generation, key, text, PUBLIC_CACHE_TTL_SECONDS);
      responseHeaders["cache-control"] = `public, max-age=${PUBLIC_CACHE_TTL_SECONDS}`;
      responseHeaders["x-cache"] = "MISS";
    } else {
      // Personal and per-viewer answers must never be stored by a browser or a proxy.
      responseHeaders["cache-control"] = "private, no-store";
    }
    res.writeHead(status, responseHeaders);
    res.end(text);
  };

  const serveStatic = async (res: ServerResponse, pathname: string): Promise<boolean> => {
    if (!options.publicDir) return false;
    const relative = pathname === "/" || pathname.startsWith("/operators/") ? "index.html" : pathname.replace(/^\/+/, "");
    const file = path.resolve(options.publicDir, relative);
    if (!file.startsWith(path.resolve(options.publicDir) + path.sep)) return false;
    try {
      const content = await readFile(file);
      res.writeHead(200, {
        "content-type": STATIC_TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": relative === "index.html" ? "no-cache" : "public, max-age=300",
        "x-content-type-options": "nosniff",
      });
      res.end(content);
      return true;
    } catch {
      return false;
    }
  };

  const readiness = async (): Promise<{ ready: boolean; subgraphs: Record<string, string> }> => {
    const subgraphs: Record<string, string> = {};
    await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, graphqlUrl]) => {
        try {
          const response = await fetch(graphqlUrl.replace(/\/graphql$/, "/readyz"), { signal: AbortSignal.timeout(2000) });
          subgraphs[name] = response.ok ? "ready" : "degraded";
        } catch {
          subgraphs[name] = "unreachable";
        }
      }),
    );
    return { ready: Object.values(subgraphs).every((s) => s === "ready"), subgraphs };
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const requestId = randomUUID();
    const route = async () => {
      if (url.pathname === "/graphql") return handleGraphQL(req, res, url, requestId);
      if (options.workspace !== false && (await handleWorkspaceRequest(req, res, { ...options.workspace, resolveViewer }))) return;
      if (url.pathname === "/livez") return sendJson(res, 200, { status: "ok" });
      if (url.pathname === "/readyz") {
        const state = await readiness();
        return sendJson(res, state.ready ? 200 : 503, { status: state.ready ? "ready" : "degraded", subgraphs: state.subgraphs });
      }
      if (req.method === "GET" && (await serveStatic(res, url.pathname))) return;
      return sendJson(res, 404, { errors: [{ message: "Not found. GraphQL is served at /graphql; the directory at /." }] });
    };
    route().catch((error: unknown) => {
      const status = (error as { status?: number }).status ?? 500;
      logger.error("request failed", { requestId, error });
      if (!res.headersSent) {
        sendJson(res, status, {
          errors: [{ message: status === 413 ? "The request body is too large." : `Internal server error (request ${requestId}).`, extensions: { code: status === 413 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }],
        });
      } else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
