import { COST_BUDGETS } from "@jinjibu/gateway";
import { startProcessHub, type ProcessHub } from "./process-hub";

// Issue 10: limits on cost and rate, client errors as client errors, a response cache that cannot be emptied by anyone
// and does not stampede. Every refusal happens before any subgraph is called (counted in subgraph fetches).

type Err = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> };
const total = (fetches: Record<string, number>) => Object.values(fetches).reduce((a, b) => a + b, 0);

/** A query whose graphql-armor cost lies between the anonymous and the signed-in budget. */
const EXPENSIVE = `{ operators(first: 100) { edges { node { nameJa nameVariants orgForm url address representative founded mainBusiness
  prefecture { code nameJa } regionalBlockNameJa municipalitiesServed { nameJa } logoLicense { status }
  corporateCategory prefectureSource regionalBlockSource isAdoptedOperator institutionKind logoLicenseStatus listedInDirectory } } } }`;

describe("limits on cost and shape, before any subgraph is called", () => {
  let hub: ProcessHub;
  beforeAll(async () => {
    hub = await startProcessHub({
      rateLimits: { operationsPerMinute: { ANONYMOUS: 1000, SITE: 1000, COORDINATOR: 1000, NATIONAL_ADMIN: 1000 }, sensitivePerMinute: 3, failedSignInsPer15Minutes: 3 },
      bodyLimitBytes: 10_000,
    });
  });
  afterAll(() => hub?.stop());

  it("gives anonymous viewers a smaller cost budget than signed-in ones", async () => {
    expect(COST_BUDGETS.ANONYMOUS).toBeLessThan(COST_BUDGETS.COORDINATOR);
    const before = total(hub.fetches());
    const anonymous = await hub.query(EXPENSIVE);
    expect(anonymous.status).toBe(400);
    const error = (anonymous.body.errors as Err[])[0]!;
    expect(error.message).toMatch(/costs \d+/);
    expect(error.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", budget: COST_BUDGETS.ANONYMOUS });
    expect(error.message).toMatch(new RegExp(`budget for anonymous viewers is ${COST_BUDGETS.ANONYMOUS}`));
    expect(total(hub.fetches())).toBe(before);
    const signedIn = await hub.query<{ operators: { edges: unknown[] } }>(EXPENSIVE, {}, { as: { coordinator: "op-dotdoto" } });
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data?.operators.edges.length).toBeGreaterThan(50);
  });

  it("refuses too many aliases, directives and tokens", async () => {
    const before = total(hub.fetches());
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: prefectures { code }`).join(" ")} }`;
    const directives = `{ prefectures { code ${Array.from({ length: 21 }, () => "@include(if: true)").join(" ")} } }`;
    const tokens = `{ ${Array.from({ length: 4100 }, () => "a").join(" ")} }`;
    for (const [query, pattern] of [
      [aliases, /Aliases limit of 15/],
      [directives, /Directives limit of 20/],
      [tokens, /more tha[nt] 4000 tokens/],
    ] as const) {
      const res = await hub.query(query);
      expect(res.status).toBe(400);
      expect((res.body.errors as Err[])[0]!.message).toMatch(pattern);
    }
    expect(total(hub.fetches())).toBe(before);
  });

  it("hides field suggestions and introspection outside development", async () => {
    const typo = await hub.query("{ operatorz { totalCount } }");
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/);
    const introspection = await hub.query("{ __schema { types { name } } }");
    expect(introspection.status).toBe(400);
    expect(introspection.body.data).toBeUndefined();
  });

  it("refuses NUL bytes and lone surrogates with BAD_USER_INPUT, calling no subgraph", async () => {
    const before = total(hub.fetches());
    const cases = [
      JSON.stringify({ query: "query ($q: String) { operators(search: $q) { totalCount } }", variables: { q: "ドット\u0000" } }),
      '{"query":"query ($q: String) { operators(search: $q) { totalCount } }","variables":{"q":"\\ud800x"}}',
      JSON.stringify({ query: '{ operators(search: "a\u0000b") { totalCount } }' }),
      '{"query":"{ searchKnowHow(query: \\"\\udc00\\") { totalCount } }"}',
    ];
    for (const body of cases) {
      const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(res.status).toBe(400);
      const json = (await res.json()) as { errors: Err[] };
      expect(json.errors[0]!.extensions?.code).toBe("BAD_USER_INPUT");
      expect(json.errors[0]!.message).toMatch(/NUL character or an unpaired surrogate/);
    }
    expect(total(hub.fetches())).toBe(before);
  });

  it("answers 400 to an unknown operationName and 413 (naming the limit) to a body over the limit", async () => {
    const unknown = await hub.query("query A { prefectures { code } } query B { prefectures { nameJa } }", {}, { operationName: "C" });
    expect(unknown.status).toBe(400);
    expect((unknown.body.errors as Err[])[0]!.message).toMatch(/C/);
    const big = await fetch(hub.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ prefectures { code } }", variables: { pad: "x".repeat(20_000) } }),
    });
    expect(big.status).toBe(413);
    const json = (await big.json()) as { errors: Err[] };
    expect(json.errors[0]!.message).toMatch(/limit of 10000 bytes/);
  });

  it("limits failed sign-ins per client address: 401 until the limit, then 429 with Retry-After", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await hub.query("{ prefectures { code } }", {}, { headers: { authorization: "Bearer not-a-jwt" } });
      statuses.push(res.status);
      if (res.status === 429) {
        expect((res.body.errors as Err[])[0]!.extensions?.code).toBe("RATE_LIMITED");
        expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it("limits accepting introductions (aliases count one each) before talent is called", async () => {
    const before = hub.fetches().talent ?? 0;
    const many = `mutation { ${Array.from({ length: 4 }, (_, i) => `a${i}: acceptIntroduction(id: "intro-${i}") { id }`).join(" ")} }`;
    const res = await hub.query(many, {}, { as: { coordinator: "op-meguru" } });
    expect(res.status).toBe(429);
    expect((res.body.errors as Err[])[0]!.extensions?.code).toBe("RATE_LIMITED");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(hub.fetches().talent ?? 0).toBe(before);
  });

  it("sends security headers and returns a sane client request id", async () => {
    const id = "client-request-0123456789";
    const res = await fetch(`${hub.baseUrl}/`, { headers: { "x-request-id": id } });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBe(id);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const operatorPage = await fetch(`${hub.baseUrl}/operators/op-dotdoto`);
    expect(operatorPage.status).toBe(200);
    expect(operatorPage.headers.get("content-type")).toMatch(/text\/html/);
    const bad = await fetch(`${hub.baseUrl}/livez`, { headers: { "x-request-id": "bad id\twith spaces" } });
    expect(bad.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("rate limits per viewer", () => {
  let hub: ProcessHub;
  beforeAll(async () => {
    hub = await startProcessHub({ rateLimits: { operationsPerMinute: { ANONYMOUS: 3, SITE: 3, COORDINATOR: 3, NATIONAL_ADMIN: 3 } } });
  });
  afterAll(() => hub?.stop());

  it("counts each viewer apart: 429 RATE_LIMITED with Retry-After for one, others unaffected", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await hub.query("{ prefectures { code } }")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await hub.query("{ prefectures { code } }");
    expect((limited.body.errors as Err[])[0]!.extensions?.code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const coordinator = await hub.query("{ prefectures { code } }", {}, { as: { coordinator: "op-dotdoto" } });
    expect(coordinator.status).toBe(200);
  });
});

describe("the response cache: tags, no abuse, single-flight", () => {
  let hub: ProcessHub;
  beforeAll(async () => {
    hub = await startProcessHub({ rateLimits: false });
  });
  afterAll(() => hub?.stop());

  const DIRECTORY = "{ directory { totalOperators } }";
  const ADOPTIONS = `{ operator(id: "op-wiz") { nameJa adoptionCount } }`;

  it("is not emptied by `mutation { __typename }`", async () => {
    await hub.query(DIRECTORY);
    expect((await hub.query(DIRECTORY)).headers.get("x-cache")).toBe("HIT");
    const noop = await hub.query("mutation { __typename }");
    expect(noop.status).toBe(200);
    expect((await hub.query(DIRECTORY)).headers.get("x-cache")).toBe("HIT");
  });

  it("invalidates only the entries built from the subgraph a successful mutation changed", async () => {
    expect((await hub.query(DIRECTORY)).headers.get("x-cache")).toMatch(/HIT|MISS/);
    await hub.query(ADOPTIONS);
    expect((await hub.query(ADOPTIONS)).headers.get("x-cache")).toBe("HIT");
    expect((await hub.query(DIRECTORY)).headers.get("x-cache")).toBe("HIT");
    // A failed mutation invalidates nothing.
    const refused = await hub.query(
      `mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { replayed } }`,
      { input: { fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "A1", memberOperatorIds: ["op-wiz"], idempotencyKey: "cache-tags-0001" } },
      { as: { coordinator: "op-wiz" } },
    );
    expect((refused.body.errors as Err[])[0]!.extensions?.code).toBe("FORBIDDEN");
    expect((await hub.query(ADOPTIONS)).headers.get("x-cache")).toBe("HIT");
    // A funding mutation that succeeded: the answer holding funding's data is recomputed, organizations-only stays.
    const recorded = await hub.query<{ recordAdoption: { replayed: boolean } }>(
      `mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { replayed } }`,
      { input: { fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "A7", memberOperatorIds: ["op-wiz"], idempotencyKey: "cache-tags-0002" } },
      { as: "admin" },
    );
    expect(recorded.body.errors).toBeUndefined();
    expect((await hub.query(ADOPTIONS)).headers.get("x-cache")).toBe("MISS");
    expect((await hub.query(DIRECTORY)).headers.get("x-cache")).toBe("HIT");
  });

  it("merges identical concurrent misses of a public query into one execution", async () => {
    const query = `{ prefectures { code nameJa } }`;
    const before = hub.fetches();
    const answers = await Promise.all(Array.from({ length: 12 }, () => hub.query(query)));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual(answers[0]!.body);
    }
    const after = hub.fetches();
    expect(total(after) - total(before)).toBe(1);
  });

  it("shares one execution among identical queries of the same viewer in flight, never across viewers, byte for byte", async () => {
    const query = `{ myTalentProfiles(first: 50) { totalCount edges { node { id skills } } } operators(first: 30) { edges { node { id nameJa } } } }`;
    const viewers = [{ coordinator: "op-meguru" }, { coordinator: "op-dotdoto" }];
    const alone = await Promise.all(viewers.map((as) => hub.query(query, {}, { as })));
    for (const answer of alone) expect(answer.body.errors).toBeUndefined();
    expect(JSON.stringify(alone[0]!.body)).not.toBe(JSON.stringify(alone[1]!.body));
    // Twelve at once, the two viewers interleaved: each gets exactly its own answer, the same bytes as when asked alone.
    const together = await Promise.all(Array.from({ length: 12 }, (_, i) => hub.query(query, {}, { as: viewers[i % 2]! })));
    together.forEach((answer, i) => {
      expect(answer.status).toBe(200);
      expect(JSON.stringify(answer.body)).toBe(JSON.stringify(alone[i % 2]!.body));
    });
  });
});
