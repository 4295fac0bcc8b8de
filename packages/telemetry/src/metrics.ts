import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export { Registry } from "prom-client";

/** Latency buckets (seconds) shared by every request and fetch histogram. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A registry of its own for one server (several may run in one process, as in the tests), with the Node.js default
 * metrics (event-loop lag, heap, GC, CPU, RSS, handles) and a `service` label on every series.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  return registry;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** True when the request carries `Authorization: Bearer <token>` (compared in constant time). */
export function hasMetricsToken(authorization: string | undefined, token: string): boolean {
  const offered = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1];
  return offered !== undefined && timingSafeEqual(digest(offered), digest(token));
}

/**
 * Serves the registry in Prometheus' text format. With a token, only a request carrying it gets the metrics (401
 * otherwise); with `token: null` the metrics are open (a listener only the scrape network reaches).
 */
export function metricsHandler(registry: Registry, token: string | null) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (token !== null && !hasMetricsToken(req.headers.authorization, token)) {
      res.writeHead(401, { "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="metrics"', "cache-control": "no-store" });
      res.end("metrics need the scrape token (Authorization: Bearer $METRICS_TOKEN)\n");
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
        res.end(text);
      },
      (error: Error) => {
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end(`metrics could not be collected: ${error.message}\n`);
      },
    );
  };
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

/** A listener that serves only `/metrics` (no token: it must be reachable from the scrape network alone). */
export async function startMetricsServer(registries: Registry[], port: number, host: string): Promise<MetricsServer> {
  const merged = registries.length === 1 ? registries[0]! : Registry.merge(registries);
  const handler = metricsHandler(merged, null);
  const server: Server = createServer((req, res) => {
    if (req.method === "GET" && (req.url === "/metrics" || req.url?.startsWith("/metrics?"))) return handler(req, res);
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("only /metrics is served here\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Maps an HTTP status and whether the GraphQL answer carried errors to a small, fixed set of outcomes. */
export function requestOutcome(status: number, graphqlErrors: boolean): string {
  if (status === 401) return "unauthenticated";
  if (status === 413) return "too_large";
  if (status === 429) return "rate_limited";
  if (status === 503) return "overloaded";
  if (status >= 500) return "server_error";
  if (status >= 400) return "client_error";
  return graphqlErrors ? "partial_or_error" : "ok";
}

/** The gateway's series (names and labels are documented in the README, "Metrics and traces"). */
export class GatewayMetrics {
  readonly requests: Counter<"operation" | "type" | "outcome">;
  readonly requestDuration: Histogram<"operation" | "outcome">;
  readonly fetchDuration: Histogram<"subgraph" | "outcome">;
  readonly fetchErrors: Counter<"subgraph" | "reason">;
  readonly cacheLookups: Counter<"result">;

  constructor(
    readonly registry: Registry,
    sources: {
      /** Breaker state per subgraph: 0 closed, 1 open, 2 half-open, 3 isolated. */
      breakers: () => Record<string, number>;
      /** Fetches running and waiting per subgraph (the bulkhead). */
      bulkheads: () => Record<string, { active: number; queued: number }>;
      /** Entries in the in-memory response cache (null: Redis or no cache). */
      cacheEntries: () => number | null;
      /** Identical public cache misses being executed once for several requests. */
      singleFlight: () => number;
    },
  ) {
    const r = [registry];
    this.requests = new Counter({ name: "hub_gateway_requests_total", help: "GraphQL requests by operation name (known or 'other'), type and outcome", labelNames: ["operation", "type", "outcome"], registers: r });
    this.requestDuration = new Histogram({ name: "hub_gateway_request_duration_seconds", help: "GraphQL request latency at the gateway", labelNames: ["operation", "outcome"], buckets: LATENCY_BUCKETS, registers: r });
    this.fetchDuration = new Histogram({ name: "hub_gateway_subgraph_fetch_duration_seconds", help: "Latency of each subgraph fetch (breaker and bulkhead included)", labelNames: ["subgraph", "outcome"], buckets: LATENCY_BUCKETS, registers: r });
    this.fetchErrors = new Counter({ name: "hub_gateway_subgraph_fetch_errors_total", help: "Subgraph fetches that failed: unreachable, breaker_open, overloaded, graphql_error", labelNames: ["subgraph", "reason"], registers: r });
    this.cacheLookups = new Counter({ name: "hub_gateway_response_cache_lookups_total", help: "Response-cache lookups of cacheable public queries: hit, miss, or shared (a concurrent identical miss waited for one execution)", labelNames: ["result"], registers: r });
    new Gauge({
      name: "hub_gateway_breaker_state",
      help: "Circuit breaker of each subgraph: 0 closed, 1 open, 2 half-open, 3 isolated",
      labelNames: ["subgraph"],
      registers: r,
      collect() {
        for (const [subgraph, state] of Object.entries(sources.breakers())) this.set({ subgraph }, state);
      },
    });
    new Gauge({
      name: "hub_gateway_subgraph_fetches_in_flight",
      help: "Subgraph fetches running (state=active) and waiting for a slot (state=queued)",
      labelNames: ["subgraph", "state"],
      registers: r,
      collect() {
        for (const [subgraph, { active, queued }] of Object.entries(sources.bulkheads())) {
          this.set({ subgraph, state: "active" }, active);
          this.set({ subgraph, state: "queued" }, queued);
        }
      },
    });
    new Gauge({
      name: "hub_gateway_response_cache_entries",
      help: "Entries held by the in-memory response cache (bounded; absent with Redis)",
      registers: r,
      collect() {
        const n = sources.cacheEntries();
        if (n !== null) this.set(n);
      },
    });
    new Gauge({
      name: "hub_gateway_single_flight_in_flight",
      help: "Public cache misses currently executing on behalf of several identical requests",
      registers: r,
      collect() {
        this.set(sources.singleFlight());
      },
    });
  }
}

/** Pool figures of a subgraph's database connections. */
export interface PoolFigures {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

/** A subgraph's series. */
export class SubgraphMetrics {
  readonly requests: Counter<"operation" | "type" | "outcome">;
  readonly requestDuration: Histogram<"operation" | "type" | "outcome">;

  constructor(
    readonly registry: Registry,
    pool: () => PoolFigures | null,
  ) {
    const r = [registry];
    this.requests = new Counter({ name: "hub_subgraph_requests_total", help: "GraphQL requests by client operation name (known or 'other'), type (query, mutation, entities) and outcome", labelNames: ["operation", "type", "outcome"], registers: r });
    this.requestDuration = new Histogram({ name: "hub_subgraph_request_duration_seconds", help: "GraphQL request latency in the subgraph", labelNames: ["operation", "type", "outcome"], buckets: LATENCY_BUCKETS, registers: r });
    new Gauge({
      name: "hub_db_pool_connections",
      help: "Database connections of the pool: in_use, idle, and max (the pool size)",
      labelNames: ["state"],
      registers: r,
      collect() {
        const figures = pool();
        if (!figures) return;
        this.set({ state: "in_use" }, figures.total - figures.idle);
        this.set({ state: "idle" }, figures.idle);
        this.set({ state: "max" }, figures.max);
      },
    });
    new Gauge({
      name: "hub_db_pool_waiting",
      help: "Requests waiting for a database connection",
      registers: r,
      collect() {
        const figures = pool();
        if (figures) this.set(figures.waiting);
      },
    });
  }
}
