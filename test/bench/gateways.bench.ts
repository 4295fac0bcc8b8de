/**
 * `npm run bench:gateways`: the project's gateway and Hive Gateway (gateway/hive) side by side over the same four
 * subgraphs (child processes, one database cloned from the seeded template). Each gateway runs as its own process with
 * the same keys, the response cache and rate limits off. For every query and client count the targets run interleaved
 * — project, Hive, (direct), project, Hive, (direct) … — for BENCH_ROUNDS rounds (≥ 3) of BENCH_SECONDS each, after a
 * warm-up. Prints req/s and p95 per target (median of the rounds, with min–max), and the ratio project/Hive of req/s
 * per round (median, min–max). Single-subgraph queries are also sent straight to the owning subgraph with a gateway
 * token, the floor any gateway adds to.
 *
 * BENCH_CLIENTS (10,50), BENCH_SECONDS (4), BENCH_ROUNDS (3), BENCH_WARMUP_SECONDS (2), BENCH_QUERIES (all: directory,
 * operators50, crossSubgraph) change the run; SUBGRAPH_DEDUPE=off turns the project gateway's fetch merging off,
 * HIVE_DEDUPE=off Hive's inbound in-flight deduplication.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { generatePemKeyPair, importPrivateKey, mintUserToken, signGatewayToken, ANONYMOUS } from "@jinjibu/auth";
import { loadModules } from "@jinjibu/launcher";
import { freePort } from "@jinjibu/pg-embedded";
import { cloneTemplateDatabase, dropTemplate, prepareTemplate } from "@jinjibu/test-utils";
import { SUBGRAPHS, spawnSubgraph, type Child } from "../src/process-hub";

const repoRoot = path.resolve(__dirname, "..", "..", "..", "..");
const list = (value: string | undefined, fallback: string[]): string[] => (value ? value.split(",").map((v) => v.trim()).filter(Boolean) : fallback);
const CLIENTS = list(process.env.BENCH_CLIENTS, ["10", "50"]).map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);

// The directory page's own query (organizations + funding), with the response cache off.
const DIRECTORY = `query Directory($search: String, $prefectureCode: String) {
  directory(search: $search, prefectureCode: $prefectureCode) {
    totalOperators
    blocks { block nameJa operatorCount prefectures { nameJa prefecture { code } operators {
      id nameJa nameVariants orgForm logoLicenseStatus municipalitiesServed { nameJa }
      adoptions { id fiscalYear listCode frame frameLabelJa projectTitle }
    } } }
  }
  listed: directory { totalOperators }
  prefectures { code nameJa }
}`;
// Fifty operators, organizations only.
const OPERATORS_50 = `{ operators(first: 50) { totalCount edges { node { id nameJa nameVariants orgForm logoLicenseStatus prefecture { nameJa } municipalitiesServed { nameJa } } } } }`;
// test/src/n-plus-one.e2e.test.ts: all four subgraphs, as the national administrator.
const CROSS_SUBGRAPH = `query ($first: Int) { operators(first: $first) { totalCount edges { node {
  id nameJa prefecture { nameJa } municipalitiesServed { nameJa }
  adoptionCount adoptions { id frame members { order operator { id nameJa } } }
  programs(first: 5) { totalCount edges { node { id nameJa outcomes { value unit } } } }
  caseStudies { id }
  talentPoolSummary { total byKind { kind count } }
} } } }`;

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  as: "anonymous" | "admin";
  /** The owning subgraph, for single-subgraph queries (a direct call is measured too). */
  subgraph?: string;
}

const ALL_CASES: Case[] = [
  { name: "directory", query: DIRECTORY, variables: {}, as: "anonymous" },
  { name: "operators50", query: OPERATORS_50, variables: {}, as: "anonymous", subgraph: "organizations" },
  { name: "crossSubgraph", query: CROSS_SUBGRAPH, variables: { first: 100 }, as: "admin" },
];
const CASES = ALL_CASES.filter((c) => list(process.env.BENCH_QUERIES, ["directory", "operators50", "crossSubgraph"]).includes(c.name));

interface Run {
  rps: number;
  p95: number;
  errors: number;
}

const percentile = (sorted: number[], p: number): number => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);
const median = (xs: number[]): number => percentile([...xs].sort((a, b) => a - b), 50);
const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : "—");

/** `clients` loops posting the same request for `seconds`; req/s of successful answers and their p95 (ms). */
async function load(url: string, headers: () => Record<string, string>, body: string, clients: number, seconds: number): Promise<Run> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < deadline) {
        const t0 = performance.now();
        try {
          const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers() }, body, signal: AbortSignal.timeout(30_000) });
          const text = await response.text();
          if (response.status !== 200 || text.includes('"errors"')) {
            errors += 1;
            if (errors === 1) process.stderr.write(`  first error from ${url}: HTTP ${response.status} ${text.slice(0, 300)}\n`);
          } else latencies.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          if (errors === 1) process.stderr.write(`  first error from ${url}: ${(error as Error).message}\n`);
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / elapsed, p95: percentile(latencies, 95), errors };
}

async function waitFor(url: string, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start`);
}

async function main(): Promise<void> {
  await prepareTemplate(repoRoot, loadModules());
  const db = await cloneTemplateDatabase("bench");
  const gatewayKeys = generatePemKeyPair();
  const identityKeys = generatePemKeyPair();
  const gatewayPrivate = await importPrivateKey(gatewayKeys.privateKeyPem);
  const identity = await importPrivateKey(identityKeys.privateKeyPem);
  const children: Record<string, Child> = {};
  const gateways: ChildProcess[] = [];
  const cleanup = async () => {
    for (const g of gateways) g.kill("SIGTERM");
    for (const child of Object.values(children)) child.process.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const g of gateways) g.kill("SIGKILL");
    for (const child of Object.values(children)) child.process.kill("SIGKILL");
    await db.drop().catch(() => undefined);
    await dropTemplate();
  };
  process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    for (const name of SUBGRAPHS) children[name] = await spawnSubgraph(name, db.url, gatewayKeys.publicKeyPem, 0);
    const env = (port: number): NodeJS.ProcessEnv => ({
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      GATEWAY_PORT: String(port),
      GATEWAY_PRIVATE_KEY: gatewayKeys.privateKeyPem,
      IDENTITY_PUBLIC_KEY: identityKeys.publicKeyPem,
      RESPONSE_CACHE: "off",
      // Every client comes from 127.0.0.1: per-address limits would measure the limiter, not the gateway.
      RATE_LIMITS: "off",
      REDIS_URL: "",
      ...Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, children[name]!.url])),
    });
    const start = async (label: string, entry: string): Promise<string> => {
      const port = await freePort();
      gateways.push(spawn(process.execPath, [entry], { env: env(port), stdio: ["ignore", "inherit", "inherit"] }));
      await waitFor(`http://127.0.0.1:${port}/livez`, label);
      return `http://127.0.0.1:${port}/graphql`;
    };
    const targets: Record<string, string> = {
      project: await start("the project's gateway", require.resolve("@jinjibu/gateway/dist/main.js")),
      hive: await start("Hive Gateway", require.resolve("@jinjibu/hive-gateway/dist/main.js")),
    };
    const admin = `Bearer ${await mintUserToken(identity, { role: "NATIONAL_ADMIN", subject: "bench@meti" })}`;
    // Direct calls carry a gateway token as the gateway would (anonymous viewer), re-signed every 30 s.
    const direct = { token: "", at: 0 };
    const directHeaders = (subgraph: string) => {
      if (Date.now() - direct.at > 30_000) {
        direct.at = Date.now();
        void signGatewayToken(gatewayPrivate, subgraph, { viewer: ANONYMOUS, requestId: "" }).then((t) => (direct.token = t));
      }
      return { authorization: `Bearer ${direct.token}` };
    };

    process.stdout.write(
      `bench:gateways — project gateway vs Hive Gateway 2.15.1, same subgraphs; ${ROUNDS} interleaved rounds × ${SECONDS} s per target; ` +
        `clients ${CLIENTS.join(", ")}; response cache off; fetch merging ${process.env.SUBGRAPH_DEDUPE === "off" ? "off" : "on"} (project), in-flight deduplication ${process.env.HIVE_DEDUPE === "off" ? "off" : "on"} (Hive)\n`,
    );
    const lines: string[] = [];
    for (const c of CASES) {
      const body = JSON.stringify({ query: c.query, variables: c.variables });
      const headers = (): Record<string, string> => (c.as === "admin" ? { authorization: admin } : {});
      const order: [string, string, () => Record<string, string>][] = [
        ["project", targets.project!, headers],
        ["hive", targets.hive!, headers],
      ];
      if (c.subgraph) {
        directHeaders(c.subgraph);
        await new Promise((resolve) => setTimeout(resolve, 50));
        order.push(["direct", children[c.subgraph]!.url, () => directHeaders(c.subgraph!)]);
      }
      for (const clients of CLIENTS) {
        for (const [, url, h] of order) await load(url, h, body, clients, WARMUP_SECONDS);
        const runs: Record<string, Run[]> = Object.fromEntries(order.map(([name]) => [name, []]));
        for (let round = 0; round < ROUNDS; round++) {
          for (const [name, url, h] of order) runs[name]!.push(await load(url, h, body, clients, SECONDS));
        }
        const summary = (name: string) => {
          const rs = runs[name]!.map((r) => r.rps);
          const ps = runs[name]!.map((r) => r.p95);
          const errors = runs[name]!.reduce((sum, r) => sum + r.errors, 0);
          return `${name} ${fmt(median(rs))} req/s (${fmt(Math.min(...rs))}–${fmt(Math.max(...rs))}) p95 ${fmt(median(ps), 0)} ms (${fmt(Math.min(...ps), 0)}–${fmt(Math.max(...ps), 0)})${errors ? ` errors ${errors}` : ""}`;
        };
        const ratios = runs.project!.map((r, i) => r.rps / runs.hive![i]!.rps);
        let line = `${c.name.padEnd(13)} ${String(clients).padStart(2)} clients | ${summary("project")} | ${summary("hive")} | project/Hive ${fmt(median(ratios), 2)}× (${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)})`;
        if (c.subgraph) {
          const direct = runs.project!.map((r, i) => r.rps / runs.direct![i]!.rps);
          line += ` | ${summary("direct")} | project/direct ${fmt(median(direct), 2)}× (${fmt(Math.min(...direct), 2)}–${fmt(Math.max(...direct), 2)})`;
        }
        process.stdout.write(`${line}\n`);
        lines.push(line);
      }
    }
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench:gateways failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
