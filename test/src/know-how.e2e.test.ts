import { startHub, dataOf, type Hub } from "./harness";

// Issue 4 through the gateway: know-how search, visibility, regions like mine, self-assessment, honest totals.
describe("know-how travels between regions", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  type Hit = { kind: string; matchedIn: string; snippet: string; node: { id: string } };
  const SEARCH = `query ($q: String!, $k: KnowHowKind) { searchKnowHow(query: $q, kind: $k, first: 100) {
    totalCount edges { node { kind matchedIn snippet node { ... on CaseStudy { id } ... on Program { id } } } } } }`;
  const search = async (q: string, as: Parameters<Hub["query"]>[2] = {}, k?: string) =>
    dataOf(await hub.query<{ searchKnowHow: { totalCount: number; edges: { node: Hit }[] } }>(SEARCH, { q, k }, as)).searchKnowHow;

  it("finds a known case by a two-character word and ranks title hits first", async () => {
    const result = await search("副業");
    expect(result.totalCount).toBeGreaterThan(10);
    expect(result.edges[0]!.node.matchedIn).toBe("TITLE");
    const ranks = result.edges.map((e) => ["TITLE", "SUMMARY", "BODY"].indexOf(e.node.matchedIn));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(result.edges[0]!.node.snippet).toContain("副業");
    const training = await search("研修", {}, "CASE_STUDY");
    expect(training.edges.map((e) => e.node.node.id)).toContain("case-s1-hakone-dmo");
    const empty = await hub.query(SEARCH, { q: " " });
    expect(empty.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const long = await hub.query(SEARCH, { q: "あ".repeat(10_000) });
    expect(long.body.errors?.[0]?.message).toMatch(/1 to 200 characters/);
  });

  it("keeps a draft private to its operator until published, for anonymous, another operator and the owner", async () => {
    const meguru = { as: { coordinator: "op-meguru" } } as const;
    const created = dataOf(
      await hub.query<{ createCaseStudy: { id: string; visibility: string } }>(
        `mutation ($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id visibility } }`,
        { i: { operatorId: "op-meguru", titleJa: "じんじの窓口の立ち上げ記録", visibility: "PUBLIC" } },
        meguru,
      ),
    ).createCaseStudy;
    expect(created.visibility).toBe("PRIVATE");
    const visibleTo = async (as: Parameters<Hub["query"]>[2]) =>
      (await hub.query<{ caseStudy: { id: string } | null }>(`query ($id: ID!) { caseStudy(id: $id) { id } }`, { id: created.id }, as)).body.data?.caseStudy !== null;
    expect([await visibleTo({}), await visibleTo({ as: { coordinator: "op-tsubameito" } }), await visibleTo(meguru)]).toEqual([false, false, true]);
    expect((await search("じんじの窓口の立ち上げ")).totalCount).toBe(0);
    const stolen = await hub.query(`mutation ($id: ID!) { publishCaseStudy(id: $id) { id } }`, { id: created.id }, { as: { coordinator: "op-tsubameito" } });
    expect(stolen.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    dataOf(await hub.query(`mutation ($id: ID!) { publishCaseStudy(id: $id) { id } }`, { id: created.id }, meguru));
    expect([await visibleTo({}), await visibleTo({ as: { coordinator: "op-tsubameito" } })]).toEqual([true, true]);
    expect((await search("じんじの窓口の立ち上げ")).totalCount).toBe(1);
  });

  it("puts the other private-led model regions first for 塩尻's operator, and says why", async () => {
    const list = dataOf(
      await hub.query<{ regionsLikeMine: { reasons: string[]; caseStudy: { id: string } }[] }>(
        `{ regionsLikeMine(operatorId: "op-meguru", first: 5) { reasons caseStudy { id } } }`,
      ),
    ).regionsLikeMine;
    expect(list.slice(0, 2).map((x) => x.caseStudy.id).sort()).toEqual(["case-s0-nagaoka", "case-s0-tsubame"]);
    expect(list[0]!.reasons).toContain("同じ主導パターン: 民間企業主導型");
  });

  it("turns a scripted answer sheet into levels and next steps", async () => {
    const sheet: Record<string, number[]> = { STRATEGY: [1, 2, 3], MARKETING: [1, 1, 2], KNOWLEDGE: [2, 4, 1], FUNDING: [3, 1, 1], CO_CREATION: [1, 2, 5] };
    const answers = Object.entries(sheet).flatMap(([element, a]) => a.map((answer, i) => ({ element, level: i + 1, answer })));
    const recorded = dataOf(
      await hub.query<{ recordSelfAssessment: { elements: { element: string; level: number; nextSteps: { toLevel: number; exampleCaseStudies: { id: string }[] }[] }[] } }>(
        `mutation ($i: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $i) { elements { element level nextSteps { toLevel exampleCaseStudies { id } } } } }`,
        { i: { operatorId: "op-meguru", fiscalYear: 2025, answers } },
        { as: { coordinator: "op-meguru" } },
      ),
    ).recordSelfAssessment.elements;
    expect(recorded.map((e) => [e.element, e.level])).toEqual([["STRATEGY", 2], ["MARKETING", 3], ["KNOWLEDGE", 1], ["FUNDING", 0], ["CO_CREATION", 2]]);
    expect(recorded[1]!.nextSteps).toEqual([]);
    expect(recorded[2]!.nextSteps.map((p) => p.toLevel)).toEqual([2, 2]);
    expect(recorded[2]!.nextSteps[0]!.exampleCaseStudies.map((c) => c.id)).toEqual(["case-s3-gnet"]);
    const bad = await hub.query(
      `mutation ($i: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $i) { fiscalYear } }`,
      { i: { operatorId: "op-meguru", fiscalYear: 2025, answers: answers.map((a, i) => (i === 0 ? { ...a, answer: 6 } : a)) } },
      { as: { coordinator: "op-meguru" } },
    );
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.body.errors?.[0]?.message).toMatch(/must be 1 to 5/);
  });

  it("refuses to add 延べ and 実人数", async () => {
    const mixed = await hub.query(`{ outcomeTotal(programIds: ["pg-gunma-workstyle", "pg-gunma-intro"]) { total } }`);
    expect(mixed.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(mixed.body.errors?.[0]?.message).toMatch(/延べ.*実人数/);
    const same = dataOf(
      await hub.query<{ outcomeTotal: { total: number; unit: string; countingBasis: string } }>(
        `{ outcomeTotal(programIds: ["pg-doto-portal", "pg-hakone-hakowaku"], metric: "hires") { total unit countingBasis } }`,
      ),
    );
    expect(same.outcomeTotal).toEqual({ total: 140, unit: "名", countingBasis: "UNIQUE_PERSONS" });
  });
});
