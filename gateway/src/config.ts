import { readFileSync } from "node:fs";
import { z } from "zod";
import type { OidcOptions } from "@jinjibu/auth";
import type { WorkspaceOidcClient } from "./workspace";

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const onOff = z.enum(["on", "off"]);

/** Every environment variable the gateway reads, with its default. `loadGatewayConfig` fails naming the variable. */
export const GatewayEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  GATEWAY_PORT: intFrom(0, 65535).optional(),
  PORT: intFrom(0, 65535).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SUPERGRAPH_PATH: z.string().min(1).optional(),
  SUBGRAPH_ORGANIZATIONS_URL: z.url().optional(),
  SUBGRAPH_TALENT_URL: z.url().optional(),
  SUBGRAPH_PROGRAMS_URL: z.url().optional(),
  SUBGRAPH_FUNDING_URL: z.url().optional(),
  GATEWAY_PRIVATE_KEY: z.string().min(1).optional(),
  GATEWAY_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  IDENTITY_PUBLIC_KEY: z.string().min(1).optional(),
  IDENTITY_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  API_KEYS_FILE: z.string().min(1).optional(),
  /** The hub database as a role that may read organizations.site_api_key (site API keys shared by every gateway). */
  SITE_KEYS_DATABASE_URL: z.url().optional(),
  /** How long a site-key lookup is reused (ms); a revocation through any gateway sharing REDIS_URL ends it at once. */
  SITE_KEY_CACHE_MS: intFrom(0, 600_000).default(30_000),
  RESPONSE_CACHE: onOff.default("on"),
  REDIS_URL: z.url().optional(),
  REDIS_CACHE_PREFIX: z.string().min(1).default("jinjibu:response-cache"),
  /** Prefix of the rate-limit counters and the site-key revocation generation in Redis. */
  REDIS_KEY_PREFIX: z.string().min(1).default("jinjibu"),
  /** Schema introspection; default on in development, off in production. */
  GATEWAY_INTROSPECTION: onOff.optional(),
  /** Largest request body, in bytes. */
  GATEWAY_BODY_LIMIT_BYTES: intFrom(1024, 50_000_000).default(200_000),
  SUBGRAPH_TIMEOUT_MS: intFrom(50, 120_000).default(5000),
  SUBGRAPH_BREAKER_FAILURES: intFrom(1, 1000).default(5),
  SUBGRAPH_BREAKER_HALF_OPEN_MS: intFrom(100, 600_000).default(10_000),
  SUBGRAPH_MAX_CONCURRENCY: intFrom(1, 10_000).default(64),
  SUBGRAPH_MAX_QUEUE: intFrom(0, 100_000).default(256),
  RATE_LIMITS: onOff.default("on"),
  /** Merge identical in-flight subgraph query fetches of the same viewer. */
  SUBGRAPH_DEDUPE: onOff.default("on"),
  /** The workspace's development sign-in signs with this key (`npm start` passes the dev identity key); ignored in production. */
  DEV_IDENTITY_PRIVATE_KEY: z.string().min(1).optional(),
  DEV_IDENTITY_PRIVATE_KEY_FILE: z.string().min(1).optional(),
  /** Another build of the workspace app to serve at /workspace/ (default: the repository's web/dist). */
  WORKSPACE_DIR: z.string().min(1).optional(),
  /** OpenID Connect sign-in (README: "Signing in with OpenID Connect"). */
  OIDC_ISSUER: z.url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.url().optional(),
  OIDC_OPERATOR_CLAIM: z.string().min(1).optional(),
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_COORDINATOR_ROLES: z.string().min(1).optional(),
  OIDC_ADMIN_ROLES: z.string().min(1).optional(),
  OIDC_ALGORITHMS: z.string().regex(/^(RS|PS|ES)(256|384|512)(,\s*((RS|PS|ES)(256|384|512)|EdDSA))*$|^EdDSA(,\s*((RS|PS|ES)(256|384|512)|EdDSA))*$/, "a comma-separated list of RS*/PS*/ES*/EdDSA").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().min(1).default("openid"),
});
export type GatewayEnv = z.infer<typeof GatewayEnv>;

export class ConfigError extends Error {}

/** Validates `env`; throws a ConfigError whose message names every invalid variable and what it accepts. */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayEnv & { port: number; introspection: boolean } {
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
  return { ...config, port: config.GATEWAY_PORT ?? config.PORT ?? 4000, introspection };
}

/** A PEM from `NAME` or from the file named by `NAME_FILE`. */
export function requiredPem(config: GatewayEnv, name: "GATEWAY_PRIVATE_KEY" | "IDENTITY_PUBLIC_KEY"): string {
  const file = config[`${name}_FILE`];
  const value = config[name] ?? (file ? readFileSync(file, "utf8") : undefined);
  if (!value) throw new ConfigError(`${name} (or ${name}_FILE) is not set: start the whole hub with \`npm start\`, or set it (see README).`);
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
