import http from "node:http";
import type { AddressInfo } from "node:net";
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
  // A real HTTP server standing in for a subgraph: it records each request and answers once the test opens the gate.
  let server: http.Server;
  let base: string;
  let sent: { url: string; headers: http.IncomingHttpHeaders; body: string }[];
  let release: () => void;
  let gate: Promise<void>;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      req.on("end", () => {
        sent.push({ url: req.url ?? "", headers: req.headers, body });
        const n = sent.length;
        void gate.then(() => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ data: { n } }));
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    sent = [];
    gate = new Promise<void>((resolve) => (release = resolve));
  });
  // Until every call has reached the server (or merged), so the gate opens on all of them at once.
  const arrived = async (n: number) => {
    while (sent.length < n) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  const init = (authorization: string, body: string, marked = true) => ({
    method: "POST",
    body,
    headers: { authorization, "content-type": "application/json", ...(marked ? { "x-hub-internal-dedupe": "1" } : {}) },
  });

  it("sends one fetch for identical marked requests of the same token, and gives each caller its own response", async () => {
    const stats = { merged: 0 };
    const fetcher = dedupingFetcher(5000, stats);
    const calls = [fetcher(`${base}/graphql`, init("Bearer A", "q1")), fetcher(`${base}/graphql`, init("Bearer A", "q1")), fetcher(`${base}/graphql`, init("Bearer A", "q1"))];
    await arrived(1);
    release();
    const bodies = await Promise.all((await Promise.all(calls)).map((r) => r.json()));
    expect(sent).toHaveLength(1);
    expect(stats.merged).toBe(2);
    expect(bodies).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }, { data: { n: 1 } }]);
    // The marker never leaves the gateway.
    expect(sent[0]!.headers["x-hub-internal-dedupe"]).toBeUndefined();
    // Once it completed nothing is kept: the next identical request is sent again.
    await fetcher(`${base}/graphql`, init("Bearer A", "q1"));
    expect(sent).toHaveLength(2);
  });

  it("never merges across tokens (viewers), bodies, or unmarked requests (mutations)", async () => {
    const fetcher = dedupingFetcher(5000);
    const calls = [
      fetcher(`${base}/graphql`, init("Bearer A", "q1")),
      fetcher(`${base}/graphql`, init("Bearer B", "q1")),
      fetcher(`${base}/graphql`, init("Bearer A", "q2")),
      fetcher(`${base}/graphql`, init("Bearer A", "q1", false)),
      fetcher(`${base}/graphql`, init("Bearer A", "q1", false)),
    ];
    await arrived(5);
    release();
    await Promise.all(calls);
    expect(sent).toHaveLength(5);
  });

  it("fails a fetch as the breaker counts it: an unreachable subgraph as FetchError, one past its deadline as AbortError", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(dedupingFetcher(5000)(`http://127.0.0.1:${port}/graphql`, init("Bearer A", "q1", false))).rejects.toMatchObject({ name: "FetchError" });
    // The server never answers (the gate stays shut): the fetch is aborted at its timeout.
    await expect(dedupingFetcher(50)(`${base}/graphql`, init("Bearer A", "q1", false))).rejects.toMatchObject({ name: "AbortError" });
  });
});
