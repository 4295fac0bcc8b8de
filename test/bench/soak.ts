// Soak: N clients for M minutes against a hub of separate processes (four subgraphs and the gateway, each a child
// process on loopback), mixed reads and writes. Prints errors, p50/p95/p99 latency and each process's RSS at start
// and end; stops by itself. Asserts nothing.
//   npm run bench:soak -w @jinjibu/e2e                         (50 clients, 2 minutes)
//   SOAK_CLIENTS=50 SOAK_MINUTES=10 npm run bench:soak -w @jinjibu/e2e
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { generatePemKeyPair, importPrivateKey, mintUserToken } from "@jinjibu/auth";
import { loadModules } from "@jinjibu/launcher";
import { freePort } from "@jinjibu/pg-embedded";
import { cloneTemplateDatabase, dropTemplate, prepareTemplate } from "@jinjibu/test-utils";
import { SUBGRAPHS, spawnSubgraph, type Child } from "../src/process-hub";

const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 50);
const MINUTES = Number(process.env.SOAK_MINUTES ?? 2);
/** Seconds between two samples of each process's RSS and the gateway's heap (printed as a timeline). */
const SAMPLE_SECONDS = Number(process.env.SOAK_SAMPLE_SECONDS ?? 30);
/** Extra node flags for the gateway, e.g. `--heapsnapshot-signal=SIGUSR2` (then SIGUSR2 is sent after warm-up and at the end). */
const GATEWAY_NODE_FLAGS = (process.env.SOAK_GATEWAY_NODE_FLAGS ?? "").split(" ").filter(Boolean);
const METRICS_TOKEN = "soak-metrics-token-0123456789";
const repoRoot = path.resolve(__dirname, "..", "..", "..", "..");

const rssMiB = (pid: number | undefined): number | null => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
};

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) throw new Error(`soak targets loopback only, not ${host}`);
}

async function main(): Promise<void> {
  await prepareTemplate(repoRoot, loadModules());
  const db = await cloneTemplateDatabase("soak");
  const gatewayKeys = generatePemKeyPair();
  const identityKeys = generatePemKeyPair();
  const identity = await importPrivateKey(identityKeys.privateKeyPem);
  const children: Record<string, Child> = {};
  let gateway: ChildProcess | undefined;
  const cleanup = async () => {
    gateway?.kill("SIGTERM");
    for (const child of Object.values(children)) child.process.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    gateway?.kill("SIGKILL");
    for (const child of Object.values(children)) child.process.kill("SIGKILL");
    await db.drop().catch(() => undefined);
    await dropTemplate();
  };
  process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
  try {
    for (const name of SUBGRAPHS) children[name] = await spawnSubgraph(name, db.url, gatewayKeys.publicKeyPem, 0);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    assertLoopback(url);
    gateway = spawn(process.execPath, [...GATEWAY_NODE_FLAGS, require.resolve("@jinjibu/gateway/dist/main.js")], {
      cwd: process.env.SOAK_GATEWAY_CWD ?? process.cwd(),
      env: {
        ...process.env,
        NODE_ENV: "production",
        LOG_LEVEL: "error",
        GATEWAY_PORT: String(port),
        GATEWAY_PRIVATE_KEY: gatewayKeys.privateKeyPem,
        IDENTITY_PUBLIC_KEY: identityKeys.publicKeyPem,
        // Every client comes from 127.0.0.1: per-address limits would measure the limiter, not the hub.
        RATE_LIMITS: "off",
        REDIS_URL: "",
        METRICS_TOKEN,
        ...Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, children[name]!.url])),
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    for (let i = 0; ; i++) {
      const ok = await fetch(url.replace(/graphql$/, "livez")).then((r) => r.ok, () => false);
      if (ok) break;
      if (i > 100) throw new Error("the gateway did not start");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
      return { status: response.status, body };
    };
    const list = await post("{ operators(first: 100) { edges { node { id } } } }");
    const ids = (list.body.data as { operators: { edges: { node: { id: string } }[] } }).operators.edges.map((e) => e.node.id);
    const tokens = await Promise.all(
      ids.slice(0, 10).map((id) => mintUserToken(identity, { role: "COORDINATOR", operatorId: id, subject: `soak@${id}` })),
    );
    const pids = () => ({ gateway: gateway?.pid, ...Object.fromEntries(SUBGRAPHS.map((n) => [n, children[n]!.process.pid])) });
    const rss = () => Object.fromEntries(Object.entries(pids()).map(([name, pid]) => [name, rssMiB(pid)]));
    const rssStart = rss();
    /** The gateway's V8 heap in use and reserved, and memory outside V8 (Buffers), in MiB, from its own /metrics. */
    const gatewayMemory = async (): Promise<string> => {
      try {
        const text = await (await fetch(url.replace(/graphql$/, "metrics"), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
        const mib = (name: string) => {
          const match = new RegExp(`^${name}\\{[^}]*\\} (\\S+)`, "m").exec(text);
          return match ? (Number(match[1]) / 1048576).toFixed(1).padStart(6) : "     ?";
        };
        return `heap used ${mib("nodejs_heap_size_used_bytes")} total ${mib("nodejs_heap_size_total_bytes")} external ${mib("nodejs_external_memory_bytes")}`;
      } catch {
        return "(no answer from /metrics)";
      }
    };
    const timeline: string[] = [];
    const started = Date.now();
    const sample = async () => {
      const figures = rss();
      timeline.push(
        `  ${String(Math.round((Date.now() - started) / 1000)).padStart(5)} s  gateway rss ${String(figures.gateway).padStart(6)} ${await gatewayMemory()}  ` +
          SUBGRAPHS.map((n) => `${n} ${figures[n]}`).join("  "),
      );
    };
    await sample();
    const sampler = setInterval(() => void sample(), SAMPLE_SECONDS * 1000);
    if (GATEWAY_NODE_FLAGS.some((f) => f.startsWith("--heapsnapshot-signal"))) {
      setTimeout(() => gateway?.kill("SIGUSR2"), 30_000);
    }

    const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
    const latencies: number[] = [];
    const errors = new Map<string, number>();
    let writes = 0;
    let sequence = 0;
    const deadline = Date.now() + MINUTES * 60_000;
    const client = async (n: number) => {
      while (Date.now() < deadline) {
        const roll = Math.random();
        const started = process.hrtime.bigint();
        let result;
        try {
          if (roll < 0.35) {
            result = await post("query SoakDirectory($search: String) { directory(search: $search) { totalOperators blocks { prefectures { operators { id nameJa } } } } }", { search: null });
          } else if (roll < 0.6) {
            result = await post("query SoakOperator($id: ID!) { operator(id: $id) { nameJa adoptionCount caseStudies { id } } }", { id: pick(ids) });
          } else if (roll < 0.85) {
            result = await post("query SoakPool { operators(first: 20) { totalCount edges { node { id nameJa talentPoolSummary { total } } } } }", {}, pick(tokens));
          } else {
            writes += 1;
            const i = (sequence += 1);
            result = await post(
              `mutation SoakRegister($input: [RegisterTalentProfileInput!]!) { registerTalentProfiles(input: $input) { id } }`,
              { input: [{ displayName: `負荷 試験${n}-${i}`, kinds: ["SIDE_JOB"], skills: ["soak"], availability: "SIDE_JOB" }] },
              tokens[n % tokens.length],
            );
          }
          if (result.status !== 200 || result.body.errors?.length) {
            const key = `${result.status} ${result.body.errors?.[0]?.extensions?.code ?? ""} ${result.body.errors?.[0]?.message.slice(0, 80) ?? ""}`;
            errors.set(key, (errors.get(key) ?? 0) + 1);
          }
        } catch (error) {
          const key = `network ${(error as Error).message}`;
          errors.set(key, (errors.get(key) ?? 0) + 1);
        }
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    };
    process.stdout.write(`soak: ${CLIENTS} clients for ${MINUTES} min against ${url}\n`);
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    clearInterval(sampler);
    await sample();
    if (GATEWAY_NODE_FLAGS.some((f) => f.startsWith("--heapsnapshot-signal"))) {
      gateway?.kill("SIGUSR2");
      await new Promise((resolve) => setTimeout(resolve, 15_000));
    }
    const rssEnd = rss();
    latencies.sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(1);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    process.stdout.write(
      `requests ${latencies.length} (${(latencies.length / (MINUTES * 60)).toFixed(0)}/s, writes ${writes})  errors ${errorCount}\n` +
        `latency ms  p50 ${q(0.5)}  p95 ${q(0.95)}  p99 ${q(0.99)}  max ${latencies[latencies.length - 1]!.toFixed(1)}\n`,
    );
    for (const [key, count] of errors) process.stdout.write(`  error ×${count}: ${key}\n`);
    process.stdout.write(`timeline (MiB; the gateway's heap and external memory from its /metrics)\n${timeline.join("\n")}\n`);
    process.stdout.write("RSS MiB      start    end\n");
    for (const name of Object.keys(rssStart)) {
      process.stdout.write(`  ${name.padEnd(14)} ${String(rssStart[name]).padStart(6)} ${String(rssEnd[name]).padStart(6)}\n`);
    }
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  },
);
