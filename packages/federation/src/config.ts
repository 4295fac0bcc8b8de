import { readFileSync } from "node:fs";
import { ConfigError, defineConfig, port, positiveInt, subgraphInfo, url, z, type Environment } from "@jinjibu/config";
import { LOG_LEVELS } from "@jinjibu/logger";

/** The embedded cluster's address; `DATABASE_URL` replaces it. */
export const DEFAULT_DATABASE_URL = "postgres://postgres:jinjibu@127.0.0.1:54329/jinjibu";
/** Password of the subgraphs' application roles unless `APP_DATABASE_PASSWORD` says otherwise. */
export const DEFAULT_APP_PASSWORD = "jinjibu-app";
/** Largest request body a subgraph accepts unless `BODY_LIMIT_BYTES` says otherwise. */
export const DEFAULT_BODY_LIMIT_BYTES = 1_000_000;

/** Every variable a subgraph process reads (the README's table is generated from these descriptions). */
export const subgraphEnvironment = z
  .object({
    PORT: port().optional().describe("port the process listens on: a subgraph's default is its port in the list of subgraphs (4001–4004); the gateway's when GATEWAY_PORT is unset"),
    HOST: z.string().default("127.0.0.1").describe("address the subgraph (or the gateway) binds"),
    DATABASE_URL: url("postgres:", "postgresql:").default(DEFAULT_DATABASE_URL).describe("owner URL of the hub database (unset: the embedded cluster)"),
    APP_DATABASE_URL: url("postgres:", "postgresql:").optional().describe("full URL of a subgraph's application connections (overrides DATABASE_URL + APP_DATABASE_PASSWORD)"),
    APP_DATABASE_PASSWORD: z.string().default(DEFAULT_APP_PASSWORD).describe("password of the hub_<subgraph>_app roles"),
    GATEWAY_PUBLIC_KEY: z.string().optional().describe("PEM public key of the gateway; subgraphs accept only requests it signed"),
    GATEWAY_PUBLIC_KEY_FILE: z.string().optional().describe("file holding GATEWAY_PUBLIC_KEY (used when that is unset)"),
    LOG_LEVEL: z.enum(LOG_LEVELS).optional().describe("quietest log level written (default info; error under Jest)"),
    STATEMENT_TIMEOUT_MS: positiveInt("a positive number of milliseconds").default(15_000).describe("longest one SQL statement may run; a request's deadline can only lower it"),
    BODY_LIMIT_BYTES: positiveInt("a positive number of bytes").default(DEFAULT_BODY_LIMIT_BYTES).describe("largest request body a subgraph accepts (413 above)"),
    DB_POOL_SIZE: positiveInt("a positive number of connections").default(10).describe("connections in a subgraph's database pool"),
    SERVICE_PRIVATE_KEY: z.string().optional().describe("PEM Ed25519 private key of the subgraph's own service identity: organizations signs the domain events it delivers to talent with it (unset: events wait in its outbox)"),
    SERVICE_PRIVATE_KEY_FILE: z.string().optional().describe("file holding SERVICE_PRIVATE_KEY (used when that is unset)"),
    ORGANIZATIONS_SERVICE_PUBLIC_KEY: z.string().optional().describe("PEM public key of organizations' service identity: talent's POST /internal/events accepts only deliveries it signed (unset: every delivery is refused)"),
    ORGANIZATIONS_SERVICE_PUBLIC_KEY_FILE: z.string().optional().describe("file holding ORGANIZATIONS_SERVICE_PUBLIC_KEY (used when that is unset)"),
    EVENTS_TALENT_URL: url("http:", "https:").optional().describe("talent's event endpoint organizations' outbox relay delivers to (default `http://127.0.0.1:4002/internal/events`)"),
    DATABASE_POOL_MODE: z
      .enum(["session", "transaction"])
      .default("session")
      .describe("`transaction` behind PgBouncer in transaction mode: no startup parameters; `search_path` and `statement_timeout` are set in each transaction"),
  });

export interface SubgraphConfig {
  name: string;
  port: number;
  host: string;
  ownerUrl: string;
  appDatabaseUrl?: string;
  appPassword: string;
  gatewayPublicKeyPem: string;
  logLevel?: string;
  statementTimeoutMs: number;
  bodyLimitBytes: number;
  poolSize: number;
  /** Connections go through a transaction-pooling proxy (DATABASE_POOL_MODE=transaction). */
  transactionPooling: boolean;
  /** This subgraph's own signing identity (PEM), if given. */
  servicePrivateKeyPem: string | null;
  /** Public keys (PEM) of the services whose events this subgraph accepts, by service name. */
  servicePublicKeyPems: Readonly<Record<string, string>>;
  /** Event endpoints of other subgraphs, by name. */
  eventUrls: Readonly<Record<string, string>>;
}

/** A PEM given inline or in a file; null when neither is set. */
function pemOf(owner: string, variable: string, value: string | undefined, file: string | undefined): string | null {
  if (value) return value;
  if (!file) return null;
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError(owner, [{ variable: `${variable}_FILE`, problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): give a readable PEM file` }]);
  }
}

/** The one reader of a subgraph process's environment: validates everything at start, fails naming each bad variable. */
export function loadSubgraphConfig(name: string, env: Environment = process.env): Readonly<SubgraphConfig> {
  const info = subgraphInfo(name);
  const parsed = defineConfig(`the ${name} subgraph`, subgraphEnvironment, env, (raw) =>
    raw.GATEWAY_PUBLIC_KEY || raw.GATEWAY_PUBLIC_KEY_FILE
      ? []
      : [{ variable: "GATEWAY_PUBLIC_KEY", problem: "is required (or GATEWAY_PUBLIC_KEY_FILE): start the whole hub with `npm start`, or pass the gateway's public key (PEM)" }],
  );
  let gatewayPublicKeyPem = parsed.GATEWAY_PUBLIC_KEY;
  if (!gatewayPublicKeyPem) {
    try {
      gatewayPublicKeyPem = readFileSync(parsed.GATEWAY_PUBLIC_KEY_FILE!, "utf8");
    } catch (error) {
      throw new ConfigError(`the ${name} subgraph`, [
        { variable: "GATEWAY_PUBLIC_KEY_FILE", problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}): give a readable PEM file` },
      ]);
    }
  }
  return Object.freeze({
    name,
    port: parsed.PORT ?? info.defaultPort,
    host: parsed.HOST,
    ownerUrl: parsed.DATABASE_URL,
    appDatabaseUrl: parsed.APP_DATABASE_URL,
    appPassword: parsed.APP_DATABASE_PASSWORD,
    gatewayPublicKeyPem,
    logLevel: parsed.LOG_LEVEL,
    statementTimeoutMs: parsed.STATEMENT_TIMEOUT_MS,
    bodyLimitBytes: parsed.BODY_LIMIT_BYTES,
    poolSize: parsed.DB_POOL_SIZE,
    transactionPooling: parsed.DATABASE_POOL_MODE === "transaction",
    servicePrivateKeyPem: pemOf(`the ${name} subgraph`, "SERVICE_PRIVATE_KEY", parsed.SERVICE_PRIVATE_KEY, parsed.SERVICE_PRIVATE_KEY_FILE),
    servicePublicKeyPems: Object.fromEntries(
      [["organizations", pemOf(`the ${name} subgraph`, "ORGANIZATIONS_SERVICE_PUBLIC_KEY", parsed.ORGANIZATIONS_SERVICE_PUBLIC_KEY, parsed.ORGANIZATIONS_SERVICE_PUBLIC_KEY_FILE)] as const].filter(
        (entry): entry is readonly ["organizations", string] => entry[1] !== null,
      ),
    ),
    eventUrls: { talent: parsed.EVENTS_TALENT_URL ?? `http://127.0.0.1:${subgraphInfo("talent").defaultPort}/internal/events` },
  });
}
