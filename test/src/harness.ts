import { readFileSync } from "node:fs";
import { Client } from "pg";
import {
  ApiKeyRegistry,
  createApiKey,
  generatePemKeyPair,
  importPrivateKey,
  importPublicKey,
  mintUserToken,
  signGatewayToken,
  type ApiKeyRecord,
  type KeyLike,
  type OidcOptions,
  type Viewer,
} from "@jinjibu/auth";
import { connectAsApp, startSubgraphServer, type RunningSubgraph, type SubgraphModule } from "@jinjibu/federation";
import type { CountedDataSource } from "@jinjibu/db";
import { MemoryResponseCache, startGatewayServer, supergraphPath, type GatewayOptions, type ResponseCache, type RunningGateway, type WorkspaceOptions } from "@jinjibu/gateway";
import { loadModules } from "@jinjibu/launcher";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";

/** Who a test request is sent as. */
export type As = "anonymous" | "admin" | { coordinator: string } | { site: string };

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }> };
}

/** The scrape token of every test hub's `/metrics` (gateway and subgraphs). */
export const TEST_METRICS_TOKEN = "test-metrics-token-0123456789";

export interface Hub {
  /** The gateway's GraphQL URL. */
  url: string;
  /** The gateway's base URL (the directory page is at `${baseUrl}/`). */
  baseUrl: string;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: As; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Headers that authenticate as `as` (for raw fetches). */
  authHeaders(as: As): Promise<Record<string, string>>;
  /** SQL as the owner on the hub's database, with the subgraph's schema first on the search path. */
  sql<R = Record<string, unknown>>(subgraph: string, text: string, params?: unknown[]): Promise<R[]>;
  /** SQL statements the four subgraphs have sent since the last reset. */
  sqlCount(): number;
  /** The same, per subgraph. */
  sqlCountBySubgraph(): Record<string, number>;
  resetSqlCount(): void;
  subgraphUrl(name: string): string;
  /** A gateway token as the gateway would sign it (for direct subgraph tests). */
  gatewayToken(subgraph: string, viewer: Viewer): Promise<string>;
  /** Signs tokens with a key the subgraphs do not trust (forgery tests). */
  forgedGatewayToken(subgraph: string, viewer: Viewer): Promise<string>;
  identityKey: KeyLike;
  cache: ResponseCache;
  ownerUrl: string;
  stop(): Promise<void>;
}

export interface HubOptions {
  /** Use this cache instead of a fresh in-memory one (e.g. Redis). `null` turns the response cache off. */
  cache?: ResponseCache | null;
  /** Pool size of each subgraph's application connections. */
  poolSize?: number;
  /** Workspace settings (development sign-in with the hub's identity key is on unless overridden). */
  workspace?: WorkspaceOptions;
  /** An OpenID Connect provider whose access tokens the gateway accepts. */
  oidc?: OidcOptions | null;
  /** The gateway's rate limits (default: the gateway's defaults); `false` turns them off, as the benchmarks do. */
  rateLimits?: GatewayOptions["rateLimits"];
}

/**
 * Starts the whole hub in this process over real HTTP: a database cloned from the seeded template, the four subgraphs
 * (connected as their non-owner roles, accepting only gateway-signed requests) and the gateway serving the checked-in
 * supergraph. Each test file gets its own hub and database.
 */
export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const db = await cloneTemplateDatabase("e2e");
  const gatewayKeys = generatePemKeyPair();
  const identityKeys = generatePemKeyPair();
  const gatewayPrivate = await importPrivateKey(gatewayKeys.privateKeyPem);
  const gatewayPublic = await importPublicKey(gatewayKeys.publicKeyPem);
  const identityPrivate = await importPrivateKey(identityKeys.privateKeyPem);
  const identityPublic = await importPublicKey(identityKeys.publicKeyPem);
  const rogue = await importPrivateKey(generatePemKeyPair().privateKeyPem);
  const modules = loadModules();
  const connections: CountedDataSource[] = [];
  const subgraphs: Record<string, RunningSubgraph> = {};
  for (const module of modules) {
    const conn = await connectAsApp(module, db.url, process.env.APP_DATABASE_PASSWORD, options.poolSize);
    connections.push(conn);
    subgraphs[module.name] = await startSubgraphServer(
      { module: module as SubgraphModule, schema: await module.buildSchema(), dataSource: conn.dataSource, gatewayPublicKey: gatewayPublic, metricsToken: TEST_METRICS_TOKEN },
      0,
    );
  }
  const apiKeyRecords: ApiKeyRecord[] = [];
  const siteKeys = new Map<string, string>();
  let registry = new ApiKeyRegistry(apiKeyRecords);
  const cache = options.cache === undefined ? new MemoryResponseCache() : options.cache;
  const gateway: RunningGateway = await startGatewayServer(
    {
      supergraphSdl: readFileSync(supergraphPath(), "utf8"),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      gatewayPrivateKey: gatewayPrivate,
      identityPublicKey: identityPublic,
      apiKeys: () => registry,
      cache,
      introspection: true,
      ...(options.rateLimits !== undefined ? { rateLimits: options.rateLimits } : {}),
      publicDir: require("node:path").resolve(require.resolve("@jinjibu/gateway"), "..", "..", "public"),
      workspace: { devIdentityPrivateKey: identityPrivate, ...options.workspace },
      oidc: options.oidc ?? null,
      metricsToken: TEST_METRICS_TOKEN,
    },
    0,
  );

  const authHeaders = async (as: As): Promise<Record<string, string>> => {
    if (as === "anonymous") return {};
    if (as === "admin") {
      return { authorization: `Bearer ${await mintUserToken(identityPrivate, { role: "NATIONAL_ADMIN", subject: "admin@meti" })}` };
    }
    if ("coordinator" in as) {
      const token = await mintUserToken(identityPrivate, { role: "COORDINATOR", operatorId: as.coordinator, subject: `coordinator@${as.coordinator}` });
      return { authorization: `Bearer ${token}` };
    }
    let key = siteKeys.get(as.site);
    if (!key) {
      const created = createApiKey(as.site, "e2e");
      apiKeyRecords.push(created.record);
      registry = new ApiKeyRegistry(apiKeyRecords);
      key = created.key;
      siteKeys.set(as.site, key);
    }
    return { "x-api-key": key };
  };

  const owner = new Client({ connectionString: db.url });
  await owner.connect();

  return {
    url: gateway.url,
    baseUrl: gateway.url.replace(/\/graphql$/, ""),
    ownerUrl: db.url,
    identityKey: identityPrivate,
    cache: cache ?? new MemoryResponseCache(),
    authHeaders,
    async query(query, variables, opts = {}) {
      const response = await fetch(gateway.url, {
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
    async sql(subgraph, text, params) {
      await owner.query(`SET search_path = ${subgraph.replace(/[^a-z_]/g, "")}, public`);
      return (await owner.query(text, params)).rows;
    },
    sqlCount: () => connections.reduce((sum, c) => sum + c.counter.count, 0),
    sqlCountBySubgraph: () => Object.fromEntries(modules.map((m, i) => [m.name, connections[i]!.counter.count])),
    resetSqlCount: () => connections.forEach((c) => c.counter.reset()),
    subgraphUrl: (name) => subgraphs[name]!.url,
    gatewayToken: (subgraph, viewer) => signGatewayToken(gatewayPrivate, subgraph, { viewer, requestId: "test" }),
    forgedGatewayToken: (subgraph, viewer) => signGatewayToken(rogue, subgraph, { viewer, requestId: "forged" }),
    async stop() {
      await gateway.close();
      for (const s of Object.values(subgraphs)) await s.close();
      for (const c of connections) await c.dataSource.destroy();
      await owner.end();
      await db.drop();
    },
  };
}

/** Reads `data` or fails with the GraphQL errors, so a failing test shows what went wrong. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.body.errors?.length || !response.body.data) {
    throw new Error(`GraphQL errors (HTTP ${response.status}): ${JSON.stringify(response.body.errors ?? response.body)}`);
  }
  return response.body.data;
}
