import { connect, createServer, type AddressInfo, type Socket } from "node:net";
import { GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { DataSource } from "typeorm";
import { ANONYMOUS, generatePemKeyPair, importPrivateKey, importPublicKey, signGatewayToken, type KeyLike } from "@jinjibu/auth";
import { createDataSource, initialize } from "@jinjibu/db";
import { cloneTemplateDatabase } from "@jinjibu/test-db";
import { startSubgraphServer, type BaseContext, type RunningSubgraph, type SubgraphModule } from "../src";

// A one-table subgraph: enough to see the server's own rules (tokens, limits, deadlines, transactions, probes).
const schema = new GraphQLSchema({
  query: new GraphQLObjectType<unknown, BaseContext>({
    name: "Query",
    fields: {
      count: { type: new GraphQLNonNull(GraphQLInt), resolve: async (_s, _a, ctx) => Number((await (await ctx.db.manager()).query("SELECT count(*) AS n FROM note"))[0].n) },
      statementTimeout: { type: GraphQLString, resolve: async (_s, _a, ctx) => (await (await ctx.db.manager()).query("SHOW statement_timeout"))[0].statement_timeout },
      sleep: { type: GraphQLString, args: { seconds: { type: GraphQLInt } }, resolve: async (_s, a, ctx) => { await (await ctx.db.manager()).query("SELECT pg_sleep($1)", [a.seconds]); return "woke"; } },
    },
  }),
  mutation: new GraphQLObjectType<unknown, BaseContext>({
    name: "Mutation",
    fields: {
      addNote: {
        type: GraphQLInt,
        args: { text: { type: new GraphQLNonNull(GraphQLString) }, fail: { type: GraphQLInt } },
        resolve: async (_s, a, ctx) => {
          const manager = await ctx.db.manager();
          await manager.query("INSERT INTO note (text) VALUES ($1)", [a.text]);
          if (a.fail) throw new Error("the second step failed");
          return 1;
        },
      },
    },
  }),
});

const noteModule: SubgraphModule = {
  name: "organizations",
  entities: [],
  migrations: [],
  buildSchema: async () => schema,
  createContext: (base) => base,
  seed: async () => ({}),
};

let db: { url: string; drop(): Promise<void> };
let dbUrl: string;
let dataSource: DataSource;
let running: RunningSubgraph;
let gatewayKey: KeyLike;

const token = (subgraph = "organizations") => signGatewayToken(gatewayKey, subgraph, { viewer: ANONYMOUS, requestId: "req-test-1" });
const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(running.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await token()}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[] } };
};

beforeAll(async () => {
  db = await cloneTemplateDatabase("fed");
  dbUrl = db.url;
  dataSource = createDataSource({ url: dbUrl, schema: "public", entities: [], poolSize: 3 }).dataSource;
  await initialize(dataSource);
  await dataSource.query("CREATE TABLE note (id serial PRIMARY KEY, text text NOT NULL)");
  const keys = generatePemKeyPair();
  gatewayKey = await importPrivateKey(keys.privateKeyPem);
  running = await startSubgraphServer({ module: noteModule, schema, dataSource, gatewayPublicKey: await importPublicKey(keys.publicKeyPem), bodyLimitBytes: 2_000 }, 0);
});

afterAll(async () => {
  await running?.close();
  await dataSource?.destroy();
  await db?.drop();
});

describe("the subgraph server", () => {
  it("answers 401 to GraphQL without a valid token for this subgraph, before reading the body, and serves a signed request", async () => {
    for (const authorization of [undefined, `Bearer ${await token("talent")}`, "Bearer nonsense"]) {
      const response = await fetch(running.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: "{ count }" }),
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    const ok = await post({ query: "{ count }" });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toEqual({ count: 0 });
    expect(ok.headers.get("x-request-id")).toBe("req-test-1");
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("refuses a body over the limit with 413 naming the limit, and bad JSON with 400", async () => {
    const big = await post({ query: `{ count } # ${"x".repeat(3_000)}` });
    expect(big.status).toBe(413);
    expect(big.body.errors![0].message).toBe("The request body is larger than the limit of 2000 bytes.");
    const bad = await post("{ not json");
    expect(bad.status).toBe(400);
    expect(bad.body.errors![0].message).toBe("The request body is not valid JSON.");
  });

  it("commits a mutation that succeeded and rolls back one that reported an error", async () => {
    expect((await post({ query: 'mutation { addNote(text: "kept") }' })).body.data).toEqual({ addNote: 1 });
    const failed = await post({ query: 'mutation { addNote(text: "lost", fail: 1) }' });
    expect(failed.body.errors![0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(failed.body)).not.toContain("second step");
    expect(await dataSource.query("SELECT text FROM note ORDER BY id")).toEqual([{ text: "kept" }]);
  });

  it("refuses work already past x-hub-deadline, writing nothing", async () => {
    const before = Number((await dataSource.query("SELECT count(*) AS n FROM note"))[0].n);
    const late = await post({ query: 'mutation { addNote(text: "late") }' }, { "x-hub-deadline": String(Date.now() - 1) });
    expect(late.status).toBe(504);
    expect(late.body.errors![0].extensions.code).toBe("SUBGRAPH_TIMEOUT");
    expect(Number((await dataSource.query("SELECT count(*) AS n FROM note"))[0].n)).toBe(before);
    const malformed = await post({ query: "{ count }" }, { "x-hub-deadline": "soon" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors![0].message).toMatch(/^x-hub-deadline must be a time in epoch milliseconds/);
  });

  it("lowers statement_timeout to the time left before the deadline and stops SQL there", async () => {
    const far = await post({ query: "{ statementTimeout }" });
    expect(far.body.data.statementTimeout).toBe("15s");
    const near = await post({ query: "{ statementTimeout }" }, { "x-hub-deadline": String(Date.now() + 3_000) });
    const ms = Number(String(near.body.data.statementTimeout).replace(/ms$/, ""));
    expect(String(near.body.data.statementTimeout)).toMatch(/^\d+ms$/);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThanOrEqual(3_000);
    const stopped = await post({ query: "{ sleep(seconds: 30) }" }, { "x-hub-deadline": String(Date.now() + 500) });
    expect(stopped.body.data.sleep).toBeNull();
    expect(stopped.body.errors![0].extensions.code).toBe("SUBGRAPH_TIMEOUT");
    // The pooled connection is healthy afterwards and has its own timeout back.
    expect((await post({ query: "{ statementTimeout }" })).body.data.statementTimeout).toBe("15s");
  });

  it("/livez answers from the process alone; /readyz is 503 while the database is unreachable", async () => {
    const base = running.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // A second server reaches the database through a TCP relay the test can cut.
    const target = new URL(dbUrl);
    const sockets = new Set<Socket>();
    const relay = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on("error", () => undefined);
        s.on("close", () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
    const relayed = new URL(dbUrl);
    relayed.port = String((relay.address() as AddressInfo).port);
    const viaRelay = createDataSource({ url: relayed.toString(), schema: "public", entities: [], poolSize: 1 }).dataSource;
    await initialize(viaRelay);
    const keys = generatePemKeyPair();
    const other = await startSubgraphServer({ module: noteModule, schema, dataSource: viaRelay, gatewayPublicKey: await importPublicKey(keys.publicKeyPem), readyTimeoutMs: 500 }, 0);
    try {
      const otherBase = other.url.replace(/\/graphql$/, "");
      expect((await fetch(`${otherBase}/readyz`)).status).toBe(200);
      relay.close();
      for (const s of sockets) s.destroy();
      const down = await fetch(`${otherBase}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: "database unreachable", service: "organizations" });
      expect((await fetch(`${otherBase}/livez`)).status).toBe(200);
    } finally {
      await other.close();
      await viaRelay.destroy().catch(() => undefined);
    }
  });
});
