import path from "node:path";
import { DEFAULT_GATEWAY_PORT, defineConfig, port, positiveInt, SUBGRAPHS, url, z, type Environment } from "@jinjibu/config";
import { DEFAULT_APP_PASSWORD } from "@jinjibu/federation";
import { LOG_LEVELS } from "@jinjibu/logger";
import { DEFAULT_PG_PORT } from "@jinjibu/pg-embedded";
import type { RestartPolicy } from "./supervision";
import { DEFAULT_RESTART_POLICY } from "./supervision";

/** The repository root (this file is launcher/dist/config.js once built). */
export const repoRoot = (): string => path.resolve(__dirname, "..", "..");

const subgraphPorts = Object.fromEntries(
  SUBGRAPHS.map((s) => [s.portVariable, port().default(s.defaultPort).describe(`port of the ${s.name} subgraph under \`npm start\``)]),
);

/** Every variable the launcher (`npm start`, db:migrate, db:reset, dev:token) reads. */
export const launcherEnvironment = z.object({
  HUB_DATA_DIR: z.string().optional().describe("local state of `npm start`: the embedded cluster and dev keys (default `<repo>/.data`; site API keys live in the database)"),
  DATABASE_URL: url("postgres:", "postgresql:").optional().describe("owner URL of the hub database; unset: the embedded cluster in `<data>/pg`"),
  PG_PORT: port().default(DEFAULT_PG_PORT).describe("port of the embedded PostgreSQL cluster"),
  APP_DATABASE_PASSWORD: z.string().default(DEFAULT_APP_PASSWORD).describe("password of the hub_<subgraph>_app roles"),
  GATEWAY_PORT: port().default(DEFAULT_GATEWAY_PORT).describe("port of the gateway"),
  ...subgraphPorts,
  LOG_LEVEL: z.enum(LOG_LEVELS).optional().describe("quietest log level written (default info; error under Jest)"),
  RESTART_LIMIT: positiveInt("a positive number of crashes").default(DEFAULT_RESTART_POLICY.maxCrashes).describe("`npm start` gives up when one service crashes this many times within RESTART_WINDOW_MS"),
  RESTART_WINDOW_MS: positiveInt("a positive number of milliseconds").default(DEFAULT_RESTART_POLICY.windowMs).describe("the window RESTART_LIMIT counts crashes in"),
});

export interface LauncherConfig {
  dataDir: string;
  databaseUrl?: string;
  pgPort: number;
  appPassword: string;
  gatewayPort: number;
  subgraphPorts: Readonly<Record<string, number>>;
  logLevel?: string;
  restartPolicy: RestartPolicy;
}

/** The launcher's one reader of the environment. */
export function loadLauncherConfig(env: Environment = process.env): Readonly<LauncherConfig> {
  const parsed = defineConfig("npm start", launcherEnvironment, env) as Record<string, unknown> & z.output<typeof launcherEnvironment>;
  return Object.freeze({
    dataDir: parsed.HUB_DATA_DIR ? path.resolve(parsed.HUB_DATA_DIR) : path.join(repoRoot(), ".data"),
    databaseUrl: parsed.DATABASE_URL,
    pgPort: parsed.PG_PORT,
    appPassword: parsed.APP_DATABASE_PASSWORD,
    gatewayPort: parsed.GATEWAY_PORT,
    subgraphPorts: Object.freeze(Object.fromEntries(SUBGRAPHS.map((s) => [s.name, parsed[s.portVariable] as number]))),
    logLevel: parsed.LOG_LEVEL,
    restartPolicy: { ...DEFAULT_RESTART_POLICY, maxCrashes: parsed.RESTART_LIMIT, windowMs: parsed.RESTART_WINDOW_MS },
  });
}

/** What child processes inherit: the launcher's own environment (PATH, NODE_OPTIONS …) plus what it sets for them. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
