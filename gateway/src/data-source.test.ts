import { generatePemKeyPair, importPrivateKey, importPublicKey, verifyGatewayToken, ANONYMOUS, type Viewer } from "@jinjibu/auth";
import { dedupingFetcher, GatewayTokenCache } from "./data-source";

const coordinator: Viewer = { role: "COORDINATOR", operatorId: "op-meguru", subject: "c@meguru" };

describe("per-(subgraph, viewer) gateway tokens", () => {
  it("reuses one token per subgraph and viewer for most of its lifetime, and never across viewers or subgraphs", async () => {
    const pair = generatePemKeyPair();
    const tokens = new GatewayTokenCache(await importPrivateKey(pair.privateKeyPem));
    const publicKey = await importPublicKey(pair.publicKeyPem);
    const a = await tokens.token("talent", coordinator);
    expect(await tokens.token("talent", { ...coordinator })).toBe(a);
    expect(tokens.signed).toBe(1);
    const other = await tokens.token("talent", { ...coordinator, operatorId: "op-dotdoto" });
    const anonymous = await tokens.token("talent", ANONYMOUS);
    const funding = await tokens.token("funding", coordinator);
    expect(new Set([a, other, anonymous, funding]).size).toBe(4);
    // The token names the viewer and its subgraph exactly, and no request (the request id travels in x-request-id).
    expect(await verifyGatewayToken(publicKey, "talent", a)).toEqual({ viewer: coordinator, requestId: "" });
    await expect(verifyGatewayToken(publicKey, "funding", a)).rejects.toThrow();
    // Past the reuse window (60 s lifetime − 20 s) a new one is signed.
    const now = Date.now();
    const clock = jest.spyOn(Date, "now").mockReturnValue(now + 41_000);
    try {
      await tokens.token("talent", coordinator);
      expect(tokens.signed).toBe(5);
    } finally {
      clock.mockRestore();
    }
  });
});

describe("merging identical in-flight subgraph fetches", () => {
  const realFetch = globalThis.fetch;
  let sent: { url: string; headers: Record<string, string>; body: string }[];
  let release: () => void;
  beforeEach(() => {
    sent = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    release = open;
    globalThis.fetch = (async (url: string, init: RequestInit) => {
      sent.push({ url, headers: init.headers as Record<string, string>, body: String(init.body) });
      await gate;
      return new Response(JSON.stringify({ data: { n: sent.length } }), { status: 200, headers: { "content-type": "application/json" } });
    }) as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  const init = (authorization: string, body: string, marked = true) => ({
    method: "POST",
    body,
    headers: { authorization, "content-type": "application/json", ...(marked ? { "x-hub-internal-dedupe": "1" } : {}) },
  });

  it("sends one fetch for identical marked requests of the same token, and gives each caller its own response", async () => {
    const stats = { merged: 0 };
    const fetcher = dedupingFetcher(5000, stats);
    const calls = [fetcher("http://s/graphql", init("Bearer A", "q1")), fetcher("http://s/graphql", init("Bearer A", "q1")), fetcher("http://s/graphql", init("Bearer A", "q1"))];
    release();
    const bodies = await Promise.all((await Promise.all(calls)).map((r) => r.json()));
    expect(sent).toHaveLength(1);
    expect(stats.merged).toBe(2);
    expect(bodies).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }, { data: { n: 1 } }]);
    // The marker never leaves the gateway.
    expect(sent[0]!.headers["x-hub-internal-dedupe"]).toBeUndefined();
    // Once it completed nothing is kept: the next identical request is sent again.
    await fetcher("http://s/graphql", init("Bearer A", "q1"));
    expect(sent).toHaveLength(2);
  });

  it("never merges across tokens (viewers), bodies, or unmarked requests (mutations)", async () => {
    const fetcher = dedupingFetcher(5000);
    const calls = [
      fetcher("http://s/graphql", init("Bearer A", "q1")),
      fetcher("http://s/graphql", init("Bearer B", "q1")),
      fetcher("http://s/graphql", init("Bearer A", "q2")),
      fetcher("http://s/graphql", init("Bearer A", "q1", false)),
      fetcher("http://s/graphql", init("Bearer A", "q1", false)),
    ];
    release();
    await Promise.all(calls);
    expect(sent).toHaveLength(5);
  });
});
