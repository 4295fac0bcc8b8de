import { openSubgraph, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

// Relations as data (issue 14 §4): partner organisations in regions, operators' work and programs; key persons; the 2023
// operator survey; the policy positioning. Reads are batched: statement counts do not grow with the rows.
describe("organizations: relations held as data", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "org_relations");
  });
  afterAll(() => hub.close());

  const run = async (query: string, variables?: Record<string, unknown>) => {
    const { result, statements } = await hub.countStatements(() => hub.run(query, variables));
    return { ...result, statements, data: result.data as Record<string, any> };
  };

  it("links the large companies of 越境学習 to their programs, with participants where the documents give them", async () => {
    const { errors, data } = await run(`{
      resona: partnerOrganization(id: "org-resona") { nameJa relations { kind kindLabelJa participantCount participantUnitJa program { id } modelRegion { id } operator { id } evidence } }
      toshiba: partnerOrganization(id: "org-toshiba-tec") { relations { kind program { id } participantCount participantNoteJa sinceFiscalYear } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.resona.relations).toEqual([
      {
        kind: "LARGE_COMPANY_PARTNER", kindLabelJa: "大企業連携", participantCount: 5, participantUnitJa: "名",
        program: { id: "pg-shiojiri-ekkyo" }, modelRegion: { id: "kr-shiojiri" }, operator: { id: "op-meguru" },
        evidence: "りそなグループから塩尻市へのプログラム参加者",
      },
    ]);
    expect(data.toshiba.relations.map((r: any) => [r.kind, r.program?.id ?? null, r.participantCount])).toEqual([
      ["OBSERVER", null, null], ["LARGE_COMPANY_PARTNER", "pg-mishima-reskilling", 14], ["LARGE_COMPANY_PARTNER", "pg-mishima-toshiba", null],
    ]);
    expect(data.toshiba.relations[1].participantNoteJa).toContain("食い違");
  });

  it("answers a program's partners through the Program entity", async () => {
    const { errors, data } = await run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Program { id partnerRelations { partner { id } kind } } } }`, {
      r: [{ __typename: "Program", id: "pg-shiojiri-univ" }, { __typename: "Program", id: "pg-unknown" }],
    });
    expect(errors).toBeUndefined();
    expect(data._entities).toEqual([
      { id: "pg-shiojiri-univ", partnerRelations: [{ partner: { id: "org-shinshu-univ" }, kind: "PROGRAM_PARTNER" }, { partner: { id: "org-matsumoto-univ" }, kind: "PROGRAM_PARTNER" }] },
      { id: "pg-unknown", partnerRelations: [] },
    ]);
  });

  it("lists a region's banks, chambers and universities as members with their roles, and the university a case names", async () => {
    const { errors, data } = await run(`{
      nagaoka: modelRegion(id: "kr-nagaoka") { partnerRelations { partner { nameJa institutionKindLabelJa } kind roleJa sinceFiscalYear } }
      meguru: operator(id: "op-meguru") { partnerRelations { partner { id } } }
    }`);
    expect(errors).toBeUndefined();
    const names = data.nagaoka.partnerRelations.map((r: any) => r.partner.nameJa);
    expect(names).toEqual(expect.arrayContaining(["長岡商工会議所", "第四北越銀行", "長岡信用金庫", "大光銀行", "第四北越キャリアブリッジ", "新潟大学"]));
    expect(data.nagaoka.partnerRelations.find((r: any) => r.partner.nameJa === "大光銀行")).toMatchObject({ kind: "MEMBER", sinceFiscalYear: 2023 });
    expect(data.nagaoka.partnerRelations.find((r: any) => r.partner.nameJa === "新潟大学")).toMatchObject({ kind: "CASE_PARTNER", roleJa: null });
    expect(data.meguru.partnerRelations.map((r: any) => r.partner.id)).toEqual(expect.arrayContaining(["org-shinshu-univ", "org-resona", "org-hachijuni-bank"]));
  });

  it("holds the 40 key persons with their printed role and organisation, searchable by name", async () => {
    const { errors, data } = await run(`{
      all: keyPersons { id }
      suzuki: keyPersons(search: "鈴木") { nameJa roleJa printedLabelJa organizationNameJa organization { id kind nameJa } modelRegion { id } }
      fujio: keyPersons(search: "藤尾") { roleJa organization { partnerOrganization { nameJa } } sourceDocument sourceLine }
      shiojiri: modelRegion(id: "kr-shiojiri") { keyPersons { nameJa } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.all).toHaveLength(40);
    expect(data.suzuki).toEqual([
      { nameJa: "鈴木 重伸", roleJa: "副業人材", printedLabelJa: "副業人材", organizationNameJa: null, organization: null, modelRegion: { id: "kr-daigo" } },
      { nameJa: "鈴木 力", roleJa: "市長", printedLabelJa: "燕市", organizationNameJa: null, organization: { id: "mun-tsubame", kind: "MUNICIPALITY", nameJa: "燕市" }, modelRegion: { id: "kr-tsubame" } },
    ]);
    expect(data.fujio).toEqual([{ roleJa: "特任助教", organization: { partnerOrganization: { nameJa: "信州大学" } }, sourceDocument: "S0", sourceLine: 2627 }]);
    expect(data.shiojiri.keyPersons.map((k: any) => k.nameJa)).toEqual(["横山 暁一", "古畑 久哉", "村上 洋一", "中川 遼祐", "高木 翼", "海津 健司", "勝亦 達夫"]);
  });

  it("answers the 2023 operator survey and the policy positioning as facts; another survey year is NOT_FOUND in Japanese too", async () => {
    const { errors, data } = await run(`{
      operatorSurvey { fiscalYear periodFrom periodTo responses populationJa all: findings { position } issues: findings(topic: "経営課題") { topicJa textJa textKind } }
      policyPositions { documentJa decidedOn textJa textKind }
    }`);
    expect(errors).toBeUndefined();
    expect(data.operatorSurvey).toMatchObject({ fiscalYear: 2023, periodFrom: "2023-10-18", periodTo: "2023-11-13", responses: 27 });
    expect(data.operatorSurvey.all).toHaveLength(12);
    expect(data.operatorSurvey.issues).toEqual([
      { topicJa: "経営課題", textJa: "営業・販路開拓 約6割; 財務、(自社の)人材の確保・育成 半数近く", textKind: "SUMMARY" },
    ]);
    expect(data.policyPositions.map((p: any) => p.documentJa)).toEqual([
      "経済財政運営と改革の基本方針2022（骨太方針）", "デジタル田園都市国家構想基本方針", "「新しい資本主義のグランドデザイン及び実行計画」フォローアップ",
    ]);
    const missing = await run(`{ operatorSurvey(fiscalYear: 2019) { id } }`);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", messageJa: "2019年度の事業者アンケートはありません (公表されているのは 2023年度です)。" });
  });

  it("reads relations and key persons of every region in a constant handful of statements", async () => {
    const query = `{ modelRegions { id partnerRelations { partner { nameJa } operator { nameJa } modelRegion { id } } keyPersons { nameJa organization { nameJa } modelRegion { id } } } }`;
    const all = await run(query);
    expect(all.errors).toBeUndefined();
    expect(all.data.modelRegions.flatMap((r: any) => r.keyPersons)).toHaveLength(40);
    const one = await run(`{ modelRegion(id: "kr-daigo") { id partnerRelations { partner { nameJa } operator { nameJa } modelRegion { id } } keyPersons { nameJa organization { nameJa } modelRegion { id } } } }`);
    expect(one.errors).toBeUndefined();
    expect(all.statements).toBeLessThanOrEqual(one.statements + 1);
    expect(all.statements).toBeLessThanOrEqual(12);
  });
});
