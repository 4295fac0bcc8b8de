import { startProcessHub, type ProcessHub } from "./process-hub";

// Issue 10: one failing part never takes down the rest. The subgraphs run as child processes so that one can be
// killed (connections refused) or paused with SIGSTOP (connections accepted, nothing answered).

type Err = { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> };
const OPERATOR = `query Op { operator(id: "op-dotdoto") { nameJa adoptionCount caseStudies { id } } }`;
const TIMEOUT_MS = 1500;
const FAILURES = 3;

async function until<T>(what: string, attempt: () => Promise<T | null>, tries = 60): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await attempt();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe("a subgraph that is down or hung (partial answers, breakers)", () => {
  let hub: ProcessHub;
  beforeAll(async () => {
    hub = await startProcessHub({
      resilience: { timeoutMs: TIMEOUT_MS, breakerFailures: FAILURES, halfOpenAfterMs: 1000 },
      rateLimits: false,
      // Without the response cache, so that every request reaches the subgraphs.
      cache: null,
    });
  });
  afterAll(() => hub?.stop());

  it("answers everything when all subgraphs are up", async () => {
    const res = await hub.query<{ operator: { nameJa: string; adoptionCount: number; caseStudies: unknown[] } }>(OPERATOR);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.operator.nameJa).toBe("一般社団法人ドット道東");
    expect(typeof res.body.data?.operator.adoptionCount).toBe("number");
  });

  it("killed funding: organizations' and programs' data still arrives, one error with path, code and public name", async () => {
    await hub.kill("funding");
    try {
      const res = await hub.query<{ operator: { nameJa: string; adoptionCount: number | null; caseStudies: unknown[] } }>(OPERATOR);
      expect(res.status).toBe(200);
      expect(res.body.data?.operator.nameJa).toBe("一般社団法人ドット道東");
      expect(res.body.data?.operator.adoptionCount).toBeNull();
      expect(Array.isArray(res.body.data?.operator.caseStudies)).toBe(true);
      const errors = res.body.errors as Err[];
      expect(errors).toHaveLength(1);
      expect(errors[0]!.path).toEqual(["operator", "adoptionCount"]);
      expect(errors[0]!.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "funding" });
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|localhost|https?:|ECONNREFUSED|serviceName/);

      // The public directory keeps working without funding.
      const directory = await hub.query<{ directory: { totalOperators: number } }>("{ directory { totalOperators } }");
      expect(directory.body.data?.directory.totalOperators).toBeGreaterThan(0);

      // The gateway stays ready (it can serve), and says which part is down.
      const ready = await fetch(`${hub.baseUrl}/readyz`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs).toMatchObject({
        organizations: "up",
        funding: expect.stringMatching(/^(down|breaker_open)$/),
      });
      expect((await fetch(`${hub.baseUrl}/livez`)).status).toBe(200);
    } finally {
      await hub.restart("funding");
    }
    const back = await until("funding to answer again", async () => {
      const res = await hub.query<{ operator: { adoptionCount: number | null } }>(OPERATOR);
      return res.body.errors ? null : res;
    });
    expect(typeof back.body.data?.operator.adoptionCount).toBe("number");
  });

  it("paused programs: each answer comes back at the timeout, the breaker opens after N, fails fast, and closes after SIGCONT", async () => {
    hub.pause("programs");
    const reasons: unknown[] = [];
    try {
      for (let i = 0; i < FAILURES; i++) {
        const res = await hub.query<{ operator: { nameJa: string; caseStudies: unknown[] | null } }>(OPERATOR);
        expect(res.body.data?.operator.nameJa).toBe("一般社団法人ドット道東");
        expect(res.body.data?.operator.caseStudies).toBeNull();
        const error = (res.body.errors as Err[]).find((e) => e.extensions?.subgraph === "programs")!;
        expect(error.path).toEqual(["operator", "caseStudies"]);
        reasons.push(error.extensions?.reason);
      }
      // The first N fetches waited for the timeout; after them the breaker is open.
      expect(reasons).toEqual(Array(FAILURES).fill("unreachable"));
      const started = Date.now();
      const fast = await hub.query<{ operator: { nameJa: string; caseStudies: unknown[] | null } }>(OPERATOR);
      const elapsed = Date.now() - started;
      expect((fast.body.errors as Err[]).find((e) => e.extensions?.subgraph === "programs")?.extensions?.reason).toBe("breaker_open");
      // Failing fast means not waiting for the subgraph at all: well under the fetch timeout.
      expect(elapsed).toBeLessThan(TIMEOUT_MS);
      // Other subgraphs are unaffected.
      expect(fast.body.data?.operator.nameJa).toBe("一般社団法人ドット道東");
      expect(typeof (fast.body.data?.operator as { adoptionCount?: unknown }).adoptionCount).toBe("number");
      const ready = (await (await fetch(`${hub.baseUrl}/readyz`)).json()) as { subgraphs: Record<string, string> };
      expect(ready.subgraphs.programs).toBe("breaker_open");
      expect(ready.subgraphs.funding).toBe("up");
    } finally {
      hub.resume("programs");
    }
    // Half-open: a probe goes through once the pause is over, and the breaker closes.
    const recovered = await until("the programs breaker to close", async () => {
      const res = await hub.query<{ operator: { caseStudies: unknown[] | null } }>(OPERATOR);
      return res.body.errors ? null : res;
    });
    expect(Array.isArray(recovered.body.data?.operator.caseStudies)).toBe(true);
    expect(hub.gateway.subgraphs.programs!.breakerOpen).toBe(false);
  });

  it("never retries a mutation: one client request is one subgraph fetch, even when it fails", async () => {
    await hub.kill("funding");
    try {
      const before = hub.fetches().funding ?? 0;
      const res = await hub.query(
        `mutation ($input: RecordAdoptionInput!) { recordAdoption(input: $input) { replayed } }`,
        { input: { fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "A9", memberOperatorIds: ["op-wiz"], idempotencyKey: "resilience-0001" } },
        { as: "admin" },
      );
      expect((res.body.errors as Err[])[0]!.extensions).toMatchObject({ code: "SUBGRAPH_UNAVAILABLE", subgraph: "funding" });
      expect((hub.fetches().funding ?? 0) - before).toBe(1);
    } finally {
      await hub.restart("funding");
    }
  });
});

describe("a subgraph whose queue is full (bulkhead)", () => {
  let hub: ProcessHub;
  beforeAll(async () => {
    hub = await startProcessHub({
      resilience: { timeoutMs: 1500, breakerFailures: 1000, maxConcurrency: 1, maxQueue: 0 },
      rateLimits: false,
      cache: null,
    });
  });
  afterAll(() => hub?.stop());

  it("answers 503 with Retry-After for the request that found no room, and serves again afterwards", async () => {
    hub.pause("programs");
    let results;
    try {
      // Three different operators: identical queries in flight would share one execution (and one fetch) by design.
      const programsOf = (id: string) => `query Op { operator(id: "${id}") { nameJa caseStudies { id } } }`;
      results = await Promise.all(["op-dotdoto", "op-meguru", "op-platform-aomori"].map((id) => hub.query(programsOf(id))));
    } finally {
      hub.resume("programs");
    }
    const overloaded = results.filter((r) => r.status === 503);
    expect(overloaded.length).toBeGreaterThanOrEqual(1);
    for (const res of overloaded) {
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((res.body.errors as Err[]).some((e) => e.extensions?.code === "SUBGRAPH_UNAVAILABLE" && e.extensions?.reason === "overloaded")).toBe(true);
    }
    const after = await until("programs to answer", async () => {
      const res = await hub.query(OPERATOR);
      return res.status === 200 && !res.body.errors ? res : null;
    });
    expect(after.status).toBe(200);
  });
});
