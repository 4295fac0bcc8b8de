import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { bearerToken, verifyGatewayToken, InvalidGatewayToken, type KeyLike } from "@jinjibu/auth";
import { RequestScope } from "@jinjibu/db";
import { createLogger, type Logger } from "@jinjibu/domain";
import type { BaseContext, SubgraphModule } from "./context";
import { isPublicError } from "./errors";

const MAX_BODY_BYTES = 1_000_000;

export interface SubgraphServerOptions<C extends BaseContext> {
  module: SubgraphModule<C>;
  schema: GraphQLSchema;
  /** Connected as the subgraph's application role. */
  dataSource: DataSource;
  /** The gateway's public key: every GraphQL request must carry a token it signed for this subgraph. */
  gatewayPublicKey: KeyLike;
  logger?: Logger;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Outcome {
  isMutation: boolean;
  hadErrors: boolean;
}

/** Masks every error whose message was not written for a client; logs the original with the request id. */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isPublicError(original) || isPublicError(error)) {
      const code = formatted.extensions?.code;
      const { stacktrace: _s, exception: _e, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    const reference = randomUUID().slice(0, 8);
    logger.error("unexpected error", { reference, path: formatted.path, error: original });
    return {
      message: `Internal server error (reference ${reference}). The operation was not completed; try again or report the reference.`,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function outcomePlugin(outcomes: WeakMap<object, Outcome>): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx: GraphQLRequestContext<BaseContext>) {
          const body = ctx.response.body;
          const single = body?.kind === "single" ? body.singleResult : undefined;
          const hadErrors = (ctx.errors?.length ?? 0) > 0 || (single?.errors?.length ?? 0) > 0;
          outcomes.set(ctx.contextValue, { isMutation: ctx.operation?.operation === "mutation", hadErrors });
        },
      };
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error("request body too large"), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/**
 * Starts a subgraph's HTTP service. Only `/graphql` executes operations, and only with a valid gateway token for this
 * subgraph (`_entities` and `_service` included); `/livez` and `/readyz` are the health probes.
 */
export async function startSubgraphServer<C extends BaseContext>(
  options: SubgraphServerOptions<C>,
  port: number,
  host = "127.0.0.1",
): Promise<RunningSubgraph> {
  const { module, dataSource, gatewayPublicKey } = options;
  const logger = options.logger ?? createLogger(`subgraph-${module.name}`);
  const outcomes = new WeakMap<object, Outcome>();
  const apollo = new ApolloServer<BaseContext>({
    schema: options.schema,
    plugins: [ApolloServerPluginInlineTraceDisabled(), outcomePlugin(outcomes)],
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
  await apollo.start();

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const token = bearerToken(req.headers.authorization);
    let claims;
    try {
      if (!token) throw new InvalidGatewayToken("no token");
      claims = await verifyGatewayToken(gatewayPublicKey, module.name, token);
    } catch (error) {
      logger.warn("rejected a request without a valid gateway token", {
        remote: req.socket.remoteAddress,
        reason: (error as Error).message,
      });
      sendJson(res, 401, {
        errors: [{ message: "This service only answers requests signed by the Jinjibu Hub gateway.", extensions: { code: "UNAUTHENTICATED" } }],
      });
      return;
    }
    const body = req.method === "POST" ? await readBody(req) : "";
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let parsedBody: unknown = body;
    if (body && (headers.get("content-type") ?? "").includes("application/json")) {
      try {
        parsedBody = JSON.parse(body);
      } catch {
        sendJson(res, 400, { errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
    }
    const scope = new RequestScope(dataSource, module.tenantSettings?.(claims.viewer) ?? {});
    const context = module.createContext({ viewer: claims.viewer, requestId: claims.requestId, db: scope });
    let result;
    try {
      result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? "POST", headers, search: url.search, body: parsedBody },
        context: async () => context,
      });
    } catch (error) {
      await scope.finish(false).catch(() => undefined);
      throw error;
    }
    const outcome = outcomes.get(context);
    const commit = !(outcome?.isMutation && outcome.hadErrors);
    try {
      await scope.finish(commit);
    } catch (error) {
      logger.error("commit failed", { requestId: claims.requestId, error });
      sendJson(res, 500, {
        errors: [{ message: "The change could not be saved; nothing was written. Try again.", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
      });
      return;
    }
    const responseHeaders: Record<string, string> = {};
    for (const [key, value] of result.headers) responseHeaders[key] = value;
    res.writeHead(result.status ?? 200, responseHeaders);
    if (result.body.kind === "complete") {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = async () => {
      if (url.pathname === "/livez") return sendJson(res, 200, { status: "ok", service: module.name });
      if (url.pathname === "/readyz") {
        try {
          await dataSource.query("SELECT 1");
          return sendJson(res, 200, { status: "ready", service: module.name });
        } catch {
          return sendJson(res, 503, { status: "database unreachable", service: module.name });
        }
      }
      if (url.pathname === "/graphql" || url.pathname === "/") return handleGraphQL(req, res, url);
      return sendJson(res, 404, { errors: [{ message: "Not found. GraphQL is served at /graphql." }] });
    };
    route().catch((error: unknown) => {
      const status = (error as { status?: number }).status ?? 500;
      logger.error("request failed", { error });
      if (!res.headersSent) {
        sendJson(res, status, {
          errors: [{ message: status === 413 ? "The request body is too large." : "Internal server error.", extensions: { code: status === 413 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }],
        });
      } else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    url: `http://${host}:${address.port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
