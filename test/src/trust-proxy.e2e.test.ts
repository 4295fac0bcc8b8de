import { readFileSync } from "node:fs";
import { ApiKeyRegistry, generatePemKeyPair, importPrivateKey, importPublicKey } from "@jinjibu/auth";
import { startGatewayServer, supergraphPath, type RunningGateway, type TrustProxy } from "@jinjibu/gateway";

// TRUST_PROXY: behind an ingress every request comes from the ingress's address, so the limits that count by client
// address (failed sign-ins, anonymous operations) must read the client from X-Forwarded-For — but only as far as the
// trusted hops wrote it. The requests here are refused (bad token) or answered (`__typename`) by the gateway itself, so
// no subgraph is needed.

const FAILED_SIGN_INS = 2;
const ANONYMOUS_OPERATIONS = 3;

describe("the gateway's client address follows TRUST_PROXY", () => {
  const gateways: RunningGateway[] = [];

  async function gateway(trustProxy: TrustProxy): Promise<RunningGateway> {
    const gatewayKeys = generatePemKeyPair();
    const identityKeys = generatePemKeyPair();
    const running = await startGatewayServer(
      {
        supergraphSdl: readFileSync(supergraphPath(), "utf8"),
        // Nothing listens there: no request of this test reaches a subgraph.
        subgraphUrls: Object.fromEntries(["organizations", "talent", "programs", "funding"].map((name) => [name, `http://127.0.0.1:9/${name}/graphql`])),
        gatewayPrivateKey: await importPrivateKey(gatewayKeys.privateKeyPem),
        identityPublicKey: await importPublicKey(identityKeys.publicKeyPem),
        apiKeys: () => new ApiKeyRegistry([]),
        cache: null,
        introspection: false,
        workspace: false,
        trustProxy,
        rateLimits: {
          failedSignInsPer15Minutes: FAILED_SIGN_INS,
          operationsPerMinute: { ANONYMOUS: ANONYMOUS_OPERATIONS, SITE: 1000, COORDINATOR: 1000, NATIONAL_ADMIN: 1000 },
        },
      },
      0,
    );
    gateways.push(running);
    return running;
  }
  afterAll(async () => {
    for (const running of gateways) await running.close();
  });

  /** Status of one failed sign-in (a token that is not a JWT) sent with this X-Forwarded-For. */
  const failedSignIn = async (running: RunningGateway, forwardedFor?: string): Promise<number> =>
    (
      await fetch(running.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer not-a-jwt", ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
        body: JSON.stringify({ query: "{ __typename }" }),
      })
    ).status;
  const anonymous = async (running: RunningGateway, forwardedFor: string): Promise<number> =>
    (
      await fetch(running.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        body: JSON.stringify({ query: "{ __typename }" }),
      })
    ).status;

  it("without TRUST_PROXY, requests with different X-Forwarded-For share the peer's one budget", async () => {
    const running = await gateway(false);
    const statuses = [];
    for (let i = 0; i <= FAILED_SIGN_INS; i++) statuses.push(await failedSignIn(running, `198.51.100.${i + 1}`));
    expect(statuses).toEqual([401, 401, 429]);
    // Anonymous operations: one budget too, whatever the header says.
    const answers = [];
    for (let i = 0; i <= ANONYMOUS_OPERATIONS; i++) answers.push(await anonymous(running, `198.51.100.${50 + i}`));
    expect(answers).toEqual([200, 200, 200, 429]);
  });

  it("with TRUST_PROXY=1, each client named by the ingress has its own budget", async () => {
    const running = await gateway(1);
    expect([await failedSignIn(running, "203.0.113.1"), await failedSignIn(running, "203.0.113.1"), await failedSignIn(running, "203.0.113.1")]).toEqual([401, 401, 429]);
    // Another client behind the same ingress is not locked out by the first one's failures.
    expect([await failedSignIn(running, "203.0.113.2"), await failedSignIn(running, "203.0.113.2")]).toEqual([401, 401]);
    const answers = [];
    for (let i = 0; i < 2 * ANONYMOUS_OPERATIONS; i++) answers.push(await anonymous(running, `203.0.113.${100 + i}`));
    expect(answers).toEqual(Array(2 * ANONYMOUS_OPERATIONS).fill(200));
  });

  it("ignores what a client writes in front of the trusted hop: only the address the ingress appended counts", async () => {
    const running = await gateway(1);
    // The client sends its own X-Forwarded-For; the ingress appends the address it saw (203.0.113.9) to it.
    const statuses = [];
    for (let i = 0; i <= FAILED_SIGN_INS; i++) statuses.push(await failedSignIn(running, `10.${i}.0.1, 203.0.113.9`));
    expect(statuses).toEqual([401, 401, 429]);
  });

  it("ignores X-Forwarded-For from a peer outside the trusted list", async () => {
    // The test's requests come from 127.0.0.1, which is not the trusted ingress range.
    const running = await gateway(["10.0.0.0/8"]);
    const statuses = [];
    for (let i = 0; i <= FAILED_SIGN_INS; i++) statuses.push(await failedSignIn(running, `203.0.113.${20 + i}`));
    expect(statuses).toEqual([401, 401, 429]);
    // The same list with the loopback peer trusted: the header names the clients again.
    const trusted = await gateway(["10.0.0.0/8", "127.0.0.1"]);
    expect([await failedSignIn(trusted, "203.0.113.30"), await failedSignIn(trusted, "203.0.113.31"), await failedSignIn(trusted, "203.0.113.32")]).toEqual([401, 401, 401]);
  });
});
