import type { GraphQLSchema } from "graphql";
import { cloneTemplateDatabase } from "@jinjibu/test-utils";
import { connectAsApp, executeLocal } from "@jinjibu/federation";
import type { CountedDataSource } from "@jinjibu/db";
import { subgraph } from "../src";
import operators from "../src/seeds/data/operators.json";

describe("funding (seeded facts)", () => {
  let db: { url: string; drop(): Promise<void> };
  let conn: CountedDataSource;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    db = await cloneTemplateDatabase("fund");
    conn = await connectAsApp(subgraph, db.url, process.env.APP_DATABASE_PASSWORD);
    schema = await subgraph.buildSchema();
  });
  afterAll(async () => {
    await conn.dataSource.destroy();
    await db.drop();
  });

  const run = async (query: string, variables?: Record<string, unknown>) =>
    executeLocal({ module: subgraph, schema, dataSource: conn.dataSource, query, variables });
  const data = async (query: string, variables?: Record<string, unknown>) => {
    const result = await run(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data as Record<string, any>;
  };

  it("answers, per fiscal year, budget, rates, caps, applications, adoptions and frames with list-code ranges", async () => {
    const { subsidySchemes } = await data(`{ subsidySchemes {
      fiscalYear budgetJpy budgetStatus rates capsJpy applications adoptions acceptanceRatio announced
      frames { frame labelJa listCodePrefix listCodeRange adoptionCount } } }`);
    // A frame without a published list has no count in the documents: unknown (null), not 0.
    expect(subsidySchemes.map((s: any) => ({ ...s, acceptanceRatio: s.acceptanceRatio && Math.round(s.acceptanceRatio * 1000) / 1000 }))).toEqual([
      {
        fiscalYear: 2022, budgetJpy: 95_000_000, budgetStatus: "確定", rates: ["1/2"], capsJpy: [6_000_000],
        applications: 37, adoptions: 20, acceptanceRatio: 0.541, announced: "2022-09",
        frames: [{ frame: "SINGLE", labelJa: "単一枠 (令和4年度)", listCodePrefix: "A", listCodeRange: "A1–A20", adoptionCount: 20 }],
      },
      {
        fiscalYear: 2023, budgetJpy: 150_000_000, budgetStatus: "確定", rates: ["1/2", "2/3", "1/3"], capsJpy: [7_000_000, 10_000_000],
        applications: 37, adoptions: 20, acceptanceRatio: 0.541, announced: "2023-06",
        frames: [
          { frame: "REGULAR", labelJa: "通常枠", listCodePrefix: "B", listCodeRange: "B1, B4–B5, B9, B12, B14–B15, B17–B20", adoptionCount: 11 },
          { frame: "REGIONAL_JOINT_STRATEGY", labelJa: "地域企業共同戦略枠", listCodePrefix: "B", listCodeRange: "B2–B3, B6–B8, B10–B11, B13, B16", adoptionCount: 9 },
        ],
      },
      {
        fiscalYear: 2024, budgetJpy: 400_000_000, budgetStatus: "確定", rates: ["1/2", "2/3"], capsJpy: [10_000_000, 13_000_000],
        applications: 62, adoptions: 46, acceptanceRatio: 0.742, announced: "2024-06",
        frames: [
          { frame: "GENERAL", labelJa: "一般枠", listCodePrefix: "A", listCodeRange: "A1–A38", adoptionCount: 38 },
          { frame: "WORK_STYLE_REFORM", labelJa: "働き方改革推進枠", listCodePrefix: "B", listCodeRange: "B1–B8", adoptionCount: 8 },
        ],
      },
      {
        fiscalYear: 2025, budgetJpy: 300_000_000, budgetStatus: "確定", rates: ["1/2", "2/3", "1/3"], capsJpy: [10_000_000, 13_000_000],
        applications: 50, adoptions: 29, acceptanceRatio: 0.58, announced: "2025-06",
        frames: [
          { frame: "RIGHT_ARM", labelJa: "右腕人材枠", listCodePrefix: "A", listCodeRange: "A1–A19", adoptionCount: 19 },
          { frame: "LEGAL_SYSTEM_LINKAGE", labelJa: "法制度連携枠", listCodePrefix: "B", listCodeRange: "B1–B10", adoptionCount: 10 },
          { frame: "COMPANION_EXPANSION", labelJa: "(1)伴走・横展開支援事業", listCodePrefix: null, listCodeRange: null, adoptionCount: null },
        ],
      },
      {
        fiscalYear: 2026, budgetJpy: 290_000_000, budgetStatus: "案", rates: [], capsJpy: [],
        applications: null, adoptions: null, acceptanceRatio: null, announced: null,
        frames: [
          { frame: "COMPANION_EXPANSION", labelJa: "(1)伴走・横展開支援事業", listCodePrefix: null, listCodeRange: null, adoptionCount: null },
          { frame: "RIGHT_ARM", labelJa: "(2)重点分野支援事業 ①右腕人材枠", listCodePrefix: null, listCodeRange: null, adoptionCount: null },
          { frame: "LEGAL_SYSTEM_LINKAGE", labelJa: "(2)重点分野支援事業 ②法制度連携枠", listCodePrefix: null, listCodeRange: null, adoptionCount: null },
        ],
      },
    ]);
  });

  it("holds all 115 adoptions: 20, 20, 46 and 29 per fiscal year", async () => {
    const counts = await data(`{
      all: adoptions { totalCount }
      fy2022: adoptions(fiscalYear: 2022) { totalCount }
      fy2023: adoptions(fiscalYear: 2023) { totalCount }
      fy2024: adoptions(fiscalYear: 2024) { totalCount }
      fy2025: adoptions(fiscalYear: 2025) { totalCount }
    }`);
    expect(counts).toEqual({
      all: { totalCount: 115 }, fy2022: { totalCount: 20 }, fy2023: { totalCount: 20 }, fy2024: { totalCount: 46 }, fy2025: { totalCount: 29 },
    });
  });

  it("finds the FY2025 法制度連携枠 adoptees that rely on 二地域居住促進法", async () => {
    const { adoptions } = await data(`{ adoptions(fiscalYear: 2025, frame: LEGAL_SYSTEM_LINKAGE, linkedLaw: DUAL_RESIDENCE) {
      totalCount edges { node { id listCode frameLabelJa linkedLaw linkedLawLabelJa members { order operator { id } } } } } }`);
    expect(adoptions.totalCount).toBe(4);
    expect(adoptions.edges.map((e: any) => e.node)).toEqual(
      [["B2", "op-hakone-dmo"], ["B4", "op-meguru"], ["B5", "op-mishima-shinkin"], ["B10", "op-kazami"]].map(([code, op]) => ({
        id: `FY2025-${code}`, listCode: code, frameLabelJa: "法制度連携枠", linkedLaw: "DUAL_RESIDENCE", linkedLawLabelJa: "二地域居住促進法",
        members: [{ order: 1, operator: { id: op } }],
      })),
    );
  });

  it("returns one adoption with its consortium members in printed order and the names as printed", async () => {
    const { adoption, missing } = await data(`{
      adoption(id: "FY2023-B3") { id fiscalYear listCode listNo frame frameLabelJa projectTitle targetArea linkedLaw
        members { order operator { id } } printedNames { source text } }
      missing: adoption(id: "FY2099-Z1") { id } }`);
    expect(missing).toBeNull();
    expect(adoption).toEqual({
      id: "FY2023-B3", fiscalYear: 2023, listCode: "B3", listNo: 2, frame: "REGIONAL_JOINT_STRATEGY", frameLabelJa: "地域企業共同戦略枠",
      projectTitle: "一若者が働きたいまちへー 若者人材を地域で受け入れ・育て、未来ビジョンを描く協働事業",
      targetArea: "宮城県石巻市、東松島市、女川町", linkedLaw: null,
      members: [{ order: 1, operator: { id: "op-machi-to-hito-to" } }, { order: 2, operator: { id: "op-fisherman-japan" } }],
      printedNames: [
        { source: "S1", text: "一般社団法人まちと人と 一般社団法人フィッシャーマン・ジャパン" },
        { source: "S3", text: "一般財団法人まちと人と 一般社団法人フィッシャーマン・ジャパン" },
      ],
    });
  });

  it("pages adoptions in published order", async () => {
    const first = await data(`{ adoptions(fiscalYear: 2024, first: 3) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.adoptions.edges.map((e: any) => e.node.id)).toEqual(["FY2024-A1", "FY2024-A2", "FY2024-A3"]);
    const next = await data(`query($a: String) { adoptions(fiscalYear: 2024, first: 2, after: $a) { edges { node { id } } } }`, {
      a: first.adoptions.pageInfo.endCursor,
    });
    expect(next.adoptions.edges.map((e: any) => e.node.id)).toEqual(["FY2024-A4", "FY2024-A5"]);
  });

  it("rejects bad arguments with what is allowed", async () => {
    const year = await run(`{ adoptions(fiscalYear: 1999) { totalCount } }`);
    expect(year.errors?.[0]?.message).toBe("fiscalYear must be between 2022 and 2026; got 1999.");
    expect(year.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const frame = await run(`{ adoptions(fiscalYear: 2023, frame: RIGHT_ARM) { totalCount } }`);
    expect(frame.errors?.[0]?.message).toBe(
      "FY2023 did not offer frame RIGHT_ARM; it offered REGULAR (通常枠), REGIONAL_JOINT_STRATEGY (地域企業共同戦略枠).",
    );
    const page = await run(`{ adoptions(first: 101) { totalCount } }`);
    expect(page.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const scheme = await run(`{ subsidyScheme(fiscalYear: 2021) { fiscalYear } }`);
    expect(scheme.errors?.[0]?.message).toBe("fiscalYear must be between 2022 and 2026; got 2021.");
  });

  it("lists the three linked laws", async () => {
    const { linkedLaws } = await data(`{ linkedLaws { code shortNameJa fullNameJa altNamesJa } }`);
    expect(linkedLaws).toEqual([
      { code: "REGIONAL_FUTURE_INVESTMENT", shortNameJa: "地域未来投資促進法", fullNameJa: "地域経済牽引事業の促進による地域の成長発展の基盤強化に関する法律", altNamesJa: [] },
      { code: "SMALL_BUSINESS_SUPPORT", shortNameJa: "小規模事業者支援法", fullNameJa: "商工会及び商工会議所による小規模事業者の支援に関する法律", altNamesJa: [] },
      { code: "DUAL_RESIDENCE", shortNameJa: "二地域居住促進法", fullNameJa: "広域的地域活性化のための基盤整備に関する法律", altNamesJa: ["二地域居住推進法"] },
    ]);
  });

  const OPERATOR = `query($r: [_Any!]!, $fy: Int!) { _entities(representations: $r) { ... on Operator {
    id adoptionCount adoptions { id frame }
    rightArm: eligibility(fiscalYear: $fy, frame: RIGHT_ARM) { eligible adoptionCountBefore nextAdoptionNumber rate reasons }
    legal: eligibility(fiscalYear: $fy, frame: LEGAL_SYSTEM_LINKAGE) { eligible adoptionCountBefore nextAdoptionNumber rate reasons }
    linkedLawCertifications { law source certifyingBody certifiedOn validUntil } } } }`;

  it("finds a recurring municipal budget (塩尻市, 令和4年度から毎年度) in any year inside its open-ended range", async () => {
    for (const fy of [2022, 2024, 2026]) {
      const result = await data(`query($fy: Int) { municipalBudgets(municipalityId: "mun-shiojiri", fiscalYear: $fy, first: 50) { edges { node {
        id fiscalYear fromFiscalYear toFiscalYear recurring periodNote } } } }`, { fy });
      const ids = (result.municipalBudgets as any).edges.map((e: any) => e.node);
      expect(ids).toContainEqual({ id: "mb-08", fiscalYear: 2022, fromFiscalYear: 2022, toFiscalYear: null, recurring: true, periodNote: "令和4年度から毎年度" });
    }
    const one = await data(`{ municipalBudgets(municipalityId: "mun-nagaoka", fiscalYear: 2024, first: 50) { edges { node { id fromFiscalYear toFiscalYear recurring } } } }`);
    expect((one.municipalBudgets as any).edges.map((e: any) => e.node)).toEqual([{ id: "mb-02", fromFiscalYear: 2024, toFiscalYear: 2024, recurring: false }]);
  });

  it("answers UNKNOWN, with no rate, for 法制度連携枠 when the hub holds no certification for the operator (wiz: 1 adoption)", async () => {
    const { _entities } = await data(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator {
        legal: eligibility(fiscalYear: 2026, frame: LEGAL_SYSTEM_LINKAGE) { status eligible rate undecidedByJa reasonDetails { reasonCode reasonJa } }
        rightArm: eligibility(fiscalYear: 2026, frame: RIGHT_ARM) { status eligible rate } } } }`,
      { r: [{ __typename: "Operator", id: "op-wiz" }] },
    );
    const [wiz] = _entities as Array<{ legal: any; rightArm: any }>;
    expect(wiz.legal).toMatchObject({ status: "UNKNOWN", eligible: null, rate: null, undecidedByJa: ["認定の有無が未登録"] });
    expect(wiz.legal.reasonDetails.map((r: { reasonCode: string }) => r.reasonCode)).toEqual(["RATE_BY_ADOPTION_COUNT", "CERTIFICATION_NOT_RECORDED"]);
    for (const r of wiz.legal.reasonDetails) expect(r.reasonJa).not.toMatch(/[A-Za-z]{3,}/);
    expect(wiz.rightArm).toEqual({ status: "ELIGIBLE", eligible: true, rate: "1/2" });
  });

  it("ドット道東: adopted 4 times since FY2022 and not eligible in FY2026 in either frame, with the reasons", async () => {
    const { _entities } = await data(OPERATOR, { r: [{ __typename: "Operator", id: "op-dotdoto" }], fy: 2026 });
    const cap =
      "Adopted 4 times since FY2022 (FY2022-A1, FY2023-B1, FY2024-A3, FY2025-A1); from FY2026 an operator may be adopted at most 3 times, counting every frame.";
    expect(_entities).toEqual([
      {
        id: "op-dotdoto",
        adoptionCount: 4,
        adoptions: [
          { id: "FY2022-A1", frame: "SINGLE" }, { id: "FY2023-B1", frame: "REGULAR" }, { id: "FY2024-A3", frame: "GENERAL" },
          { id: "FY2025-A1", frame: "RIGHT_ARM" },
        ],
        rightArm: { eligible: false, adoptionCountBefore: 4, nextAdoptionNumber: null, rate: null, reasons: [cap] },
        legal: {
          eligible: false, adoptionCountBefore: 4, nextAdoptionNumber: null, rate: null,
          reasons: [cap, "法制度連携枠 requires a certification under 地域未来投資促進法, 小規模事業者支援法 or 二地域居住促進法; none is recorded."],
        },
        linkedLawCertifications: [],
      },
    ]);
  });

  it("a certified operator with one adoption may apply in FY2026 at 1/2 in both frames", async () => {
    const { _entities } = await data(OPERATOR, { r: [{ __typename: "Operator", id: "op-kazami" }], fy: 2026 });
    const [kazami] = _entities;
    expect(kazami.adoptionCount).toBe(1);
    expect(kazami.rightArm).toMatchObject({ eligible: true, adoptionCountBefore: 1, nextAdoptionNumber: 2, rate: "1/2" });
    expect(kazami.legal).toMatchObject({ eligible: true, rate: "1/2" });
    expect(kazami.legal.reasons[1]).toBe(
      "法制度連携枠 requires a certification under 地域未来投資促進法, 小規模事業者支援法 or 二地域居住促進法; one is recorded under 二地域居住促進法.",
    );
    expect(kazami.linkedLawCertifications).toEqual([
      { law: "DUAL_RESIDENCE", source: "inferred from FY2025 adoption", certifyingBody: null, certifiedOn: null, validUntil: null },
    ]);
  });

  it("matches every operator's adoption count with the facts' FY2026 derivation", async () => {
    const { _entities } = await data(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator { id adoptionCount } } }`, {
      r: operators.map((o) => ({ __typename: "Operator", id: o.id })),
    });
    const counts = Object.fromEntries(_entities.map((e: any) => [e.id, e.adoptionCount]));
    expect(counts["op-dotdoto"]).toBe(4);
    expect(counts["op-meguru"]).toBe(3);
    expect(counts["op-hitotsubu"]).toBe(0);
    const atCap = Object.entries(counts).filter(([, n]) => (n as number) >= 3).map(([id]) => id).sort();
    expect(atCap).toEqual([
      "op-dotdoto", "op-fisherman-japan", "op-g-net", "op-gakutolab", "op-hakone-dmo", "op-leriro", "op-meguru", "op-mori-kosan",
      "op-platform-aomori",
    ]);
  });

  it("rejects an eligibility question about a frame the year did not offer", async () => {
    const result = await run(`{ _entities(representations: [{ __typename: "Operator", id: "op-dotdoto" }]) { ... on Operator {
      eligibility(fiscalYear: 2026, frame: GENERAL) { eligible } } } }`);
    expect(result.errors?.[0]?.message).toBe(
      "FY2026 did not offer frame GENERAL; it offered COMPANION_EXPANSION (伴走・横展開支援事業), RIGHT_ARM (右腕人材枠), LEGAL_SYSTEM_LINKAGE (法制度連携枠).",
    );
  });

  it("costs the same number of statements for 94 operators as for 5 (no N+1)", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Operator {
      id adoptionCount adoptions { id members { order operator { id } } }
      eligibility(fiscalYear: 2026, frame: LEGAL_SYSTEM_LINKAGE) { eligible } linkedLawCertifications { law } } } }`;
    const reps = operators.map((o) => ({ __typename: "Operator", id: o.id }));
    conn.counter.reset();
    const small = await run(query, { r: reps.slice(0, 5) });
    const smallCount = conn.counter.count;
    conn.counter.reset();
    const large = await run(query, { r: reps });
    const largeCount = conn.counter.count;
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect((large.data!._entities as unknown[]).length).toBe(94);
    // BEGIN, adoptions by operator, certifications by operator, members by adoption, COMMIT
    expect(smallCount).toBe(5);
    expect(largeCount).toBe(smallCount);
  });

  it("resolves Adoption and SubsidyScheme references in one SELECT each", async () => {
    conn.counter.reset();
    const result = await data(`query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Adoption { id listCode } ... on SubsidyScheme { fiscalYear budgetJpy } } }`, {
      r: [
        { __typename: "Adoption", id: "FY2025-B4" }, { __typename: "Adoption", id: "FY2024-A1" }, { __typename: "Adoption", id: "nope" },
        { __typename: "SubsidyScheme", fiscalYear: 2025 },
      ],
    });
    expect(result._entities).toEqual([
      { id: "FY2025-B4", listCode: "B4" }, { id: "FY2024-A1", listCode: "A1" }, null, { fiscalYear: 2025, budgetJpy: 300_000_000 },
    ]);
    expect(conn.counter.count).toBe(4);
  });

  it("answers the continuation rate and applications-to-adoptions per fiscal year", async () => {
    const { continuationRates, applicationsToAdoptions } = await data(`{
      continuationRates { fiscalYear nextFiscalYear operatorsAdopted operatorsContinued rate target meetsTarget }
      applicationsToAdoptions { fiscalYear applications adoptions recordedAdoptions ratio } }`);
    expect(continuationRates).toEqual([
      { fiscalYear: 2022, nextFiscalYear: 2023, operatorsAdopted: 20, operatorsContinued: 8, rate: 0.4, target: 0.8, meetsTarget: false },
      { fiscalYear: 2023, nextFiscalYear: 2024, operatorsAdopted: 21, operatorsContinued: 13, rate: 13 / 21, target: 0.8, meetsTarget: false },
      { fiscalYear: 2024, nextFiscalYear: 2025, operatorsAdopted: 61, operatorsContinued: 21, rate: 21 / 61, target: 0.8, meetsTarget: false },
      { fiscalYear: 2025, nextFiscalYear: 2026, operatorsAdopted: 33, operatorsContinued: 0, rate: null, target: 0.8, meetsTarget: null },
    ]);
    expect(applicationsToAdoptions).toEqual([
      { fiscalYear: 2022, applications: 37, adoptions: 20, recordedAdoptions: 20, ratio: 20 / 37 },
      { fiscalYear: 2023, applications: 37, adoptions: 20, recordedAdoptions: 20, ratio: 20 / 37 },
      { fiscalYear: 2024, applications: 62, adoptions: 46, recordedAdoptions: 46, ratio: 46 / 62 },
      { fiscalYear: 2025, applications: 50, adoptions: 29, recordedAdoptions: 29, ratio: 29 / 50 },
      { fiscalYear: 2026, applications: null, adoptions: null, recordedAdoptions: 0, ratio: null },
    ]);
  });

  it("lists the 15 municipal budgets", async () => {
    const { municipalBudgets, nagaoka } = await data(`{
      municipalBudgets(first: 100) { totalCount }
      nagaoka: municipalBudgets(municipalityId: "mun-nagaoka") { edges { node { fiscalYear amountJpy instrument recipient } } } }`);
    expect(municipalBudgets.totalCount).toBe(15);
    expect(nagaoka.edges.map((e: any) => e.node)).toEqual([
      { fiscalYear: 2023, amountJpy: 2_000_000, instrument: "補助", recipient: "op-hitotsubu" },
      { fiscalYear: 2024, amountJpy: 1_300_000, instrument: "補助", recipient: "op-hitotsubu" },
      { fiscalYear: 2025, amountJpy: 2_300_000, instrument: "補助", recipient: "op-hitotsubu" },
    ]);
  });

  it("seeds idempotently: a second run inserts nothing", async () => {
    expect(await subgraph.seed(conn.dataSource)).toEqual({
      subsidy_scheme: 0, scheme_frame: 0, adoption: 0, adoption_member: 0, linked_law: 0, linked_law_certification: 0,
      known_operator: 0, municipal_budget: 0,
    });
    const [row] = await conn.dataSource.query(`SELECT
      (SELECT count(*)::int FROM adoption) AS adoptions, (SELECT count(*)::int FROM adoption_member) AS members,
      (SELECT count(*)::int FROM known_operator) AS operators, (SELECT count(*)::int FROM linked_law_certification) AS certifications`);
    expect(row).toEqual({ adoptions: 115, members: 135, operators: 94, certifications: 11 });
  });
});
