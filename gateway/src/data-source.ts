import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { signGatewayToken, ANONYMOUS, type KeyLike, type Viewer } from "@jinjibu/auth";

export interface GatewayContext {
  viewer: Viewer;
  requestId: string;
}

/** Per-subgraph request timeout: a hung subgraph costs at most this long, then its fields are null. */
export const SUBGRAPH_TIMEOUT_MS = 10_000;

/**
 * Sends each subgraph fetch with a short-lived token the gateway signs for that subgraph alone. Nothing the client sent
 * is forwarded: the token is built from the verified viewer only, with `set`, never `append`.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly privateKey: KeyLike,
  ) {
    super({
      url,
      fetcher: (input, init) => fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS) }) as never,
    });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const viewer = "viewer" in context && context.viewer ? context.viewer : ANONYMOUS;
    const requestId = "requestId" in context && context.requestId ? context.requestId : "internal";
    const token = await signGatewayToken(this.privateKey, this.subgraph, { viewer, requestId });
    request.http?.headers.set("authorization", `Bearer ${token}`);
    request.http?.headers.set("x-request-id", requestId);
  }
}
