// Throughput and peak memory of `npm run import:talent` through the real gateway and subgraphs. Prints figures; asserts nothing.
// Run: npm run build && node test/bench/import.bench.js   (IMPORT_BENCH_LARGE=0 skips the 100,000-row runs)
"use strict";
const { execFile } = require("node:child_process");
const { mkdtempSync, rmSync, statSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const path = require("node:path");
const iconv = require("iconv-lite");
const { prepareTemplate, dropTemplate } = require("@jinjibu/test-utils");
const { loadModules } = require("@jinjibu/launcher");
const { TEMPLATE_HEADERS } = require("@jinjibu/talent-import");
const { writeXlsx } = require("@jinjibu/talent-import/node");
const { createWriteStream } = require("node:fs");
const { finished } = require("node:stream/promises");

const CLI = path.join(path.dirname(require.resolve("@jinjibu/talent-import/package.json")), "dist", "cli.js");
const OPERATOR = "op-dotdoto";

function shiftJisCsv(count, prefix) {
  const lines = [TEMPLATE_HEADERS.join(",")];
  for (let i = 0; i < count; i += 1) {
    lines.push([`${prefix}-${i + 1}`, `取込 太郎${i + 1}`, "兼業・副業人材、UIターン人材", "法人営業、経営企画", String(i % 40), "兼業・副業",
      "リモート", "関係人口", "北海道", `taro${i + 1}@example.jp`, "090-1234-5678", "全国", "兼業・副業マッチング", "書面", "2026/4/1", ""].join(","));
  }
  return iconv.encode(`${lines.join("\r\n")}\r\n`, "cp932");
}

function run(args, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    execFile(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH, ...env }, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (error && error.code !== 1) return reject(new Error(`${error.message}\n${stdout}\n${stderr}`));
      resolve({ seconds, stdout });
    });
  });
}

async function main() {
  await prepareTemplate(path.resolve(__dirname, "..", ".."), loadModules());
  const { startHub } = require("../dist/harness.js");
  const hub = await startHub({ cache: null });
  const dir = mkdtempSync(path.join(tmpdir(), "import-bench-"));
  try {
    const token = (await hub.authHeaders({ coordinator: OPERATOR })).authorization.replace(/^Bearer /, "");
    const env = { HUB_URL: hub.url, HUB_TOKEN: token };
    const report = (label, rows, r) => {
      const rss = /最大メモリ \(RSS\): (\d+) MB/.exec(r.stdout)?.[1];
      process.stdout.write(`${label.padEnd(46)} ${String(rows).padStart(7)} rows  ${r.seconds.toFixed(2).padStart(7)} s  ${String(Math.round(rows / r.seconds)).padStart(6)} rows/s  peak RSS ${rss} MB\n`);
    };
    const small = path.join(dir, "pool-10k-sjis.csv");
    writeFileSync(small, shiftJisCsv(10_000, "B10K"));
    process.stdout.write(`10,000-row Shift_JIS CSV: ${(statSync(small).size / 1024 / 1024).toFixed(1)} MB\n`);
    report("preview, local (--check)", 10_000, await run(["--check", "--stats", small], env));
    report("preview, staged + validated on server (--dry-run)", 10_000, await run(["--operator", OPERATOR, "--dry-run", "--stats", small], env));
    report("import (stage + chunked commits), new people", 10_000, await run(["--operator", OPERATOR, "--stats", small], env));
    report("re-import of the same file (all unchanged)", 10_000, await run(["--operator", OPERATOR, "--stats", small], env));
    const xlsx = path.join(dir, "pool-10k.xlsx");
    const out = createWriteStream(xlsx);
    const text = iconv.decode(shiftJisCsv(10_000, "X10K"), "cp932").trim().split("\r\n").slice(1).map((line) => line.split(","));
    await writeXlsx(out, "人材", TEMPLATE_HEADERS, text);
    await finished(out);
    report("preview of a 10,000-row .xlsx, local (--check)", 10_000, await run(["--check", "--stats", xlsx], env));
    if (process.env.IMPORT_BENCH_LARGE !== "0") {
      const large = path.join(dir, "pool-100k-sjis.csv");
      writeFileSync(large, shiftJisCsv(100_000, "B100K"));
      process.stdout.write(`100,000-row Shift_JIS CSV: ${(statSync(large).size / 1024 / 1024).toFixed(1)} MB\n`);
      report("preview, local (--check)", 100_000, await run(["--check", "--stats", large], env));
      report("import (stage + chunked commits), new people", 100_000, await run(["--operator", OPERATOR, "--stats", large], env));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await hub.stop();
    await dropTemplate();
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
