// @deprecated The funding suites' former executor, kept for suites written against it on other branches. New suites:
// `openSubgraph(subgraph, prefix)` from @jinjibu/test-utils and its `run`. Delete this file once nothing imports it.
import type { ExecutionResult, GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { Viewer } from "@jinjibu/auth";
import { executeLocal } from "@jinjibu/federation";
import { subgraph } from "../src";

/** @deprecated `openSubgraph(subgraph, prefix).run(query, variables, viewer)` */
export function execute(options: { schema: GraphQLSchema; dataSource: DataSource; query: string; variables?: Record<string, unknown>; viewer?: Viewer }): Promise<ExecutionResult> {
  return executeLocal({ module: subgraph, ...options });
}
