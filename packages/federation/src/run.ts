import "reflect-metadata";
import { importPrivateKey, importPublicKey, type KeyLike } from "@jinjibu/auth";
import { SUBGRAPHS } from "@jinjibu/config";
import { createDataSource, initialize, withCredentials, type CountedDataSource } from "@jinjibu/db";
import { createLogger } from "@jinjibu/logger";
import { loadTelemetryConfig, startMetricsServer, startTracing, type MetricsServer } from "@jinjibu/telemetry";
import { DEFAULT_APP_PASSWORD, loadSubgraphConfig } from "./config";
import { appRoleFor, type BaseContext, type SubgraphModule } from "./context";
import type { Workers } from "./events";
import { startSubgraphServer, type RunningSubgraph } from "./server";

export { DEFAULT_APP_PASSWORD, DEFAULT_DATABASE_URL } from "./config";

/** Where each subgraph listens unless PORT says otherwise (from the one list in `@jinjibu/config`). */
export const DEFAULT_SUBGRAPH_PORTS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.defaultPort])),
);

/** The URL a subgraph's application connections use: the owner's server and database, the subgraph's own role. */
export function appDatabaseUrl(ownerUrl: string, subgraph: string, password = DEFAULT_APP_PASSWORD): string {
  return withCredentials(ownerUrl, appRoleFor(subgraph), password);
}

/** Connects a subgraph as its application role (not the owner: row-level security applies to it). */
export async function connectAsApp(
  module: SubgraphModule<BaseContext>,
  ownerUrl: string,
  password = DEFAULT_APP_PASSWORD,
  poolSize?: number,
  options: { statementTimeoutMs?: number; url?: string; transactionPooling?: boolean } = {},
): Promise<CountedDataSource> {
  const counted = createDataSource({
    url: options.url ?? appDatabaseUrl(ownerUrl, module.name, password),
    schema: module.name,
    entities: module.entities,
    poolSize,
    statementTimeoutMs: options.statementTimeoutMs,
    transactionPooling: options.transactionPooling,
  });
  await initialize(counted.dataSource);
  return counted;
}

/** The process entry point of one subgraph: validate the environment, connect, serve until a signal. */
export function runSubgraphMain<C extends BaseContext>(module: SubgraphModule<C>): void {
  const logger = createLogger(`subgraph-${module.name}`);
  const main = async (): Promise<void> => {
    const config = loadSubgraphConfig(module.name);
    const telemetry = loadTelemetryConfig(`the ${module.name} subgraph`);
    // Before the database driver is first used, so that its statements are traced (when tracing is configured).
    const tracing = startTracing({
      serviceName: telemetry.serviceName ?? `subgraph-${module.name}`,
      tracesUrl: telemetry.tracesUrl,
      acceptIncomingTraceContext: true,
    });
    const { dataSource } = await connectAsApp(module as SubgraphModule<BaseContext>, config.ownerUrl, config.appPassword, config.poolSize, {
      statementTimeoutMs: config.statementTimeoutMs,
      url: config.appDatabaseUrl,
      transactionPooling: config.transactionPooling,
    });
    const schema = await module.buildSchema();
    const servicePublicKeys: Record<string, KeyLike> = {};
    for (const [source, pem] of Object.entries(config.servicePublicKeyPems)) servicePublicKeys[source] = await importPublicKey(pem);
    let running: RunningSubgraph;
    try {
      running = await startSubgraphServer(
        {
          module,
          schema,
          dataSource,
          gatewayPublicKey: await importPublicKey(config.gatewayPublicKeyPem),
          logger: config.logLevel ? createLogger(`subgraph-${module.name}`, { level: config.logLevel }) : logger,
          bodyLimitBytes: config.bodyLimitBytes,
          metricsToken: telemetry.metricsPort === null ? telemetry.metricsToken : null,
          servicePublicKeys,
        },
        config.port,
        config.host,
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
        throw new Error(`port ${config.port} is already in use: stop what holds it, or move the ${module.name} subgraph with SUBGRAPH_${module.name.toUpperCase()}_PORT.`);
      }
      throw error;
    }
    let metricsServer: MetricsServer | null = null;
    if (telemetry.metricsPort !== null) {
      metricsServer = await startMetricsServer([running.metrics], telemetry.metricsPort, telemetry.metricsHost ?? config.host);
    }
    // Background work gets connections of its own (two), so a relay never waits behind requests for the pool.
    let workers: Workers | null = null;
    let workerSource: CountedDataSource | null = null;
    if (module.startWorkers) {
      workerSource = await connectAsApp(module as SubgraphModule<BaseContext>, config.ownerUrl, config.appPassword, 2, {
        statementTimeoutMs: config.statementTimeoutMs,
        url: config.appDatabaseUrl,
        transactionPooling: config.transactionPooling,
      });
      workers = module.startWorkers({
        dataSource: workerSource.dataSource,
        logger,
        serviceKey: config.servicePrivateKeyPem ? await importPrivateKey(config.servicePrivateKeyPem) : null,
        eventUrls: config.eventUrls,
      });
    }
    logger.info({ url: running.url, metricsPort: metricsServer?.port ?? null, tracing: tracing !== null }, "subgraph ready");
    let stopping = false;
    const stop = async (signal: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "stopping");
      // Never hang on the way out: whatever is still open after 5 s is abandoned.
      setTimeout(() => process.exit(0), 5_000).unref();
      await running.close().catch(() => undefined);
      await workers?.stop().catch(() => undefined);
      await workerSource?.dataSource.destroy().catch(() => undefined);
      await metricsServer?.close().catch(() => undefined);
      await tracing?.shutdown().catch(() => undefined);
      await dataSource.destroy().catch(() => undefined);
      process.exit(0);
    };
    process.once("SIGINT", () => void stop("SIGINT"));
    process.once("SIGTERM", () => void stop("SIGTERM"));
  };
  main().catch((error: unknown) => {
    logger.fatal(`${module.name} subgraph failed to start: ${(error as Error).message}`);
    process.exit(1);
  });
}
