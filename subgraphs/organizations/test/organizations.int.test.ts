import { openSubgraph, type SubgraphHarness } from "@jinjibu/test-utils";
import { createDataSource, initialize } from "@jinjibu/db";
import { subgraph } from "../src";
import operatorFacts from "../src/seeds/data/operators.json";

describe("organizations: the documents' facts", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "org_facts");
  });
  afterAll(() => hub.close());

  it("holds every record of the facts", async () => {
    const result = await hub.run(`{
      operators(first: 1) { totalCount }
      partnerOrganizations(first: 1) { totalCount }
      municipalities(first: 1) { totalCount }
      agreements(first: 1) { totalCount }
      modelRegions { id }
      prefectures { code }
      regionalBlocks { code prefectures { code } }
    }`);
    expect(result.errors).toBeUndefined();
    const data = result.data as Record<string, any>;
    expect(data.operators.totalCount).toBe(94);
    expect(data.partnerOrganizations.totalCount).toBe(48);
    expect(data.municipalities.totalCount).toBe(59);
    expect(data.agreements.totalCount).toBe(4);
    expect(data.modelRegions.map((r: { id: string }) => r.id)).toEqual([
      "kr-daigo", "kr-hitachi", "kr-hitachiota", "kr-matsumoto", "kr-mishima", "kr-nagaoka", "kr-shiojiri", "kr-tsubame",
    ]);
    expect(data.prefectures).toHaveLength(47);
    expect(data.prefectures[0]).toEqual({ code: "01" });
    expect(data.prefectures[46]).toEqual({ code: "47" });
    expect(data.regionalBlocks.map((b: { code: string }) => b.code)).toEqual([
      "HOKKAIDO", "TOHOKU", "KANTO", "CHUBU", "KINKI", "CHUGOKU", "SHIKOKU", "KYUSHU", "OKINAWA",
    ]);
    expect(data.regionalBlocks[2].prefectures.map((p: { code: string }) => p.code)).toEqual([
      "08", "09", "10", "11", "12", "13", "14", "15", "19", "20", "22",
    ]);
  });

  it("keeps each operator's names, prefecture and licence as the facts give them", async () => {
    const result = await hub.run(`{ operators(first: 100) { edges { node {
      id nameJa nameVariants prefecture { nameJa } logoLicenseStatus listedInDirectory
    } } } }`);
    expect(result.errors).toBeUndefined();
    const nodes = (result.data as any).operators.edges.map((e: any) => e.node);
    const expected = [...operatorFacts]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((op) => ({
        id: op.id,
        nameJa: op.name_ja,
        nameVariants: op.name_variants,
        prefecture: op.prefecture ? { nameJa: op.prefecture } : null,
        logoLicenseStatus: op.logo_license_status === "ADOPTED" ? "ADOPTED" : "NONE",
        listedInDirectory: op.logo_license_status === "ADOPTED",
      }));
    expect(nodes).toEqual(expected);
    expect(nodes.filter((n: any) => n.logoLicenseStatus === "ADOPTED")).toHaveLength(89);
    expect(nodes.filter((n: any) => n.prefecture === null)).toHaveLength(30);
  });

  it("answers a full operator record (ドット道東)", async () => {
    const result = await hub.run(`{ operator(id: "op-dotdoto") {
      id nameJa orgForm corporateCategory corporateCategoryLabelJa prefecture { code nameJa nameEn block blockNameJa }
      prefectureSource regionalBlock regionalBlockNameJa url address representative headcount { value unit note asOf }
      mainBusiness municipalitiesServed { id nameJa } logoLicenseStatus logoLicenseStatusLabelJa listedInDirectory
      logoLicense { status basis grantedOn active } isAdoptedOperator isKantoModelRegionLead
    } }`);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).operator).toEqual({
      id: "op-dotdoto",
      nameJa: "一般社団法人ドット道東",
      orgForm: "一般社団法人",
      corporateCategory: "NON_PROFIT",
      corporateCategoryLabelJa: "非営利法人",
      prefecture: { code: "01", nameJa: "北海道", nameEn: "Hokkaido", block: "HOKKAIDO", blockNameJa: "北海道" },
      prefectureSource: "S3 (FY2022/FY2023 lists; case sheet)",
      regionalBlock: "HOKKAIDO",
      regionalBlockNameJa: "北海道",
      url: "https://dotdoto.com/",
      address: "北海道北見市中央三輪9丁目4-11",
      representative: "中西 拓郎",
      headcount: { value: 9, unit: "名", note: "従業員数", asOf: null },
      mainBusiness: [
        "各種団体に対するブランディングやPRの戦略立案、編集、制作、実行",
        "事業者とクリエイターのマッチング支援",
        "地域資源のリサーチ及び活用に伴う戦略立案と実行",
      ],
      municipalitiesServed: [
        { id: "mun-okhotsk-area", nameJa: "北海道オホーツク管内" },
        { id: "mun-kushiro", nameJa: "釧路市" },
        { id: "mun-teshikaga", nameJa: "弟子屈町" },
        { id: "mun-urahoro", nameJa: "浦幌町" },
        { id: "mun-shibetsu-town", nameJa: "標津町" },
        { id: "mun-tsubetsu", nameJa: "津別町" },
        { id: "mun-memuro", nameJa: "芽室町" },
      ],
      logoLicenseStatus: "ADOPTED",
      logoLicenseStatusLabelJa: "補助事業採択事業者",
      listedInDirectory: true,
      logoLicense: { status: "ADOPTED", basis: "ADOPTION", grantedOn: null, active: true },
      isAdoptedOperator: true,
      isKantoModelRegionLead: false,
    });
  });

  it("never guesses a prefecture and shows where an inferred one comes from", async () => {
    const result = await hub.run(`{
      kazami: operator(id: "op-kazami") { prefecture { code } prefectureSource regionalBlock }
      tokachi: operator(id: "op-tokachi") { prefecture { code } prefectureSource regionalBlock }
      meguru: operator(id: "op-meguru") { regionalBlock regionalBlockSource isKantoModelRegionLead kantoModelRegions { id } }
      hits: operator(id: "op-hits") { logoLicense { status } logoLicenseStatus listedInDirectory institutionKind isKantoModelRegionLead }
      toyama: operator(id: "op-dream-career-toyama") { orgForm corporateCategory corporateCategoryLabelJa }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      kazami: { prefecture: null, prefectureSource: null, regionalBlock: null },
      tokachi: {
        prefecture: { code: "01" },
        prefectureSource: "inferred: place name in the organization name (とかち = 十勝, Hokkaido)",
        regionalBlock: "HOKKAIDO",
      },
      meguru: { regionalBlock: "KANTO", regionalBlockSource: "S4 (管内8自治体) / S0", isKantoModelRegionLead: true, kantoModelRegions: [{ id: "kr-shiojiri" }] },
      hits: { logoLicense: null, logoLicenseStatus: "NONE", listedInDirectory: false, institutionKind: "INDUSTRY_SUPPORT_CENTER", isKantoModelRegionLead: true },
      toyama: { orgForm: "(not stated)", corporateCategory: null, corporateCategoryLabelJa: null },
    });
  });

  it("finds operators by any spelling variant, NFKC-normalised", async () => {
    const search = async (s: string) => {
      const result = await hub.run(`query($s: String) { operators(search: $s) { totalCount edges { node { id } } } }`, { s });
      expect(result.errors).toBeUndefined();
      return (result.data as any).operators.edges.map((e: any) => e.node.id);
    };
    expect(await search("クラビズ")).toEqual(["op-clabiz"]);
    expect(await search("クラブズ")).toEqual(["op-clabiz"]);
    expect(await search("セキシウ")).toEqual(["op-sekisho-career-plus"]);
    expect(await search("セキショウ")).toEqual(["op-sekisho-career-plus"]);
    expect(await search("K A Z A M I")).toEqual(["op-kazami"]);
    expect(await search("ｋａｚａｍｉ")).toEqual(["op-kazami"]);
    expect(await search("(公財)日立地区")).toEqual(["op-hits"]);
  });

  it("answers municipalities and partner organisations with their facts", async () => {
    const result = await hub.run(`{
      shiojiri: municipality(id: "mun-shiojiri") { nameJa prefecture { code } population populationAsOf populationSource sizeClass sizeClassLabelJa operatorsServing { id } }
      shobara: municipality(id: "mun-shobara") { prefecture { code } population sizeClass notes }
      nagano: municipalities(prefectureCode: "20") { totalCount }
      cci: partnerOrganization(id: "org-shiojiri-cci") { nameJa orgForm institutionKind institutionKindLabelJa prefecture { nameJa } }
      affiliate: partnerOrganization(id: "org-tsubameito-public") { nameVariants institutionKind institutionKindLabelJa }
      search: partnerOrganizations(search: "関東経済産業局") { edges { node { id } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      shiojiri: {
        nameJa: "塩尻市",
        prefecture: { code: "20" },
        population: 65435,
        populationAsOf: "2024-01",
        populationSource: "S0",
        sizeClass: "SMALL",
        sizeClassLabelJa: "小規模",
        operatorsServing: [{ id: "op-meguru" }],
      },
      shobara: { prefecture: null, population: null, sizeClass: null, notes: "prefecture not stated in documents" },
      nagano: { totalCount: 3 },
      cci: { nameJa: "塩尻商工会議所", orgForm: "商工会議所", institutionKind: "CHAMBER_OF_COMMERCE", institutionKindLabelJa: "商工会議所", prefecture: { nameJa: "長野県" } },
      affiliate: { nameVariants: ["公益財団法人つばめいと"], institutionKind: null, institutionKindLabelJa: "事業者の関連法人" },
      search: { edges: [{ node: { id: "org-kanto-meti" } }] },
    });
  });

  it("answers 塩尻: its partners with their verbatim roles, and its agreement with its signatories", async () => {
    const result = await hub.run(`{ modelRegion(id: "kr-shiojiri") {
      nameJa leadershipModel leadershipModelLabelJa departmentBrand leadOperator { id nameJa } municipality { id population }
      structureFy2022 membershipTimeline { fiscalYear } stumblingPoints { fiscalYear problem }
      partnerships { source position partyLabelJa roleJa parties { id kind nameJa } }
      agreements { id name date dateText firstInJapan partyCount scopeItems parties { id kind nameJa } }
    } }`);
    expect(result.errors).toBeUndefined();
    const region = (result.data as any).modelRegion;
    expect(region.nameJa).toBe("長野県塩尻市");
    expect(region.leadershipModel).toBe("PRIVATE_COMPANY_LED");
    expect(region.leadershipModelLabelJa).toBe("民間企業主導型");
    expect(region.departmentBrand).toBe("塩尻の地域の人事部 / じんじの窓口");
    expect(region.leadOperator).toEqual({ id: "op-meguru", nameJa: "NPO法人MEGURU" });
    expect(region.municipality).toEqual({ id: "mun-shiojiri", population: 65435 });
    expect(region.structureFy2022).toEqual(["塩尻市", "塩尻商工会議所", "塩尻市振興公社", "八十二銀行", "長野銀行", "松本信用金庫", "長野県信用組合", "信州大学", "松本大学"]);
    expect(region.membershipTimeline.map((t: any) => t.fiscalYear)).toEqual([2022, 2023, 2024, 2025, 2027]);
    expect(region.stumblingPoints[0]).toEqual({ fiscalYear: 2022, problem: "MEGURUが立ち上げ直後で組織としての信頼性に不安" });

    expect(region.partnerships.map((p: any) => [p.source, p.position, p.partyLabelJa, p.roleJa])).toEqual([
      ["S0", 1, "NPO法人MEGURU", "企業個人双方に対する支援・施策の実行部隊、事業全体の統括等"],
      ["S0", 2, "塩尻市", "全市的な人材政策の立案・実行、補助金事業の企画"],
      ["S0", 3, "金融機関 (八十二銀行, 長野銀行, 松本信用金庫, 長野県信用組合)", "取引先に対する人事課題解決コーディネート、企業開拓・伴走"],
      ["S0", 4, "塩尻商工会議所", "小規模・零細事業者に対する人事課題解決コーディネート、企業開拓・伴走"],
      ["S0", 5, "塩尻市振興公社", "製造業向け人事課題解決コーディネート、企業開拓・伴走"],
      ["S0", 6, "教育機関 (信州大学, 松本大学)", "人材育成輩出機関・インターンシップ・リカレント教育・リスキリング"],
      ["S2", 1, "NPO法人MEGURU", "事務局、人事の専門ノウハウ提供"],
      ["S2", 2, "金融機関, 塩尻商工会議所", "地域企業との接点、伴走支援、資金支援"],
      ["S2", 3, "信州大学, 松本大学", "キャリア教育、インターンシップ"],
      ["S2", 4, "株式会社パソナJOB HUB", "中長期視点に立った人的資本価値向上に係る調査・研究・実証等"],
      ["S2", 5, "塩尻市, 塩尻商工会議所, 塩尻市振興公社", "地域の人事部、人的資本経営の普及・啓発等"],
    ]);
    expect(region.partnerships[9].parties).toEqual([{ id: "org-pasona-jobhub", kind: "PARTNER_ORGANIZATION", nameJa: "株式会社パソナJOB HUB" }]);
    expect(region.partnerships[1].parties).toEqual([{ id: "mun-shiojiri", kind: "MUNICIPALITY", nameJa: "塩尻市" }]);

    expect(region.agreements).toHaveLength(1);
    const agreement = region.agreements[0];
    expect(agreement).toMatchObject({
      id: "agr-shiojiri-2024",
      name: "塩尻市における「地域の人事部」連携協定",
      date: "2024-07-05",
      dateText: "2024-07-05",
      firstInJapan: true,
      partyCount: 11,
    });
    expect(agreement.scopeItems).toHaveLength(3);
    expect(agreement.parties.map((p: any) => [p.id, p.kind, p.nameJa])).toEqual([
      ["op-meguru", "OPERATOR", "NPO法人MEGURU"],
      ["org-pasona-jobhub", "PARTNER_ORGANIZATION", "株式会社パソナJOB HUB"],
      ["mun-shiojiri", "MUNICIPALITY", "塩尻市"],
      ["org-shiojiri-kosha", "PARTNER_ORGANIZATION", "塩尻市振興公社"],
      ["org-shiojiri-cci", "PARTNER_ORGANIZATION", "塩尻商工会議所"],
      ["org-hachijuni-bank", "PARTNER_ORGANIZATION", "八十二銀行"],
      ["org-nagano-bank", "PARTNER_ORGANIZATION", "長野銀行"],
      ["org-matsumoto-shinkin", "PARTNER_ORGANIZATION", "松本信用金庫"],
      ["org-nagano-shinkumi", "PARTNER_ORGANIZATION", "長野県信用組合"],
      ["org-shinshu-univ", "PARTNER_ORGANIZATION", "信州大学"],
      ["org-matsumoto-univ", "PARTNER_ORGANIZATION", "松本大学"],
    ]);
  });

  it("keeps coarse agreement dates as printed instead of inventing a day", async () => {
    const result = await hub.run(`{ agreement(id: "agr-ibaraki-north-meti-2022") { date dateText parties { id } } }`);
    expect(result.errors).toBeUndefined();
    expect((result.data as any).agreement).toEqual({
      date: null,
      dateText: "2022 (令和4年)",
      parties: [{ id: "mun-hitachi" }, { id: "mun-hitachiota" }, { id: "mun-daigo" }, { id: "org-meti" }],
    });
  });

  it("answers bad input with what is allowed, and unknown ids with null", async () => {
    const tooMany = await hub.run(`{ operators(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(tooMany.errors?.[0].message).toBe("`first` must be between 1 and 100; got 101.");

    const unknown = await hub.run(`{ operator(id: "op-nope") { id } municipality(id: "x") { id } modelRegion(id: "kr-nope") { id } agreement(id: "a") { id } partnerOrganization(id: "o") { id } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ operator: null, municipality: null, modelRegion: null, agreement: null, partnerOrganization: null });

    for (const code of ["48", "1", "00", "長野県"]) {
      const bad = await hub.run(`query($c: String) { directory(prefectureCode: $c) { totalOperators } }`, { c: code });
      expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(bad.errors?.[0].message).toContain('from "01" (北海道) to "47" (沖縄県)');
    }
    const emptySearch = await hub.run(`{ operators(search: "  ") { totalCount } }`);
    expect(emptySearch.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const badSource = await hub.run(`{ modelRegion(id: "kr-shiojiri") { partnerships(source: "S9") { roleJa } } }`);
    expect(badSource.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("seeds idempotently: a second run inserts nothing", async () => {
    const { dataSource } = createDataSource({ url: hub.url, schema: subgraph.name, entities: subgraph.entities, poolSize: 1 });
    await initialize(dataSource);
    try {
      const report = await subgraph.seed(dataSource);
      expect(Object.values(report).every((n) => n === 0)).toBe(true);
      expect(Object.keys(report)).toContain("operator");
    } finally {
      await dataSource.destroy();
    }
  });
});
