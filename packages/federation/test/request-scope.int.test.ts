import { cloneTemplateDatabase } from "@jinjibu/test-db";
import { createDataSource, initialize, RequestScope, type CountedDataSource } from "@jinjibu/db";

let db: { url: string; drop(): Promise<void> };
let conn: CountedDataSource;

beforeAll(async () => {
  db = await cloneTemplateDatabase("dbscope");
  conn = createDataSource({ url: db.url, schema: "public", entities: [], poolSize: 1 });
  await initialize(conn.dataSource);
  await conn.dataSource.query("CREATE TABLE item (id serial PRIMARY KEY, name text NOT NULL)");
});

afterAll(async () => {
  await conn?.dataSource.destroy();
  await db?.drop();
});

const names = async () => (await conn.dataSource.query("SELECT name FROM item ORDER BY id")).map((r: { name: string }) => r.name);

describe("RequestScope on PostgreSQL", () => {
  it("is one transaction: committed together or rolled back together", async () => {
    const kept = new RequestScope(conn.dataSource);
    const m = await kept.manager();
    await m.query("INSERT INTO item (name) VALUES ('a')");
    await m.query("INSERT INTO item (name) VALUES ('b')");
    await kept.finish(true);
    const lost = new RequestScope(conn.dataSource);
    await (await lost.manager()).query("INSERT INTO item (name) VALUES ('c')");
    await lost.finish(false);
    expect(await names()).toEqual(["a", "b"]);
  });

  it("keeps tenant settings inside the transaction, so the next borrower of the connection never sees them", async () => {
    const scope = new RequestScope(conn.dataSource, { "hub.operator_id": "op-a" });
    const seen = await (await scope.manager()).query("SELECT current_setting('hub.operator_id', true) AS v");
    await scope.finish(true);
    expect(seen).toEqual([{ v: "op-a" }]);
    // The pool has one connection: this is the same one.
    expect(await conn.dataSource.query("SELECT coalesce(current_setting('hub.operator_id', true), '') AS v")).toEqual([{ v: "" }]);
  });

  it("runs loaders' concurrent queries one after another on its connection", async () => {
    const scope = new RequestScope(conn.dataSource);
    const m = await scope.manager();
    const results = await Promise.all([1, 2, 3, 4].map((n) => m.query("SELECT $1::int AS n, pg_sleep(0.01)", [n])));
    await scope.finish(true);
    expect(results.map((r) => r[0].n)).toEqual([1, 2, 3, 4]);
  });

  it("stops sending statements once the deadline passes, and rolls back what it did", async () => {
    const scope = new RequestScope(conn.dataSource, {}, { deadline: Date.now() + 1_000 });
    const m = await scope.manager();
    await m.query("INSERT INTO item (name) VALUES ('late')");
    await new Promise((r) => setTimeout(r, 1_100));
    await expect(m.query("INSERT INTO item (name) VALUES ('later')")).rejects.toMatchObject({ code: "SUBGRAPH_TIMEOUT" });
    await scope.finish(false);
    expect(await names()).toEqual(["a", "b"]);
  });
});
