import type { GraphQLSchema } from "graphql";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";
import { connectAsApp, executeLocal } from "@jinjibu/federation";
import type { CountedDataSource } from "@jinjibu/db";
import { subgraph } from "../src";

describe("operators", () => {
  let db: { url: string; drop(): Promise<void> };
  let conn: CountedDataSource;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await cloneTemplateDatabase("org");
    conn = await connectAsApp(subgraph, db.url, process.env.APP_DATABASE_PASSWORD);
    schema = await subgraph.buildSchema();
  });
  afterAll(async () => {
    await conn.dataSource.destroy();
    await db.drop();
  });

  const run = (query: string, variables?: Record<string, unknown>) =>
    executeLocal({ module: subgraph, schema, dataSource: conn.dataSource, query, variables });

  it("finds an operator by a spelling variant", async () => {
    const result = await run(`query($s: String) { operators(search: $s) { totalCount edges { node { id nameJa nameVariants } } } }`, { s: "クラビズ" });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      operators: {
        totalCount: 1,
        edges: [{ node: { id: "op-clabiz", nameJa: "株式会社クラビズ", nameVariants: ["株式会社クラブズ"] } }],
      },
    });
  });

  it("resolves many references with one SELECT", async () => {
    conn.counter.reset();
    const result = await run(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator { id nameJa } } }`,
      { r: [{ __typename: "Operator", id: "op-dotdoto" }, { __typename: "Operator", id: "nope" }] },
    );
    expect(result.data).toEqual({ _entities: [{ id: "op-dotdoto", nameJa: "一般社団法人ドット道東" }, null] });
    // BEGIN, one SELECT, COMMIT
    expect(conn.counter.count).toBe(3);
  });
});
