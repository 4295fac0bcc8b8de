import { randomUUID } from "node:crypto";
import { graphql, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { ANONYMOUS, type Viewer } from "@jinjibu/auth";
import { RequestScope } from "@jinjibu/db";
import type { BaseContext, SubgraphModule } from "./context";

/**
 * Executes one operation against a subgraph schema in-process, with the same per-request context and transaction rule
 * as the HTTP server (a mutation with errors is rolled back). For a subgraph's own integration tests.
 */
export async function executeLocal<C extends BaseContext>(options: {
  module: SubgraphModule<C>;
  schema: GraphQLSchema;
  dataSource: DataSource;
  query: string;
  variables?: Record<string, unknown>;
  viewer?: Viewer;
  /** Correlates audit rows in tests; a random id when omitted. */
  requestId?: string;
}): Promise<ExecutionResult> {
  const viewer = options.viewer ?? ANONYMOUS;
  const scope = new RequestScope(options.dataSource, options.module.tenantSettings?.(viewer) ?? {});
  const contextValue = options.module.createContext({ viewer, requestId: options.requestId ?? randomUUID(), db: scope });
  let result: ExecutionResult | undefined;
  try {
    result = await graphql({ schema: options.schema, source: options.query, variableValues: options.variables, contextValue });
    return result;
  } finally {
    const isMutation = /^\s*mutation\b/.test(options.query);
    const failed = result === undefined || (result.errors?.length ?? 0) > 0;
    await scope.finish(!(isMutation && failed));
  }
}
