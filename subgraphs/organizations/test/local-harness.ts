import type { ExecutionResult, GraphQLSchema } from "graphql";
import type { Viewer } from "@jinjibu/auth";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";
import { connectAsApp, executeLocal } from "@jinjibu/federation";
import type { CountedDataSource } from "@jinjibu/db";
import { subgraph } from "../src";

export const ADMIN: Viewer = { role: "NATIONAL_ADMIN", operatorId: null, subject: "admin-tanaka" };
export const coordinatorOf = (operatorId: string): Viewer => ({ role: "COORDINATOR", operatorId, subject: `coord-${operatorId}` });

export interface LocalSubgraph {
  conn: CountedDataSource;
  /** The clone's owner URL (migrations and seeds run as the owner). */
  ownerUrl: string;
  run(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<ExecutionResult>;
  /** SQL as the application role, outside any GraphQL request (for setup and assertions). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** A fresh clone of the seeded template, connected as the subgraph's app role, with an in-process executor. */
export async function openLocal(prefix: string): Promise<LocalSubgraph> {
  const db = await cloneTemplateDatabase(prefix);
  const conn = await connectAsApp(subgraph, db.url, process.env.APP_DATABASE_PASSWORD);
  const schema: GraphQLSchema = await subgraph.buildSchema();
  return {
    conn,
    ownerUrl: db.url,
    run: (query, variables, viewer) => executeLocal({ module: subgraph, schema, dataSource: conn.dataSource, query, variables, viewer }),
    sql: (text, params) => conn.dataSource.query(text, params),
    close: async () => {
      await conn.dataSource.destroy();
      await db.drop();
    },
  };
}
