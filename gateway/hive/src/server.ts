import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { GatewayTokenCache } from "@jinjibu/gateway";
import { createMetricsRegistry, metricsHandler, type Registry } from "@jinjibu/telemetry";
import { hubHiveConfig, type HubHiveOptions } from "./hub-config";

export interface HiveServerOptions extends HubHiveOptions {
  /**
   * `/metrics` on the gateway's own port answers only `Authorization: Bearer <token>` (METRICS_TOKEN); unset or null:
   * 404 there (a separate METRICS_PORT listener may serve `metrics` instead), as on the project's gateway.
   */
  metricsToken?: string | null;
}

export interface RunningHiveGateway {
  url: string;
  port: number;
  /** The Prometheus registry: Hive's plugin series, the hub's core series and the Node.js defaults. */
  metrics: Registry;
  /** The reusable per-(subgraph, viewer) tokens (tests read how many were signed). */
  tokens: GatewayTokenCache;
  close(): Promise<void>;
}

const isMetricsPath = (url: string | undefined) => url === "/metrics" || Boolean(url?.startsWith("/metrics?"));

/** Starts Hive Gateway's runtime behind a plain Node HTTP server: GraphQL at /graphql, probes at /livez and /readyz. */
export async function startHiveGatewayServer(options: HiveServerOptions, port: number, host = "127.0.0.1"): Promise<RunningHiveGateway> {
  const metrics = options.metricsRegistry ?? createMetricsRegistry("hive-gateway");
  const tokens = options.tokens ?? new GatewayTokenCache(options.gatewayPrivateKey);
  const runtime = createGatewayRuntime(hubHiveConfig({ ...options, metricsRegistry: metrics, tokens }));
  const serveMetrics = options.metricsToken ? metricsHandler(metrics, options.metricsToken) : null;
  const server = createServer((req, res) => {
    if (isMetricsPath(req.url)) {
      if (serveMetrics && req.method === "GET") return serveMetrics(req, res);
      res.writeHead(404, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
      res.end(JSON.stringify({ errors: [{ message: "Not found. GraphQL is served at /graphql.", extensions: { code: "NOT_FOUND" } }] }));
      return;
    }
    return runtime(req, res);
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
    metrics,
    tokens,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await runtime.dispose();
    },
  };
}
