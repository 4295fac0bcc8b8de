import { randomUUID } from "node:crypto";
import { graphql, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { ANONYMOUS, type Viewer } from "@jinjibu/auth";
import { RequestScope } from "@jinjibu/db";
import { subgraph } from "../src";

/**
 * Like @jinjibu/federation's executeLocal, which rolls back every mutation (its `errors?.length ?? 1` treats "no
 * errors" as an error). Same rule as the HTTP server: commit unless a mutation returned errors.
 */
export async function execute(options: {
  schema: GraphQLSchema;
  dataSource: DataSource;
  query: string;
  variables?: Record<string, unknown>;
  viewer?: Viewer;
}): Promise<ExecutionResult> {
  const viewer = options.viewer ?? ANONYMOUS;
  const scope = new RequestScope(options.dataSource);
  const contextValue = subgraph.createContext({ viewer, requestId: randomUUID(), db: scope });
  let result: ExecutionResult | undefined;
  try {
    result = await graphql({ schema: options.schema, source: options.query, variableValues: options.variables, contextValue });
    return result;
  } finally {
    const isMutation = /^\s*mutation\b/.test(options.query);
    await scope.finish(result !== undefined && !(isMutation && (result.errors?.length ?? 0) > 0));
  }
}
