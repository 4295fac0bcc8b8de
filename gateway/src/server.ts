import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { GraphQLError, Kind, OperationTypeNode, type FormattedExecutionResult } from "graphql";
import type { Redis } from "ioredis";
import type { KeyLike, OidcOptions, Viewer } from "@jinjibu/auth";
import { createMetricsRegistry, GatewayMetrics, metricsHandler, operationLabel, requestOutcome, type Registry } from "@jinjibu/telemetry";
import { DEFAULT_RESILIENCE, GatewayTokenCache, newRequestState, SignedDataSource, OVERLOAD_RETRY_AFTER_SECONDS, type GatewayContext, type RequestState, type ResilienceOptions } from "./data-source";
import { messageJaFor } from "@jinjibu/domain";
import { directoryPages, type ExecutePageQuery } from "./directory-page";
import { formatGatewayError } from "./errors";
import type { TrustProxy } from "./config";
import { armorProtection, costBudgetError, COST_BUDGETS, MAX_TOKENS, operationCost, sensitiveSelections } from "./limits";
import { createGatewayLogger, type Logger } from "./logger";
import { DEFAULT_RATE_LIMITS, RateLimited, RateLimits, viewerKey, type RateLimitSettings } from "./rate-limits";
import { cacheKey, MemoryResponseCache, type ResponseCache } from "./response-cache";
import { SITE_KEY_MUTATIONS, type SiteKeyResolver } from "./site-keys";
import { CredentialError, createViewerResolver } from "./viewer";
import { handleWorkspaceRequest, type WorkspaceOptions } from "./workspace";

/** Largest request body (bytes) by default; GATEWAY_BODY_LIMIT_BYTES changes it. */
export const DEFAULT_BODY_LIMIT_BYTES = 200_000;
/** How long a public directory answer may be served from the cache (a mutation that changes its data invalidates it at once). */
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
  apiKeys: () => SiteKeyResolver;
  /** Told when a site key was revoked through this gateway (DatabaseSiteKeys: shared through Redis with every gateway). */
  siteKeyRevocations?: { revoked(): Promise<void> } | null;
  cache: ResponseCache | null;
  /** Schema introspection for clients: on in development, off in production (GATEWAY_INTROSPECTION). */
  introspection: boolean;
  /** Development mode: "Did you mean …" suggestions are shown. Default false (hidden). */
  development?: boolean;
  /** Serves the directory page and its assets. */
  publicDir?: string;
  /**
   * Express's `trust proxy`: which peers' `X-Forwarded-For` names the client whose address the rate limits and the
   * failed sign-ins count (default false: the TCP peer).
   */
  trustProxy?: TrustProxy;
  /** Operators per page of the directory page at / (1 to 100; default 100). */
  directoryPageSize?: number;
  /** The coordinators' workspace at /workspace/ (on unless `false`). */
  workspace?: WorkspaceOptions | false;
  /** Sign-in through an OpenID Connect provider: its access tokens are accepted beside the identity JWTs. */
  oidc?: OidcOptions | null;
  logger?: Logger;
  /** Largest request body in bytes (default 200 000). */
  bodyLimitBytes?: number;
  /** Merge identical in-flight subgraph query fetches of the same viewer (default true; SUBGRAPH_DEDUPE). */
  dedupeFetches?: boolean;
  /** Per-subgraph timeout, breaker and bulkhead settings. */
  resilience?: Partial<ResilienceOptions>;
  /** Rate limits; `false` turns them off. Default DEFAULT_RATE_LIMITS. */
  rateLimits?: Partial<RateLimitSettings> | false;
  /** Shared store for rate limits (several gateway instances); memory when absent. */
  redis?: Redis | null;
  /** Prefix of the rate-limit keys in Redis (default `jinjibu:rate`); deployments sharing a Redis need their own. */
  rateLimitPrefix?: string;
  /** How long a subgraph's readiness probe result is reused (ms). Default 2000. */
  readinessCacheMs?: number;
  /**
   * `/metrics` on the gateway's port answers only `Authorization: Bearer <token>` (METRICS_TOKEN); unset or null: 404
   * there (a separate METRICS_PORT listener may serve `metrics` instead).
   */
  metricsToken?: string | null;
  /**
   * Mount point for more routes on the same app (e.g. `/workspace/`), called after the security headers, request id
   * and access log, before the directory page and the 404 handler.
   */
  mount?: (app: Express) => void;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Each subgraph's data source (breaker state, for probes and tests). */
  subgraphs: Record<string, SignedDataSource>;
  /** The gateway's Prometheus registry (requests, subgraph fetches, breakers, cache, Node.js defaults). */
  metrics: Registry;
  close(): Promise<void>;
}

/** What a request carries through Express, Apollo and the access log. */
interface Locals {
  requestId: string;
  log: Logger;
  viewer?: Viewer;
  clientKey: string;
  operationName?: string | null;
  /** query or mutation, once Apollo resolved the operation. */
  operationType?: string;
  /** The GraphQL answer carried errors (for the outcome label). */
  graphqlErrors?: boolean;
  state: RequestState;
}

/** Codes that mean "the request was wrong": never answered with a 5xx status. */
const CLIENT_ERROR_CODES = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "OPERATION_RESOLUTION_FAILURE", "BAD_REQUEST"]);
const REQUEST_ID = /^[A-Za-z0-9._:-]{16,128}$/;
/** A NUL character, or a UTF-16 surrogate that is not part of a pair. */
const FORBIDDEN_CHARACTERS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findForbidden(value: unknown, where: string): string | null {
  if (typeof value === "string") return FORBIDDEN_CHARACTERS.test(value) ? where : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbidden(value[i], `${where}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      const found = findForbidden(key, `${where} key`) ?? findForbidden(inner, `${where}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

const errorBody = (message: string, code: string, extra: Record<string, unknown> = {}) => {
  const messageJa = messageJaFor(code, message);
  return { errors: [{ message, extensions: { code, ...extra, ...(messageJa ? { messageJa } : {}) } }] };
};

/** The client's address for the limits: `req.ip` follows the `trust proxy` setting. */
const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? "unknown";

function locals(res: Response): Locals {
  return res.locals as Locals;
}

/** Starts the gateway: GraphQL at /graphql, the directory page at /, probes at /livez and /readyz. */
export async function startGatewayServer(options: GatewayOptions, port: number, host = "127.0.0.1"): Promise<RunningGateway> {
  const logger = options.logger ?? createGatewayLogger();
  const development = options.development ?? false;
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const resolveViewer = createViewerResolver({ identityPublicKey: options.identityPublicKey, apiKeys: options.apiKeys, oidc: options.oidc });
  const rateLimits =
    options.rateLimits === false ? null : new RateLimits({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, options.redis ?? null, options.rateLimitPrefix);
  const dataSources: Record<string, SignedDataSource> = {};
  const tokens = new GatewayTokenCache(options.gatewayPrivateKey);
  /** Leaders of identical public cache misses in flight: followers wait for the leader's answer (single-flight). */
  const inflight = new Map<string, Promise<string | null>>();
  const resilience = { ...DEFAULT_RESILIENCE, ...options.resilience };
  const metrics = new GatewayMetrics(createMetricsRegistry("gateway"), {
    breakers: () => Object.fromEntries(Object.entries(dataSources).map(([name, source]) => [name, source.breaker.state as number])),
    bulkheads: () =>
      Object.fromEntries(
        Object.entries(dataSources).map(([name, source]) => [
          name,
          { active: resilience.maxConcurrency - source.bulkhead.executionSlots, queued: resilience.maxQueue - source.bulkhead.queueSlots },
        ]),
      ),
    cacheEntries: () => (options.cache instanceof MemoryResponseCache ? options.cache.size : null),
    singleFlight: () => inflight.size,
  });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // The data sources read each fetch's parsed operation (is it a mutation; where its error belongs in the answer).
    queryPlannerConfig: { exposeDocumentNodeInFetchNode: true },
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      const source = new SignedDataSource(name, target, options.gatewayPrivateKey, options.resilience, logger, {
        tokens,
        dedupe: options.dedupeFetches ?? true,
      });
      source.onFetch = (seconds, outcome) => {
        metrics.fetchDuration.observe({ subgraph: name, outcome }, seconds);
        if (outcome !== "ok") metrics.fetchErrors.inc({ subgraph: name, reason: outcome });
      };
      dataSources[name] = source;
      return source;
    },
  });
  const cache = options.cache;
  const subgraphNames = Object.keys(options.subgraphUrls);
  /**
   * Identical queries of the same viewer in flight at the same moment share one execution (its answer is copied to
   * each): the same rule as the subgraph fetch merging — queries only, the viewer's whole identity in the key — one
   * level up, so planning and merging run once too. Nothing is kept once the leader answers.
   */
  const executions = new Map<string, Promise<FormattedExecutionResult | null>>();
  const shareExecutions = options.dedupeFetches ?? true;
  /**
   * The JSON of a shared answer, written once for the leader and all its followers (a directory answer is ~100 KB):
   * keyed by the answer's `data` object, which they share and nothing modifies once it is answered (null until the
   * first of them is sent). Apollo hands each its own wrapper of the same errors and extensions, compared too.
   */
  const sharedJson = new WeakMap<object, { errors: unknown; extensions: unknown; text: string } | null>();
  const stringifyResult = (value: FormattedExecutionResult): string => {
    const data = value.data;
    const known = data ? sharedJson.get(data) : undefined;
    if (known && known.errors === value.errors && known.extensions === value.extensions) return known.text;
    const text = JSON.stringify(value);
    if (known === null) sharedJson.set(data!, { errors: value.errors, extensions: value.extensions, text });
    return text;
  };
  const armor = armorProtection(development);

  const hubPlugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      let cacheable = false;
      let key = "";
      let leader: ((body: string | null) => void) | null = null;
      let versions: Record<string, number> = {};
      let hit = false;
      let shareable = false;
      let sharedKey = "";
      let sharedLeader: ((answer: FormattedExecutionResult | null) => void) | null = null;
      return {
        async didResolveOperation(ctx: GraphQLRequestContext<GatewayContext>) {
          const operation = ctx.operation;
          if (!operation) {
            const names = ctx.document!.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
            const asked = ctx.request.operationName;
            throw new GraphQLError(
              asked
                ? `Unknown operation named "${asked}"; the document defines ${names.length ? names.map((n) => `"${n}"`).join(", ") : "no named operation"}.`
                : `The document defines several operations (${names.map((n) => `"${n}"`).join(", ")}); name one in operationName.`,
              { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } },
            );
          }
          const viewer = ctx.contextValue.viewer;
          const state = ctx.contextValue.state;
          const res = (ctx.contextValue as { res?: Response }).res;
          if (res) {
            locals(res).operationName = ctx.operationName ?? null;
            locals(res).operationType = operation.operation;
          }
          // Limits run here, on Apollo's one parse of the operation, before any subgraph is called.
          const cost = operationCost(ctx.schema, ctx.document!, operation);
          const budget = COST_BUDGETS[viewer.role];
          ctx.contextValue.log?.debug({ operationName: ctx.operationName ?? null, cost, budget, viewer: viewer.role }, "operation cost");
          if (cost > budget) throw costBudgetError(cost, viewer.role, budget);
          if (rateLimits && res) {
            const clientKey = locals(res).clientKey;
            try {
              await rateLimits.cost(viewer, clientKey, cost);
              const sensitive = sensitiveSelections(ctx.schema, ctx.document!, operation);
              await rateLimits.sensitive(clientKey, sensitive);
            } catch (error) {
              if (error instanceof RateLimited) throw error.toGraphQLError();
              throw error;
            }
          }
          cacheable =
            cache !== null &&
            state !== undefined &&
            viewer.role === "ANONYMOUS" &&
            operation.operation === OperationTypeNode.QUERY &&
            operation.selectionSet.selections.length > 0 &&
            operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value));
          if (cacheable) key = cacheKey(ctx.request.query ?? "", ctx.request.variables, ctx.request.operationName);
          shareable = shareExecutions && !cacheable && state !== undefined && operation.operation === OperationTypeNode.QUERY;
          if (shareable) sharedKey = `${JSON.stringify(viewer)}\u0000${cacheKey(ctx.request.query ?? "", ctx.request.variables, ctx.request.operationName)}`;
        },
        async responseForOperation() {
          if (shareable) {
            const running = executions.get(sharedKey);
            if (!running) {
              executions.set(sharedKey, new Promise((resolve) => (sharedLeader = resolve)));
              return null;
            }
            // Never wait longer than a fetch may take: a leader that never answers cannot hold its followers.
            const waitMs = (options.resilience?.timeoutMs ?? DEFAULT_RESILIENCE.timeoutMs) + 1000;
            let timer: NodeJS.Timeout | undefined;
            const answer = await Promise.race([running, new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)))]);
            clearTimeout(timer);
            // The leader's answer was not shareable (an error status): run this one on its own.
            if (answer === null) return null;
            // The leader's own answer, read-only from here on: serialized once for all of them (`stringifyResult`).
            return { http: { status: 200, headers: new HeaderMap() }, body: { kind: "single", singleResult: answer } };
          }
          if (!cacheable || !cache) return null;
          const current = await cache.versions(subgraphNames);
          versions = Object.fromEntries(subgraphNames.map((name, i) => [name, current[i]!]));
          let body = await cache.get(key);
          if (body === null) {
            const running = inflight.get(key);
            if (running) {
              body = await running;
              metrics.cacheLookups.inc({ result: body === null ? "miss" : "shared" });
            } else {
              inflight.set(key, new Promise((resolve) => (leader = resolve)));
              metrics.cacheLookups.inc({ result: "miss" });
            }
          } else {
            metrics.cacheLookups.inc({ result: "hit" });
          }
          if (body === null) return null;
          hit = true;
          return { http: { status: 200, headers: new HeaderMap() }, body: { kind: "single", singleResult: JSON.parse(body) } };
        },
        async willSendResponse(ctx) {
          const http = ctx.response.http;
          const state = ctx.contextValue.state;
          const single = ctx.response.body.kind === "single" ? ctx.response.body.singleResult : null;
          const res = (ctx.contextValue as { res?: Response }).res;
          if (res) locals(res).graphqlErrors = Boolean(single?.errors?.length);
          // A refusal of the client's document (e.g. graphql-armor's token limit, thrown while parsing) is a client error.
          if (
            single?.errors?.length &&
            single.data === undefined &&
            (http.status === undefined || http.status >= 500) &&
            single.errors.every((e) => CLIENT_ERROR_CODES.has(String(e.extensions?.code)))
          ) {
            http.status = 400;
          }
          if (state?.overloaded) {
            http.status = 503;
            http.headers.set("retry-after", String(OVERLOAD_RETRY_AFTER_SECONDS));
          }
          // Only a mutation that succeeded in a subgraph invalidates, and only the entries built from that subgraph.
          if (cache && state && state.changed.size > 0) await cache.invalidate([...state.changed]);
          // A revoked site key: every gateway forgets its cached lookups (through Redis), so the next request is refused.
          if (
            options.siteKeyRevocations &&
            state?.changed.has("organizations") &&
            ctx.operation?.operation === OperationTypeNode.MUTATION &&
            ctx.operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && SITE_KEY_MUTATIONS.has(s.name.value))
          ) {
            await options.siteKeyRevocations.revoked();
          }
          let stored: string | null = null;
          if (cacheable && cache && hit) {
            http.headers.set("cache-control", `public, max-age=${PUBLIC_CACHE_TTL_SECONDS}`);
            http.headers.set("x-cache", "HIT");
          } else if (cacheable && cache && single && !single.errors && (http.status ?? 200) === 200) {
            stored = JSON.stringify(single);
            const tags = Object.fromEntries([...(state?.fetched ?? [])].map((name) => [name, versions[name] ?? 0]));
            await cache.set(key, stored, tags, PUBLIC_CACHE_TTL_SECONDS);
            http.headers.set("cache-control", `public, max-age=${PUBLIC_CACHE_TTL_SECONDS}`);
            http.headers.set("x-cache", "MISS");
          } else {
            // Personal and per-viewer answers must never be stored by a browser or a proxy.
            http.headers.set("cache-control", "private, no-store");
          }
          if (sharedLeader) {
            const ok = single !== null && (http.status ?? 200) === 200 && !state?.overloaded;
            if (ok && single.data) sharedJson.set(single.data, null);
            (sharedLeader as (answer: FormattedExecutionResult | null) => void)(ok ? single : null);
            executions.delete(sharedKey);
            sharedLeader = null;
          }
          if (leader) {
            (leader as (body: string | null) => void)(stored);
            inflight.delete(key);
            leader = null;
          }
        },
      };
    },
  };

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: formatGatewayError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    allowBatchedHttpRequests: false,
    // Compact JSON (Apollo's default pretty-prints every response), and a shared answer's JSON written once.
    stringifyResult,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: armor.validationRules,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...armor.plugins, hubPlugin],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  await apollo.start();

  let shuttingDown = false;
  const probes = new Map<string, { at: number; up: Promise<boolean> }>();
  const probe = (name: string, graphqlUrl: string): Promise<boolean> => {
    const cached = probes.get(name);
    if (cached && Date.now() - cached.at < (options.readinessCacheMs ?? 2000)) return cached.up;
    const up = fetch(graphqlUrl.replace(/\/graphql$/, "/readyz"), { signal: AbortSignal.timeout(1000) })
      .then((r) => r.ok)
      .catch(() => false);
    probes.set(name, { at: Date.now(), up });
    return up;
  };

  const app = express();
  app.disable("x-powered-by");
  // `req.ip` is then the client as the trusted proxies report it (the TCP peer when none is trusted).
  app.set("trust proxy", options.trustProxy ?? false);
  app.set("etag", false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: { "default-src": ["'self'"], "frame-ancestors": ["'none'"], "img-src": ["'self'", "data:"] },
      },
      frameguard: { action: "deny" },
      crossOriginEmbedderPolicy: false,
    }),
  );

  // Request id (a sane one from the client, or a new one), a request-scoped logger and one access-log line.
  app.use((req: Request, res: Response, next: NextFunction) => {
    const offered = req.get("x-request-id");
    const requestId = offered && REQUEST_ID.test(offered) ? offered : randomUUID();
    const started = process.hrtime.bigint();
    const log = logger.child({ requestId });
    res.locals = Object.assign(res.locals, { requestId, log, clientKey: `ip:${clientAddress(req)}`, state: newRequestState() } satisfies Locals);
    res.setHeader("x-request-id", requestId);
    res.on("finish", () => {
      const l = locals(res);
      if (req.originalUrl.split("?")[0] === "/graphql") {
        const operation = operationLabel(l.operationName);
        const outcome = requestOutcome(res.statusCode, l.graphqlErrors ?? false);
        metrics.requests.inc({ operation, type: l.operationType ?? "none", outcome });
        metrics.requestDuration.observe({ operation, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
      }
      log.info(
        {
          method: req.method,
          path: req.path,
          operationName: l.operationName ?? null,
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          viewer: l.viewer?.role ?? null,
          subgraphs: [...l.state.fetched],
        },
        "request",
      );
    });
    next();
  });

  app.get("/livez", (_req, res) => {
    res.set("cache-control", "no-store").json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const subgraphs: Record<string, "up" | "down" | "breaker_open"> = {};
    await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        if (dataSources[name]?.breakerOpen) subgraphs[name] = "breaker_open";
        else subgraphs[name] = (await probe(name, url)) ? "up" : "down";
      }),
    );
    // Not ready only when this gateway cannot serve at all; a partial outage still gets partial answers.
    const ready = !shuttingDown;
    res.status(ready ? 200 : 503).set("cache-control", "no-store").json({ status: ready ? "ready" : "shutting_down", subgraphs });
  });

  if (options.metricsToken) {
    const serveMetrics = metricsHandler(metrics.registry, options.metricsToken);
    app.get("/metrics", (req, res) => serveMetrics(req, res));
  }

  const tooLarge = `The request body is larger than the limit of ${bodyLimit} bytes.`;
  app.use(
    "/graphql",
    express.json({ limit: bodyLimit }),
    // text/plain is parsed only so that Apollo's CSRF protection can refuse it with 400.
    express.text({ type: "text/plain", limit: bodyLimit }),
    async (req: Request, res: Response, next: NextFunction) => {
      const l = locals(res);
      const address = clientAddress(req);
      const source = req.method === "GET" ? req.query : req.body;
      const bad = findForbidden(source, "request");
      if (bad) {
        res
          .status(400)
          .json(errorBody(`The ${bad.replace(/^request\.?/, "") || "request"} contains a NUL character or an unpaired surrogate; send well-formed text without control character U+0000.`, "BAD_USER_INPUT"));
        return;
      }
      try {
        if (rateLimits && (req.headers.authorization || req.headers["x-api-key"])) await rateLimits.checkSignIns(address);
        let viewer: Viewer;
        try {
          viewer = await resolveViewer(req.headers);
        } catch (error) {
          if (!(error instanceof CredentialError)) throw error;
          await rateLimits?.failedSignIn(address);
          res.status(401).set("cache-control", "no-store").json(errorBody(error.message, "UNAUTHENTICATED"));
          return;
        }
        l.viewer = viewer;
        l.clientKey = viewerKey(viewer, address);
        await rateLimits?.operation(viewer, l.clientKey);
        next();
      } catch (error) {
        if (error instanceof RateLimited) {
          res
            .status(429)
            .set("retry-after", String(error.retryAfterSeconds))
            .json(errorBody(error.message, "RATE_LIMITED", { retryAfterSeconds: error.retryAfterSeconds }));
          return;
        }
        next(error);
      }
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const l = locals(res);
        return { viewer: l.viewer!, requestId: l.requestId, log: l.log, state: l.state, res } as GatewayContext;
      },
    }),
  );

  // More applications on the same origin (the web helper's /workspace/) mount here.
  options.mount?.(app);
  if (options.workspace !== false) {
    // The workspace sets its own content security policy (it may talk to the identity provider) over helmet's.
    const workspace = { ...options.workspace, resolveViewer, signInLimiter: rateLimits?.workspaceSignIns() ?? null };
    app.use((req: Request, res: Response, next: NextFunction) => {
      handleWorkspaceRequest(req, res, workspace).then((handled) => (handled ? undefined : next()), next);
    });
  }

  if (options.publicDir) {
    const publicDir = path.resolve(options.publicDir);
    // The pages are rendered on the server from one anonymous GraphQL operation run inside the gateway: the same limits,
    // rate limits and response cache as a request to /graphql.
    const executePage: ExecutePageQuery = async (req, res, query, variables) => {
      const l = locals(res);
      const viewer = await resolveViewer({});
      l.viewer = viewer;
      l.clientKey = viewerKey(viewer, clientAddress(req));
      await rateLimits?.operation(viewer, l.clientKey);
      const contextValue = { viewer, requestId: l.requestId, log: l.log, state: l.state, res } as GatewayContext;
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== "single") throw new Error("the directory page expects a single result");
      return response.body.singleResult as Awaited<ReturnType<ExecutePageQuery>>;
    };
    const pages = directoryPages(publicDir, executePage, logger, { pageSize: options.directoryPageSize });
    app.get("/", pages.directory);
    app.get("/operators/:id", pages.operator);
    app.use(express.static(publicDir, { index: false, maxAge: 300_000, dotfiles: "ignore" }));
  }

  app.use((_req: Request, res: Response) => {
    res.status(404).json(errorBody("Not found. GraphQL is served at /graphql; the directory at /.", "NOT_FOUND"));
  });

  // Errors from body parsing and anything unexpected: a clear client error, or a masked 500 with the request id.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const l = locals(res);
    if (error.type === "entity.too.large") {
      res.status(413).json(errorBody(tooLarge, "PAYLOAD_TOO_LARGE", { limitBytes: bodyLimit }));
      return;
    }
    if (error.type === "entity.parse.failed") {
      res.status(400).json(errorBody("The request body is not valid JSON.", "BAD_REQUEST"));
      return;
    }
    if (typeof error.status === "number" && error.status >= 400 && error.status < 500) {
      res.status(error.status).json(errorBody("The request could not be read.", "BAD_REQUEST"));
      return;
    }
    l.log.error({ err: error }, "request failed");
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(500).json(errorBody(`Internal server error (request ${l.requestId}).`, "INTERNAL_SERVER_ERROR"));
  });

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(s)));
    s.once("error", reject);
  });
  server.keepAliveTimeout = 65_000;
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    url: `http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}/graphql`,
    subgraphs: dataSources,
    metrics: metrics.registry,
    close: async () => {
      shuttingDown = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
