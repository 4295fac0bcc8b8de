import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeVariables, mergeVariables, renderVariableTable, replaceVariableTable, SUBGRAPHS, type VariableDoc } from "@jinjibu/config";
import { subgraphEnvironment } from "@jinjibu/federation";
import { GatewayEnv } from "@jinjibu/gateway";
import { telemetryEnvironment } from "@jinjibu/telemetry";
import { launcherEnvironment, repoRoot } from "./config";

/** The gateway's variables that Hive Gateway's entry point (`gateway/hive/src/main.ts`) reads too. */
export const HIVE_GATEWAY_VARIABLES: readonly string[] = [
  "NODE_ENV",
  "HOST",
  "GATEWAY_PORT",
  "PORT",
  "LOG_LEVEL",
  "SUPERGRAPH_PATH",
  ...SUBGRAPHS.map((s) => s.urlVariable),
  "GATEWAY_PRIVATE_KEY",
  "GATEWAY_PRIVATE_KEY_FILE",
  "IDENTITY_PUBLIC_KEY",
  "IDENTITY_PUBLIC_KEY_FILE",
  "API_KEYS_FILE",
  "SITE_KEYS_DATABASE_URL",
  "SITE_KEYS_DATABASE_URL_FILE",
  "SITE_KEY_CACHE_MS",
  "REDIS_URL",
  "REDIS_KEY_PREFIX",
];

/** Read by Hive Gateway's entry point only (it has no schema of its own). */
export const HIVE_ONLY_VARIABLES: VariableDoc[] = [
  { name: "HIVE_DEDUPE", default: "on", required: false, meaning: "`off` turns Hive Gateway's inbound in-flight deduplication off (for engine comparisons)", readBy: ["hive-gateway"] },
];

/** `npm run import:talent` / `export:talent` (packages/talent-import/src/cli.ts) reads these; it has no schema of its own. */
export const IMPORT_CLI_VARIABLES: VariableDoc[] = [
  { name: "HUB_URL", default: "http://localhost:4000/graphql", required: false, meaning: "the gateway the import/export CLI talks to", readBy: ["import CLI"] },
  { name: "HUB_TOKEN", required: false, meaning: "a coordinator's JWT the import/export CLI sends (wins over HUB_API_KEY)", readBy: ["import CLI"] },
  { name: "HUB_API_KEY", required: false, meaning: "a regional site's API key the import/export CLI sends", readBy: ["import CLI"] },
  { name: "HUB_DATA_DIR", required: false, meaning: "where the CLI finds the development identity key when neither HUB_TOKEN nor HUB_API_KEY is set", readBy: ["import CLI"] },
  { name: "NODE_ENV", required: false, meaning: "`production` makes the CLI require HUB_TOKEN or HUB_API_KEY", readBy: ["import CLI"] },
];

/** Every variable a process of the hub reads: the launcher, each subgraph, the gateway, Hive Gateway and the import CLI. */
export function hubVariables(): VariableDoc[] {
  const gateway = describeVariables(GatewayEnv, "gateway");
  return mergeVariables(
    describeVariables(launcherEnvironment, "launcher"),
    describeVariables(subgraphEnvironment, "subgraphs"),
    describeVariables(telemetryEnvironment, "subgraphs"),
    gateway,
    describeVariables(telemetryEnvironment, "gateway"),
    gateway.filter((v) => HIVE_GATEWAY_VARIABLES.includes(v.name)).map((v) => ({ ...v, readBy: ["hive-gateway"] })),
    // Hive Gateway serves /metrics like the project's gateway (METRICS_TOKEN / METRICS_PORT); it has no tracing of ours.
    describeVariables(telemetryEnvironment, "hive-gateway").filter((v) => v.name.startsWith("METRICS_")),
    HIVE_ONLY_VARIABLES,
    IMPORT_CLI_VARIABLES,
  );
}

export const readmePath = (): string => path.join(repoRoot(), "README.md");

/** The README as it should be: its environment table regenerated. */
export function expectedReadme(readme: string): string {
  return replaceVariableTable(readme, renderVariableTable(hubVariables()));
}

// `npm run env:doc` rewrites the table in the README.
if (require.main === module) {
  const file = readmePath();
  const before = readFileSync(file, "utf8");
  const after = expectedReadme(before);
  if (after !== before) writeFileSync(file, after);
  process.stdout.write(`${after === before ? "README environment table is up to date" : "README environment table updated"} (${hubVariables().length} variables)\n`);
}
