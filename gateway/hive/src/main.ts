import { readFileSync } from "node:fs";
import { ApiKeyRegistry, importPrivateKey, importPublicKey, type ApiKeyRecord } from "@jinjibu/auth";
import { Redis } from "ioredis";
import { chainSiteKeys, createGatewayLogger, DatabaseSiteKeys, DEFAULT_PORTS, siteKeyPool, siteKeysDatabaseUrl, SUBGRAPH_NAMES, supergraphPath } from "@jinjibu/gateway";
import { loadTelemetryConfig, startMetricsServer, type MetricsServer } from "@jinjibu/telemetry";
import { startHiveGatewayServer } from "./server";

// Runs the hub's supergraph on Hive Gateway with the same environment variables as the project's gateway.
const logger = createGatewayLogger();

/** A PEM from `NAME` or from the file named by `NAME_FILE`. */
function pem(name: string): string {
  const file = process.env[`${name}_FILE`];
  const value = process.env[name] || (file ? readFileSync(file, "utf8") : undefined);
  if (!value) throw new Error(`${name} (or ${name}_FILE) is not set (see README, "Hive Gateway").`);
  return value;
}

async function main(): Promise<void> {
  const env = process.env;
  const port = Number(env.GATEWAY_PORT || env.PORT || 4000);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, env[`SUBGRAPH_${name.toUpperCase()}_URL`] || `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`]),
  );
  const records: ApiKeyRecord[] = env.API_KEYS_FILE ? (JSON.parse(readFileSync(env.API_KEYS_FILE, "utf8")) as ApiKeyRecord[]) : [];
  const registry = new ApiKeyRegistry(records);
  // The same site keys as the project's gateway: the database, revocations shared through Redis, then the keys file.
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: false }) : null;
  const siteKeysUrl = siteKeysDatabaseUrl({ SITE_KEYS_DATABASE_URL: env.SITE_KEYS_DATABASE_URL || undefined, SITE_KEYS_DATABASE_URL_FILE: env.SITE_KEYS_DATABASE_URL_FILE || undefined });
  const databaseKeys = siteKeysUrl
    ? new DatabaseSiteKeys({ pool: siteKeyPool(siteKeysUrl), redis, prefix: env.REDIS_KEY_PREFIX || "jinjibu", cacheMs: Number(env.SITE_KEY_CACHE_MS || 30_000), logger })
    : null;
  const siteKeys = databaseKeys ? chainSiteKeys(databaseKeys, registry) : registry;
  const telemetry = loadTelemetryConfig("hive gateway");
  const running = await startHiveGatewayServer(
    {
      supergraphSdl: readFileSync(env.SUPERGRAPH_PATH || supergraphPath(), "utf8"),
      subgraphUrls,
      gatewayPrivateKey: await importPrivateKey(pem("GATEWAY_PRIVATE_KEY")),
      identityPublicKey: await importPublicKey(pem("IDENTITY_PUBLIC_KEY")),
      apiKeys: () => siteKeys,
      siteKeyRevocations: databaseKeys,
      introspection: env.NODE_ENV !== "production",
      // HIVE_DEDUPE=off turns Hive's inbound in-flight deduplication off (comparisons).
      dedupe: env.HIVE_DEDUPE !== "off",
      logger,
      // As on the project's gateway: METRICS_PORT serves /metrics on a listener of its own, else METRICS_TOKEN guards it here.
      metricsToken: telemetry.metricsPort === null ? telemetry.metricsToken : null,
    },
    port,
    env.HOST || "127.0.0.1",
  );
  let metricsServer: MetricsServer | null = null;
  if (telemetry.metricsPort !== null) metricsServer = await startMetricsServer([running.metrics], telemetry.metricsPort, telemetry.metricsHost ?? (env.HOST || "127.0.0.1"));
  logger.info({ url: running.url, metricsPort: metricsServer?.port ?? null, siteKeys: databaseKeys ? "database" : "file", fileKeys: registry.size }, "hive gateway ready");
  const stop = async () => {
    await running.close();
    await metricsServer?.close();
    await databaseKeys?.close();
    redis?.disconnect();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  logger.error(`hive gateway failed to start: ${(error as Error).message}`);
  process.exit(1);
});
