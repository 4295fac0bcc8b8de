import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin, type GraphQLRequestContextWillSendResponse } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { GraphQLError, Kind, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { bearerToken, GatewayTokenVerifier, verifyServiceToken, InvalidGatewayToken, type GatewayClaims, type KeyLike } from "@jinjibu/auth";
import { DeadlineExceeded, poolFigures, RequestScope, statementTimeoutOf } from "@jinjibu/db";
import { createLogger, type Logger } from "@jinjibu/logger";
import { createMetricsRegistry, metricsHandler, requestOutcome, SubgraphMetrics, subgraphOperationLabel, type Registry } from "@jinjibu/telemetry";
import type { BaseContext, SubgraphModule } from "./context";
import { DEFAULT_BODY_LIMIT_BYTES } from "./config";
import { DEADLINE_HEADER, parseDeadline } from "./deadline";
import { EVENTS_PATH, parseDelivery } from "./events";
import { isPublicError, withMessageJa } from "./errors";
import { requestLogger, withRequestLogger } from "./request-log";
import { shouldCommit } from "./transaction-rule";

export interface SubgraphServerOptions<C extends BaseContext> {
  module: SubgraphModule<C>;
  schema: GraphQLSchema;
  /** Connected as the subgraph's application role. */
  dataSource: DataSource;
  /** The gateway's public key: every GraphQL request must carry a token it signed for this subgraph. */
  gatewayPublicKey: KeyLike;
  logger?: Logger;
  /** Largest request body accepted (bytes, default 1 000 000); larger bodies get 413 naming the limit. */
  bodyLimitBytes?: number;
  /** How long `/readyz` waits for `SELECT 1` before calling the database unreachable (default 1 000 ms). */
  readyTimeoutMs?: number;
  /**
   * `/metrics` on this port answers only `Authorization: Bearer <token>` (METRICS_TOKEN); unset or null: 404 there
   * (a separate METRICS_PORT listener may serve `metrics` instead).
   */
  metricsToken?: string | null;
  /**
   * Public keys of the services whose domain events this subgraph accepts at POST /internal/events (by service name);
   * a source without a key here is refused, so with none every delivery gets 401.
   */
  servicePublicKeys?: Readonly<Record<string, KeyLike>>;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  /** This server's Prometheus registry (requests, latency, database pool, Node.js defaults). */
  metrics: Registry;
  /** TCP connections accepted so far: a gateway with a keep-alive pool opens few, whatever the number of fetches. */
  connectionsAccepted(): number;
  /** Full signature checks of gateway tokens so far (a token seen again before its exp is not checked again). */
  tokenVerifications(): number;
  close(): Promise<void>;
}

/** PostgreSQL's query_canceled: the statement timeout (lowered to the request's deadline) stopped a statement. */
const QUERY_CANCELED = "57014";

function isTimeout(error: unknown): boolean {
  if (error instanceof DeadlineExceeded) return true;
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  return e?.code === QUERY_CANCELED || e?.driverError?.code === QUERY_CANCELED;
}

/** Connection refused / lost, or the server shutting down or starting up: the database is away, the request is not at fault. */
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown; message?: unknown }; message?: unknown } | null;
  if (!e) return false;
  // TypeORM releases a query runner whose connection broke; the request's later statements then meet this error.
  const name = (e as { name?: unknown }).name;
  if (name === "QueryRunnerProviderAlreadyReleasedError" || name === "QueryRunnerAlreadyReleasedError") return true;
  const code = e.driverError?.code ?? e.code;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  const message = String(e.driverError?.message ?? e.message ?? "");
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|not queryable|database system is (starting up|shutting down|in recovery mode)|terminating connection/i.test(message);
}

const UNAVAILABLE_MESSAGE = "The subgraph's database is unavailable just now; nothing was written. Try again shortly.";

const TIMEOUT_MESSAGE = "The subgraph stopped this work because the gateway's time limit for the request ran out; nothing was written. Try again.";

/** Masks every error whose message was not written for a client; logs the original with the request id. */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isPublicError(original) || isPublicError(error)) {
      const code = formatted.extensions?.code;
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      return withMessageJa({ ...formatted, extensions: { ...extensions, code } });
    }
    if (isTimeout(original)) {
      requestLogger(logger).warn({ path: formatted.path }, "stopped at the request's deadline");
      return { message: TIMEOUT_MESSAGE, path: formatted.path, extensions: { code: "SUBGRAPH_TIMEOUT" } };
    }
    if (isDatabaseUnavailable(original)) {
      requestLogger(logger).warn({ path: formatted.path, err: (original as Error).message }, "database unavailable");
      return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: "DATABASE_UNAVAILABLE" } };
    }
    const reference = randomUUID().slice(0, 8);
    requestLogger(logger).error({ reference, path: formatted.path, err: original }, "unexpected error");
    return {
      message: `Internal server error (reference ${reference}). The operation was not completed; try again or report the reference.`,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/** What the GraphQL route keeps per request (express `res.locals`). */
interface RequestState {
  claims: GatewayClaims;
  requestId: string;
  deadline?: number;
  log: Logger;
}

/**
 * Ends the request's transaction once Apollo has the response: commit or roll back by the one rule (`shouldCommit`),
 * decided from the operation Apollo parsed. A failed commit turns the response into a 500 that says nothing was written.
 */
function transactionPlugin(logger: Logger): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx: GraphQLRequestContextWillSendResponse<BaseContext>) {
          const body = ctx.response.body;
          const single = body.kind === "single" ? body.singleResult : undefined;
          const hadErrors = (ctx.errors?.length ?? 0) > 0 || (single?.errors?.length ?? 0) > 0;
          try {
            await ctx.contextValue.db.finish(shouldCommit(ctx.operation?.operation, hadErrors));
          } catch (error) {
            requestLogger(logger).error({ err: error }, "commit failed");
            ctx.response.http.status = 500;
            const [code, message] = isTimeout(error)
              ? ["SUBGRAPH_TIMEOUT", TIMEOUT_MESSAGE]
              : isDatabaseUnavailable(error)
                ? ["DATABASE_UNAVAILABLE", UNAVAILABLE_MESSAGE]
                : ["INTERNAL_SERVER_ERROR", "The change could not be saved; nothing was written. Try again."];
            if (code === "DATABASE_UNAVAILABLE") ctx.response.http.status = 503;
            if (single) {
              single.data = null;
              single.errors = [new GraphQLError(message, { extensions: { code } }).toJSON()];
            }
          }
        },
      };
    },
  };
}

/** Labels of one request's metrics, set by `metricsPlugin` once Apollo knows the operation and its outcome. */
interface MetricLabels {
  operation: string;
  type: string;
  outcome: string;
}

/** The outcome label of a subgraph answer, from its (already masked) error codes. */
function subgraphOutcome(errors: readonly GraphQLFormattedError[] | undefined): string {
  if (!errors?.length) return "ok";
  const codes = new Set(errors.map((e) => String(e.extensions?.code ?? "")));
  if (codes.has("SUBGRAPH_TIMEOUT")) return "timeout";
  if (codes.has("DATABASE_UNAVAILABLE")) return "db_unavailable";
  if (codes.has("INTERNAL_SERVER_ERROR")) return "internal_error";
  return "error";
}

/** Where a request's context holds its metric labels (Apollo copies the context per operation, so a key, not identity). */
const METRIC_LABELS = Symbol("hub.metricLabels");

/** Records each operation's name (bounded), type and outcome for the HTTP layer's metrics. */
function metricsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx: GraphQLRequestContextWillSendResponse<BaseContext>) {
          const labels = (ctx.contextValue as { [METRIC_LABELS]?: MetricLabels })[METRIC_LABELS];
          if (!labels) return;
          const operation = ctx.operation;
          const entities = operation?.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "_entities");
          labels.operation = subgraphOperationLabel(ctx.operationName ?? operation?.name?.value);
          labels.type = !operation ? "unknown" : entities ? "entities" : operation.operation;
          const body = ctx.response.body;
          labels.outcome = subgraphOutcome(body.kind === "single" ? body.singleResult.errors : undefined);
        },
      };
    },
  };
}

const problem = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).set("cache-control", "no-store").json({ errors: [withMessageJa({ message, extensions: { code } })] });
};

/**
 * Starts a subgraph's HTTP service (Express 5 with Apollo's `expressMiddleware`). Only `/graphql` executes operations,
 * and only with a valid gateway token for this subgraph (`_entities` and `_service` included), checked before the body
 * is read; `x-hub-deadline` is honoured (work already past it is refused; SQL stops at it). `/livez` answers from this
 * process alone; `/readyz` is 503 while the database does not answer `SELECT 1` promptly.
 */
export async function startSubgraphServer<C extends BaseContext>(
  options: SubgraphServerOptions<C>,
  port: number,
  host = "127.0.0.1",
): Promise<RunningSubgraph> {
  const { module, dataSource, gatewayPublicKey } = options;
  const logger = options.logger ?? createLogger(`subgraph-${module.name}`);
  const bodyLimit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const readyTimeoutMs = options.readyTimeoutMs ?? 1_000;
  const statementTimeoutMs = statementTimeoutOf(dataSource);
  let closing = false;
  const registry = createMetricsRegistry(`subgraph-${module.name}`);
  const metrics = new SubgraphMetrics(registry, () => poolFigures(dataSource));

  const apollo = new ApolloServer<BaseContext>({
    schema: options.schema,
    // No cache hints: the gateway's response cache decides by operation, not by subgraph hints, so Apollo's cache-control
    // plugin (a hook on every resolved field) is off, as is the inline trace nothing asks for.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), transactionPlugin(logger), metricsPlugin()],
    formatError: maskErrors(logger),
    // Compact JSON to the gateway: Apollo's default pretty-prints every response.
    stringifyResult: (value) => JSON.stringify(value),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.use(helmet());

  app.get("/livez", (_req, res) => {
    res.set("cache-control", "no-store").json({ status: "ok", service: module.name });
  });
  app.get("/readyz", async (_req, res) => {
    if (closing) return void res.status(503).set("cache-control", "no-store").json({ status: "shutting down", service: module.name });
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        dataSource.query("SELECT 1"),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${readyTimeoutMs} ms`)), readyTimeoutMs);
        }),
      ]);
      res.set("cache-control", "no-store").json({ status: "ready", service: module.name });
    } catch (error) {
      logger.warn({ err: (error as Error).message }, "not ready: the database is unreachable");
      res.status(503).set("cache-control", "no-store").json({ status: "database unreachable", service: module.name });
    } finally {
      clearTimeout(timer);
    }
  });

  if (options.metricsToken) {
    const serveMetrics = metricsHandler(registry, options.metricsToken);
    app.get("/metrics", (req, res) => serveMetrics(req, res));
  }

  // Every GraphQL request is counted and timed, those refused before Apollo (401, 413, 504) included.
  const measure = (_req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const labels: MetricLabels = { operation: "none", type: "none", outcome: "" };
    res.locals.metricLabels = labels;
    res.once("finish", () => {
      const outcome = labels.outcome && res.statusCode < 400 ? labels.outcome : requestOutcome(res.statusCode, false);
      const final = { operation: labels.operation, type: labels.type, outcome };
      metrics.requests.inc(final);
      metrics.requestDuration.observe(final, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };

  // The gateway reuses one token per viewer for most of its minute: each distinct token is checked once.
  const gatewayTokens = new GatewayTokenVerifier(gatewayPublicKey, module.name);
  const authenticate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const token = bearerToken(req.headers.authorization);
    let claims: GatewayClaims;
    try {
      if (!token) throw new InvalidGatewayToken("no token");
      claims = await gatewayTokens.verify(token);
    } catch (error) {
      logger.warn({ remote: req.socket.remoteAddress, reason: (error as Error).message }, "rejected a request without a valid gateway token");
      return problem(res, 401, "UNAUTHENTICATED", "This service only answers requests signed by the Jinjibu Hub gateway.");
    }
    const requestId = claims.requestId || (typeof req.headers["x-request-id"] === "string" ? req.headers["x-request-id"] : randomUUID());
    const log = logger.child({ requestId });
    const parsed = parseDeadline(req.headers[DEADLINE_HEADER]);
    if (!parsed.ok) return problem(res, 400, "BAD_REQUEST", parsed.problem);
    if (parsed.deadline !== undefined && parsed.deadline <= Date.now()) {
      log.warn({ lateByMs: Date.now() - parsed.deadline }, "refused a request already past its deadline");
      return problem(res, 504, "SUBGRAPH_TIMEOUT", "The gateway's time limit for this request had already passed; the subgraph did no work.");
    }
    const state: RequestState = { claims, requestId, deadline: parsed.deadline, log };
    res.locals.hub = state;
    res.set("x-request-id", requestId);
    next();
  };

  const graphql = expressMiddleware(apollo, {
    context: async ({ res }) => {
      const state = res.locals.hub as RequestState;
      const viewer = state.claims.viewer;
      const db = new RequestScope(dataSource, module.tenantSettings?.(viewer) ?? {}, { deadline: state.deadline, statementTimeoutMs });
      // Whatever happens to the response (an HTTP-level error, a client gone), the connection goes back to the pool.
      res.once("close", () => void db.finish(false).catch(() => undefined));
      const context = module.createContext({ viewer, requestId: state.requestId, db, logger: state.log });
      return Object.assign(context, { [METRIC_LABELS]: res.locals.metricLabels as MetricLabels });
    },
  });

  // The request's log lines (formatError's included) carry its id: Apollo's work runs inside this async context.
  const serveGraphQL = (req: Request, res: Response, next: NextFunction) =>
    withRequestLogger((res.locals.hub as RequestState).log, () => graphql(req, res, next));

  app.all(["/graphql", "/"], measure, authenticate, express.json({ limit: bodyLimit }), serveGraphQL);

  const consumer = module.events;
  if (consumer) {
    // Service-to-service only: the body is read raw, as the token is bound to its exact bytes.
    app.post(EVENTS_PATH, express.raw({ type: "application/json", limit: bodyLimit }), async (req: Request, res: Response) => {
      const token = bearerToken(req.headers.authorization);
      const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      let source: string | null = null;
      for (const candidate of consumer.sources) {
        const key = options.servicePublicKeys?.[candidate];
        if (!token || !key) continue;
        try {
          await verifyServiceToken(key, candidate, module.name, token, body);
          source = candidate;
          break;
        } catch {
          // try the next accepted source
        }
      }
      if (!source) {
        logger.warn({ remote: req.socket.remoteAddress }, "refused an event delivery without a valid service token");
        return problem(res, 401, "UNAUTHENTICATED", "Event deliveries must be signed by an accepted service identity.");
      }
      let parsed: ReturnType<typeof parseDelivery>;
      try {
        parsed = parseDelivery(JSON.parse(body.toString("utf8")));
      } catch {
        return problem(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
      }
      if (!parsed.ok) return problem(res, 400, "BAD_REQUEST", parsed.problem);
      try {
        const result = await consumer.apply(dataSource, source, parsed.events);
        logger.info({ source, events: parsed.events.length, ...result }, "applied an event delivery");
        res.set("cache-control", "no-store").json(result);
      } catch (error) {
        if (isDatabaseUnavailable(error)) return problem(res, 503, "DATABASE_UNAVAILABLE", UNAVAILABLE_MESSAGE);
        const reference = randomUUID().slice(0, 8);
        logger.error({ reference, err: error, source }, "an event delivery failed; nothing of it was applied");
        problem(res, 500, "INTERNAL_SERVER_ERROR", `The delivery was not applied (reference ${reference}); send it again.`);
      }
    });
  }

  app.use((_req, res) => problem(res, 404, "NOT_FOUND", "Not found. GraphQL is served at /graphql."));
  // express.json's errors carry `type`; anything else is unexpected and masked.
  app.use((error: { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return void res.end();
    if (error.type === "entity.too.large") return problem(res, 413, "BAD_REQUEST", `The request body is larger than the limit of ${bodyLimit} bytes.`);
    if (error.type === "entity.parse.failed") return problem(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
    if (error.type === "encoding.unsupported" || error.type === "charset.unsupported") {
      return problem(res, 415, "BAD_REQUEST", "The request body must be UTF-8 JSON.");
    }
    const reference = randomUUID().slice(0, 8);
    requestLogger(logger).error({ reference, err: error }, "request failed");
    problem(res, 500, "INTERNAL_SERVER_ERROR", `Internal server error (reference ${reference}).`);
  });

  const server: Server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(listening)));
    listening.once("error", reject);
  });
  server.keepAliveTimeout = 65_000;
  let connections = 0;
  server.on("connection", () => {
    connections += 1;
  });
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    url: `http://${host}:${address.port}/graphql`,
    metrics: registry,
    connectionsAccepted: () => connections,
    tokenVerifications: () => gatewayTokens.verifications,
    close: async () => {
      closing = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
