import { readFileSync } from "node:fs";
import { Client } from "pg";
import { createApiKey, generatePemKeyPair, importPrivateKey, importPublicKey, mintUserToken, type KeyLike } from "@jinjibu/auth";
import { appDatabaseUrl, connectAsApp, startSubgraphServer, type RunningSubgraph, type SubgraphModule } from "@jinjibu/federation";
import type { CountedDataSource } from "@jinjibu/db";
import { DatabaseSiteKeys, siteKeyPool, startGatewayServer, supergraphPath, type RunningGateway } from "@jinjibu/gateway";
import { startHiveGatewayServer, type HiveServerOptions, type RunningHiveGateway } from "@jinjibu/hive-gateway";
import { loadModules } from "@jinjibu/launcher";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";
import { TEST_METRICS_TOKEN, type As, type GraphQLResponse } from "./harness";

export type Engine = "project" | "hive";
export const ENGINES: Engine[] = ["project", "hive"];

/** One gateway engine in front of the shared subgraphs. */
export interface EngineClient {
  url: string;
  baseUrl: string;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { as?: As; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
}

export interface TwoEngineHub {
  engines: Record<Engine, EngineClient>;
  /** The running gateways themselves (metrics registries; Hive's reusable tokens). */
  gateways: { project: RunningGateway; hive: RunningHiveGateway };
  /** The shared subgraph servers (connections accepted, token verifications). */
  subgraphs: Record<string, RunningSubgraph>;
  /** What the Hive engine was started with, for a test that starts another one (e.g. with a subgraph unreachable). */
  hiveOptions: HiveServerOptions;
  identityKey: KeyLike;
  subgraphUrls: Record<string, string>;
  sql<R = Record<string, unknown>>(subgraph: string, text: string, params?: unknown[]): Promise<R[]>;
  sqlCount(): number;
  resetSqlCount(): void;
  stop(): Promise<void>;
}

/**
 * The four subgraphs once, on a database cloned from the seeded template, with BOTH gateway engines in front of them:
 * the project's gateway (cache off, so the engines are compared on the same work) and Hive Gateway with the hub plugin.
 * Both sign with the same gateway key and resolve viewers from the same identity key and site-key registry.
 */
export async function startTwoEngineHub(): Promise<TwoEngineHub> {
  const db = await cloneTemplateDatabase("e2e");
  const gatewayKeys = generatePemKeyPair();
  const identityKeys = generatePemKeyPair();
  const gatewayPrivate = await importPrivateKey(gatewayKeys.privateKeyPem);
  const gatewayPublic = await importPublicKey(gatewayKeys.publicKeyPem);
  const identityPrivate = await importPrivateKey(identityKeys.privateKeyPem);
  const identityPublic = await importPublicKey(identityKeys.publicKeyPem);
  const modules = loadModules();
  const connections: CountedDataSource[] = [];
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const module of modules) {
    const conn = await connectAsApp(module, db.url, process.env.APP_DATABASE_PASSWORD);
    connections.push(conn);
    subgraphs[module.name] = await startSubgraphServer(
      { module: module as SubgraphModule, schema: await module.buildSchema(), dataSource: conn.dataSource, gatewayPublicKey: gatewayPublic },
      0,
    );
  }
  const subgraphUrls = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
  // Both engines read the same site keys from the database (each with its own lookup cache).
  const siteKeysUrl = appDatabaseUrl(db.url, "organizations", process.env.APP_DATABASE_PASSWORD);
  const projectKeys = new DatabaseSiteKeys({ pool: siteKeyPool(siteKeysUrl) });
  const hiveKeys = new DatabaseSiteKeys({ pool: siteKeyPool(siteKeysUrl) });
  const owner = new Client({ connectionString: db.url });
  await owner.connect();
  const siteKeys = new Map<string, string>();
  const supergraphSdl = readFileSync(supergraphPath(), "utf8");
  const common = { supergraphSdl, subgraphUrls, gatewayPrivateKey: gatewayPrivate, identityPublicKey: identityPublic, introspection: true };
  const project = await startGatewayServer({ ...common, apiKeys: () => projectKeys, siteKeyRevocations: projectKeys, cache: null, metricsToken: TEST_METRICS_TOKEN }, 0);
  const hiveOptions: HiveServerOptions = { ...common, apiKeys: () => hiveKeys, siteKeyRevocations: hiveKeys, metricsToken: TEST_METRICS_TOKEN };
  const hive = await startHiveGatewayServer(hiveOptions, 0);

  const authHeaders = async (as: As): Promise<Record<string, string>> => {
    if (as === "anonymous") return {};
    if (as === "admin") return { authorization: `Bearer ${await mintUserToken(identityPrivate, { role: "NATIONAL_ADMIN", subject: "admin@meti" })}` };
    if ("coordinator" in as) {
      const token = await mintUserToken(identityPrivate, { role: "COORDINATOR", operatorId: as.coordinator, subject: `coordinator@${as.coordinator}` });
      return { authorization: `Bearer ${token}` };
    }
    let key = siteKeys.get(as.site);
    if (!key) {
      const created = createApiKey(as.site, "e2e");
      await owner.query(
        `INSERT INTO organizations.site_api_key (key_id, operator_id, sha256, label, created_by) VALUES ($1, $2, $3, 'e2e', 'e2e')`,
        [created.record.keyId, as.site, created.record.sha256],
      );
      key = created.key;
      siteKeys.set(as.site, key);
    }
    return { "x-api-key": key };
  };
  const client = (url: string): EngineClient => ({
    url,
    baseUrl: url.replace(/\/graphql$/, ""),
    async query(query, variables, opts = {}) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(await authHeaders(opts.as ?? "anonymous")), ...opts.headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        body = { errors: [{ message: text }] };
      }
      return { status: response.status, headers: response.headers, body };
    },
  });
  return {
    engines: { project: client(project.url), hive: client(hive.url) },
    gateways: { project, hive },
    subgraphs,
    hiveOptions,
    identityKey: identityPrivate,
    subgraphUrls,
    async sql(subgraph, text, params) {
      await owner.query(`SET search_path = ${subgraph.replace(/[^a-z_]/g, "")}, public`);
      return (await owner.query(text, params)).rows;
    },
    sqlCount: () => connections.reduce((sum, c) => sum + c.counter.count, 0),
    resetSqlCount: () => connections.forEach((c) => c.counter.reset()),
    async stop() {
      await hive.close();
      await project.close();
      await projectKeys.close();
      await hiveKeys.close();
      for (const s of Object.values(subgraphs)) await s.close();
      for (const c of connections) await c.dataSource.destroy();
      await owner.end();
      await db.drop();
    },
  };
}
