#!/usr/bin/env node
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { importPrivateKey, mintUserToken } from "@jinjibu/auth";
import { readCompanyBytes, TalentImportFileError, COMPANY_TEMPLATE_HEADERS, companyTemplateCsvRows, csvLine, UTF8_BOM } from "./node";

const USAGE = `Imports an operator's list of regional companies (地域企業) through the hub's gateway, all or nothing.

  npm run import:companies -- --operator <id> [--dry-run] <file.csv|file.xlsx>
  npm run import:companies -- template            (prints the CSV template: ${COMPANY_TEMPLATE_HEADERS.join(", ")})

Exit status: 0 written (or valid, with --dry-run); 1 the file or a row was refused (nothing written); 2 wrong usage;
3 the hub could not be reached or refused. Environment: HUB_URL, HUB_TOKEN or HUB_API_KEY as for import:talent.`;

const IMPORT = `mutation ImportRegionalCompanies($rows: [RegionalCompanyRowInput!]!, $dryRun: Boolean) {
  importRegionalCompanies(rows: $rows, dryRun: $dryRun) { written created updated unchanged problems { row column message } }
}`;
const BATCH = 2000;

async function authHeaders(operator: string): Promise<Record<string, string>> {
  if (process.env.HUB_TOKEN) return { authorization: `Bearer ${process.env.HUB_TOKEN}` };
  if (process.env.HUB_API_KEY) return { "x-api-key": process.env.HUB_API_KEY };
  if (process.env.NODE_ENV === "production") throw new Error("Set HUB_TOKEN (a coordinator's JWT) or HUB_API_KEY (a regional site's key).");
  const keyFile = path.join(process.env.HUB_DATA_DIR ?? path.resolve(__dirname, "..", "..", "..", ".data"), "keys", "identity.private.pem");
  if (!existsSync(keyFile)) throw new Error(`No credentials: set HUB_TOKEN or HUB_API_KEY, or run \`npm start\` once so ${keyFile} exists.`);
  const token = await mintUserToken(await importPrivateKey(readFileSync(keyFile, "utf8")), { role: "COORDINATOR", operatorId: operator, subject: `import-cli@${operator}` });
  return { authorization: `Bearer ${token}` };
}

interface Result {
  written: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: { row: number; column: string | null; message: string }[];
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "template") {
    process.stdout.write(UTF8_BOM + companyTemplateCsvRows().map((r) => csvLine(r)).join(""));
    return 0;
  }
  const operatorAt = argv.indexOf("--operator");
  const operator = operatorAt >= 0 ? argv[operatorAt + 1] : undefined;
  const dryRun = argv.includes("--dry-run");
  const file = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--operator").at(-1);
  if (!operator || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let rows: Record<string, unknown>[] = [];
  try {
    for await (const row of readCompanyBytes(file, readFileSync(file))) rows.push({ rowNumber: row.rowNumber, ...row.raw });
  } catch (error) {
    if (error instanceof TalentImportFileError) {
      process.stdout.write(`取り込めません: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const headers = await authHeaders(operator);
  const url = process.env.HUB_URL ?? "http://localhost:4000/graphql";
  // Validate every batch first (dry run), then write: all or nothing across batches too.
  const send = async (batch: Record<string, unknown>[], dry: boolean): Promise<Result> => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: IMPORT, variables: { rows: batch, dryRun: dry } }) });
    const body = (await response.json()) as { data?: { importRegionalCompanies: Result }; errors?: { message: string }[] };
    if (body.errors || !body.data) throw new Error(body.errors?.map((e) => e.message).join("; ") ?? `HTTP ${response.status}`);
    return body.data.importRegionalCompanies;
  };
  const batches = [];
  for (let i = 0; i < rows.length; i += BATCH) batches.push(rows.slice(i, i + BATCH));
  const checked = await Promise.all(batches.map((b) => send(b, true)));
  const problems = checked.flatMap((r) => r.problems);
  if (problems.length > 0) {
    for (const p of problems.slice(0, 50)) process.stdout.write(`${p.message}\n`);
    process.stdout.write(`${problems.length}件の問題があります。何も書き込んでいません。\n`);
    return 1;
  }
  const results = dryRun ? checked : await Promise.all(batches.map((b) => send(b, false)));
  const sum = (k: "created" | "updated" | "unchanged") => results.reduce((s, r) => s + r[k], 0);
  process.stdout.write(`${dryRun ? "確認のみ (書き込みなし)" : "取り込みました"}: 新規 ${sum("created")}社、更新 ${sum("updated")}社、変更なし ${sum("unchanged")}社\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(3);
  },
);
