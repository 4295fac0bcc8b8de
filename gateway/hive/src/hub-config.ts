import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { GatewayConfigSupergraph, GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ANONYMOUS, signGatewayToken, type KeyLike, type Viewer } from "@jinjibu/auth";
import type { Logger, SiteKeyResolver } from "@jinjibu/gateway";
import { getOperationAST } from "graphql";
import { armorProtection, COST_BUDGETS, SITE_KEY_MUTATIONS, costBudgetError, createGatewayLogger, CredentialError, createViewerResolver, formatGatewayError, operationCost, SUBGRAPH_TIMEOUT_MS } from "@jinjibu/gateway";

/** What the Hive engine needs to behave like the hub's own gateway. */
export interface HubHiveOptions {
  /** The checked-in supergraph SDL (`gateway/supergraph.graphql`). */
  supergraphSdl: string;
  /** Subgraph name → GraphQL URL; overrides the URLs recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  gatewayPrivateKey: KeyLike;
  identityPublicKey: KeyLike;
  apiKeys: () => SiteKeyResolver;
  /** Told when a site key was revoked through this gateway (shared through Redis with every gateway). */
  siteKeyRevocations?: { revoked(): Promise<void> } | null;
  /** Schema introspection for clients: on in development, off in production. */
  introspection: boolean;
  /**
   * Hive's inbound in-flight deduplication: identical concurrent queries (same method, URL, every header — the
   * credentials included — document and variables) share one execution. Default on; mutations are never merged.
   */
  dedupe?: boolean;
  logger?: Logger;
}

/** Per-request state the plugin derives from the client's credentials before anything is parsed. */
interface HubRequestState {
  viewer: Viewer;
  requestId: string;
}

/** Node-style lower-case header record from a WHATWG Headers object, so the gateway's own viewer resolver can be reused. */
function toNodeHeaders(headers: Headers): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

/** JSON error body in the same shape the project's gateway answers. */
function errorResponse(status: number, message: string, code: string, requestId: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "x-request-id": requestId },
  });
}

/**
 * The hub's rules as a Hive Gateway plugin: the viewer is resolved from the client's credentials with the gateway's
 * resolver (invalid credentials → 401, never a downgrade to anonymous), the gateway's depth and alias limits run as
 * validation rules, every error goes through the gateway's masking, and per-viewer answers are never cacheable.
 */
export function useHubRules(options: HubHiveOptions, states: WeakMap<Request, HubRequestState>): GatewayPlugin {
  const logger = options.logger ?? createGatewayLogger();
  const armor = armorProtection(options.introspection);
  const resolveViewer = createViewerResolver({ identityPublicKey: options.identityPublicKey, apiKeys: options.apiKeys });
  const mask = formatGatewayError(logger);
  const maskAll = (errors: readonly GraphQLError[]): GraphQLError[] =>
    errors.map((error) => {
      const formatted: GraphQLFormattedError = mask(error.toJSON());
      return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
    });
  return {
    async onRequest({ request, endResponse }) {
      const requestId = randomUUID();
      const url = new URL(request.url);
      if (url.pathname !== "/graphql") return;
      if (request.method === "POST" && !(request.headers.get("content-type") ?? "").includes("application/json")) {
        endResponse(errorResponse(400, "Send GraphQL as application/json.", "BAD_REQUEST", requestId));
        return;
      }
      try {
        states.set(request, { viewer: await resolveViewer(toNodeHeaders(request.headers)), requestId });
      } catch (error) {
        if (error instanceof CredentialError) {
          endResponse(errorResponse(401, error.message, "UNAUTHENTICATED", requestId));
          return;
        }
        throw error;
      }
    },
    onValidate({ addValidationRule }) {
      // The project gateway's graphql-armor limits (depth, aliases, directives, field suggestions), as validation rules.
      for (const rule of armor.validationRules ?? []) addValidationRule(rule);
    },
    onExecute({ args }) {
      // The same per-viewer cost budget as the project gateway, before any subgraph is called.
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      const request = (args.contextValue as { request?: Request }).request;
      const viewer = (request && states.get(request)?.viewer) || ANONYMOUS;
      if (operation) {
        const cost = operationCost(args.schema, args.document, operation);
        const budget = COST_BUDGETS[viewer.role];
        if (cost > budget) throw costBudgetError(cost, viewer.role, budget);
      }
      const revokes =
        options.siteKeyRevocations &&
        operation?.operation === "mutation" &&
        operation.selectionSet.selections.some((s) => s.kind === "Field" && SITE_KEY_MUTATIONS.has(s.name.value));
      return {
        async onExecuteDone({ result, setResult }) {
          // A revoked site key: every gateway forgets its cached lookups, so the key is refused on the next request.
          const data = "data" in result ? (result.data as Record<string, unknown> | null | undefined) : null;
          if (revokes && data && Object.values(data).some((value) => value !== null)) await options.siteKeyRevocations!.revoked();
          if ("errors" in result && result.errors?.length) setResult({ ...result, errors: maskAll(result.errors) });
        },
      };
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      response.headers.set("x-request-id", state.requestId);
      // Personal and per-viewer answers must never be stored by a browser or a proxy.
      response.headers.set("cache-control", "private, no-store");
    },
  } as GatewayPlugin;
}

/**
 * A Hive Gateway configuration that serves the hub's supergraph exactly as the project's gateway does towards subgraphs:
 * each fetch carries a token signed for that subgraph alone (audience = subgraph), the request id and the deadline, and
 * nothing else the client sent. Subgraphs need no change.
 */
export function hubHiveConfig(options: HubHiveOptions): GatewayConfigSupergraph {
  const states = new WeakMap<Request, HubRequestState>();
  const stateOf = (request: Request | undefined): HubRequestState =>
    (request && states.get(request)) || { viewer: ANONYMOUS, requestId: "internal" };
  return {
    supergraph: options.supergraphSdl,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/livez",
    readinessCheckEndpoint: "/readyz",
    landingPage: false,
    graphiql: false,
    logging: "error",
    maskedErrors: true,
    batching: false,
    requestId: false,
    inboundInflightRequestDeduplication: options.dedupe ?? true,
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }]),
    ),
    disableIntrospection: options.introspection ? undefined : { disableIf: () => true },
    upstreamTimeout: SUBGRAPH_TIMEOUT_MS,
    propagateHeaders: {
      async fromClientToSubgraphs({ request, subgraphName }) {
        const { viewer, requestId } = stateOf(request);
        const token = await signGatewayToken(options.gatewayPrivateKey, subgraphName, { viewer, requestId });
        return {
          authorization: `Bearer ${token}`,
          "x-request-id": requestId,
          "x-hub-deadline": String(Date.now() + SUBGRAPH_TIMEOUT_MS),
        };
      },
    },
    plugins: () => [useHubRules(options, states)],
  } as GatewayConfigSupergraph;
}
