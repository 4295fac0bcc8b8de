import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import type { GatewayConfigContext, GatewayConfigSupergraph, GatewayPlugin } from "@graphql-hive/gateway-runtime";
import useMeshPrometheus from "@graphql-mesh/plugin-prometheus";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ANONYMOUS, signGatewayToken, type KeyLike, type Viewer } from "@jinjibu/auth";
import type { Logger, SiteKeyResolver } from "@jinjibu/gateway";
import { getOperationAST } from "graphql";
import { armorProtection, COST_BUDGETS, SITE_KEY_MUTATIONS, costBudgetError, createGatewayLogger, CredentialError, createViewerResolver, formatGatewayError, GatewayTokenCache, operationCost, SUBGRAPH_TIMEOUT_MS } from "@jinjibu/gateway";
import { createMetricsRegistry, GatewayMetrics, operationLabel, requestOutcome, type Registry } from "@jinjibu/telemetry";

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
  /**
   * The per-(subgraph, viewer) tokens queries reuse for most of their minute (the project gateway's cache); one is made
   * when absent. Mutations always get a token of their own, bound to their request id.
   */
  tokens?: GatewayTokenCache;
  /** Where the metrics go (Hive's Prometheus plugin and the hub's own series); one is made (service `hive-gateway`) when absent. */
  metricsRegistry?: Registry;
}

/** Per-request state the plugin derives from the client's credentials before anything is parsed. */
interface HubRequestState {
  viewer: Viewer;
  requestId: string;
  /** Set once the operation is known: a mutation's fetches get their own token. */
  mutation: boolean;
  /** For the request metrics: when it arrived, and what the operation turned out to be. */
  started: bigint;
  operationName: string | null;
  operationType: string | null;
  graphqlErrors: boolean;
}

/** Where one subgraph fetch ended: the project gateway's outcome values. */
function fetchOutcome(result: unknown): string {
  const errors = (result as { errors?: readonly { path?: unknown; extensions?: { code?: unknown } }[] } | null)?.errors;
  if (!errors?.length) return "ok";
  // Hive turns a refused connection, a failed HTTP exchange or a timeout into errors instead of throwing
  // (SUBREQUEST_HTTP_ERROR, TIMEOUT_ERROR); an error with neither a path nor a code of the subgraph's own (Hive fills in
  // DOWNSTREAM_SERVICE_ERROR) is no answer of the subgraph either. The hub's subgraphs give every error a code.
  const transport = (e: (typeof errors)[number]) =>
    e.extensions?.code === "SUBREQUEST_HTTP_ERROR" ||
    e.extensions?.code === "TIMEOUT_ERROR" ||
    (!e.path && (e.extensions?.code === undefined || e.extensions.code === "DOWNSTREAM_SERVICE_ERROR"));
  return errors.some(transport) ? "unreachable" : "graphql_error";
}

/**
 * The project gateway's core series (`hub_gateway_requests_total`, `hub_gateway_request_duration_seconds`,
 * `hub_gateway_subgraph_fetch_duration_seconds`, `hub_gateway_subgraph_fetch_errors_total`), same names, labels and
 * bounded operation names, so one dashboard reads both engines. Breakers, bulkheads and the response cache are the
 * project gateway's own: Hive has none of them, so those gauges stay empty here.
 */
export function hubSeries(registry: Registry): GatewayMetrics {
  return new GatewayMetrics(registry, { breakers: () => ({}), bulkheads: () => ({}), cacheEntries: () => null, singleFlight: () => 0 });
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
export function useHubRules(options: HubHiveOptions, states: WeakMap<Request, HubRequestState>, metrics?: GatewayMetrics): GatewayPlugin {
  const logger = options.logger ?? createGatewayLogger();
  const armor = armorProtection(options.introspection);
  const resolveViewer = createViewerResolver({ identityPublicKey: options.identityPublicKey, apiKeys: options.apiKeys });
  const mask = formatGatewayError(logger);
  const maskAll = (errors: readonly GraphQLError[]): GraphQLError[] =>
    errors.map((error) => {
      // Hive attaches the subgraph request (query and variables, which may hold personal data) to a transport error;
      // the masked error's log line must not carry it.
      const { request: _request, ...extensions } = error.toJSON().extensions ?? {};
      const formatted: GraphQLFormattedError = mask({ ...error.toJSON(), extensions });
      return new GraphQLError(formatted.message, { path: formatted.path, extensions: formatted.extensions });
    });
  return {
    async onRequest({ request, endResponse }) {
      const requestId = randomUUID();
      const url = new URL(request.url);
      if (url.pathname !== "/graphql") return;
      const started = process.hrtime.bigint();
      const refuse = (status: number, message: string, code: string) => {
        endResponse(errorResponse(status, message, code, requestId));
        const outcome = requestOutcome(status, false);
        metrics?.requests.inc({ operation: "none", type: "none", outcome });
        metrics?.requestDuration.observe({ operation: "none", outcome }, Number(process.hrtime.bigint() - started) / 1e9);
      };
      if (request.method === "POST" && !(request.headers.get("content-type") ?? "").includes("application/json")) {
        refuse(400, "Send GraphQL as application/json.", "BAD_REQUEST");
        return;
      }
      try {
        const viewer = await resolveViewer(toNodeHeaders(request.headers));
        states.set(request, { viewer, requestId, mutation: false, started, operationName: null, operationType: null, graphqlErrors: false });
      } catch (error) {
        if (error instanceof CredentialError) {
          refuse(401, error.message, "UNAUTHENTICATED");
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
      const state = request ? states.get(request) : undefined;
      const viewer = state?.viewer || ANONYMOUS;
      if (state) {
        state.mutation = operation?.operation === "mutation";
        state.operationName = operation?.name?.value ?? args.operationName ?? null;
        state.operationType = operation?.operation ?? null;
      }
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
          if ("errors" in result && result.errors?.length) {
            if (state) state.graphqlErrors = true;
            setResult({ ...result, errors: maskAll(result.errors) });
          }
        },
      };
    },
    onSubgraphExecute({ subgraphName }) {
      if (!metrics) return;
      const started = process.hrtime.bigint();
      return ({ result }) => {
        const outcome = Symbol.asyncIterator in Object(result) ? "ok" : fetchOutcome(result);
        metrics.fetchDuration.observe({ subgraph: subgraphName, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
        if (outcome !== "ok") metrics.fetchErrors.inc({ subgraph: subgraphName, reason: outcome });
      };
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      response.headers.set("x-request-id", state.requestId);
      // Personal and per-viewer answers must never be stored by a browser or a proxy.
      response.headers.set("cache-control", "private, no-store");
      if (metrics) {
        const operation = state.operationType ? operationLabel(state.operationName) : "none";
        const outcome = requestOutcome(response.status, state.graphqlErrors);
        metrics.requests.inc({ operation, type: state.operationType ?? "none", outcome });
        metrics.requestDuration.observe({ operation, outcome }, Number(process.hrtime.bigint() - state.started) / 1e9);
      }
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
  const stateOf = (request: Request | undefined): Pick<HubRequestState, "viewer" | "requestId" | "mutation"> =>
    (request && states.get(request)) || { viewer: ANONYMOUS, requestId: "internal", mutation: false };
  const tokens = options.tokens ?? new GatewayTokenCache(options.gatewayPrivateKey);
  const registry = options.metricsRegistry ?? createMetricsRegistry("hive-gateway");
  const series = hubSeries(registry);
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
        const { viewer, requestId, mutation } = stateOf(request);
        // Queries: the viewer's token for this subgraph, signed once and reused while most of its minute remains.
        const token = mutation
          ? await signGatewayToken(options.gatewayPrivateKey, subgraphName, { viewer, requestId })
          : await tokens.token(subgraphName, viewer);
        return {
          authorization: `Bearer ${token}`,
          "x-request-id": requestId,
          "x-hub-deadline": String(Date.now() + SUBGRAPH_TIMEOUT_MS),
        };
      },
    },
    plugins: (context: GatewayConfigContext) => [
      useHubRules(options, states, series),
      // Hive's own maintained Prometheus plugin: its standard series (graphql_envelop_*, graphql_gateway_fetch_duration,
      // graphql_gateway_subgraph_execute_*) beside the hub's. Served by startHiveGatewayServer with the hub's token
      // rules (METRICS_TOKEN or METRICS_PORT), never by the plugin's own open endpoint.
      // Labels a client controls (operation names, response paths that aliases shape, the request URL) and headers (the
      // signed token) are off, so a client can neither grow the number of series nor read a credential in them. Only the
      // core series are on: the per-phase histograms, the summary and the deprecated-field walk cost CPU per request
      // and say nothing the core series do not (hub_gateway_request_duration_seconds covers the HTTP request).
      useMeshPrometheus({
        registry,
        log: context.log,
        endpoint: false,
        metrics: {
          graphql_envelop_request: true,
          graphql_envelop_request_duration: true,
          graphql_envelop_error_result: true,
          graphql_gateway_fetch_duration: true,
          graphql_gateway_subgraph_execute_duration: true,
          graphql_gateway_subgraph_execute_errors: true,
          graphql_envelop_request_time_summary: false,
          graphql_envelop_deprecated_field: false,
          graphql_envelop_phase_parse: false,
          graphql_envelop_phase_validate: false,
          graphql_envelop_phase_context: false,
          graphql_envelop_phase_execute: false,
          graphql_envelop_phase_subscribe: false,
          graphql_envelop_schema_change: false,
          graphql_yoga_http_duration: false,
        },
        labels: { subgraphName: true, operationName: false, path: false, url: false, fetchRequestHeaders: false, fetchResponseHeaders: false },
      }) as GatewayPlugin,
    ],
  } as GatewayConfigSupergraph;
}
