import { startHub, dataOf, type Hub } from "./harness";

// Issue 2 §9: the questions the graph must answer, through the gateway, on the seed data, with exact values.
describe("the shared graph answers the documents' questions", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  it("returns one operator with fields from all four subgraphs", async () => {
    const data = dataOf(
      await hub.query<{ operator: Record<string, unknown> }>(
        `query ($id: ID!) { operator(id: $id) {
          nameJa prefecture { code nameJa block } logoLicenseStatus
          adoptionCount adoptions { id }
          programs(first: 3) { totalCount }
          talentPoolSummary { total includesDemoData }
        } }`,
        { id: "op-meguru" },
        { as: { coordinator: "op-meguru" } },
      ),
    );
    expect(data.operator).toEqual({
      nameJa: "NPO法人MEGURU",
      prefecture: { code: "20", nameJa: "長野県", block: "KANTO" },
      logoLicenseStatus: "ADOPTED",
      adoptionCount: 3,
      adoptions: [{ id: "FY2022-A7" }, { id: "FY2024-A14" }, { id: "FY2025-B4" }],
      programs: { totalCount: expect.any(Number) },
      talentPoolSummary: { total: expect.any(Number), includesDemoData: true },
    });
    const summary = data.operator.talentPoolSummary as { total: number };
    expect(summary.total).toBeGreaterThan(0);
    expect((data.operator.programs as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });

  it("lists every adopted or logo-approved operator by regional block and prefecture, unknown prefectures included", async () => {
    type Op = { id: string; adoptions: { id: string; fiscalYear: number; frame: string; listCode: string }[] };
    type Directory = {
      directory: {
        totalOperators: number;
        blocks: { block: string | null; nameJa: string; operatorCount: number; prefectures: { prefecture: { code: string } | null; nameJa: string; operators: Op[] }[] }[];
      };
    };
    const { directory } = dataOf(
      await hub.query<Directory>(`{ directory { totalOperators blocks { block nameJa operatorCount
        prefectures { prefecture { code } nameJa operators { id adoptions { id fiscalYear frame listCode } } } } } }`),
    );
    expect(directory.totalOperators).toBe(89);
    expect(directory.blocks.map((b) => b.block)).toEqual([
      "HOKKAIDO", "TOHOKU", "KANTO", "CHUBU", "KINKI", "CHUGOKU", "SHIKOKU", "KYUSHU", "OKINAWA", null,
    ]);
    const all = directory.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators));
    expect(all).toHaveLength(89);
    expect(new Set(all.map((o) => o.id)).size).toBe(89);
    expect(directory.blocks.reduce((n, b) => n + b.operatorCount, 0)).toBe(89);
    expect(all.reduce((n, o) => n + o.adoptions.length, 0)).toBe(135);

    const kanto = directory.blocks.find((b) => b.block === "KANTO")!;
    const nagano = kanto.prefectures.find((p) => p.prefecture?.code === "20")!;
    expect(nagano.nameJa).toBe("長野県");
    expect(nagano.operators.find((o) => o.id === "op-meguru")!.adoptions).toEqual([
      { id: "FY2022-A7", fiscalYear: 2022, frame: "SINGLE", listCode: "A7" },
      { id: "FY2024-A14", fiscalYear: 2024, frame: "GENERAL", listCode: "A14" },
      { id: "FY2025-B4", fiscalYear: 2025, frame: "LEGAL_SYSTEM_LINKAGE", listCode: "B4" },
    ]);
    const unassigned = directory.blocks.at(-1)!;
    expect(unassigned.nameJa).toBe("地域ブロック未登録");
    expect(unassigned.prefectures.map((p) => p.nameJa)).toEqual(["都道府県未登録"]);
    expect(unassigned.prefectures[0]!.operators.map((o) => o.id)).toContain("op-wiz");
  });

  it("explains why ドット道東 cannot be adopted again in FY2026", async () => {
    const data = dataOf(
      await hub.query<{ operator: { adoptionCount: number; rightArm: Elig; legal: Elig } }>(
        `query ($id: ID!) { operator(id: $id) { adoptionCount
          rightArm: eligibility(fiscalYear: 2026, frame: RIGHT_ARM) { eligible rate reasons }
          legal: eligibility(fiscalYear: 2026, frame: LEGAL_SYSTEM_LINKAGE) { eligible rate reasons } } }`,
        { id: "op-dotdoto" },
      ),
    );
    type Elig = { eligible: boolean; rate: string | null; reasons: string[] };
    expect(data.operator.adoptionCount).toBe(4);
    for (const verdict of [data.operator.rightArm, data.operator.legal]) {
      expect(verdict.eligible).toBe(false);
      expect(verdict.rate).toBeNull();
      expect(verdict.reasons.join(" ")).toMatch(/4 times/);
      expect(verdict.reasons.join(" ")).toMatch(/at most 3/);
    }
    expect(data.operator.legal.reasons.join(" ")).toMatch(/certification/);
  });

  it("finds the FY2025 法制度連携枠 adoptees relying on 二地域居住促進法", async () => {
    const data = dataOf(
      await hub.query<{ adoptions: { edges: { node: { id: string; members: { operator: { nameJa: string } }[] } }[] } }>(
        `{ adoptions(fiscalYear: 2025, frame: LEGAL_SYSTEM_LINKAGE, linkedLaw: DUAL_RESIDENCE) {
          edges { node { id members { operator { nameJa } } } } } }`,
      ),
    );
    expect(data.adoptions.edges.map((e) => [e.node.id, e.node.members.map((m) => m.operator.nameJa)])).toEqual([
      ["FY2025-B2", [expect.stringContaining("箱根")]],
      ["FY2025-B4", ["NPO法人MEGURU"]],
      ["FY2025-B5", ["三島信用金庫"]],
      ["FY2025-B10", [expect.stringContaining("KAZAMI")]],
    ]);
  });

  it("gives each fiscal year's scheme: budget, rates, caps, applications, adoptions and frames", async () => {
    const data = dataOf(
      await hub.query<{ subsidySchemes: { fiscalYear: number; budgetJpy: number; rates: string[]; capsJpy: number[] | null; applications: number | null; adoptions: number | null; frames: { frame: string; listCodeRange: string | null }[] }[] }>(
        `{ subsidySchemes { fiscalYear budgetJpy rates capsJpy applications adoptions frames { frame listCodeRange } } }`,
      ),
    );
    const byYear = Object.fromEntries(data.subsidySchemes.map((s) => [s.fiscalYear, s]));
    expect(Object.keys(byYear)).toEqual(["2022", "2023", "2024", "2025", "2026"]);
    expect(byYear[2022]).toMatchObject({ budgetJpy: 95_000_000, rates: ["1/2"], capsJpy: [6_000_000], applications: 37, adoptions: 20 });
    expect(byYear[2024]).toMatchObject({ budgetJpy: 400_000_000, applications: 62, adoptions: 46 });
    expect(byYear[2024]!.frames).toEqual([
      { frame: "GENERAL", listCodeRange: "A1–A38" },
      { frame: "WORK_STYLE_REFORM", listCodeRange: "B1–B8" },
    ]);
    expect(byYear[2025]!.frames.slice(0, 2)).toEqual([
      { frame: "RIGHT_ARM", listCodeRange: "A1–A19" },
      { frame: "LEGAL_SYSTEM_LINKAGE", listCodeRange: "B1–B10" },
    ]);
    expect([2022, 2023, 2024, 2025].map((fy) => byYear[fy]!.adoptions)).toEqual([20, 20, 46, 29]);
  });

  it("shows 塩尻's partners with their roles and its agreement with its signatories", async () => {
    const data = dataOf(
      await hub.query<{ modelRegion: { leadOperator: { id: string }; partnerships: { roleJa: string; source: string }[]; agreements: { date: string; parties: { nameJa: string }[] }[] } }>(
        `{ modelRegion(id: "kr-shiojiri") { leadOperator { id } partnerships { roleJa source } agreements { date parties { nameJa } } } }`,
      ),
    );
    expect(data.modelRegion.leadOperator.id).toBe("op-meguru");
    expect(data.modelRegion.partnerships.map((p) => p.roleJa)).toContain("全市的な人材政策の立案・実行、補助金事業の企画");
    expect(data.modelRegion.partnerships.map((p) => p.roleJa)).toContain("事務局、人事の専門ノウハウ提供");
    expect(data.modelRegion.agreements).toHaveLength(1);
    expect(data.modelRegion.agreements[0]!.date).toBe("2024-07-05");
    expect(data.modelRegion.agreements[0]!.parties).toHaveLength(11);
  });

  it("lists the programs that target foreign talent with their operator", async () => {
    const data = dataOf(
      await hub.query<{ programs: { totalCount: number; edges: { node: { id: string; operators: ({ id: string } | null)[] } }[] } }>(
        `{ programs(targetTalentKind: FOREIGN, first: 50) { totalCount edges { node { id operators { id } } } } }`,
      ),
    );
    expect(data.programs.totalCount).toBe(5);
    expect(data.programs.edges.map((e) => e.node.id).sort()).toEqual(
      ["pg-gunma-workstyle", "pg-kanto-diverse", "pg-kuwana-outreach", "pg-mori-foreign", "pg-nagaoka-foreign"],
    );
  });

  it("gives the 15 maturity statements with the survey's share answering 'applies'", async () => {
    const data = dataOf(
      await hub.query<{ maturityModel: { respondents: number; statements: { element: string; level: number; statementJa: string; baseline: { agreePercent: number } }[] } }>(
        `{ maturityModel { respondents statements { element level statementJa baseline { agreePercent } } } }`,
      ),
    );
    expect(data.maturityModel.respondents).toBe(27);
    const statements = data.maturityModel.statements.map((s) => [s.element, s.level, s.baseline.agreePercent]);
    expect(statements).toHaveLength(15);
    expect(statements).toContainEqual(["FUNDING", 3, 22.2]);
    expect(statements).toContainEqual(["KNOWLEDGE", 2, 37]);
    expect(statements).toContainEqual(["CO_CREATION", 1, 92.6]);
  });

  it("finds an operator by any spelling variant", async () => {
    for (const [search, id] of [["クラビズ", "op-clabiz"], ["クラブズ", "op-clabiz"], ["ＫＡＺＡＭＩ", "op-kazami"]] as const) {
      const data = dataOf(await hub.query<{ operators: { edges: { node: { id: string } }[] } }>(
        `query ($s: String) { operators(search: $s) { edges { node { id } } } }`, { s: search }));
      expect(data.operators.edges.map((e) => e.node.id)).toEqual([id]);
    }
  });

  it("answers bad input with BAD_USER_INPUT and a message that says what is allowed", async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [`query ($fy: Int!) { subsidyScheme(fiscalYear: $fy) { fiscalYear } }`, { fy: 1999 }, /2022.*2026/],
      [`query { operators(first: 1000) { totalCount } }`, {}, /100/],
      [`query ($f: SubsidyFrame!) { operator(id: "op-dotdoto") { eligibility(fiscalYear: 2026, frame: $f) { eligible } } }`, { f: "NOPE" }, /SubsidyFrame/],
    ];
    for (const [query, variables, message] of cases) {
      const response = await hub.query(query, variables);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(response.body.errors?.[0]?.message).toMatch(message);
    }
    const unknown = await hub.query(`{ operator(id: "op-nobody") { nameJa } }`);
    expect(unknown.body).toEqual({ data: { operator: null } });
  });
});
