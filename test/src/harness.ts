import { readFileSync } from "node:fs";
import { Client } from "pg";
import { Redis } from "ioredis";
import {
  createApiKey,
  generatePemKeyPair,
  importPrivateKey,
  importPublicKey,
  mintUserToken,
  signGatewayToken,
  type KeyLike,
  type OidcOptions,
  type Viewer,
} from "@jinjibu/auth";
import { appDatabaseUrl, connectAsApp, EVENTS_PATH, startSubgraphServer, type RunningSubgraph, type SubgraphModule, type SubgraphServerOptions, type BaseContext, type Workers } from "@jinjibu/federation";
import { createLogger } from "@jinjibu/logger";
import type { CountedDataSource } from "@jinjibu/db";
import {
  DatabaseSiteKeys,
  MemoryResponseCache,
  RedisResponseCache,
  siteKeyPool,
  startGatewayServer,
  supergraphPath,
  type GatewayOptions,
  type ResponseCache,
  type RunningGateway,
  type WorkspaceOptions,
} from "@jinjibu/gateway";
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
  /** The organizations service identity (its outbox relay signs deliveries to talent with it). */
  organizationsServiceKey: KeyLike;
  /** Stops one subgraph's HTTP server (its port stays reserved for `startSubgraph`): "the subgraph is down". */
  stopSubgraph(name: string): Promise<void>;
  /** Stops the background workers (organizations' outbox relay): events then wait in the outbox. */
  stopWorkers(): Promise<void>;
  /** Starts them again (as a restarted organizations process would). */
  startWorkers(): Promise<void>;
  /** Starts a stopped subgraph again on the same port. */
  startSubgraph(name: string): Promise<void>;
  /**
   * Resolves once every event in organizations' outbox has been confirmed by talent (the relay delivers right after each
   * commit; this only waits for that). Fails after `withinMs` (default 15 s) naming how many still wait.
   */
  outboxDelivered(withinMs?: number): Promise<void>;
  /** The base URL of a subgraph (e.g. `${subgraphBase("talent")}/internal/events`). */
  subgraphBase(name: string): string;
  identityKey: KeyLike;
  cache: ResponseCache;
  ownerUrl: string;
  /** The first gateway's site-key store (lookups counted). */
  siteKeys: DatabaseSiteKeys;
  /**
   * Another gateway in front of the same subgraphs, with its own caches and connections; with `redis` set, it shares
   * the response cache, rate limits and site-key revocations with every gateway started with the same Redis settings.
   */
  startGateway(): Promise<HubGateway>;
  stop(): Promise<void>;
}

/** One more gateway of a hub (see `Hub.startGateway`). */
export interface HubGateway {
  url: string;
  query: Hub["query"];
  siteKeys: DatabaseSiteKeys;
  cache: ResponseCache | null;
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
  /** Shared state through Redis: the response cache, rate limits and site-key revocations (use a unique prefix per run). */
  redis?: { url: string; prefix: string };
  /** How long a gateway reuses a site-key lookup (ms). */
  siteKeyCacheMs?: number;
  /** Operators per page of the directory page at / (default the gateway's, 100). */
  directoryPageSize?: number;
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
  const serviceKeys = generatePemKeyPair();
  const organizationsServiceKey = await importPrivateKey(serviceKeys.privateKeyPem);
  const servicePublicKeys = { organizations: await importPublicKey(serviceKeys.publicKeyPem) };
  const modules = loadModules();
  const connections: CountedDataSource[] = [];
  const subgraphs: Record<string, RunningSubgraph> = {};
  const serverOptions: Record<string, { options: SubgraphServerOptions<BaseContext>; port: number }> = {};
  for (const module of modules) {
    const conn = await connectAsApp(module, db.url, process.env.APP_DATABASE_PASSWORD, options.poolSize);
    connections.push(conn);
    const serverOpts: SubgraphServerOptions<BaseContext> = {
      module: module as SubgraphModule,
      schema: await module.buildSchema(),
      dataSource: conn.dataSource,
      gatewayPublicKey: gatewayPublic,
      metricsToken: TEST_METRICS_TOKEN,
      servicePublicKeys,
    };
    subgraphs[module.name] = await startSubgraphServer(serverOpts, 0);
    serverOptions[module.name] = { options: serverOpts, port: subgraphs[module.name]!.port };
  }
  const baseOf = (name: string) => subgraphs[name]!.url.replace(/\/graphql$/, "");
  // Background workers (organizations' outbox relay) on connections of their own, as `runSubgraphMain` does, so the
  // statement counts of requests do not include them.
  let workers: { workers: Workers; connection: CountedDataSource }[] = [];
  const startWorkers = async () => {
    if (workers.length > 0) return;
    for (const module of modules) {
      if (!module.startWorkers) continue;
      const connection = await connectAsApp(module, db.url, process.env.APP_DATABASE_PASSWORD, 2);
      const started = module.startWorkers({
        dataSource: connection.dataSource,
        logger: createLogger(`subgraph-${module.name}`),
        serviceKey: organizationsServiceKey,
        eventUrls: { talent: `${baseOf("talent")}${EVENTS_PATH}` },
      });
      workers.push({ workers: started, connection });
    }
  };
  const stopWorkers = async () => {
    for (const w of workers) {
      await w.workers.stop();
      await w.connection.dataSource.destroy();
    }
    workers = [];
  };
  await startWorkers();
  const stopped = new Set<string>();
  const owner = new Client({ connectionString: db.url });
  await owner.connect();
  const siteKeys = new Map<string, string>();
  const siteKeysUrl = appDatabaseUrl(db.url, "organizations", process.env.APP_DATABASE_PASSWORD);
  const subgraphUrls = Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
  const supergraphSdl = readFileSync(supergraphPath(), "utf8");
  const gateways: HubGateway[] = [];

  // One gateway: site keys from the database, and (with `redis`) its own Redis connections with the shared prefix.
  const launchGateway = async (first: boolean): Promise<{ running: RunningGateway; keys: DatabaseSiteKeys; cache: ResponseCache | null; close(): Promise<void> }> => {
    const redis = options.redis ? new Redis(options.redis.url, { maxRetriesPerRequest: 2, enableOfflineQueue: false, lazyConnect: true }) : null;
    await redis?.connect();
    const given = options.cache !== undefined && (first || options.cache === null);
    const cacheRedis = !given && options.redis ? new Redis(options.redis.url, { maxRetriesPerRequest: 2, enableOfflineQueue: false, lazyConnect: true }) : null;
    await cacheRedis?.connect();
    const cache: ResponseCache | null = given
      ? options.cache!
      : cacheRedis
        ? new RedisResponseCache(cacheRedis, `${options.redis!.prefix}:response-cache`)
        : new MemoryResponseCache();
    const keys = new DatabaseSiteKeys({ pool: siteKeyPool(siteKeysUrl), redis, prefix: options.redis?.prefix, cacheMs: options.siteKeyCacheMs });
    const running = await startGatewayServer(
      {
        supergraphSdl,
        subgraphUrls,
        gatewayPrivateKey: gatewayPrivate,
        identityPublicKey: identityPublic,
        apiKeys: () => keys,
        siteKeyRevocations: keys,
        cache,
        redis,
        rateLimitPrefix: options.redis ? `${options.redis.prefix}:rate` : undefined,
        introspection: true,
        ...(options.rateLimits !== undefined ? { rateLimits: options.rateLimits } : {}),
        publicDir: require("node:path").resolve(require.resolve("@jinjibu/gateway"), "..", "..", "public"),
        directoryPageSize: options.directoryPageSize,
        workspace: { devIdentityPrivateKey: identityPrivate, ...options.workspace },
        oidc: options.oidc ?? null,
        metricsToken: TEST_METRICS_TOKEN,
      },
      0,
    );
    return {
      running,
      keys,
      cache,
      async close() {
        await running.close();
        await keys.close();
        if (cacheRedis) await cache?.close();
        redis?.disconnect();
      },
    };
  };
  const main = await launchGateway(true);
  const gateway = main.running;
  const cache = main.cache;

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
      // Stored as every site key is: its hash in organizations.site_api_key, where every gateway finds it.
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

  const queryAt = (url: string): Hub["query"] => async (query, variables, opts = {}) => {
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
  };

  return {
    url: gateway.url,
    baseUrl: gateway.url.replace(/\/graphql$/, ""),
    ownerUrl: db.url,
    identityKey: identityPrivate,
    cache: cache ?? new MemoryResponseCache(),
    authHeaders,
    query: queryAt(gateway.url),
    siteKeys: main.keys,
    async startGateway() {
      const another = await launchGateway(false);
      const handle: HubGateway = { url: another.running.url, query: queryAt(another.running.url), siteKeys: another.keys, cache: another.cache, stop: () => another.close() };
      gateways.push(handle);
      return handle;
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
    organizationsServiceKey,
    subgraphBase: baseOf,
    async outboxDelivered(withinMs = 15_000) {
      const until = Date.now() + withinMs;
      for (;;) {
        const [{ waiting }] = (await owner.query(
          `SELECT count(*)::int AS waiting FROM organizations.domain_event e
           WHERE NOT EXISTS (SELECT 1 FROM organizations.domain_event_delivery d WHERE d.consumer = 'talent' AND d.event_id = e.id)`,
        )).rows as { waiting: number }[];
        if (waiting === 0) return;
        if (Date.now() > until) throw new Error(`${waiting} outbox event(s) still wait for talent after ${withinMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stopSubgraph(name) {
      if (stopped.has(name)) return;
      await subgraphs[name]!.close();
      stopped.add(name);
    },
    async startSubgraph(name) {
      if (!stopped.has(name)) return;
      const { options: serverOpts, port } = serverOptions[name]!;
      subgraphs[name] = await startSubgraphServer(serverOpts, port);
      stopped.delete(name);
    },
    startWorkers,
    stopWorkers,
    async stop() {
      await stopWorkers();
      for (const g of gateways) await g.stop();
      await main.close();
      for (const [name, s] of Object.entries(subgraphs)) if (!stopped.has(name)) await s.close();
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
