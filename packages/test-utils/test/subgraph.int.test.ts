import type { SubgraphModule } from "@jinjibu/federation";
import { openSubgraph, viewers, type SubgraphHarness } from "../src";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { noteModule } = require("./note-module") as { noteModule: SubgraphModule };

describe("openSubgraph: the subgraphs' one test harness", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(noteModule, "harness", { poolSize: 2 });
  });
  afterAll(() => hub.close());

  it("runs on a clone of the seeded template, connected as the subgraph's application role", async () => {
    expect(await hub.run("{ notes }")).toEqual({ data: { notes: 1 } });
    expect(await hub.sql("SELECT current_user AS who, text FROM note")).toEqual([{ who: "hub_organizations_app", text: "seeded" }]);
    expect((await hub.ownerSql<{ super: boolean }>("SELECT usesuper AS super FROM pg_user WHERE usename = current_user"))[0]!.super).toBe(true);
    expect(new URL(hub.url).pathname).toMatch(/^\/harness_[0-9a-f]{10}$/);
  });

  it("executes as the viewer given (anonymous when none), viewer last or first, with the request id given", async () => {
    expect(await hub.run("{ me }")).toEqual({ data: { me: null } });
    expect(await hub.run("{ me }", {}, viewers.coordinator("op-a"))).toEqual({ data: { me: "coord@op-a" } });
    expect(await hub.runAs(viewers.nationalAdmin(), "{ me requestId }", {}, "req-7")).toEqual({ data: { me: "admin@meti", requestId: "req-7" } });
  });

  it("keeps the server's transaction rule: a mutation with an error writes nothing", async () => {
    const failed = await hub.run(`mutation { a: addNote(text: "kept?") b: addNote(text: "x", fail: 1) }`, {}, viewers.site("op-a"));
    expect(failed.errors?.[0]?.message).toBe("the second step failed");
    expect(await hub.run(`mutation { addNote(text: "kept") }`, {}, viewers.site("op-a"))).toEqual({ data: { addNote: 1 } });
    expect(await hub.sql("SELECT text, written_by FROM note ORDER BY id")).toEqual([
      { text: "seeded", written_by: "seed" },
      { text: "kept", written_by: "site-key@op-a" },
    ]);
  });

  it("counts the SQL statements an operation sends (BEGIN, the query, COMMIT)", async () => {
    const counted = await hub.countStatements(() => hub.run("{ notes }"));
    expect(counted.result.data).toEqual({ notes: 2 });
    expect(counted.statements).toBe(3);
  });

  it("serves the subgraph over HTTP, accepting only tokens signed by its own gateway key for this subgraph", async () => {
    const served = await hub.serve();
    expect(await hub.serve()).toBe(served);
    expect(await served.post("{ me }", {}, viewers.coordinator("op-b"))).toEqual({ status: 200, body: { data: { me: "coord@op-b" } } });
    const unsigned = await fetch(served.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ me }" }) });
    expect(unsigned.status).toBe(401);
    const token = await served.token(viewers.anonymous, "req-http");
    const signed = await fetch(served.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me requestId }" }),
    });
    expect(await signed.json()).toEqual({ data: { me: null, requestId: "req-http" } });
  });
});
