import type { Viewer } from "@jinjibu/auth";
import { openSubgraph, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

const meguru: Viewer = { role: "COORDINATOR", operatorId: "op-meguru", subject: "u-meguru" };
const meguruSite: Viewer = { role: "SITE", operatorId: "op-meguru", subject: "site_meguru" };

// A client that timed out may retry a creating mutation with the same idempotencyKey: it gets the first result, never a copy.
describe("retry-safe creating mutations in programs", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "pgidem");
  });
  afterAll(() => hub.close());

  const run = (query: string, variables?: Record<string, unknown>, viewer?: Viewer) => hub.run(query, variables, viewer);
  const sql = <T>(text: string, params?: unknown[]): Promise<T[]> => hub.sql<T>(text, params);
  const CREATE = `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id titleJa status operator { id } } }`;
  const casesTitled = async (title: string) => (await sql<{ id: string }>(`SELECT id FROM case_study WHERE title_ja = $1`, [title])).map((r) => r.id);

  it("creates a case study once per key: a retry returns the same case study", async () => {
    const input = { operatorId: "op-meguru", titleJa: "再送テストの事例", summaryJa: "一度だけ作られる", idempotencyKey: "case-retry-0001" };
    const first = await run(CREATE, { i: input }, meguru);
    expect(first.errors).toBeUndefined();
    const created = (first.data as { createCaseStudy: { id: string } }).createCaseStudy;
    expect(created).toMatchObject({ titleJa: "再送テストの事例", status: "DRAFT", operator: { id: "op-meguru" } });
    const retry = await run(CREATE, { i: input }, meguru);
    expect(retry.errors).toBeUndefined();
    expect((retry.data as { createCaseStudy: { id: string } }).createCaseStudy).toEqual(created);
    expect(await casesTitled("再送テストの事例")).toEqual([created.id]);
  });

  it("refuses the same key with another input (CONFLICT) and writes nothing", async () => {
    const result = await run(CREATE, { i: { operatorId: "op-meguru", titleJa: "別の事例", idempotencyKey: "case-retry-0001" } }, meguru);
    expect(result.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(result.errors?.[0]?.message).toContain('idempotencyKey "case-retry-0001" was already used for a different request');
    expect(await casesTitled("別の事例")).toEqual([]);
  });

  it("scopes keys to the caller: the operator's site key with the same key creates its own case study", async () => {
    const input = { operatorId: "op-meguru", titleJa: "再送テストの事例", summaryJa: "一度だけ作られる", idempotencyKey: "case-retry-0001" };
    const result = await run(CREATE, { i: input }, meguruSite);
    expect(result.errors).toBeUndefined();
    expect(await casesTitled("再送テストの事例")).toHaveLength(2);
  });

  it("holds keys to the hub's rule (8 to 200 characters) and still creates without one", async () => {
    const short = await run(CREATE, { i: { operatorId: "op-meguru", titleJa: "短い鍵", idempotencyKey: "short" } }, meguru);
    expect(short.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(short.errors?.[0]?.message).toBe("idempotencyKey must be 8 to 200 characters (a UUID is a good choice).");
    expect(await casesTitled("短い鍵")).toEqual([]);
    for (let i = 0; i < 2; i += 1) expect((await run(CREATE, { i: { operatorId: "op-meguru", titleJa: "鍵なしの事例" } }, meguru)).errors).toBeUndefined();
    expect(await casesTitled("鍵なしの事例")).toHaveLength(2);
  });

  it("records a self-assessment once per key: a retry returns the first result, other answers are a CONFLICT", async () => {
    const answers = ["STRATEGY", "MARKETING", "KNOWLEDGE", "FUNDING", "CO_CREATION"].flatMap((element) => [1, 2, 3].map((level) => ({ element, level, answer: 2 })));
    const REC = `mutation($i: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $i) { fiscalYear recordedAt elements { element level } } }`;
    const input = { operatorId: "op-meguru", fiscalYear: 2025, answers, idempotencyKey: "assess-2025-0001" };
    const first = await run(REC, { i: input }, meguru);
    expect(first.errors).toBeUndefined();
    const rows = async () => sql<{ recorded_at: string }>(`SELECT recorded_at FROM self_assessment_answer WHERE operator_id = 'op-meguru' AND fiscal_year = 2025`);
    const before = await rows();
    expect(before).toHaveLength(15);
    const retry = await run(REC, { i: input }, meguru);
    expect(retry.data).toEqual(first.data);
    expect(await rows()).toEqual(before);
    const other = await run(REC, { i: { ...input, answers: answers.map((a) => ({ ...a, answer: 4 })) } }, meguru);
    expect(other.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const levels = await run(`{ _entities(representations: [{ __typename: "Operator", id: "op-meguru" }]) { ... on Operator { selfAssessment(fiscalYear: 2025) { elements { level } } } } }`, {}, meguru);
    expect(levels.data).toEqual({ _entities: [{ selfAssessment: { elements: [{ level: 3 }, { level: 3 }, { level: 3 }, { level: 3 }, { level: 3 }] } }] });
  });

  it("counts the hits of a search page past the end", async () => {
    const after = Buffer.from("o:499", "utf8").toString("base64url");
    const r = await run(`query($a: String) { searchKnowHow(query: "人材", first: 5, after: $a) { totalCount edges { cursor } } }`, { a: after });
    expect(r.errors).toBeUndefined();
    const all = await run(`{ searchKnowHow(query: "人材", first: 1) { totalCount } }`);
    const total = (all.data as { searchKnowHow: { totalCount: number } }).searchKnowHow.totalCount;
    expect(total).toBeGreaterThan(5);
    expect(r.data).toEqual({ searchKnowHow: { totalCount: total, edges: [] } });
  });
});
