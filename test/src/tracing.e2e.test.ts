import { spawn } from "node:child_process";
import path from "node:path";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";

// The gateway and the four subgraphs in one child process (plain Node, so OpenTelemetry's module patching applies as in
// production), tracing into an in-memory exporter; one anonymous request; the finished spans come back as JSON.
const CHILD = `
const { startTracing, InMemorySpanExporter } = require("@jinjibu/telemetry");
const exporter = new InMemorySpanExporter();
// Before anything opens a database connection, as the processes' entry points do.
const tracing = startTracing({ serviceName: "hub-in-process", exporter, acceptIncomingTraceContext: true });
const http = require("node:http");
const { readFileSync } = require("node:fs");
const { loadModules } = require("@jinjibu/launcher");
const { connectAsApp, startSubgraphServer } = require("@jinjibu/federation");
const { generatePemKeyPair, importPrivateKey, importPublicKey, ApiKeyRegistry } = require("@jinjibu/auth");
const { startGatewayServer, supergraphPath } = require("@jinjibu/gateway");
(async () => {
  const keys = generatePemKeyPair();
  const identity = generatePemKeyPair();
  const publicKey = await importPublicKey(keys.publicKeyPem);
  const ports = {};
  const urls = {};
  const closers = [];
  for (const module of loadModules()) {
    const conn = await connectAsApp(module, process.env.HUB_DATABASE_URL, process.env.APP_DATABASE_PASSWORD);
    const running = await startSubgraphServer({ module, schema: await module.buildSchema(), dataSource: conn.dataSource, gatewayPublicKey: publicKey }, 0);
    ports[module.name] = running.port;
    urls[module.name] = running.url;
    closers.push(async () => { await running.close(); await conn.dataSource.destroy(); });
  }
  const gateway = await startGatewayServer({
    supergraphSdl: readFileSync(supergraphPath(), "utf8"),
    subgraphUrls: urls,
    gatewayPrivateKey: await importPrivateKey(keys.privateKeyPem),
    identityPublicKey: await importPublicKey(identity.publicKeyPem),
    apiKeys: () => new ApiKeyRegistry([]),
    cache: null,
    introspection: false,
    rateLimits: false,
    workspace: false,
  }, 0);
  ports.gateway = gateway.port;
  // A plain http client (not traced): the gateway's span is the root, as for an outside client.
  const body = JSON.stringify({ query: process.env.HUB_QUERY, variables: JSON.parse(process.env.HUB_VARIABLES) });
  const answer = await new Promise((resolve, reject) => {
    const req = http.request(gateway.url, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on("error", reject);
    req.end(body);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  await tracing.forceFlush();
  const spans = exporter.getFinishedSpans().map((s) => ({
    name: s.name,
    kind: s.kind,
    traceId: s.spanContext().traceId,
    spanId: s.spanContext().spanId,
    parentSpanId: s.parentSpanContext ? s.parentSpanContext.spanId : null,
    attributes: s.attributes,
  }));
  process.stdout.write(JSON.stringify({ answer, ports, spans }) + "\\n");
  await gateway.close();
  for (const close of closers) await close();
  process.exit(0);
})().catch((error) => { process.stderr.write(String(error && error.stack || error) + "\\n"); process.exit(1); });
`;

interface SpanJson {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  attributes: Record<string, unknown>;
}

const SERVER = 1;
const CLIENT = 2;

describe("one gateway request is one trace: gateway, each subgraph it calls, and their SQL", () => {
  let result: { answer: { status: number; body: { data?: unknown; errors?: unknown } }; ports: Record<string, number>; spans: SpanJson[] };
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await cloneTemplateDatabase("trace");
    drop = db.drop;
    const child = spawn(process.execPath, ["-e", CHILD], {
      cwd: path.resolve(__dirname, ".."),
      env: {
        ...process.env,
        HUB_DATABASE_URL: db.url,
        LOG_LEVEL: "error",
        HUB_QUERY: "query OperatorPage($id: ID!) { operator(id: $id) { nameJa adoptionCount programs(first: 2) { totalCount } } }",
        HUB_VARIABLES: JSON.stringify({ id: "op-meguru" }),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout!.on("data", (chunk) => (out += chunk));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(0);
    result = JSON.parse(out.trim().split("\n").pop()!);
  }, 120_000);
  afterAll(async () => {
    await drop?.();
  });

  const serverSpansOn = (port: number) =>
    result.spans.filter((s) => s.kind === SERVER && Number(s.attributes["server.port"] ?? s.attributes["net.host.port"] ?? String(s.attributes["http.host"] ?? "").split(":")[1]) === port);

  it("answers the request", () => {
    expect(result.answer.status).toBe(200);
    expect(result.answer.body.errors).toBeUndefined();
  });

  it("shares one trace id across the gateway's spans, three subgraphs' server spans and their SQL spans", () => {
    const { spans, ports } = result;
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    const roots = spans.filter((s) => s.parentSpanId === null);
    expect(roots).toHaveLength(1);
    expect(serverSpansOn(ports.gateway!)).toEqual([roots[0]]);
    // Apollo Gateway's own spans join the trace.
    expect(spans.map((s) => s.name)).toEqual(expect.arrayContaining(["gateway.request", "gateway.plan", "gateway.execute", "gateway.fetch"]));
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    for (const subgraph of ["organizations", "funding", "programs"]) {
      const served = serverSpansOn(ports[subgraph]!);
      expect({ subgraph, served: served.length }).toEqual({ subgraph, served: 1 });
      // Its parent is the gateway's fetch (undici client span) carrying W3C traceparent.
      expect(byId.get(served[0]!.parentSpanId!)?.kind).toBe(CLIENT);
      // SQL below it: pg spans whose ancestors include the subgraph's server span.
      const sql = spans.filter((s) => s.attributes["db.system"] === "postgresql" || s.attributes["db.system.name"] === "postgresql");
      const under = sql.filter((s) => {
        for (let p = s.parentSpanId; p; p = byId.get(p)?.parentSpanId ?? null) if (p === served[0]!.spanId) return true;
        return false;
      });
      expect({ subgraph, sql: under.length > 0 }).toEqual({ subgraph, sql: true });
    }
    // Never a parameter value in a span: the operator id was a bound variable.
    expect(JSON.stringify(spans)).not.toContain("op-meguru");
  });
});
