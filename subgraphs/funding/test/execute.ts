import type { ExecutionResult, GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { Viewer } from "@jinjibu/auth";
import { executeLocal } from "@jinjibu/federation";
import { subgraph } from "../src";

/** One operation against the funding schema in-process, with the server's per-request transaction rule. */
export function execute(options: {
  schema: GraphQLSchema;
  dataSource: DataSource;
  query: string;
  variables?: Record<string, unknown>;
  viewer?: Viewer;
}): Promise<ExecutionResult> {
  return executeLocal({ module: subgraph, ...options });
}
