import { openSubgraph, type SubgraphHarness } from "@jinjibu/test-utils";
import type { Viewer } from "@jinjibu/auth";
import { subgraph } from "../src";
import profiles from "../src/seeds/data/operator-profiles.json";

describe("programs foundation", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "prg");
  });
  afterAll(() => hub.close());

  const run = (query: string, variables?: Record<string, unknown>, viewer?: Viewer) => hub.run(query, variables, viewer);

  it("serves all 95 programs, 18 of them with outcomes", async () => {
    const r = await run(`{ programs(first: 100) { totalCount edges { node { id outcomes { metric } } } } }`);
    expect(r.errors).toBeUndefined();
    const data = r.data as { programs: { totalCount: number; edges: { node: { id: string; outcomes: unknown[] } }[] } };
    expect(data.programs.totalCount).toBe(95);
    expect(data.programs.edges.filter((e) => e.node.outcomes.length > 0)).toHaveLength(18);
  });

  it("lists the programs that target foreign talent, with operator and place", async () => {
    const r = await run(`{ programs(targetTalentKind: FOREIGN, first: 100) { totalCount edges { node { id nameJa kind kindLabelJa place operators { id } } } } }`);
    expect(r.errors).toBeUndefined();
    const edges = (r.data as { programs: { edges: { node: Record<string, unknown> }[] } }).programs.edges.map((e) => e.node);
    expect(edges.map((n) => [n.id, (n.operators as { id: string }[]).map((o) => o.id), n.place])).toEqual([
      ["pg-gunma-workstyle", ["op-voltex-seigun", "op-gunma-truck"], "群馬県"],
      ["pg-kanto-diverse", [], "関東経済産業局管内"],
      ["pg-kuwana-outreach", ["op-avex", "op-ixy"], "三重県"],
      ["pg-mori-foreign", ["op-mori-kosan"], "大阪府"],
      ["pg-nagaoka-foreign", ["op-hitotsubu"], "新潟県長岡市"],
    ]);
    expect(edges.find((n) => n.id === "pg-nagaoka-foreign")).toMatchObject({ kind: "FOREIGN_TALENT_SUPPORT", kindLabelJa: "外国人材採用・定着支援" });
  });

  it("keeps 86 hires at 74 companies as two numbers, with their basis", async () => {
    const r = await run(`{ program(id: "pg-doto-portal") { nameJa phases phaseLabelsJa operators { id } outcomes { metric value valueText unit countingBasis period companies source } } }`);
    expect(r.errors).toBeUndefined();
    const p = (r.data as { program: { outcomes: Record<string, unknown>[] } }).program;
    expect(p).toMatchObject({ nameJa: "総合求人ポータルサイト「#道東ではたらく」", phases: ["ACQUISITION"], phaseLabelsJa: ["確保"], operators: [{ id: "op-dotdoto" }] });
    expect(p.outcomes[1]).toEqual({ metric: "hires", value: 86, valueText: "86", unit: "名", countingBasis: "UNIQUE_PERSONS", period: null, companies: 74, source: "S1" });
    const g = await run(`{ program(id: "pg-gunma-workstyle") { outcomes { value unit countingBasis } } t: program(id: "pg-tsubame-fukkatsu") { outcomes { value unit countingBasis companies period } } }`);
    expect(g.data).toEqual({
      program: { outcomes: [{ value: 107, unit: "名", countingBasis: "CUMULATIVE" }] },
      t: { outcomes: [{ value: 24, unit: "件", countingBasis: "CASES", companies: 18, period: "FY2022-FY2024" }] },
    });
  });

  it("tells a person how each outcome was counted, its remark and its period in Japanese only", async () => {
    const r = await run(`{ programs(first: 100) { edges { node { id outcomes { basisNote note period periodJa } } } } }`);
    expect(r.errors).toBeUndefined();
    type Shown = { basisNote: string | null; note: string | null; period: string | null; periodJa: string | null };
    const outcomes = (r.data as { programs: { edges: { node: { id: string; outcomes: Shown[] } }[] } }).programs.edges
      .flatMap((e) => e.node.outcomes.map((o): Shown & { id: string } => ({ id: e.node.id, ...o })));
    expect(outcomes.length).toBeGreaterThan(20);
    const doto = outcomes.filter((o) => o.id === "pg-doto-portal");
    expect(doto[1]).toMatchObject({ basisNote: "採用された人数 (74社)", note: null });
    expect(outcomes.find((o) => o.id === "pg-tsubame-fukkatsu")).toMatchObject({ period: "FY2022-FY2024", periodJa: "令和4年度〜令和6年度", basisNote: "18社での成約件数 (件)。すべて金融団の紹介による" });
    // English words the documents' notes were written with before: none reaches a reader.
    const english = /\b(?:approx|persons?|companies|compan(?:y|ies)=|basis|stated|cases|conflicting|vs|reported|registered|share|per year|as of|half a year|to \d{4}|FY\d{4}|H\d{2}-R\d)\b/i;
    const shown = outcomes.flatMap((o) => [o.basisNote, o.note, o.periodJa].filter((t): t is string => t != null));
    expect(shown.filter((t) => english.test(t))).toEqual([]);
    expect(outcomes.every((o) => (o.period == null) === (o.periodJa == null))).toBe(true);
  });

  it("filters programs by phase, kind, operator and fiscal year, and rejects a bad year", async () => {
    const r = await run(`{ a: programs(operatorId: "op-meguru", phase: RETENTION) { totalCount } b: programs(kind: SIDE_JOB_MATCHING) { totalCount } c: programs(fiscalYear: 2024, first: 1) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expect((r.data as { b: { totalCount: number } }).b.totalCount).toBe(8);
    const bad = await run(`{ programs(fiscalYear: 1999) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toBe("`fiscalYear` must be between 2015 and 2030; got 1999.");
  });

  it("serves the maturity model: 15 statements with the survey's share answering 'applies'", async () => {
    const r = await run(`{ maturityModel { respondents statements { element level statementJa baseline { agreePercent neutralPercent disagreePercent respondents } } elements { element nameJa practicePoints { fromLevel toLevel exampleOperators { id } exampleCaseStudies { id } } } } }`);
    expect(r.errors).toBeUndefined();
    const m = (r.data as { maturityModel: { respondents: number; statements: Record<string, unknown>[]; elements: Record<string, unknown>[] } }).maturityModel;
    expect(m.respondents).toBe(27);
    expect(m.statements).toHaveLength(15);
    expect(m.statements.map((s) => (s.baseline as { agreePercent: number }).agreePercent)).toEqual([
      63.0, 51.9, 51.9, 88.9, 77.8, 74.1, 51.9, 37.0, 33.3, 48.1, 40.7, 22.2, 92.6, 77.8, 59.3,
    ]);
    expect(m.statements[7]).toMatchObject({ element: "KNOWLEDGE", level: 2, baseline: { agreePercent: 37.0, neutralPercent: 29.6, disagreePercent: 33.3, respondents: 27 } });
    const funding = m.elements.find((e) => e.element === "FUNDING") as { practicePoints: { fromLevel: number; exampleOperators: { id: string }[]; exampleCaseStudies: { id: string }[] }[] };
    expect(funding.practicePoints[2]).toMatchObject({ fromLevel: 2, exampleOperators: [{ id: "op-dotdoto" }, { id: "op-g-net" }] });
    expect(funding.practicePoints[2]!.exampleCaseStudies.map((c) => c.id)).toEqual(["case-s1-dotdoto", "case-s3-dotdoto", "case-s3-gnet"]);
  });

  it("serves the 4 practice cases of S3 (19 case studies in all)", async () => {
    const r = await run(`{ caseStudies(first: 100) { totalCount } caseStudy(id: "case-s3-dotdoto") { titleJa operator { id } areaSizeClasses orgClass orgClassLabelJa background goal devices { element textJa } voices { speakerType speakerLabel } plansAhead { textJa } } }`);
    expect(r.errors).toBeUndefined();
    const data = r.data as { caseStudies: { totalCount: number }; caseStudy: Record<string, unknown> };
    expect(data.caseStudies.totalCount).toBe(19);
    const c = data.caseStudy;
    expect(c).toMatchObject({
      titleJa: "道東ファンコミュニティと道東地域の事業者を結ぶメンバーシップ型サブスクリプションサービスプロジェクト",
      operator: { id: "op-dotdoto" },
      areaSizeClasses: ["LARGE_MEDIUM", "SMALL"],
      orgClass: "NON_PROFIT",
      orgClassLabelJa: "非営利法人",
    });
    expect((c.devices as { element: string }[]).map((d) => d.element)).toEqual(["MARKETING", "FUNDING", "CO_CREATION"]);
    expect((c.voices as { speakerType: string }[]).map((v) => v.speakerType)).toEqual(["COMPANY", "MUNICIPALITY", "JOB_SEEKER"]);
    expect(c.background).toContain("道内に約40ある大学のうち、道東にある大学は6校しかなく");
    const s3 = await run(`{ a: caseStudy(id: "case-s3-gnet") { id } b: caseStudy(id: "case-s3-leriro") { id } c: caseStudy(id: "case-s3-smo") { id } }`);
    expect(s3.data).toEqual({ a: { id: "case-s3-gnet" }, b: { id: "case-s3-leriro" }, c: { id: "case-s3-smo" } });
  });

  it("keeps both of two conflicting outcome statements, a count not stated, and a stumbling point with no stated answer as null", async () => {
    const r = await run(`{ m: caseStudy(id: "case-s0-mishima") { outcomes { textJa value unitJa valueQualifier noteJa textKind
        conflictsWith { textJa source { document line } } source { document line } } }
      t: caseStudy(id: "case-s0-matsumoto") { outcomes { textJa period value basis } stumblingPoints { responseJa noteJa } } }`);
    expect(r.errors).toBeUndefined();
    const data = r.data as { m: { outcomes: Record<string, any>[] }; t: { outcomes: Record<string, unknown>[]; stumblingPoints: Record<string, unknown>[] } };
    const [heading, count] = data.m.outcomes;
    expect(heading).toMatchObject({ textJa: "リスキングスクールには2年間で14人が参加", value: 14, unitJa: "人", textKind: "VERBATIM" });
    expect(heading.conflictsWith.textJa).toContain("初年度で計14人");
    expect(heading.source).toEqual({ document: "000_4a32d98eeb3ed561.txt", line: 1523 });
    expect(count).toMatchObject({ value: null, valueQualifier: "COUNT_NOT_STATED" });
    expect(data.t.outcomes.map((o) => [o.period, o.value, o.basis])).toEqual([["FY2022", 10, "SINGLE_YEAR"], ["FY2023", 24, "SINGLE_YEAR"], ["FY2024", 13, "SINGLE_YEAR"]]);
    expect(data.t.stumblingPoints[1]).toEqual({ responseJa: null, noteJa: "対応策は資料に記載されていない。" });
  });

  it("adds programs and case studies to Operator without N+1", async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator { id programs(first: 100) { totalCount edges { node { id } } } caseStudies { id } } } }`;
    const reps = (ids: string[]) => ({ r: ids.map((id) => ({ __typename: "Operator", id })) });
    const all = profiles.map((p) => p.id);
    expect(all).toHaveLength(94);
    hub.app.counter.reset();
    const few = await run(q, reps(all.slice(0, 5)));
    const fewCount = hub.app.counter.count;
    hub.app.counter.reset();
    const many = await run(q, reps(all));
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(hub.app.counter.count).toBe(fewCount);
    const dot = (many.data as { _entities: { id: string; programs: { totalCount: number }; caseStudies: { id: string }[] }[] })._entities.find((e) => e.id === "op-dotdoto")!;
    expect(dot.programs.totalCount).toBe(8);
    expect(dot.caseStudies.map((c) => c.id)).toEqual(["case-s1-dotdoto", "case-s3-dotdoto"]);
  });
});
