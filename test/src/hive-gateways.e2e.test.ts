import { SignJWT } from "jose";
import { mintUserToken } from "@jinjibu/auth";
import { dataOf } from "./harness";
import { ENGINES, startTwoEngineHub, type EngineClient, type TwoEngineHub } from "./hive-hub";

// Issue 12 §1: a representative part of the e2e suite, run against the project's gateway AND Hive Gateway over the same
// subgraphs. Subgraphs are unchanged: Hive reaches them only because the hub plugin signs the per-subgraph token.
const A = "op-dotdoto";
const B = "op-platform-aomori";
/** Licences revoked so far by the administrator test (the engines share one database). */
let revokedSoFar = 0;

let hub: TwoEngineHub;
beforeAll(async () => {
  hub = await startTwoEngineHub();
});
afterAll(() => hub?.stop());

describe.each(ENGINES)("the %s gateway engine", (engine) => {
  let gw: EngineClient;
  beforeAll(() => {
    gw = hub.engines[engine];
  });

  it("serves the public directory with operators and their adoptions from two subgraphs", async () => {
    type Directory = { directory: { totalOperators: number; blocks: { block: string | null; prefectures: { operators: { id: string; adoptions: { id: string }[] }[] }[] }[] } };
    const response = await gw.query<Directory>(`{ directory { totalOperators blocks { block prefectures { operators { id adoptions { id } } } } } }`);
    expect(response.status).toBe(200);
    const { directory } = dataOf(response);
    expect(directory.totalOperators).toBe(89 - revokedSoFar);
    const all = directory.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators));
    expect(all).toHaveLength(89 - revokedSoFar);
    expect(all.reduce((n, o) => n + o.adoptions.length, 0)).toBeGreaterThan(100);
  });

  it("answers bad input with BAD_USER_INPUT naming what is allowed, and an unknown id with null", async () => {
    const tooMany = await gw.query(`query { operators(first: 1000) { totalCount } }`);
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.body.errors?.[0]?.message).toMatch(/100/);
    expect((await gw.query(`{ operator(id: "op-nobody") { nameJa } }`)).body).toEqual({ data: { operator: null } });
  });

  it("lets a coordinator find another region's shared card (owner resolved across subgraphs) and request an introduction", async () => {
    const skill = `${engine}営業`;
    const registered = dataOf(
      await gw.query<{ registerTalentProfiles: { id: string }[] }>(
        `mutation ($s: String!) { registerTalentProfiles(input: [{ displayName: "共有 さくら", kinds: [SIDE_JOB], skills: [$s], availability: SIDE_JOB, email: "sakura@example.jp" }]) { id } }`,
        { s: skill },
        { as: { coordinator: A } },
      ),
    );
    const person = registered.registerTalentProfiles[0]!.id;
    dataOf(
      await gw.query(
        `mutation ($t: ID!) { grantConsent(talentId: $t, input: { scope: NATIONWIDE, purposes: [SIDE_JOB_MATCHING], obtainedAt: "2026-04-01T10:00:00+09:00", method: WEB_FORM }) { id } }`,
        { t: person },
        { as: { coordinator: A } },
      ),
    );
    const SEARCH = `query ($s: String!) { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING, skill: $s }) { totalCount edges { node { cardId skills ownerOperator { id nameJa } } } } }`;
    type Search = { searchSharedTalent: { totalCount: number; edges: { node: { cardId: string; skills: string[]; ownerOperator: { id: string; nameJa: string } } }[] } };
    const found = await gw.query<Search>(SEARCH, { s: skill }, { as: { coordinator: B } });
    expect(found.status).toBe(200);
    expect(found.headers.get("cache-control")).toContain("no-store");
    const page = dataOf(found).searchSharedTalent;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0]!.node).toEqual({ cardId: expect.stringMatching(/^card-/), skills: [skill], ownerOperator: { id: A, nameJa: "一般社団法人ドット道東" } });
    const anonymous = await gw.query(SEARCH, { s: skill });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const requested = dataOf(
      await gw.query<{ requestIntroduction: { id: string } }>(
        `mutation ($c: ID!) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "ご紹介ください") { id } }`,
        { c: page.edges[0]!.node.cardId },
        { as: { coordinator: B } },
      ),
    );
    const CONTACT = `query ($id: ID!) { introduction(id: $id) { status contact { displayName email } } }`;
    const before = await gw.query(CONTACT, { id: requested.requestIntroduction.id }, { as: { coordinator: B } });
    expect(before.body.data).toEqual({ introduction: { status: "OPEN", contact: null } });
    expect(before.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const accepted = await gw.query(`mutation ($id: ID!) { acceptIntroduction(id: $id) { status } }`, { id: requested.requestIntroduction.id }, { as: { coordinator: A } });
    expect(accepted.body).toEqual({ data: { acceptIntroduction: { status: "ACCEPTED" } } });
    const after = await gw.query(CONTACT, { id: requested.requestIntroduction.id }, { as: { coordinator: B } });
    expect(after.body).toEqual({ data: { introduction: { status: "ACCEPTED", contact: { displayName: "共有 さくら", email: "sakura@example.jp" } } } });
    // The subgraph saw the viewer the gateway signed: the audit names B as the actor.
    expect(await hub.sql("talent", `SELECT actor_operator_id FROM access_audit WHERE card_id = $1 AND action = 'CARD_VIEW'`, [page.edges[0]!.node.cardId])).toEqual([
      { actor_operator_id: B },
    ]);
  });

  it("applies an administrator's change (a revoked logo licence) and refuses it to a coordinator", async () => {
    const operatorId = engine === "project" ? "op-clabiz" : "op-wiz";
    const REVOKE = `mutation ($input: RevokeLogoLicenseInput!) { revokeLogoLicense(input: $input) { replayed license { status } } }`;
    const input = { operatorId, revokedOn: "2026-06-01", reason: "ロゴマーク利用規程違反", idempotencyKey: `revoke-${engine}-0001` };
    const denied = await gw.query(REVOKE, { input }, { as: { coordinator: A } });
    expect(denied.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const revoked = dataOf(await gw.query<{ revokeLogoLicense: { replayed: boolean; license: { status: string } } }>(REVOKE, { input }, { as: "admin" }));
    expect(revoked.revokeLogoLicense).toEqual({ replayed: false, license: { status: "REVOKED" } });
    revokedSoFar += 1;
    const directory = dataOf(await gw.query<{ directory: { blocks: { prefectures: { operators: { id: string }[] }[] }[] } }>(`{ directory { blocks { prefectures { operators { id } } } } }`));
    expect(directory.directory.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators.map((o) => o.id)))).not.toContain(operatorId);
  });

  it("rejects invalid client credentials with 401 UNAUTHENTICATED instead of treating them as anonymous", async () => {
    const expired = await new SignJWT({ role: "NATIONAL_ADMIN" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("jinjibu-identity")
      .setAudience("jinjibu-hub")
      .setSubject("admin")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(hub.identityKey);
    const attempts: Record<string, string>[] = [
      { authorization: `Bearer ${expired}` },
      { authorization: "Bearer not-a-jwt" },
      { "x-api-key": "jhk_unknown" },
      { authorization: "Basic Zm9vOmJhcg==" },
    ];
    for (const headers of attempts) {
      const response = await gw.query("{ operators(first: 1) { totalCount } }", {}, { headers });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(response.body.data).toBeUndefined();
    }
    const anonymous = await gw.query("{ operators(first: 1) { totalCount } }");
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data).toEqual({ operators: { totalCount: 94 } });
  });

  it("resolves a site API key to its operator", async () => {
    const own = await gw.query(`{ operator(id: "${A}") { talentPoolSummary { total } } }`, {}, { as: { site: A } });
    expect(own.status).toBe(200);
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data).toEqual({ operator: { talentPoolSummary: { total: expect.any(Number) } } });
  });

  it("ignores identity headers a client makes up and never echoes its request id", async () => {
    const spoof = { "x-user-id": "admin", "x-region-id": A, "x-viewer": JSON.stringify({ role: "NATIONAL_ADMIN" }), "x-request-id": "spoofed" };
    const response = await gw.query(`{ operator(id: "${A}") { talentPoolSummary { total } } }`, {}, { headers: spoof });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ operator: { talentPoolSummary: null } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.headers.get("x-request-id")).not.toBe("spoofed");
  });

  it("limits query depth before calling any subgraph", async () => {
    hub.resetSqlCount();
    const deep = "{ operators { edges { node { adoptions { members { operator { adoptions { members { operator { adoptions { id } } } } } } } } } } }";
    const response = await gw.query(deep);
    // Apollo answers 400; Yoga (Hive) answers 200 to `Accept: application/json` clients, as the GraphQL-over-HTTP spec allows.
    expect(response.status).toBe(engine === "project" ? 400 : 200);
    expect(response.body.data).toBeUndefined();
    // The same graphql-armor rule refuses it in both engines; Yoga reports armor's refusal as BAD_USER_INPUT.
    expect(response.body.errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
    expect(response.body.errors?.[0]?.message).toMatch(/depth limit of 10/);
    expect(hub.sqlCount()).toBe(0);
  });

  it("masks internal errors: no SQL, subgraph URL or stack trace reaches the client", async () => {
    await hub.sql("funding", "ALTER TABLE adoption RENAME TO adoption_gone");
    try {
      const response = await gw.query('{ operator(id: "op-dotdoto") { nameJa adoptionCount } }');
      const text = JSON.stringify(response.body);
      expect(response.status).toBe(200);
      expect(text).not.toMatch(/adoption_gone|relation|SELECT|127\.0\.0\.1|localhost|stack|at \//);
      expect(response.body.errors?.[0]?.extensions?.code).toMatch(/INTERNAL_SERVER_ERROR|SUBGRAPH_UNAVAILABLE/);
    } finally {
      await hub.sql("funding", "ALTER TABLE adoption_gone RENAME TO adoption");
    }
  });

  it("serves the liveness and readiness probes", async () => {
    expect((await fetch(`${gw.baseUrl}/livez`)).status).toBe(200);
    expect((await fetch(`${gw.baseUrl}/readyz`)).status).toBe(200);
  });
});

// Issue 12 §2 on both engines: a query's token is reused per (viewer, subgraph) for most of its minute, subgraphs check
// each distinct token once, and subgraph fetches travel on kept-alive connections.
describe.each(ENGINES)("the %s gateway engine's subgraph fetches", (engine) => {
  const OPERATOR_PAGE = "query OperatorPage($id: ID!) { operator(id: $id) { nameJa adoptionCount } }";
  /** A coordinator no other test uses: its tokens are not cached yet. */
  const freshCoordinator = async (name: string) => ({
    authorization: `Bearer ${await mintUserToken(hub.identityKey, { role: "COORDINATOR", operatorId: A, subject: `${engine}-${name}@${A}` })}`,
  });

  it("sign one token per subgraph for a viewer's queries, and each subgraph verifies it once", async () => {
    const gw = hub.engines[engine];
    const headers = await freshCoordinator("reuse");
    const verifiedBefore = { organizations: hub.subgraphs.organizations!.tokenVerifications(), funding: hub.subgraphs.funding!.tokenVerifications() };
    const signedBefore = engine === "hive" ? hub.gateways.hive.tokens.signed : 0;
    for (let i = 0; i < 5; i += 1) {
      const response = await gw.query<{ operator: { nameJa: string; adoptionCount: number } }>(OPERATOR_PAGE, { id: B }, { headers });
      expect(dataOf(response).operator).toEqual({ nameJa: expect.any(String), adoptionCount: expect.any(Number) });
    }
    // Five requests, two subgraphs each: one token per subgraph, checked once by each subgraph.
    expect(hub.subgraphs.organizations!.tokenVerifications() - verifiedBefore.organizations).toBe(1);
    expect(hub.subgraphs.funding!.tokenVerifications() - verifiedBefore.funding).toBe(1);
    if (engine === "hive") expect(hub.gateways.hive.tokens.signed - signedBefore).toBe(2);
    // Another viewer never gets that token: its own is signed and checked.
    await gw.query(OPERATOR_PAGE, { id: B }, { headers: await freshCoordinator("other") });
    expect(hub.subgraphs.funding!.tokenVerifications() - verifiedBefore.funding).toBe(2);
  });

  it("signs a mutation's token for that request alone", async () => {
    const gw = hub.engines[engine];
    const headers = await freshCoordinator("mutation");
    const before = hub.subgraphs.talent!.tokenVerifications();
    for (let i = 0; i < 2; i += 1) {
      const response = await gw.query(
        `mutation ($c: ID!) { revokeConsent(consentId: $c) { id } }`,
        { c: "00000000-0000-4000-8000-000000000000" },
        { headers },
      );
      expect(response.status).toBe(200);
    }
    expect(hub.subgraphs.talent!.tokenVerifications() - before).toBe(2);
  });

  it("reuses kept-alive connections to the subgraphs instead of opening one per fetch", async () => {
    const gw = hub.engines[engine];
    await gw.query(OPERATOR_PAGE, { id: A }); // warm: the pool holds a connection to each subgraph
    const before = { organizations: hub.subgraphs.organizations!.connectionsAccepted(), funding: hub.subgraphs.funding!.connectionsAccepted() };
    for (let i = 0; i < 20; i += 1) dataOf(await gw.query(OPERATOR_PAGE, { id: i % 2 ? A : B }));
    const opened = {
      organizations: hub.subgraphs.organizations!.connectionsAccepted() - before.organizations,
      funding: hub.subgraphs.funding!.connectionsAccepted() - before.funding,
    };
    process.stdout.write(`${engine}: 20 sequential requests (40 subgraph fetches) opened ${JSON.stringify(opened)} new connections\n`);
    expect(opened.organizations).toBeLessThanOrEqual(1);
    expect(opened.funding).toBeLessThanOrEqual(1);
  });
});
