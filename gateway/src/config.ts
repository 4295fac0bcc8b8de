import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { z } from "zod";
import type { OidcOptions } from "@jinjibu/auth";
import type { WorkspaceOidcClient } from "./workspace";

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const onOff = z.enum(["on", "off"]);

/**
 * Which peers may say who the client is through `X-Forwarded-For`, as Express's `trust proxy` takes it: `false` (the TCP
 * peer is the client), a number of proxy hops in front of the gateway, or addresses and CIDR ranges (and Express's names
 * `loopback`, `linklocal`, `uniquelocal`) of trusted proxies. Never `true`: that believes whatever a client writes.
 */
export type TrustProxy = false | number | string[];

const TRUST_PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrRange(entry: string): boolean {
  if (TRUST_PROXY_NAMES.has(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/** TRUST_PROXY as Express's `trust proxy` setting; null when the value is not one it accepts here. */
export function parseTrustProxy(value: string | undefined): TrustProxy | null {
  const text = value?.trim() ?? "";
  if (text === "" || text === "false") return false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? (hops === 0 ? false : hops) : null;
  }
  const entries = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries.length > 0 && entries.every(isAddressOrRange) ? entries : null;
}

/** Every environment variable the gateway reads, with its default. `loadGatewayConfig` fails naming the variable. */
export const GatewayEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development").describe("outside `development`, \"Did you mean …\" suggestions are removed from errors; `production` also turns introspection and the development sign-in off"),
  HOST: z.string().min(1).default("127.0.0.1").describe("address the subgraph (or the gateway) binds"),
  GATEWAY_PORT: intFrom(0, 65535).optional().describe("port of the gateway (default 4000)"),
  PORT: intFrom(0, 65535).optional().describe("port the process listens on: a subgraph's default is its port in the list of subgraphs (4001–4004); the gateway's when GATEWAY_PORT is unset"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info").describe("quietest log level written (default info; error under Jest)"),
  SUPERGRAPH_PATH: z.string().min(1).optional().describe("the supergraph SDL the gateway serves (default the checked-in `gateway/supergraph.graphql`)"),
  SUBGRAPH_ORGANIZATIONS_URL: z.url().optional().describe("GraphQL URL of the organizations subgraph (default `http://127.0.0.1:4001/graphql`)"),
  SUBGRAPH_TALENT_URL: z.url().optional().describe("GraphQL URL of the talent subgraph (default `http://127.0.0.1:4002/graphql`)"),
  SUBGRAPH_PROGRAMS_URL: z.url().optional().describe("GraphQL URL of the programs subgraph (default `http://127.0.0.1:4003/graphql`)"),
  SUBGRAPH_FUNDING_URL: z.url().optional().describe("GraphQL URL of the funding subgraph (default `http://127.0.0.1:4004/graphql`)"),
  GATEWAY_PRIVATE_KEY: z.string().min(1).optional().describe("PEM Ed25519 private key the gateway signs its per-subgraph tokens with (required, or GATEWAY_PRIVATE_KEY_FILE)"),
  GATEWAY_PRIVATE_KEY_FILE: z.string().min(1).optional().describe("file holding GATEWAY_PRIVATE_KEY (used when that is unset)"),
  IDENTITY_PUBLIC_KEY: z.string().min(1).optional().describe("PEM public key that verifies user JWTs (`jinjibu-identity`; required, or IDENTITY_PUBLIC_KEY_FILE)"),
  IDENTITY_PUBLIC_KEY_FILE: z.string().min(1).optional().describe("file holding IDENTITY_PUBLIC_KEY (used when that is unset)"),
  API_KEYS_FILE: z.string().min(1).optional().describe("JSON file of regional sites' hashed API keys (re-read within a second of a change); unset: no site keys"),
  SITE_KEYS_DATABASE_URL: z.url().optional().describe("the hub database as a role that may read organizations.site_api_key: site API keys shared by every gateway (npm start sets it; API_KEYS_FILE is the fallback)"),
  SITE_KEYS_DATABASE_URL_FILE: z.string().min(1).optional().describe("file holding SITE_KEYS_DATABASE_URL (used when that is unset; a container secret, since the URL carries a password)"),
  SITE_KEY_CACHE_MS: intFrom(0, 600_000).default(30_000).describe("how long a site-key lookup is reused (ms); a revocation through any gateway sharing REDIS_URL ends it at once"),
  RESPONSE_CACHE: onOff.default("on").describe("the public response cache (`off` turns it off)"),
  REDIS_URL: z.url().optional().describe("when set, the response cache and the rate-limit counters are shared through Redis; memory otherwise"),
  REDIS_CACHE_PREFIX: z.string().min(1).default("jinjibu:response-cache").describe("key prefix of the response cache in Redis (one per deployment sharing a Redis)"),
  REDIS_KEY_PREFIX: z.string().min(1).default("jinjibu").describe("prefix of the rate-limit counters and the site-key revocation generation in Redis"),
  /** Schema introspection; default on in development, off in production. */
  GATEWAY_INTROSPECTION: onOff.optional().describe("schema introspection (default `on` in development, `off` when NODE_ENV=production)"),
  /** Largest request body, in bytes. */
  GATEWAY_BODY_LIMIT_BYTES: intFrom(1024, 50_000_000).default(200_000).describe("largest request body the gateway accepts (413 above)"),
  SUBGRAPH_TIMEOUT_MS: intFrom(50, 120_000).default(5000).describe("per subgraph fetch; also sent as `x-hub-deadline` so the subgraph caps its SQL to what remains"),
  SUBGRAPH_BREAKER_FAILURES: intFrom(1, 1000).default(5).describe("consecutive failures or timeouts that open a subgraph's breaker"),
  SUBGRAPH_BREAKER_HALF_OPEN_MS: intFrom(100, 600_000).default(10_000).describe("how long an open breaker fails fast before one probe fetch goes through"),
  SUBGRAPH_MAX_CONCURRENCY: intFrom(1, 10_000).default(64).describe("fetches in flight per subgraph"),
  SUBGRAPH_MAX_QUEUE: intFrom(0, 100_000).default(256).describe("fetches waiting per subgraph beyond SUBGRAPH_MAX_CONCURRENCY; when full the request gets 503 + Retry-After"),
  DIRECTORY_PAGE_SIZE: intFrom(1, 100).default(100).describe("operators per page of the public directory page at `/` (its links 「次の…件」 carry the cursor in `?after=`)"),
  TRUST_PROXY: z
    .string()
    .refine((value) => parseTrustProxy(value) !== null, "`false`, a hop count 0–10, or a comma-separated list of addresses/CIDRs (or loopback, linklocal, uniquelocal)")
    .optional()
    .describe("who may name the client in `X-Forwarded-For` (rate limits and failed sign-ins count by client address): unset/`false` = nobody, the TCP peer is the client; a number = that many proxy hops in front (behind one ingress: `1`); or a comma list of the proxies' addresses/CIDRs, e.g. `10.0.0.0/8`"),
  RATE_LIMITS: onOff.default("on").describe("`off` disables the per-viewer rate limits (the soak does: all its clients share 127.0.0.1)"),
  SUBGRAPH_DEDUPE: onOff.default("on").describe("merge identical in-flight subgraph query fetches of the same viewer (`off` sends each)"),
  /** The workspace's development sign-in signs with this key (`npm start` passes the dev identity key); ignored in production. */
  DEV_IDENTITY_PRIVATE_KEY: z.string().min(1).optional().describe("the workspace's development sign-in signs with this key (`npm start` passes the dev identity key); ignored in production"),
  DEV_IDENTITY_PRIVATE_KEY_FILE: z.string().min(1).optional().describe("file holding DEV_IDENTITY_PRIVATE_KEY (used when that is unset)"),
  /** Another build of the workspace app to serve at /workspace/ (default: the repository's web/dist). */
  WORKSPACE_DIR: z.string().min(1).optional().describe("another build of the workspace app to serve at /workspace/ (default the repository's `web/dist`)"),
  /** OpenID Connect sign-in (README: "Signing in with OpenID Connect"). */
  OIDC_ISSUER: z.url().optional().describe("the OpenID Connect provider's issuer URL, exactly as in the tokens' `iss`; turns OIDC sign-in on"),
  OIDC_AUDIENCE: z.string().min(1).optional().describe("the audience the provider puts in the hub's access tokens (`aud`); required with OIDC_ISSUER"),
  OIDC_JWKS_URL: z.url().optional().describe("the provider's JWKS (default the `jwks_uri` of `<issuer>/.well-known/openid-configuration`)"),
  OIDC_OPERATOR_CLAIM: z.string().min(1).optional().describe("claim naming the operator a coordinator works for, a dotted path is followed (default `operator_id`)"),
  OIDC_ROLE_CLAIM: z.string().min(1).optional().describe("claim carrying the role(s) (default `role`)"),
  OIDC_COORDINATOR_ROLES: z.string().min(1).optional().describe("comma-separated role values that mean coordinator (default `coordinator`)"),
  OIDC_ADMIN_ROLES: z.string().min(1).optional().describe("comma-separated role values that mean the national administrator (default `national_admin`)"),
  OIDC_ALGORITHMS: z.string().regex(/^(RS|PS|ES)(256|384|512)(,\s*((RS|PS|ES)(256|384|512)|EdDSA))*$|^EdDSA(,\s*((RS|PS|ES)(256|384|512)|EdDSA))*$/, "a comma-separated list of RS*/PS*/ES*/EdDSA").optional().describe("accepted signature algorithms, never `none` or HMAC (default `RS256,PS256,ES256,EdDSA`)"),
  OIDC_CLIENT_ID: z.string().min(1).optional().describe("the workspace's public client id at the provider; shows the sign-in button"),
  OIDC_SCOPE: z.string().min(1).default("openid").describe("scopes the workspace asks the provider for"),
});
export type GatewayEnv = z.infer<typeof GatewayEnv>;

export class ConfigError extends Error {}

/** Validates `env`; throws a ConfigError whose message names every invalid variable and what it accepts. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayEnv & { port: number; introspection: boolean; trustProxy: TrustProxy } {
  // An empty variable counts as unset (`REDIS_URL=` turns Redis off).
  const parsed = GatewayEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`invalid gateway environment: ${problems.join("; ")}`);
  }
  const config = parsed.data;
  if (config.OIDC_ISSUER && !config.OIDC_AUDIENCE) {
    throw new ConfigError("invalid gateway environment: OIDC_AUDIENCE: required with OIDC_ISSUER (the audience the provider puts in the hub's access tokens)");
  }
  const introspection = config.GATEWAY_INTROSPECTION ? config.GATEWAY_INTROSPECTION === "on" : config.NODE_ENV !== "production";
  return { ...config, port: config.GATEWAY_PORT ?? config.PORT ?? 4000, introspection, trustProxy: parseTrustProxy(config.TRUST_PROXY) ?? false };
}

/** A PEM from `NAME` or from the file named by `NAME_FILE`. */
export function requiredPem(config: GatewayEnv, name: "GATEWAY_PRIVATE_KEY" | "IDENTITY_PUBLIC_KEY"): string {
  const file = config[`${name}_FILE`];
  const value = config[name] ?? (file ? readFileSync(file, "utf8") : undefined);
  if (!value) throw new ConfigError(`${name} (or ${name}_FILE) is not set: start the whole hub with \`npm start\`, or set it (see README).`);
  return value;
}

/**
 * The site-key database URL from SITE_KEYS_DATABASE_URL or the file SITE_KEYS_DATABASE_URL_FILE names (trimmed: a
 * secret file usually ends with a newline); undefined when neither is set. A file that holds no URL stops startup.
 */
export function siteKeysDatabaseUrl(config: Pick<GatewayEnv, "SITE_KEYS_DATABASE_URL" | "SITE_KEYS_DATABASE_URL_FILE">): string | undefined {
  if (config.SITE_KEYS_DATABASE_URL) return config.SITE_KEYS_DATABASE_URL;
  const file = config.SITE_KEYS_DATABASE_URL_FILE;
  if (!file) return undefined;
  const value = readFileSync(file, "utf8").trim();
  if (!/^postgres(ql)?:\/\//.test(value)) {
    throw new ConfigError(`invalid gateway environment: SITE_KEYS_DATABASE_URL_FILE: ${file} must hold one postgres:// URL`);
  }
  return value;
}

/** A PEM from `NAME` or the file `NAME_FILE`, when either is set. */
export function optionalPem(config: GatewayEnv, name: "DEV_IDENTITY_PRIVATE_KEY"): string | undefined {
  const file = config[`${name}_FILE`];
  return config[name] ?? (file ? readFileSync(file, "utf8") : undefined);
}

const list = (value: string | undefined): string[] | undefined => value?.split(",").map((v) => v.trim()).filter(Boolean);

/** The OpenID Connect verifier settings and the workspace's client settings; null when OIDC_ISSUER is unset. */
export function oidcConfig(config: GatewayEnv): { verifier: OidcOptions; client: WorkspaceOidcClient | null } | null {
  if (!config.OIDC_ISSUER || !config.OIDC_AUDIENCE) return null;
  return {
    verifier: {
      issuer: config.OIDC_ISSUER,
      jwksUrl: config.OIDC_JWKS_URL,
      audience: config.OIDC_AUDIENCE,
      operatorClaim: config.OIDC_OPERATOR_CLAIM,
      roleClaim: config.OIDC_ROLE_CLAIM,
      coordinatorRoles: list(config.OIDC_COORDINATOR_ROLES),
      adminRoles: list(config.OIDC_ADMIN_ROLES),
      algorithms: list(config.OIDC_ALGORITHMS),
    },
    client: config.OIDC_CLIENT_ID ? { authority: config.OIDC_ISSUER, clientId: config.OIDC_CLIENT_ID, scope: config.OIDC_SCOPE } : null,
  };
}
