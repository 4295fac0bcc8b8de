import { SignJWT } from "jose";
import { startHub, type Hub } from "./harness";

const SUBGRAPHS = ["organizations", "talent", "programs", "funding"];

describe("the gateway is the only way in (security.md rows 11, 12, 14, 19)", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  it.each(SUBGRAPHS)("%s refuses requests without a gateway token, _service and _entities included", async (name) => {
    for (const query of ["{ _service { sdl } }", '{ _entities(representations: [{__typename: "Operator", id: "op-dotdoto"}]) { __typename } }']) {
      const response = await post(hub.subgraphUrl(name), { query });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it.each(SUBGRAPHS)("%s refuses a forged token, another subgraph's token and an expired token", async (name) => {
    const viewer = { role: "NATIONAL_ADMIN" as const, operatorId: null, subject: "mallory" };
    const other = SUBGRAPHS.find((n) => n !== name)!;
    const tokens = [
      await hub.forgedGatewayToken(name, viewer),
      await hub.gatewayToken(other, viewer),
      // alg "none" is never accepted
      `${Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url")}.${Buffer.from(JSON.stringify({ viewer, aud: `jinjibu-subgraph:${name}` })).toString("base64url")}.`,
    ];
    for (const token of tokens) {
      const response = await post(hub.subgraphUrl(name), { query: "{ _service { sdl } }" }, { authorization: `Bearer ${token}` });
      expect(response.status).toBe(401);
    }
    const valid = await post(hub.subgraphUrl(name), { query: "{ _service { sdl } }" }, { authorization: `Bearer ${await hub.gatewayToken(name, viewer)}` });
    expect(valid.status).toBe(200);
  });

  it("rejects invalid client credentials instead of treating them as anonymous", async () => {
    const expired = await new SignJWT({ role: "NATIONAL_ADMIN" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setIssuer("jinjibu-identity")
      .setAudience("jinjibu-hub")
      .setSubject("admin")
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(hub.identityKey);
    const attempts: Record<string, string>[] = [{ authorization: `Bearer ${expired}` }, { authorization: "Bearer not-a-jwt" }, { "x-api-key": "jhk_unknown" }];
    for (const headers of attempts) {
      const response = await hub.query("{ operators(first: 1) { totalCount } }", {}, { headers });
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const anonymous = await hub.query("{ operators(first: 1) { totalCount } }");
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.data).toEqual({ operators: { totalCount: 94 } });
  });

  it("ignores identity headers a client makes up", async () => {
    const spoof = {
      "x-user-id": "admin",
      "x-region-id": "op-dotdoto",
      "x-viewer": JSON.stringify({ role: "NATIONAL_ADMIN" }),
      "x-request-id": "spoofed",
    };
    const response = await hub.query("{ operator(id: \"op-dotdoto\") { talentPoolSummary { total } } }", {}, { headers: spoof });
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ operator: { talentPoolSummary: null } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(response.headers.get("x-request-id")).not.toBe("spoofed");
  });

  it("masks internal errors: no SQL, subgraph URL or stack trace reaches the client", async () => {
    await hub.sql("funding", "ALTER TABLE adoption RENAME TO adoption_gone");
    try {
      const response = await hub.query('{ operator(id: "op-dotdoto") { nameJa adoptionCount } }');
      const text = JSON.stringify(response.body);
      expect(response.status).toBe(200);
      // Partial answer (issue 10): organizations' data arrives; only funding's field is null, with its path.
      expect(response.body.data).toEqual({ operator: { nameJa: "一般社団法人ドット道東", adoptionCount: null } });
      expect(text).not.toMatch(/adoption_gone|relation|SELECT|127\.0\.0\.1|localhost|stack|at \//);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(response.body.errors?.[0]?.path).toEqual(["operator", "adoptionCount"]);
    } finally {
      await hub.sql("funding", "ALTER TABLE adoption_gone RENAME TO adoption");
    }
  });

  it("limits query depth before calling any subgraph", async () => {
    hub.resetSqlCount();
    const deep = "{ operators { edges { node { adoptions { members { operator { adoptions { members { operator { adoptions { id } } } } } } } } } } }";
    const response = await hub.query(deep);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.body.errors?.[0]?.message).toMatch(/depth limit of 10/);
    expect(hub.sqlCount()).toBe(0);
  });

  it("refuses batched HTTP requests and text/plain CSRF requests", async () => {
    const batched = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]),
    });
    expect(batched.status).toBe(400);
    const csrf = await fetch(hub.url, { method: "POST", headers: { "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' });
    expect(csrf.status).toBe(400);
  });

  it("serves health probes", async () => {
    expect((await fetch(`${hub.baseUrl}/livez`)).status).toBe(200);
    const ready = await fetch(`${hub.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      subgraphs: { organizations: "up", talent: "up", programs: "up", funding: "up" },
    });
  });
});
