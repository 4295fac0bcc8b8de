import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  CircuitState,
  ConsecutiveBreaker,
  bulkhead,
  circuitBreaker,
  handleWhen,
  type BulkheadPolicy,
  type CircuitBreakerPolicy,
} from "cockatiel";
import http from "node:http";
import https from "node:https";
import { Kind, OperationTypeNode, type DocumentNode, type SelectionSetNode } from "graphql";
import { signGatewayToken, ANONYMOUS, GATEWAY_TOKEN_TTL_SECONDS, type KeyLike, type Viewer } from "@jinjibu/auth";
import type { Logger } from "./logger";

/** What one client request records while the gateway runs it (read by the cache, the access log and the HTTP status). */
export interface RequestState {
  /** Subgraphs this request fetched from. */
  fetched: Set<string>;
  /** Subgraphs where a mutation of this request succeeded (their cached answers are stale). */
  changed: Set<string>;
  /** Set when a subgraph's queue was full: the answer is HTTP 503 with Retry-After. */
  overloaded: boolean;
}

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
  log?: Logger;
  state?: RequestState;
}

export const newRequestState = (): RequestState => ({ fetched: new Set(), changed: new Set(), overloaded: false });

export interface ResilienceOptions {
  /** Per-fetch timeout; also sent as the `x-hub-deadline` the subgraph caps its SQL to. Default 5000 (SUBGRAPH_TIMEOUT_MS). */
  timeoutMs: number;
  /** Consecutive failures or timeouts that open a subgraph's breaker. Default 5 (SUBGRAPH_BREAKER_FAILURES). */
  breakerFailures: number;
  /** How long an open breaker fails fast before one probe request is let through. Default 10 000. */
  halfOpenAfterMs: number;
  /** Fetches in flight per subgraph. Default 64. */
  maxConcurrency: number;
  /** Fetches waiting per subgraph once the limit is reached; beyond that the client gets 503. Default 256. */
  maxQueue: number;
}

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  timeoutMs: 5000,
  breakerFailures: 5,
  halfOpenAfterMs: 10_000,
  maxConcurrency: 64,
  maxQueue: 256,
};

/** Per-subgraph request timeout (default): a hung subgraph costs at most this long, then its fields are null. */
export const SUBGRAPH_TIMEOUT_MS = DEFAULT_RESILIENCE.timeoutMs;

/** Seconds a client is asked to wait when a subgraph's queue is full. */
export const OVERLOAD_RETRY_AFTER_SECONDS = 2;

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource["process"]>>;

/**
 * Per-(subgraph, viewer) gateway tokens, reused for most of their lifetime instead of signing one per fetch. A token
 * names its subgraph (audience) and the viewer exactly as verified, and nothing of the request: the request id travels
 * in `x-request-id`. It is handed out while at least `minRemainingSeconds` of its 60 s remain (more than any fetch's
 * timeout), so a subgraph never sees one expire mid-fetch. Mutations get a fresh token bound to their request id.
 */
export class GatewayTokenCache {
  private readonly tokens = new Map<string, { token: Promise<string>; reuseUntil: number }>();
  /** Tokens signed (tests and benchmarks read it). */
  signed = 0;

  constructor(
    private readonly privateKey: KeyLike,
    private readonly minRemainingSeconds = 20,
    private readonly maxEntries = 10_000,
  ) {}

  token(subgraph: string, viewer: Viewer): Promise<string> {
    const key = `${subgraph}\u0000${JSON.stringify(viewer)}`;
    const now = Date.now();
    const cached = this.tokens.get(key);
    if (cached && cached.reuseUntil > now) return cached.token;
    this.signed += 1;
    const token = signGatewayToken(this.privateKey, subgraph, { viewer, requestId: "" });
    this.tokens.delete(key);
    this.tokens.set(key, { token, reuseUntil: now + (GATEWAY_TOKEN_TTL_SECONDS - this.minRemainingSeconds) * 1000 });
    token.catch(() => this.tokens.delete(key));
    if (this.tokens.size > this.maxEntries) this.tokens.delete(this.tokens.keys().next().value as string);
    return token;
  }
}

/** Marks a fetch that may share an identical in-flight fetch (queries only); removed before anything is sent. */
const DEDUPE_HEADER = "x-hub-internal-dedupe";

/**
 * Keep-alive pools per protocol for subgraph fetches. An idle connection is closed after 60 s, before the subgraphs'
 * own 65 s keep-alive timeout, so a fetch is never sent on a connection the subgraph is closing.
 */
const AGENTS = {
  "http:": new http.Agent({ keepAlive: true, timeout: 60_000 }),
  "https:": new https.Agent({ keepAlive: true, timeout: 60_000 }),
};

/** A subgraph that could not be reached or broke the connection (a network failure, as `fetch` would throw). */
export class SubgraphFetchError extends Error {
  override readonly name = "FetchError";
}

/**
 * A subgraph's answer, read whole: the part of the Fetch API's Response that Apollo's data source reads (status, the
 * headers it looks up, the body as text or JSON). Each reader of a merged fetch gets its own `clone()`.
 */
export class SubgraphResponse {
  readonly headers: { get(name: string): string | null };

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    private readonly headerMap: Map<string, string>,
    private readonly body: string,
  ) {
    this.headers = { get: (name) => headerMap.get(name.toLowerCase()) ?? null };
  }

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, this.headerMap, this.body);
  }
}

/**
 * One POST to a subgraph over Node's HTTP client on a keep-alive pool, aborted at `deadline`. About half a millisecond
 * cheaper per fetch than the Fetch API (no web streams, and no second Response to share a body), which a gateway pays
 * on every subgraph fetch.
 */
function post(url: string, init: { method?: string; headers: Record<string, string>; body?: unknown }, deadline: number): Promise<SubgraphResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const body = typeof init.body === "string" ? init.body : init.body == null ? "" : String(init.body);
    const fail = (error: Error) => reject(error.name === "AbortError" ? error : new SubgraphFetchError(`subgraph request failed: ${error.message}`, { cause: error }));
    const request = (target.protocol === "https:" ? https : http).request(
      target,
      {
        method: init.method ?? "POST",
        headers: { ...init.headers, "content-length": String(Buffer.byteLength(body)) },
        agent: AGENTS[target.protocol === "https:" ? "https:" : "http:"],
        signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", fail);
        response.on("end", () => {
          const headers = new Map<string, string>();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
          }
          resolve(new SubgraphResponse(url, response.statusCode ?? 0, response.statusMessage ?? "", headers, Buffer.concat(chunks).toString("utf8")));
        });
      },
    );
    request.on("error", fail);
    request.end(body);
  });
}

/**
 * Merges identical subgraph fetches that are in flight at the same moment: same URL, same body (query and variables)
 * and the same Authorization — the gateway token, which names the subgraph and the viewer exactly — so only answers
 * that would be the same for the same viewer are shared. Only queries are marked for it (never mutations). Each caller
 * gets its own copy of the response. Nothing is kept once the fetch completes: this is not a cache.
 */
export function dedupingFetcher(timeoutMs: number, stats?: { merged: number }) {
  const inflight = new Map<string, Promise<SubgraphResponse>>();
  const send = (input: string, init: { method?: string; headers: Record<string, string>; body?: unknown }) =>
    post(input, init, Number(init.headers["x-hub-deadline"]) || Date.now() + timeoutMs);
  return async (input: string, init: { method?: string; headers: Record<string, string>; body?: unknown }): Promise<SubgraphResponse> => {
    if (init.headers[DEDUPE_HEADER] === undefined) return send(input, init);
    const { [DEDUPE_HEADER]: _marker, ...headers } = init.headers;
    const request = { ...init, headers };
    const key = `${input}\u0000${headers.authorization ?? ""}\u0000${String(init.body)}`;
    let shared = inflight.get(key);
    if (shared) {
      if (stats) stats.merged += 1;
    } else {
      shared = send(input, request);
      inflight.set(key, shared);
      const forget = () => inflight.delete(key);
      shared.then(forget, forget);
    }
    return (await shared).clone();
  };
}

const isMutation = (document: DocumentNode | undefined): boolean =>
  Boolean(document?.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.MUTATION));

/** A failure of the subgraph's process or network (not a GraphQL error it answered with): counted by the breaker. */
function isInfrastructureFailure(error: unknown): boolean {
  const status = (error as { extensions?: { response?: { status?: number } } }).extensions?.response?.status;
  if (typeof status === "number") return status >= 500;
  // Network failures (SubgraphFetchError, or fetch()'s TypeError), aborts and timeouts.
  const name = (error as Error)?.name;
  return name === "TypeError" || name === "AbortError" || name === "TimeoutError" || name === "FetchError";
}

/** The response key of the first field a subgraph operation selects, below `_entities` for entity fetches. */
function firstResponsePath(document: DocumentNode | undefined, entityFetch: boolean): (string | number)[] {
  const operation = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const firstField = (set: SelectionSetNode | undefined): string | null => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value !== "__typename") return selection.alias?.value ?? selection.name.value;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = firstField(selection.selectionSet);
        if (inner) return inner;
      }
    }
    return null;
  };
  const root = firstField(operation.selectionSet);
  if (!root) return [];
  if (!entityFetch) return [root];
  const entities = operation.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === "_entities");
  const field = entities && entities.kind === Kind.FIELD ? firstField(entities.selectionSet) : null;
  // The gateway maps ["_entities", i, …] onto the i-th entity's place in the client's answer.
  return field ? ["_entities", 0, field] : ["_entities", 0];
}

/**
 * Sends each subgraph fetch with a short-lived token the gateway signs for that subgraph alone. Nothing the client sent
 * is forwarded: the token is built from the verified viewer only, with `set`, never `append`.
 *
 * Each subgraph has its own timeout, deadline header, circuit breaker and bulkhead (cockatiel): a subgraph that is down
 * or hung costs one timeout per fetch until its breaker opens, then nothing; its fields are null with one
 * SUBGRAPH_UNAVAILABLE error per failed fetch, and every other subgraph is unaffected. Nothing is ever retried.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreakerPolicy;
  private readonly dedupe: boolean;
  readonly bulkhead: BulkheadPolicy;
  /** Fetches this gateway asked of the subgraph (tests count them; the response cache saves them). */
  fetches = 0;
  /** Fetches that shared an identical one already in flight (not sent again). */
  readonly merged: { merged: number };
  /** Told of every fetch when it ends: its duration and outcome (ok, graphql_error, unreachable, breaker_open, overloaded). */
  onFetch?: (seconds: number, outcome: string) => void;
  private readonly resilience: ResilienceOptions;
  private readonly tokens: GatewayTokenCache;

  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly privateKey: KeyLike,
    resilience: Partial<ResilienceOptions> = {},
    private readonly logger?: Logger,
    options: { tokens?: GatewayTokenCache; dedupe?: boolean } = {},
  ) {
    const settings = { ...DEFAULT_RESILIENCE, ...resilience };
    const merged = { merged: 0 };
    super({ url, fetcher: dedupingFetcher(settings.timeoutMs, merged) as never });
    this.merged = merged;
    this.dedupe = options.dedupe ?? true;
    this.tokens = options.tokens ?? new GatewayTokenCache(privateKey);
    this.resilience = settings;
    this.breaker = circuitBreaker(handleWhen(isInfrastructureFailure), {
      halfOpenAfter: settings.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(settings.breakerFailures),
    });
    this.bulkhead = bulkhead(settings.maxConcurrency, settings.maxQueue);
    this.breaker.onStateChange((state) => {
      this.logger?.warn({ subgraph: this.subgraph, breaker: CircuitState[state] }, `breaker of subgraph ${this.subgraph} is ${CircuitState[state]}`);
    });
  }

  get name(): string {
    return this.subgraph;
  }

  /** "up", or "breaker_open" while the breaker fails fast (readiness reports it). */
  get breakerOpen(): boolean {
    return this.breaker.state === CircuitState.Open;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { request, context } = options;
    const viewer = "viewer" in context && context.viewer ? context.viewer : ANONYMOUS;
    const requestId = "requestId" in context && context.requestId ? context.requestId : "internal";
    const query = options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION && !isMutation(options.document);
    // Queries: the viewer's reusable token, and identical in-flight fetches merged. Mutations: a token of their own.
    const token = query ? await this.tokens.token(this.subgraph, viewer) : await signGatewayToken(this.privateKey, this.subgraph, { viewer, requestId });
    request.http?.headers.set("authorization", `Bearer ${token}`);
    if (query && this.dedupe) request.http?.headers.set(DEDUPE_HEADER, "1");
    request.http?.headers.set("x-request-id", requestId);
    // When the gateway gives up on this fetch; the subgraph caps statement_timeout to what remains.
    request.http?.headers.set("x-hub-deadline", String(Date.now() + this.resilience.timeoutMs));
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) return super.process(options);
    const document = options.document;
    const context = options.context as Partial<GatewayContext>;
    const state = context.state;
    state?.fetched.add(this.subgraph);
    this.fetches += 1;
    const mutation = isMutation(document);
    const started = process.hrtime.bigint();
    const observe = (outcome: string) => this.onFetch?.(Number(process.hrtime.bigint() - started) / 1e9, outcome);
    try {
      const response = await this.breaker.execute(() => this.bulkhead.execute(() => super.process(options)));
      observe(response.errors?.length ? "graphql_error" : "ok");
      if (mutation && state && response.data && Object.values(response.data).some((value) => value !== null)) {
        state.changed.add(this.subgraph);
      }
      return response;
    } catch (error) {
      if (!(error instanceof BrokenCircuitError || error instanceof BulkheadRejectedError || isInfrastructureFailure(error))) {
        observe("graphql_error");
        throw error;
      }
      const overloaded = error instanceof BulkheadRejectedError;
      if (overloaded && state) state.overloaded = true;
      const reason = overloaded ? "overloaded" : error instanceof BrokenCircuitError ? "breaker_open" : "unreachable";
      observe(reason);
      (context.log ?? this.logger)?.warn({ subgraph: this.subgraph, reason, error: (error as Error).message }, "subgraph fetch failed");
      const entityFetch = Boolean(options.request.variables && "representations" in options.request.variables);
      const message = overloaded
        ? `The ${this.subgraph} part of the graph is busy; its fields are null. Retry after ${OVERLOAD_RETRY_AFTER_SECONDS} seconds.`
        : `The ${this.subgraph} part of the graph is unavailable right now; its fields are null. Try again shortly.`;
      return {
        errors: [
          {
            message,
            path: firstResponsePath(document, entityFetch),
            extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: this.subgraph, reason },
          } as never,
        ],
      };
    }
  }
}
