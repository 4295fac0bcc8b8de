import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Redis } from "ioredis";
import { ApiKeyRegistry, importPrivateKey, importPublicKey, type ApiKeyRecord } from "@jinjibu/auth";
import { loadTelemetryConfig, startMetricsServer, startTracing, type MetricsServer } from "@jinjibu/telemetry";
import { DEFAULT_PORTS, SUBGRAPH_NAMES, supergraphPath } from "./compose";
import { loadGatewayConfig, oidcConfig, optionalPem, requiredPem, siteKeysDatabaseUrl } from "./config";
import { createGatewayLogger } from "./logger";
import { createResponseCache } from "./response-cache";
import { chainSiteKeys, DatabaseSiteKeys, siteKeyPool } from "./site-keys";
import { startGatewayServer } from "./server";

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = createGatewayLogger(config.LOG_LEVEL);
  const telemetry = loadTelemetryConfig("the gateway");
  // The public edge starts a new trace per request (a client's traceparent is ignored) and passes it to every subgraph.
  const tracing = startTracing({ serviceName: telemetry.serviceName ?? "gateway", tracesUrl: telemetry.tracesUrl, acceptIncomingTraceContext: false });
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [
      name,
      config[`SUBGRAPH_${name.toUpperCase()}_URL` as `SUBGRAPH_${Uppercase<typeof name>}_URL`] ?? `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
    ]),
  );
  const fileKeys = apiKeyProvider(config.API_KEYS_FILE);
  const production = config.NODE_ENV === "production";
  // The workspace's development sign-in signs with the identity key `npm start` makes; never in production.
  const devIdentityPem = production ? undefined : optionalPem(config, "DEV_IDENTITY_PRIVATE_KEY");
  const oidc = oidcConfig(config);
  const cache = config.RESPONSE_CACHE === "off" ? null : await createResponseCache(config.REDIS_URL, config.REDIS_CACHE_PREFIX);
  const redis = config.REDIS_URL ? new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: false }) : null;
  // Site keys: the database (every gateway sees the same keys; revocations are shared through Redis), then the keys file.
  const siteKeysUrl = siteKeysDatabaseUrl(config);
  const databaseKeys = siteKeysUrl
    ? new DatabaseSiteKeys({ pool: siteKeyPool(siteKeysUrl), redis, prefix: config.REDIS_KEY_PREFIX, cacheMs: config.SITE_KEY_CACHE_MS, logger })
    : null;
  const siteKeys = databaseKeys ? chainSiteKeys(databaseKeys, { resolve: (key) => fileKeys().resolve(key) }) : null;
  const apiKeys = siteKeys ? () => siteKeys : fileKeys;
  const running = await startGatewayServer(
    {
      supergraphSdl: readFileSync(config.SUPERGRAPH_PATH ?? supergraphPath(), "utf8"),
      subgraphUrls,
      gatewayPrivateKey: await importPrivateKey(requiredPem(config, "GATEWAY_PRIVATE_KEY")),
      identityPublicKey: await importPublicKey(requiredPem(config, "IDENTITY_PUBLIC_KEY")),
      apiKeys,
      siteKeyRevocations: databaseKeys,
      rateLimitPrefix: `${config.REDIS_KEY_PREFIX}:rate`,
      oidc: oidc?.verifier ?? null,
      cache,
      introspection: config.introspection,
      development: config.NODE_ENV === "development",
      publicDir: path.resolve(__dirname, "..", "public"),
      directoryPageSize: config.DIRECTORY_PAGE_SIZE,
      trustProxy: config.trustProxy,
      workspace: {
        dir: config.WORKSPACE_DIR,
        production,
        devIdentityPrivateKey: devIdentityPem ? await importPrivateKey(devIdentityPem) : null,
        oidcClient: oidc?.client ?? null,
      },
      logger,
      bodyLimitBytes: config.GATEWAY_BODY_LIMIT_BYTES,
      resilience: {
        timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
        breakerFailures: config.SUBGRAPH_BREAKER_FAILURES,
        halfOpenAfterMs: config.SUBGRAPH_BREAKER_HALF_OPEN_MS,
        maxConcurrency: config.SUBGRAPH_MAX_CONCURRENCY,
        maxQueue: config.SUBGRAPH_MAX_QUEUE,
      },
      rateLimits: config.RATE_LIMITS === "off" ? false : undefined,
      dedupeFetches: config.SUBGRAPH_DEDUPE === "on",
      redis,
      metricsToken: telemetry.metricsPort === null ? telemetry.metricsToken : null,
    },
    config.port,
    config.HOST,
  ).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") {
      throw new Error(`port ${config.port} is already in use: stop what holds it, or move the gateway with GATEWAY_PORT.`);
    }
    throw error;
  });
  let metricsServer: MetricsServer | null = null;
  if (telemetry.metricsPort !== null) metricsServer = await startMetricsServer([running.metrics], telemetry.metricsPort, telemetry.metricsHost ?? config.HOST);
  logger.info(
    { url: running.url, metricsPort: metricsServer?.port ?? null, tracing: tracing !== null, cache: cache?.kind ?? "off", rateLimits: config.RATE_LIMITS === "off" ? "off" : redis ? "redis" : "memory", siteKeys: databaseKeys ? "database" : "file", fileKeys: fileKeys().size, introspection: config.introspection },
    "gateway ready",
  );
  const stop = async () => {
    await running.close();
    await metricsServer?.close();
    await tracing?.shutdown().catch(() => undefined);
    await cache?.close();
    await databaseKeys?.close();
    redis?.disconnect();
    logger.flush();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

/** Re-reads the keys file when its modification time changes (checked at most once a second). */
function apiKeyProvider(file: string | undefined): () => ApiKeyRegistry {
  let registry = new ApiKeyRegistry(file ? safeReadKeys(file) : []);
  let mtime = file ? fileMtime(file) : 0;
  let checked = Date.now();
  return () => {
    if (file && Date.now() - checked > 1000) {
      checked = Date.now();
      const current = fileMtime(file);
      if (current !== mtime) {
        mtime = current;
        registry = new ApiKeyRegistry(safeReadKeys(file));
      }
    }
    return registry;
  };
}

function fileMtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function safeReadKeys(file: string): ApiKeyRecord[] {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as ApiKeyRecord[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new Error(`API_KEYS_FILE ${file} is not a JSON array of key records: ${(error as Error).message}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: "fatal", service: "gateway", msg: `gateway failed to start: ${(error as Error).message}` })}\n`);
  process.exit(1);
});
