import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { hubHiveConfig, type HubHiveOptions } from "./hub-config";

export interface RunningHiveGateway {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts Hive Gateway's runtime behind a plain Node HTTP server: GraphQL at /graphql, probes at /livez and /readyz. */
export async function startHiveGatewayServer(options: HubHiveOptions, port: number, host = "127.0.0.1"): Promise<RunningHiveGateway> {
  const runtime = createGatewayRuntime(hubHiveConfig(options));
  const server = createServer(runtime);
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
      await runtime.dispose();
    },
  };
}
