import { dataOf, startHub, TEST_METRICS_TOKEN, type Hub } from "./harness";
import { request } from "node:http";
import { freePort } from "@jinjibu/pg-embedded";
import { startHiveGatewayServer } from "@jinjibu/hive-gateway";
import { startTwoEngineHub, type TwoEngineHub } from "./hive-hub";

/** One sample of the Prometheus text format. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]!] = pair[2]!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of the samples named `name` whose labels include `labels`; undefined when there is none. */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return found.length ? found.reduce((sum, s) => sum + s.value, 0) : undefined;
}

async function scrape(url: string): Promise<{ text: string; samples: Sample[] }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  return { text, samples: parseMetrics(text) };
}

describe("/metrics on the gateway and on each subgraph", () => {
  let hub: Hub;
  const gatewayMetrics = () => `${hub.baseUrl}/metrics`;
  const subgraphMetrics = (name: string) => hub.subgraphUrl(name).replace(/\/graphql$/, "/metrics");

  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it("answers only a scraper with the token: 401 without it or with another, never GraphQL data", async () => {
    for (const url of [gatewayMetrics(), subgraphMetrics("talent")]) {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: "Bearer not-the-metrics-token-at-all" } })).status).toBe(401);
    }
  });

  it("counts and times gateway requests by bounded operation name and outcome, subgraph fetches, breakers and cache lookups", async () => {
    const before = (await scrape(gatewayMetrics())).samples;
    const directory = "query Directory { directory { totalOperators blocks { nameJa } } }";
    dataOf(await hub.query(directory));
    dataOf(await hub.query(directory)); // the second one is a cache hit
    const operator = "query OperatorPage($id: ID!) { operator(id: $id) { nameJa adoptionCount } }";
    dataOf(await hub.query(operator, { id: "op-meguru" }));
    const invented = `query Invented${Date.now()} { prefectures { code } }`;
    dataOf(await hub.query(invented));
    expect((await hub.query("{ prefectures { code } }", {}, { headers: { authorization: "Bearer forged" } })).status).toBe(401);

    const { text, samples: after } = await scrape(gatewayMetrics());

    const moved = (name: string, labels: Record<string, string>) => (value(after, name, labels) ?? 0) - (value(before, name, labels) ?? 0);
    expect(moved("hub_gateway_requests_total", { service: "gateway", operation: "Directory", type: "query", outcome: "ok" })).toBe(2);
    expect(moved("hub_gateway_requests_total", { operation: "OperatorPage", outcome: "ok" })).toBe(1);
    expect(moved("hub_gateway_requests_total", { operation: "other", outcome: "ok" })).toBe(1);
    expect(moved("hub_gateway_requests_total", { outcome: "unauthenticated" })).toBe(1);
    expect(moved("hub_gateway_request_duration_seconds_count", { operation: "Directory", outcome: "ok" })).toBe(2);
    expect(moved("hub_gateway_request_duration_seconds_bucket", { operation: "Directory", outcome: "ok", le: "+Inf" })).toBe(2);
    // Invented names never become label values: the number of series cannot be grown by a client.
    expect(text).not.toContain("Invented");
    expect(moved("hub_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "organizations", outcome: "ok" })).toBeGreaterThanOrEqual(3);
    expect(moved("hub_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "funding", outcome: "ok" })).toBe(1);
    expect(moved("hub_gateway_response_cache_lookups_total", { result: "hit" })).toBe(1);
    expect(moved("hub_gateway_response_cache_lookups_total", { result: "miss" })).toBe(3);
    for (const subgraph of ["organizations", "talent", "programs", "funding"]) {
      expect(value(after, "hub_gateway_breaker_state", { subgraph })).toBe(0);
      expect(value(after, "hub_gateway_subgraph_fetches_in_flight", { subgraph, state: "queued" })).toBe(0);
    }
    expect(value(after, "hub_gateway_response_cache_entries")).toBeGreaterThanOrEqual(3);
    expect(value(after, "nodejs_eventloop_lag_p99_seconds", { service: "gateway" })).toBeGreaterThanOrEqual(0);
    expect(value(after, "process_resident_memory_bytes")).toBeGreaterThan(0);
    // No personal data, identifiers or variables in any series.
    expect(text).not.toContain("op-meguru");
  });

  it("counts subgraph requests (entity fetches apart), refusals before Apollo, and the database pool", async () => {
    const before = (await scrape(subgraphMetrics("funding"))).samples;
    dataOf(await hub.query("query OperatorPage($id: ID!) { operator(id: $id) { nameJa adoptionCount } }", { id: "op-dotdoto" }));
    expect((await fetch(hub.subgraphUrl("funding"), { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(401);
    const { samples: after } = await scrape(subgraphMetrics("funding"));
    const moved = (name: string, labels: Record<string, string>) => (value(after, name, labels) ?? 0) - (value(before, name, labels) ?? 0);
    expect(moved("hub_subgraph_requests_total", { service: "subgraph-funding", operation: "OperatorPage", type: "entities", outcome: "ok" })).toBe(1);
    expect(moved("hub_subgraph_request_duration_seconds_count", { operation: "OperatorPage", type: "entities" })).toBe(1);
    expect(moved("hub_subgraph_requests_total", { operation: "none", outcome: "unauthenticated" })).toBe(1);
    expect(value(after, "hub_db_pool_connections", { state: "max" })).toBe(10);
    expect(value(after, "hub_db_pool_connections", { state: "in_use" })).toBeGreaterThanOrEqual(0);
    expect(value(after, "hub_db_pool_connections", { state: "idle" })).toBeGreaterThanOrEqual(1);
    expect(value(after, "hub_db_pool_waiting")).toBe(0);
    expect(value(after, "nodejs_heap_size_used_bytes", { service: "subgraph-funding" })).toBeGreaterThan(0);
  });
});

describe("/metrics on Hive Gateway", () => {
  let two: TwoEngineHub;
  const hiveMetrics = () => `${two.engines.hive.baseUrl}/metrics`;

  beforeAll(async () => {
    two = await startTwoEngineHub();
  });
  afterAll(async () => {
    await two?.stop();
  });

  it("answers only a scraper with the token, whatever path spelling reaches the runtime", async () => {
    expect((await fetch(hiveMetrics())).status).toBe(401);
    expect((await fetch(hiveMetrics(), { headers: { authorization: "Bearer not-the-metrics-token-at-all" } })).status).toBe(401);
    // Raw paths (fetch would normalise them): the runtime's URL parser turns `/x/../metrics` into `/metrics`, so Hive's
    // plugin must serve nothing itself.
    const { port } = new URL(two.engines.hive.baseUrl);
    for (const rawPath of ["/x/../metrics", "/metrics/", "/%6detrics", "/graphql/../metrics?x=1"]) {
      const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: Number(port), path: rawPath, method: "GET" }, (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        });
        req.on("error", reject);
        req.end();
      });
      expect([rawPath, status === 200 && /^# (HELP|TYPE) /m.test(body)]).toEqual([rawPath, false]);
      expect(body).not.toContain("hub_gateway_requests_total");
    }
  });

  it("serves the project gateway's core series under the same names and labels, beside Hive's own plugin's", async () => {
    const hive = two.engines.hive;
    const before = (await scrape(hiveMetrics())).samples;
    dataOf(await hive.query("query Directory { directory { totalOperators blocks { nameJa } } }"));
    dataOf(await hive.query("query OperatorPage($id: ID!) { operator(id: $id) { nameJa adoptionCount } }", { id: "op-meguru" }));
    dataOf(await hive.query(`query Invented${Date.now()} { prefectures { code } }`));
    expect((await hive.query("{ prefectures { code } }", {}, { headers: { authorization: "Bearer forged" } })).status).toBe(401);

    const { text, samples: after } = await scrape(hiveMetrics());
    const moved = (name: string, labels: Record<string, string>) => (value(after, name, labels) ?? 0) - (value(before, name, labels) ?? 0);
    expect(moved("hub_gateway_requests_total", { service: "hive-gateway", operation: "Directory", type: "query", outcome: "ok" })).toBe(1);
    expect(moved("hub_gateway_requests_total", { operation: "OperatorPage", type: "query", outcome: "ok" })).toBe(1);
    expect(moved("hub_gateway_requests_total", { operation: "other", outcome: "ok" })).toBe(1);
    expect(moved("hub_gateway_requests_total", { operation: "none", outcome: "unauthenticated" })).toBe(1);
    expect(moved("hub_gateway_request_duration_seconds_count", { operation: "Directory", outcome: "ok" })).toBe(1);
    expect(moved("hub_gateway_request_duration_seconds_bucket", { operation: "Directory", outcome: "ok", le: "+Inf" })).toBe(1);
    expect(moved("hub_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "funding", outcome: "ok" })).toBe(1);
    expect(moved("hub_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "organizations", outcome: "ok" })).toBeGreaterThanOrEqual(3);
    expect(value(after, "hub_gateway_subgraph_fetch_errors_total")).toBeUndefined();
    // Hive's maintained plugin: its standard request and per-subgraph series move too.
    expect(moved("graphql_gateway_subgraph_execute_duration_count", { subgraphName: "funding" })).toBe(1);
    expect(moved("graphql_envelop_request_duration_count", { operationType: "query" })).toBe(3);
    expect(moved("graphql_gateway_fetch_duration_count", { method: "POST", statusCode: "200" })).toBeGreaterThanOrEqual(4);
    expect(value(after, "nodejs_eventloop_lag_p99_seconds", { service: "hive-gateway" })).toBeGreaterThanOrEqual(0);
    expect(value(after, "process_resident_memory_bytes")).toBeGreaterThan(0);
    const sample = text.split("\n").filter((l) => /^(hub_gateway_requests_total|hub_gateway_subgraph_fetch_duration_seconds_count|graphql_gateway_subgraph_execute_duration_count|graphql_gateway_fetch_duration_count|graphql_envelop_request_duration_count|nodejs_eventloop_lag_p99_seconds)\b/.test(l));
    process.stdout.write(`hive /metrics sample:\n${sample.join("\n")}\n`);
    // Bounded labels and no personal data: invented operation names and ids never appear.
    expect(text).not.toContain("Invented");
    expect(text).not.toContain("op-meguru");
  });

  it("counts a fetch to a subgraph that does not answer as an error of that subgraph", async () => {
    // A second Hive engine whose funding subgraph URL points at a port nothing listens on.
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const logged: unknown[] = [];
    const logger = { error: (entry: unknown) => logged.push(entry), warn: () => undefined, info: () => undefined, debug: () => undefined };
    const broken = await startHiveGatewayServer(
      { ...two.hiveOptions, subgraphUrls: { ...two.hiveOptions.subgraphUrls, funding: nowhere }, logger: logger as never },
      0,
    );
    try {
      const response = await fetch(broken.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query OperatorPage($id: ID!) { operator(id: $id) { nameJa adoptionCount } }", variables: { id: "op-meguru" } }),
      });
      const body = (await response.json()) as { data?: { operator: { nameJa: string } | null }; errors?: unknown[] };
      expect(body.data?.operator?.nameJa).toEqual(expect.any(String));
      expect(body.errors?.length).toBeGreaterThan(0);
      const samples = parseMetrics(await broken.metrics.metrics());
      expect(value(samples, "hub_gateway_subgraph_fetch_errors_total", { subgraph: "funding", reason: "unreachable" })).toBe(1);
      expect(value(samples, "hub_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "funding", outcome: "unreachable" })).toBe(1);
      expect(value(samples, "hub_gateway_subgraph_fetch_duration_seconds_count", { subgraph: "organizations", outcome: "ok" })).toBe(1);
      // The masked error is logged with its reference and code, but without the subgraph request Hive attached to it.
      expect(logged).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "SUBREQUEST_HTTP_ERROR" }) })]);
      expect(JSON.stringify(logged)).not.toMatch(/representations|op-meguru/);
    } finally {
      await broken.close();
    }
  });
});
