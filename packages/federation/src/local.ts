import { randomUUID } from "node:crypto";
import { execute, getOperationAST, GraphQLError, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { ANONYMOUS, type Viewer } from "@jinjibu/auth";
import { RequestScope } from "@jinjibu/db";
import type { BaseContext, SubgraphModule } from "./context";
import { shouldCommit } from "./transaction-rule";

/**
 * Executes one operation against a subgraph schema in-process, with the same per-request context and transaction rule
 * as the HTTP server (`shouldCommit`: a mutation with errors is rolled back), the operation's type read from the parsed
 * document it executes. For a subgraph's own integration tests.
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
  operationName?: string;
  /** Epoch ms, as the gateway's `x-hub-deadline`. */
  deadline?: number;
}): Promise<ExecutionResult> {
  let document: DocumentNode;
  try {
    document = parse(options.query);
  } catch (error) {
    return { errors: [error as GraphQLError] };
  }
  const validationErrors = validate(options.schema, document);
  if (validationErrors.length > 0) return { errors: validationErrors };
  const operation = getOperationAST(document, options.operationName)?.operation;

  const viewer = options.viewer ?? ANONYMOUS;
  const scope = new RequestScope(options.dataSource, options.module.tenantSettings?.(viewer) ?? {}, { deadline: options.deadline });
  const contextValue = options.module.createContext({ viewer, requestId: options.requestId ?? randomUUID(), db: scope });
  let result: ExecutionResult | undefined;
  try {
    result = await execute({
      schema: options.schema,
      document,
      variableValues: options.variables,
      operationName: options.operationName,
      contextValue,
    });
    return result;
  } finally {
    const failed = result === undefined || (result.errors?.length ?? 0) > 0;
    await scope.finish(shouldCommit(operation, failed));
  }
}
