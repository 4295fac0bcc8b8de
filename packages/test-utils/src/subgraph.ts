import { randomUUID } from "node:crypto";
import type { ExecutionResult, GraphQLSchema } from "graphql";
import { DataSource } from "typeorm";
import { ANONYMOUS, generatePemKeyPair, importPrivateKey, importPublicKey, signGatewayToken, type Viewer } from "@jinjibu/auth";
import type { CountedDataSource } from "@jinjibu/db";
import { connectAsApp, executeLocal, startSubgraphServer, type BaseContext, type SubgraphModule } from "@jinjibu/federation";
import { cloneTemplateDatabase } from "@jinjibu/test-db";

export type Variables = Record<string, unknown>;

export interface RunOptions {
  /** Correlates audit rows; a random id when omitted. */
  requestId?: string;
  operationName?: string;
  /** Epoch ms, as the gateway's `x-hub-deadline`. */
  deadline?: number;
}

/** The subgraph's real HTTP server on a free port, trusting a key pair made for this harness only. */
export interface ServedSubgraph {
  /** The GraphQL endpoint. */
  url: string;
  /** POSTs one operation with a gateway token signed for `viewer` (anonymous when omitted). */
  post(query: string, variables?: Variables, viewer?: Viewer, options?: { requestId?: string }): Promise<{ status: number; body: ExecutionResult }>;
  /** A gateway token for `viewer`, for requests the test builds itself. */
  token(viewer?: Viewer, requestId?: string): Promise<string>;
}

export interface SubgraphHarness {
  /** The clone's owner URL (migrations and seeds run as the owner). */
  url: string;
  /** The subgraph connected as its application role; `app.counter` counts the SQL statements it sends. */
  app: CountedDataSource;
  schema: GraphQLSchema;
  /** One operation in-process as `viewer` (anonymous when omitted), with the HTTP server's per-request transaction rule. */
  run(query: string, variables?: Variables, viewer?: Viewer, options?: RunOptions): Promise<ExecutionResult>;
  /** `run` with the viewer first, for suites where every operation names its viewer. */
  runAs(viewer: Viewer, query: string, variables?: Variables, requestId?: string): Promise<ExecutionResult>;
  /** SQL as the application role, outside any GraphQL request (row-level security applies). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** SQL as the database owner (a superuser in tests): setup and assertions that must see every row. */
  ownerSql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` and returns how many SQL statements the application connection sent meanwhile (for N+1 tests). */
  countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }>;
  /** Starts the subgraph's HTTP server (once) so operations can go through gateway-token verification. */
  serve(): Promise<ServedSubgraph>;
  close(): Promise<void>;
}

export interface OpenSubgraphOptions {
  /** Connections in the application pool (the default of `connectAsApp` when omitted). */
  poolSize?: number;
}

/**
 * A subgraph on a fresh clone of the migrated, seeded template database (see `prepareTemplate`), connected as its
 * application role. The one harness of the subgraphs' integration tests.
 */
export async function openSubgraph<C extends BaseContext>(
  module: SubgraphModule<C>,
  prefix: string,
  options: OpenSubgraphOptions = {},
): Promise<SubgraphHarness> {
  const db = await cloneTemplateDatabase(prefix);
  const app = await connectAsApp(module as unknown as SubgraphModule<BaseContext>, db.url, process.env.APP_DATABASE_PASSWORD, options.poolSize);
  const schema = await module.buildSchema();
  let owner: Promise<DataSource> | undefined;
  let served: Promise<{ served: ServedSubgraph; close(): Promise<void> }> | undefined;

  const ownerSource = (): Promise<DataSource> =>
    (owner ??= new DataSource({ type: "postgres", url: db.url, extra: { options: `-c search_path=${module.name},public`, max: 2 } }).initialize());

  const run: SubgraphHarness["run"] = (query, variables, viewer, runOptions = {}) =>
    executeLocal({ module, schema, dataSource: app.dataSource, query, variables, viewer, ...runOptions });

  const serve = async (): Promise<{ served: ServedSubgraph; close(): Promise<void> }> => {
    const pair = generatePemKeyPair();
    const privateKey = await importPrivateKey(pair.privateKeyPem);
    const running = await startSubgraphServer({ module, schema, dataSource: app.dataSource, gatewayPublicKey: await importPublicKey(pair.publicKeyPem) }, 0);
    const token = (viewer: Viewer = ANONYMOUS, requestId: string = randomUUID()) =>
      signGatewayToken(privateKey, module.name, { viewer, requestId });
    const post: ServedSubgraph["post"] = async (query, variables, viewer, postOptions = {}) => {
      const response = await fetch(running.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${await token(viewer, postOptions.requestId)}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as ExecutionResult };
    };
    return { served: { url: running.url, post, token }, close: () => running.close() };
  };

  return {
    url: db.url,
    app,
    schema,
    run,
    runAs: (viewer, query, variables, requestId) => run(query, variables, viewer, { requestId }),
    sql: (text, params) => app.dataSource.query(text, params),
    ownerSql: async (text, params) => (await ownerSource()).query(text, params),
    countStatements: async (fn) => {
      app.counter.reset();
      const result = await fn();
      return { result, statements: app.counter.count };
    },
    serve: async () => (await (served ??= serve())).served,
    close: async () => {
      if (served) await (await served).close();
      await app.dataSource.destroy();
      if (owner) await (await owner).destroy();
      await db.drop();
    },
  };
}

/** Viewers as the gateway hands them to subgraphs (the subject is what audit rows record). */
export const viewers = {
  anonymous: ANONYMOUS,
  coordinator: (operatorId: string, subject = `coord@${operatorId}`): Viewer => ({ role: "COORDINATOR", operatorId, subject }),
  site: (operatorId: string, subject = `site-key@${operatorId}`): Viewer => ({ role: "SITE", operatorId, subject }),
  nationalAdmin: (subject = "admin@meti"): Viewer => ({ role: "NATIONAL_ADMIN", operatorId: null, subject }),
};
