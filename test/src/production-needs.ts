import { subgraphEnvironment } from "@jinjibu/federation";
import { GatewayEnv } from "@jinjibu/gateway";

/**
 * What each process must be given in production to do its whole job, for the container and Kubernetes invariant tests.
 * A name is met by the variable itself or by `<name>_FILE` naming a mounted secret. Most of these are optional in the
 * configuration schemas (a subgraph without its service key starts, and its events wait), which is why a list is needed.
 */
export const PRODUCTION_NEEDS: Record<string, readonly string[]> = {
  // The outbox relay: signs deliveries with its service key and sends them to talent.
  organizations: ["DATABASE_URL", "GATEWAY_PUBLIC_KEY", "SERVICE_PRIVATE_KEY", "EVENTS_TALENT_URL"],
  // Accepts organizations' deliveries only with its public key; without it every delivery is refused.
  talent: ["DATABASE_URL", "GATEWAY_PUBLIC_KEY", "ORGANIZATIONS_SERVICE_PUBLIC_KEY"],
  programs: ["DATABASE_URL", "GATEWAY_PUBLIC_KEY"],
  funding: ["DATABASE_URL", "GATEWAY_PUBLIC_KEY"],
  gateway: [
    "GATEWAY_PRIVATE_KEY",
    "IDENTITY_PUBLIC_KEY",
    "SITE_KEYS_DATABASE_URL",
    "REDIS_URL",
    "SUBGRAPH_ORGANIZATIONS_URL",
    "SUBGRAPH_TALENT_URL",
    "SUBGRAPH_PROGRAMS_URL",
    "SUBGRAPH_FUNDING_URL",
  ],
};

/** Every variable a subgraph or the gateway reads: a need that names anything else is a typo. */
export const KNOWN_VARIABLES: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.keys(PRODUCTION_NEEDS).map((name) => [
    name,
    new Set(Object.keys((name === "gateway" ? GatewayEnv : subgraphEnvironment).shape)),
  ]),
);
