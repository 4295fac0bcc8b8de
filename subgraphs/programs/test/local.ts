import type { ExecutionResult } from "graphql";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";
import { connectAsApp, executeLocal } from "@jinjibu/federation";
import type { Viewer } from "@jinjibu/auth";
import { subgraph } from "../src";

/** A fresh clone of the seeded template, connected as programs' app role, with an in-process executor and raw SQL. */
export async function openPrograms(prefix: string): Promise<{
  run(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<ExecutionResult>;
  sql<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}> {
  const db = await cloneTemplateDatabase(prefix);
  const conn = await connectAsApp(subgraph, db.url, process.env.APP_DATABASE_PASSWORD);
  const schema = await subgraph.buildSchema();
  return {
    run: (query, variables, viewer) => executeLocal({ module: subgraph, schema, dataSource: conn.dataSource, query, variables, viewer }),
    sql: (text, params) => conn.dataSource.query(text, params),
    close: async () => {
      await conn.dataSource.destroy();
      await db.drop();
    },
  };
}
