import { readFileSync } from "node:fs";
import { ApiKeyRegistry, importPrivateKey, importPublicKey, type ApiKeyRecord } from "@jinjibu/auth";
import { createGatewayLogger, DEFAULT_PORTS, SUBGRAPH_NAMES, supergraphPath } from "@jinjibu/gateway";
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
  const running = await startHiveGatewayServer(
    {
      supergraphSdl: readFileSync(env.SUPERGRAPH_PATH || supergraphPath(), "utf8"),
      subgraphUrls,
      gatewayPrivateKey: await importPrivateKey(pem("GATEWAY_PRIVATE_KEY")),
      identityPublicKey: await importPublicKey(pem("IDENTITY_PUBLIC_KEY")),
      apiKeys: () => registry,
      introspection: env.NODE_ENV !== "production",
      logger,
    },
    port,
    env.HOST || "127.0.0.1",
  );
  logger.info({ url: running.url, apiKeys: registry.size }, "hive gateway ready");
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  logger.error(`hive gateway failed to start: ${(error as Error).message}`);
  process.exit(1);
});
