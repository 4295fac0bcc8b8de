#!/usr/bin/env node
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import { importPrivateKey, mintUserToken } from "@jinjibu/auth";
import {
  fetchImportProblems,
  importTalentRows,
  pages,
  poolRow,
  POOL_EXPORT_HEADERS,
  POOL_PAGE,
  previewRows,
  progressLineJa,
  PROVISION_EXPORT_HEADERS,
  PROVISION_PAGE,
  provisionRow,
  readTalentFile,
  TalentImportApiError,
  TalentImportFileError,
  writeCsv,
  writeTemplateCsv,
  writeTemplateXlsx,
  writeXlsx,
  type ExportableProfile,
  type ExportableProvisionRecord,
  type GraphQLTransport,
  type RowProblem,
  type TalentImportMode,
} from "./node";

const USAGE = `Imports and exports an operator's talent pool through the hub's gateway.

  npm run import:talent -- --operator <id> [--mode all-or-nothing|valid-only] [--dry-run | --check] <file.csv|file.xlsx>
  npm run export:talent -- pool --operator <id> <out.csv|out.xlsx>
  npm run export:talent -- provision-records --operator <id> <out.csv|out.xlsx>
  npm run export:talent -- template <out.csv|out.xlsx>

  --mode         all-or-nothing (default): nothing is written if any row is invalid; valid-only: valid rows are written.
  --dry-run      upload and validate on the server, write nothing.
  --check        validate locally only (no server, no credentials).
  --stats        also print the peak memory (RSS) of this process.
Exit status: 0 all rows imported; 1 a row or the file was refused; 2 wrong usage; 3 the hub could not be reached or refused.

Environment: HUB_URL (default http://localhost:4000/graphql); HUB_TOKEN (a coordinator's bearer JWT) or HUB_API_KEY (a regional
site's key). Without either, outside production, a development coordinator token for --operator is minted with the key
\`npm start\` created (HUB_DATA_DIR, default .data).`;

class UsageError extends Error {}

interface Args {
  command: "import" | "pool" | "provision-records" | "template";
  operator: string | null;
  mode: TalentImportMode;
  dryRun: boolean;
  check: boolean;
  stats: boolean;
  file: string;
}

function parseArgs(argv: string[]): Args {
  const rest: string[] = [];
  let operator: string | null = null;
  let mode: TalentImportMode = "ALL_OR_NOTHING";
  let dryRun = false;
  let check = false;
  let stats = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--operator") operator = argv[++i] ?? null;
    else if (arg.startsWith("--operator=")) operator = arg.slice("--operator=".length);
    else if (arg === "--mode" || arg.startsWith("--mode=")) {
      const value = arg === "--mode" ? argv[++i] : arg.slice("--mode=".length);
      if (value === "all-or-nothing") mode = "ALL_OR_NOTHING";
      else if (value === "valid-only") mode = "VALID_ROWS_ONLY";
      else throw new UsageError(`--mode must be all-or-nothing or valid-only; got ${value ?? "nothing"}.`);
    } else if (arg === "--dry-run") dryRun = true;
    else if (arg === "--check") check = true;
    else if (arg === "--stats") stats = true;
    else if (arg === "--help" || arg === "-h") throw new UsageError("");
    else if (arg.startsWith("--")) throw new UsageError(`Unknown option ${arg}.`);
    else rest.push(arg);
  }
  const first = rest[0];
  const command = first === "pool" || first === "provision-records" || first === "template" ? first : "import";
  const files = command === "import" ? rest : rest.slice(1);
  if (files.length !== 1) throw new UsageError(command === "import" ? "Give exactly one file to import." : "Give exactly one output file.");
  if (command !== "template" && !check && !operator) throw new UsageError("--operator <id> is required (the operator whose pool it is).");
  return { command, operator, mode, dryRun, check, stats, file: files[0]! };
}

/** Credentials for the gateway: HUB_TOKEN, HUB_API_KEY, or (development only) a coordinator token minted locally. */
async function authHeaders(operator: string): Promise<Record<string, string>> {
  if (process.env.HUB_TOKEN) return { authorization: `Bearer ${process.env.HUB_TOKEN}` };
  if (process.env.HUB_API_KEY) return { "x-api-key": process.env.HUB_API_KEY };
  if (process.env.NODE_ENV === "production") throw new UsageError("Set HUB_TOKEN (a coordinator's JWT) or HUB_API_KEY (a regional site's key).");
  const dataDir = process.env.HUB_DATA_DIR ?? path.resolve(__dirname, "..", "..", "..", ".data");
  const keyFile = path.join(dataDir, "keys", "identity.private.pem");
  if (!existsSync(keyFile)) {
    throw new UsageError(`No credentials: set HUB_TOKEN or HUB_API_KEY, or run \`npm start\` once so the development key ${keyFile} exists.`);
  }
  const key = await importPrivateKey(readFileSync(keyFile, "utf8"));
  const token = await mintUserToken(key, { role: "COORDINATOR", operatorId: operator, subject: `import-cli@${operator}` });
  return { authorization: `Bearer ${token}` };
}

function transportFor(url: string, headers: Record<string, string>): GraphQLTransport {
  return async (query, variables) => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    } catch {
      throw new TalentImportApiError(`The hub answered HTTP ${response.status} without a GraphQL body.`, null);
    }
  };
}

/** One progress line, rewritten in place on a terminal; on a pipe, every 10%. */
function progressPrinter() {
  const tty = process.stderr.isTTY;
  let lastDecile = -1;
  return {
    line(text: string, fraction: number) {
      if (tty) process.stderr.write(`\r\x1b[2K${text}`);
      else {
        const decile = Math.floor(fraction * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          process.stderr.write(`${text}\n`);
        }
      }
    },
    end() {
      if (tty) process.stderr.write("\n");
    },
  };
}

function printProblems(problems: RowProblem[], total: number): void {
  const shown = problems.slice(0, 50);
  for (const p of shown) process.stdout.write(`  ${p.row}行目${p.column ? ` 「${p.column}」` : ""}: ${p.message}\n`);
  if (total > shown.length) process.stdout.write(`  …ほか${total - shown.length}件\n`);
}

async function runImport(args: Args): Promise<number> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  const name = path.basename(args.file);
  let encoding = "";
  const rows = readTalentFile(args.file, (e) => (encoding = e === "shift_jis" ? "Shift_JIS" : "UTF-8"));
  if (args.check) {
    const summary = await previewRows(rows, { maxProblems: 1000 });
    const seconds = elapsed();
    process.stdout.write(
      `確認 ${name}${encoding ? ` (${encoding})` : ""}: ${summary.totalRows}行、正しい行 ${summary.validRows}、問題のある行 ${summary.invalidRows} ` +
        `(${seconds.toFixed(2)} 秒、${Math.round(summary.totalRows / seconds)} 行/秒)\n`,
    );
    printProblems(summary.problems, summary.problems.length);
    return summary.invalidRows > 0 ? 1 : 0;
  }
  const url = process.env.HUB_URL ?? "http://localhost:4000/graphql";
  const transport = transportFor(url, await authHeaders(args.operator!));
  const progress = progressPrinter();
  const outcome = await importTalentRows(transport, rows, {
    fileName: name,
    mode: args.mode,
    dryRun: args.dryRun,
    onProgress: (event) => {
      if (event.phase === "staging") progress.line(`確認 ${event.staged}行 アップロード済み`, 0);
      else progress.line(progressLineJa(event.progress), event.progress.processedRows / Math.max(1, event.progress.stagedRows));
    },
  });
  progress.end();
  const seconds = elapsed();
  const { preview, result } = outcome;
  const rate = Math.round(preview.totalRows / seconds);
  if (preview.invalidRows > 0) {
    process.stdout.write(`問題のある行が ${preview.invalidRows}行あります:\n`);
    const problems = await fetchImportProblems(transport, outcome.importId).catch(() => preview.problems);
    printProblems(problems.length > 0 ? problems : preview.problems, Math.max(problems.length, preview.problems.length));
  }
  if (!result) {
    process.stdout.write(
      args.dryRun
        ? `確認のみ: ${preview.totalRows}行 (正しい行 ${preview.validRows}、問題のある行 ${preview.invalidRows})。何も登録していません。(${seconds.toFixed(2)} 秒、${rate} 行/秒)\n`
        : `すべて取り込めるときだけ取り込む設定のため、何も登録していません。問題を直すか --mode valid-only で取り込んでください。\n`,
    );
    return preview.invalidRows > 0 ? 1 : 0;
  }
  process.stdout.write(
    `取込完了 ${name}${encoding ? ` (${encoding})` : ""}: ${result.stagedRows}行 — 新規 ${result.created}、更新 ${result.updated}、変更なし ${result.unchanged}、取込不可 ${result.refused} ` +
      `(${seconds.toFixed(2)} 秒、${rate} 行/秒)\n`,
  );
  return result.refused > 0 ? 1 : 0;
}

async function openOut(file: string): Promise<{ out: Writable; format: "csv" | "xlsx" }> {
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx") throw new UsageError("The output file must end in .csv or .xlsx.");
  return { out: createWriteStream(file), format: ext === ".csv" ? "csv" : "xlsx" };
}

async function runExport(args: Args): Promise<number> {
  const { out, format } = await openOut(args.file);
  const done = finished(out);
  if (args.command === "template") {
    if (format === "csv") await writeTemplateCsv(out);
    else await writeTemplateXlsx(out);
    if (format === "csv") out.end();
    await done;
    process.stdout.write(`テンプレートを書き出しました: ${args.file}\n`);
    return 0;
  }
  const url = process.env.HUB_URL ?? "http://localhost:4000/graphql";
  const transport = transportFor(url, await authHeaders(args.operator!));
  const rows =
    args.command === "pool"
      ? (async function* () {
          for await (const p of pages<ExportableProfile>(transport, POOL_PAGE, "myTalentProfiles")) yield poolRow(p);
        })()
      : (async function* () {
          for await (const r of pages<ExportableProvisionRecord>(transport, PROVISION_PAGE, "provisionRecords")) yield provisionRow(r);
        })();
  const headers = args.command === "pool" ? POOL_EXPORT_HEADERS : PROVISION_EXPORT_HEADERS;
  const sheet = args.command === "pool" ? "人材" : "提供記録";
  const n = format === "csv" ? await writeCsv(out, headers, rows) : await writeXlsx(out, sheet, headers, rows);
  if (format === "csv") out.end();
  await done;
  process.stdout.write(`${args.command === "pool" ? "人材" : "提供記録"} ${n}件を書き出しました: ${args.file}\n`);
  return 0;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `${error.message}\n\n` : ""}${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  try {
    const code = args.command === "import" ? await runImport(args) : await runExport(args);
    if (args.stats) process.stdout.write(`最大メモリ (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
    return code;
  } catch (error) {
    if (error instanceof TalentImportFileError) {
      process.stdout.write(`取り込めません: ${error.message}\n何も登録していません。\n`);
      return 1;
    }
    if (error instanceof TalentImportApiError) {
      process.stderr.write(`The hub refused the request${error.code ? ` (${error.code})` : ""}: ${error.message}\n`);
      return 3;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code === "ECONNREFUSED") {
      process.stderr.write(`Cannot reach the hub at ${process.env.HUB_URL ?? "http://localhost:4000/graphql"}: is \`npm start\` running (or HUB_URL set)?\n`);
      return 3;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(3);
  },
);
