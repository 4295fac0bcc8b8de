import { openSubgraph, type SubgraphHarness } from "@jinjibu/test-utils";
import type { Viewer } from "@jinjibu/auth";
import { subgraph } from "../src";

const meguru: Viewer = { role: "COORDINATOR", operatorId: "op-meguru", subject: "u-meguru" };
const tsubame: Viewer = { role: "COORDINATOR", operatorId: "op-tsubameito", subject: "u-tsubame" };
const admin: Viewer = { role: "NATIONAL_ADMIN", operatorId: null, subject: "admin" };

describe("know-how travels between regions", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "kh");
  });
  afterAll(() => hub.close());

  const run = (query: string, variables?: Record<string, unknown>, viewer?: Viewer) => hub.run(query, variables, viewer);
  const SEARCH = `query($q: String!, $f: Int, $k: KnowHowKind, $e: MaturityElement, $l: LeadershipModel) {
    searchKnowHow(query: $q, first: $f, kind: $k, element: $e, leadershipModel: $l) {
      totalCount edges { node { kind matchedIn snippet node { ... on CaseStudy { id titleJa } ... on Program { id nameJa } } } } } }`;
  type Hit = { kind: string; matchedIn: string; snippet: string; node: { id: string } };
  const hits = (r: { data?: unknown }) =>
    (r.data as { searchKnowHow: { totalCount: number; edges: { node: Hit }[] } }).searchKnowHow;

  it("finds two-character Japanese words and ranks title hits first", async () => {
    const r = await run(SEARCH, { q: "副業", f: 100 });
    expect(r.errors?.[0]?.message && String((r.errors[0] as { originalError?: Error }).originalError?.message)).toBeUndefined();
    const s = hits(r);
    expect(s.totalCount).toBeGreaterThan(10);
    expect(s.edges[0]!.node.matchedIn).toBe("TITLE");
    const ranks = s.edges.map((e) => ["TITLE", "SUMMARY", "BODY"].indexOf(e.node.matchedIn));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(s.edges[0]!.node.snippet).toContain("副業");
    const kenshu = hits(await run(SEARCH, { q: "研修", k: "CASE_STUDY", f: 100 }));
    expect(kenshu.edges.map((e) => e.node.node.id)).toContain("case-s1-hakone-dmo");
    const teichaku = hits(await run(SEARCH, { q: "定着", e: "KNOWLEDGE", f: 100 }));
    expect(teichaku.edges.every((e) => e.node.kind === "CASE_STUDY")).toBe(true);
  });

  it("combines words and filters (private-led regions with 越境学習)", async () => {
    const s = hits(await run(SEARCH, { q: "越境学習", l: "PRIVATE_COMPANY_LED", f: 100 }));
    expect(s.edges[0]!.node.node.id).toBe("pg-shiojiri-ekkyo");
    expect(s.edges.map((e) => e.node.node.id)).toContain("case-s0-shiojiri");
  });

  it("rejects an empty or over-long query", async () => {
    for (const q of ["  ", "あ".repeat(10_000)]) {
      const r = await run(SEARCH, { q });
      expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(r.errors?.[0]?.message).toMatch(/^`query` must be 1 to 200 characters/);
    }
  });

  it("keeps drafts private until published, and hides PRIVATE and NETWORK content from others", async () => {
    const create = await run(
      `mutation($i: CreateCaseStudyInput!) { createCaseStudy(input: $i) { id status visibility intendedVisibility operator { id } } }`,
      { i: { operatorId: "op-meguru", titleJa: "下書き検証用の勉強会記録", visibility: "NETWORK" } },
      meguru,
    );
    expect(create.errors).toBeUndefined();
    const c = (create.data as { createCaseStudy: { id: string; status: string; visibility: string } }).createCaseStudy;
    expect(c).toMatchObject({ status: "DRAFT", visibility: "PRIVATE", intendedVisibility: "NETWORK", operator: { id: "op-meguru" } });
    const see = (v?: Viewer) => run(`query($id: ID!) { caseStudy(id: $id) { id } }`, { id: c.id }, v);
    const found = async (v?: Viewer) => ((await see(v)).data as { caseStudy: unknown }).caseStudy !== null;
    expect([await found(), await found(tsubame), await found(meguru), await found(admin)]).toEqual([false, false, true, true]);
    const searchOwn = (v?: Viewer) => run(SEARCH, { q: "下書き検証用", k: "CASE_STUDY" }, v).then((r) => hits(r).totalCount);
    expect([await searchOwn(), await searchOwn(tsubame), await searchOwn(meguru)]).toEqual([0, 0, 1]);
    const entity = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on CaseStudy { id } } }`, { r: [{ __typename: "CaseStudy", id: c.id }] }, tsubame);
    expect(entity.data).toEqual({ _entities: [null] });
    const stolen = await run(`mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`, { id: c.id }, tsubame);
    expect(stolen.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const pub = await run(`mutation($id: ID!) { publishCaseStudy(id: $id) { status visibility } }`, { id: c.id }, meguru);
    expect(pub.data).toEqual({ publishCaseStudy: { status: "PUBLISHED", visibility: "NETWORK" } });
    expect([await found(), await found(tsubame), await found(meguru)]).toEqual([false, true, true]);
    const hijack = await run(`mutation($id: ID!) { updateCaseStudy(id: $id, input: { titleJa: "x" }) { id } }`, { id: c.id }, tsubame);
    expect(hijack.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const priv = await run(`mutation($id: ID!) { updateCaseStudy(id: $id, input: { visibility: PRIVATE }) { visibility } }`, { id: c.id }, meguru);
    expect(priv.data).toEqual({ updateCaseStudy: { visibility: "PRIVATE" } });
    expect([await found(tsubame), await found(meguru), await found(admin)]).toEqual([false, true, true]);
  });

  it("refuses a case study without an operator", async () => {
    const r = await run(`mutation { createCaseStudy(input: { titleJa: "無所属の事例" }) { id } }`, {}, meguru);
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.errors?.[0]?.message).toBe("A case study needs an operator: pass `operatorId` (e.g. op-meguru).");
    const anon = await run(`mutation { createCaseStudy(input: { operatorId: "op-meguru", titleJa: "t" }) { id } }`);
    expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("ranks the other private-led model regions first for MEGURU, and says why", async () => {
    const r = await run(`{ regionsLikeMine(operatorId: "op-meguru", first: 5) { score reasons caseStudy { id operator { id } } } }`);
    expect(r.errors).toBeUndefined();
    const list = (r.data as { regionsLikeMine: { score: number; reasons: string[]; caseStudy: { id: string } }[] }).regionsLikeMine;
    expect(list.slice(0, 2).map((x) => x.caseStudy.id).sort()).toEqual(["case-s0-nagaoka", "case-s0-tsubame"]);
    expect(list[0]!.reasons).toContain("同じ主導パターン: 民間企業主導型");
    expect(list.find((x) => x.caseStudy.id === "case-s0-tsubame")!.reasons).toContain("同じ地域規模: 小規模");
  });

  it("turns a scripted answer sheet into levels and next steps, and keeps earlier years", async () => {
    const sheet: Record<string, number[]> = { STRATEGY: [1, 2, 3], MARKETING: [1, 1, 2], KNOWLEDGE: [2, 4, 1], FUNDING: [3, 1, 1], CO_CREATION: [1, 2, 5] };
    const answers = Object.entries(sheet).flatMap(([element, a]) => a.map((answer, i) => ({ element, level: i + 1, answer })));
    const rec = `mutation($i: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $i) { fiscalYear elements { element level
      answers { level answer group baselineSameGroupPercent } nextSteps { fromLevel toLevel textJa exampleCaseStudies { id } } } } }`;
    const r = await run(rec, { i: { operatorId: "op-meguru", fiscalYear: 2024, answers } }, meguru);
    expect(r.errors).toBeUndefined();
    const els = (r.data as { recordSelfAssessment: { elements: { element: string; level: number; answers: { baselineSameGroupPercent: number }[]; nextSteps: { fromLevel: number; toLevel: number; textJa: string; exampleCaseStudies: { id: string }[] }[] }[] } }).recordSelfAssessment.elements;
    expect(els.map((e) => [e.element, e.level])).toEqual([["STRATEGY", 2], ["MARKETING", 3], ["KNOWLEDGE", 1], ["FUNDING", 0], ["CO_CREATION", 2]]);
    expect(els[0]!.answers.map((a) => a.baselineSameGroupPercent)).toEqual([63.0, 51.9, 18.5]);
    expect(els[1]!.nextSteps).toEqual([]);
    expect(els[2]!.nextSteps.map((p) => [p.fromLevel, p.toLevel])).toEqual([[2, 3], [2, 3], [2, 3]].slice(0, 0).concat([[1, 2], [1, 2]]));
    expect(els[2]!.nextSteps[0]!.exampleCaseStudies.map((c) => c.id)).toEqual(["case-s3-gnet"]);
    expect(els[0]!.nextSteps.map((p) => p.textJa)).toEqual([
      "ビジョン・コンセプト等を地域企業やステークホルダーに面談等で明確に伝え、得られた意見も踏まえてアップデートを行う【G-net】",
      "受益者負担を念頭としたアクションプランの策定と効果検証を行う【G-net】",
    ]);
    const again = answers.map((a) => ({ ...a, answer: 1 }));
    await run(rec, { i: { operatorId: "op-meguru", fiscalYear: 2025, answers: again } }, meguru);
    const q = `{ _entities(representations: [{ __typename: "Operator", id: "op-meguru" }]) { ... on Operator { selfAssessments { fiscalYear } selfAssessment(fiscalYear: 2024) { elements { level } } } } }`;
    const own = await run(q, {}, meguru);
    expect(own.data).toEqual({ _entities: [{ selfAssessments: [{ fiscalYear: 2024 }, { fiscalYear: 2025 }], selfAssessment: { elements: [{ level: 2 }, { level: 3 }, { level: 1 }, { level: 0 }, { level: 2 }] } }] });
    const other = await run(q, {}, tsubame);
    expect(other.data).toEqual({ _entities: [{ selfAssessments: [], selfAssessment: null }] });
    const dist = await run(`{ selfAssessmentDistribution(fiscalYear: 2024) { operators elements { element levelCounts { level operators } } } }`, {}, admin);
    expect((dist.data as { selfAssessmentDistribution: { operators: number } }).selfAssessmentDistribution.operators).toBe(1);
    const denied = await run(`{ selfAssessmentDistribution(fiscalYear: 2024) { operators } }`, {}, meguru);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("rejects answers outside 1-5 and unknown statements", async () => {
    const base = ["STRATEGY", "MARKETING", "KNOWLEDGE", "FUNDING", "CO_CREATION"].flatMap((element) => [1, 2, 3].map((level) => ({ element, level, answer: 2 })));
    const rec = `mutation($i: RecordSelfAssessmentInput!) { recordSelfAssessment(input: $i) { fiscalYear } }`;
    const six = await run(rec, { i: { operatorId: "op-meguru", fiscalYear: 2024, answers: base.map((a, i) => (i === 0 ? { ...a, answer: 6 } : a)) } }, meguru);
    expect(six.errors?.[0]?.message).toBe("The answer to STRATEGY level 1 must be 1 to 5 (1 あてはまる … 5 全くあてはまらない); got 6.");
    const four = await run(rec, { i: { operatorId: "op-meguru", fiscalYear: 2024, answers: base.map((a, i) => (i === 0 ? { ...a, level: 4 } : a)) } }, meguru);
    expect(four.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(four.errors?.[0]?.message).toBe("Unknown statement STRATEGY level 4: each element has statements for levels 1 to 3.");
  });

  it("adds outcomes of one basis and refuses 延べ + 実人数", async () => {
    const ok = await run(`{ outcomeTotal(programIds: ["pg-doto-portal", "pg-hakone-hakowaku"], metric: "hires") { total unit countingBasis countingBasisLabelJa periods } }`);
    expect(ok.data).toEqual({ outcomeTotal: { total: 140, unit: "名", countingBasis: "UNIQUE_PERSONS", countingBasisLabelJa: "実人数", periods: ["期間不明", "令和6年度"] } });
    const mixed = await run(`{ outcomeTotal(programIds: ["pg-gunma-workstyle", "pg-gunma-intro"]) { total } }`);
    expect(mixed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(mixed.errors?.[0]?.message).toBe("Refusing to add outcomes counted on different bases: CUMULATIVE (延べ), UNIQUE_PERSONS (実人数). Choose outcomes of one basis.");
  });
});
