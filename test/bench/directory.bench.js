// Directory query latency through the gateway, with and without the response cache. Prints medians; asserts nothing.
// Run: npm run build && npm run bench -w @jinjibu/e2e   (uses the same harness as the e2e tests)
"use strict";
const path = require("node:path");
const { prepareTemplate, dropTemplate } = require("@jinjibu/test-utils");
const { loadModules } = require("@jinjibu/launcher");
const { MemoryResponseCache } = require("@jinjibu/gateway");

const QUERY = `query Directory($search: String) { directory(search: $search) { totalOperators blocks { block nameJa operatorCount
  prefectures { nameJa operators { id nameJa orgForm logoLicenseStatus municipalitiesServed { nameJa }
  adoptions { id fiscalYear listCode frame frameLabelJa projectTitle } } } } } }`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

async function measure(hub) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const latencies = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      const start = process.hrtime.bigint();
      const response = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: QUERY, variables: { search: null } }),
      });
      await response.text();
      latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    runs.push({ median: median(latencies), p95: pct(latencies, 0.95) });
  }
  return { median: median(runs.map((r) => r.median)), p95: median(runs.map((r) => r.p95)) };
}

async function run() {
  await prepareTemplate(path.resolve(__dirname, "..", ".."), loadModules());
  // The harness is compiled by this package's build (tsc) into dist/.
  const { startHub } = require("../dist/harness.js");
  const results = {};
  for (const [label, cache] of [["without cache", null], ["with cache", new MemoryResponseCache()]]) {
    const hub = await startHub({ cache });
    await measure(hub); // warm the query plan cache and connections
    results[label] = await measure(hub);
    await hub.stop();
  }
  for (const [label, r] of Object.entries(results)) {
    process.stdout.write(`directory query ${label.padEnd(14)} median ${r.median.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  (${RUNS} runs × ${REQUESTS} sequential requests)\n`);
  }
  await dropTemplate();
}

run().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
