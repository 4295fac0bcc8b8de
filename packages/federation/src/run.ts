import "reflect-metadata";
import { readFileSync } from "node:fs";
import { importPublicKey } from "@jinjibu/auth";
import { createDataSource, initialize, withCredentials, type CountedDataSource } from "@jinjibu/db";
import { createLogger } from "@jinjibu/domain";
import { appRoleFor, type BaseContext, type SubgraphModule } from "./context";
import { startSubgraphServer, type RunningSubgraph } from "./server";

/** Where each subgraph listens unless PORT says otherwise. */
export const DEFAULT_SUBGRAPH_PORTS: Readonly<Record<string, number>> = {
  organizations: 4001,
  talent: 4002,
  programs: 4003,
  funding: 4004,
};

/** The embedded cluster's address; `DATABASE_URL` replaces it. */
export const DEFAULT_DATABASE_URL = "postgres://postgres:jinjibu@127.0.0.1:54329/jinjibu";
/** Password of the subgraphs' application roles unless `APP_DATABASE_PASSWORD` says otherwise. */
export const DEFAULT_APP_PASSWORD = "jinjibu-app";

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
): Promise<CountedDataSource> {
  const counted = createDataSource({
    url: appDatabaseUrl(ownerUrl, module.name, password),
    schema: module.name,
    entities: module.entities,
    poolSize,
  });
  await initialize(counted.dataSource);
  return counted;
}

/** The process entry point of one subgraph: read the environment, connect, serve until a signal. */
export function runSubgraphMain<C extends BaseContext>(module: SubgraphModule<C>): void {
  const logger = createLogger(`subgraph-${module.name}`);
  const env = process.env;
  const main = async (): Promise<void> => {
    const publicKeyPem = env.GATEWAY_PUBLIC_KEY ?? (env.GATEWAY_PUBLIC_KEY_FILE ? readFileSync(env.GATEWAY_PUBLIC_KEY_FILE, "utf8") : undefined);
    if (!publicKeyPem) {
      throw new Error("GATEWAY_PUBLIC_KEY (or GATEWAY_PUBLIC_KEY_FILE) is not set: start the whole hub with `npm start`, or pass the gateway's public key (PEM).");
    }
    const port = env.PORT ? Number(env.PORT) : DEFAULT_SUBGRAPH_PORTS[module.name]!;
    const ownerUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
    const { dataSource } = env.APP_DATABASE_URL
      ? await (async () => {
          const counted = createDataSource({ url: env.APP_DATABASE_URL!, schema: module.name, entities: module.entities });
          await initialize(counted.dataSource);
          return counted;
        })()
      : await connectAsApp(module as SubgraphModule<BaseContext>, ownerUrl, env.APP_DATABASE_PASSWORD ?? DEFAULT_APP_PASSWORD);
    const schema = await module.buildSchema();
    let running: RunningSubgraph;
    try {
      running = await startSubgraphServer(
        { module, schema, dataSource, gatewayPublicKey: await importPublicKey(publicKeyPem), logger },
        port,
        env.HOST ?? "127.0.0.1",
      );
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
        throw new Error(`port ${port} is already in use: stop what holds it, or move the ${module.name} subgraph with SUBGRAPH_${module.name.toUpperCase()}_PORT.`);
      }
      throw error;
    }
    logger.info("subgraph ready", { url: running.url });
    const stop = async (): Promise<void> => {
      await running.close();
      await dataSource.destroy();
      process.exit(0);
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
  };
  main().catch((error: unknown) => {
    logger.error(`${module.name} subgraph failed to start: ${(error as Error).message}`);
    process.exit(1);
  });
}
