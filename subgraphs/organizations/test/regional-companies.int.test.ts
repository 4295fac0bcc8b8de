import iconv from "iconv-lite";
import { readCompanyBytes, TalentImportFileError } from "@jinjibu/talent-import/node";
import type { Viewer } from "@jinjibu/auth";
import { openSubgraph, viewers, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

const coordinatorOf = (operatorId: string) => viewers.coordinator(operatorId, `coord-${operatorId}`);

const site = (operatorId: string): Viewer => ({ role: "SITE", operatorId, subject: `site-${operatorId}` });
const IMPORT = `mutation ($rows: [RegionalCompanyRowInput!]!, $dry: Boolean) {
  importRegionalCompanies(rows: $rows, dryRun: $dry) { written created updated unchanged problems { row column message } }
}`;

async function rowsOf(fileName: string, bytes: Uint8Array) {
  const rows = [];
  for await (const row of readCompanyBytes(fileName, bytes)) rows.push({ rowNumber: row.rowNumber, ...row.raw });
  return rows;
}

describe("organizations: regional companies (地域企業)", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "org_companies");
  });
  afterAll(() => hub.close());
  const outbox = () => hub.ownerSql<{ aggregate_id: string; type: string; name: string }>(`SELECT aggregate_id, type, payload->>'nameJa' AS name FROM domain_event ORDER BY id`);

  it("seeds the documents' named companies (public) and the demo companies (network only, 「デモ」)", async () => {
    const q = `query ($s: String) { regionalCompanies(search: $s, first: 50) { totalCount edges { node { id nameJa displayNameJa jsicDivision jsicDivisionLabelJa visibility isDemo source prefecture { nameJa } supportingOperators { id } } } } }`;
    const anonymous = await hub.run(q, {});
    const all = await hub.run(q, {}, coordinatorOf("op-dotdoto"));
    const publicOnes = (anonymous.data as any).regionalCompanies.edges.map((e: any) => e.node);
    const everyone = (all.data as any).regionalCompanies.edges.map((e: any) => e.node);
    expect(publicOnes.every((c: any) => c.visibility === "PUBLIC" && !c.isDemo)).toBe(true);
    expect(publicOnes.map((c: any) => c.nameJa)).toEqual(expect.arrayContaining(["株式会社丸山組", "吉野電業株式会社", "月居温泉", "中島書店", "株式会社プレテック・エヌ", "株式会社日邦バルブ"]));
    const demo = everyone.filter((c: any) => c.isDemo);
    expect(demo.length).toBeGreaterThanOrEqual(5);
    expect(demo.every((c: any) => c.nameJa.includes("デモ") && c.displayNameJa.startsWith("（デモ）"))).toBe(true);
    const maruyama = everyone.find((c: any) => c.id === "co-maruyamagumi");
    expect(maruyama).toMatchObject({ jsicDivision: "D", jsicDivisionLabelJa: "建設業", source: "S0", prefecture: { nameJa: "新潟県" }, supportingOperators: [{ id: "op-tsubameito" }] });
    // Any spelling finds it, NFKC-normalised.
    const variant = await hub.run(q, { s: "丸山 組" });
    expect((variant.data as any).regionalCompanies.edges.map((e: any) => e.node.id)).toEqual(["co-maruyamagumi"]);
    // _entities applies the same visibility rule.
    const entities = await hub.run(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on RegionalCompany { id nameJa } } }`, {
      r: [{ __typename: "RegionalCompany", id: "co-maruyamagumi" }, { __typename: "RegionalCompany", id: "co-demo-doto-suisan" }],
    });
    expect((entities.data as any)._entities).toEqual([{ id: "co-maruyamagumi", nameJa: "株式会社丸山組" }, null]);
  });

  it("registers a company for the viewer's operator, once per idempotency key; others are refused", async () => {
    const m = `mutation ($input: RegionalCompanyInput!, $key: String) { createRegionalCompany(input: $input, idempotencyKey: $key) { id nameJa supportingOperators { id } visibility sizeClass } }`;
    const input = { nameJa: "株式会社テスト商事", nameVariants: ["テスト商事"], jsicDivision: "I", prefectureCode: "01", municipalityJa: "釧路市" };
    const first = await hub.run(m, { input, key: "company-key-01" }, coordinatorOf("op-dotdoto"));
    expect(first.errors).toBeUndefined();
    // The outbox holds one RegionalCompanyChanged, appended in the creation's transaction; the idempotent retry adds none.
    const id = (first.data as any).createRegionalCompany.id;
    const eventsBefore = (await outbox()).length;
    const again = await hub.run(m, { input, key: "company-key-01" }, coordinatorOf("op-dotdoto"));
    expect((again.data as any).createRegionalCompany.id).toBe(id);
    expect((await outbox()).filter((e) => e.aggregate_id === id)).toEqual([{ aggregate_id: id, type: "RegionalCompanyChanged", name: "株式会社テスト商事" }]);
    expect((await outbox()).length).toBe(eventsBefore);
    expect((first.data as any).createRegionalCompany).toMatchObject({ supportingOperators: [{ id: "op-dotdoto" }], visibility: "NETWORK", sizeClass: "UNKNOWN" });
    const viaSite = await hub.run(m, { input: { nameJa: "株式会社サイト登録" } }, site("op-dotdoto"));
    expect(viaSite.errors).toBeUndefined();
    const anonymous = await hub.run(m, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const beforeBad = (await outbox()).length;
    const bad = await hub.run(m, { input: { nameJa: "", prefectureCode: "99" } }, coordinatorOf("op-dotdoto"));
    expect((await outbox()).length).toBe(beforeBad);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("企業名");
  });

  it("imports a Shift_JIS company list all or nothing, and a re-upload updates by 管理番号", async () => {
    const csv = "管理番号,企業名,別名,業種,規模,都道府県,市区町村,公開範囲\r\nC-001,株式会社青森テスト,青森テスト,E 製造業,中小企業 (小),青森県,弘前市,公開\r\nC-002,有限会社りんご園,,農業，林業,小規模企業,02,,\r\n";
    const rows = await rowsOf("企業一覧.csv", iconv.encode(csv, "cp932"));
    expect(rows).toHaveLength(2);
    const viewer = coordinatorOf("op-platform-aomori");
    const eventsAtStart = (await outbox()).length;
    const dry = await hub.run(IMPORT, { rows, dry: true }, viewer);
    expect((await outbox()).length).toBe(eventsAtStart);
    expect((dry.data as any).importRegionalCompanies).toEqual({ written: false, created: 2, updated: 0, unchanged: 0, problems: [] });
    const done = await hub.run(IMPORT, { rows }, viewer);
    expect((done.data as any).importRegionalCompanies).toMatchObject({ written: true, created: 2 });
    const listed = await hub.run(`{ regionalCompanies(operatorId: "op-platform-aomori", first: 50) { edges { node { nameJa jsicDivision sizeClass visibility municipalityJa } } } }`, {}, viewer);
    const names = (listed.data as any).regionalCompanies.edges.map((e: any) => e.node);
    expect(names).toEqual(expect.arrayContaining([
      { nameJa: "株式会社青森テスト", jsicDivision: "E", sizeClass: "SMALL", visibility: "PUBLIC", municipalityJa: "弘前市" },
      { nameJa: "有限会社りんご園", jsicDivision: "A", sizeClass: "MICRO", visibility: "NETWORK", municipalityJa: null },
    ]));
    const changed = await rowsOf("企業一覧.csv", Buffer.from(csv.replace("弘前市", "青森市"), "utf8"));
    const second = await hub.run(IMPORT, { rows: changed }, viewer);
    expect((second.data as any).importRegionalCompanies).toMatchObject({ written: true, created: 0, updated: 1, unchanged: 1 });
    // Two creations and one update: three events; the unchanged company adds none.
    expect((await outbox()).slice(eventsAtStart).map((e) => e.name)).toEqual(["株式会社青森テスト", "有限会社りんご園", "株式会社青森テスト"]);
    const eventsAfterImports = (await outbox()).length;
    // One bad row: nothing written, every problem in Japanese by row and column.
    const broken = await rowsOf("企業一覧.csv", Buffer.from(`${csv}C-003,,,Z 不明,,火星,,\r\n`, "utf8"));
    const refused = await hub.run(IMPORT, { rows: broken }, viewer);
    const result = (refused.data as any).importRegionalCompanies;
    expect(result.written).toBe(false);
    expect(result.problems.map((p: any) => [p.row, p.column])).toEqual([[4, "企業名"], [4, "業種"], [4, "都道府県"]]);
    expect(result.problems[0].message).toContain("4行目「企業名」");
    const count = await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM regional_company WHERE supporting_operator_ids[1] = 'op-platform-aomori' AND company_number IS NOT NULL`);
    expect(Number(count[0]!.n)).toBe(2);
    expect((await outbox()).length).toBe(eventsAfterImports);
    // Append-only for the application role: what was recorded cannot be rewritten or removed.
    await expect(hub.sql(`UPDATE domain_event SET payload = '{}'`)).rejects.toThrow(/permission denied/);
    await expect(hub.sql(`DELETE FROM domain_event`)).rejects.toThrow(/permission denied/);
    await expect(hub.sql(`DELETE FROM domain_event_delivery`)).rejects.toThrow(/permission denied/);
  });

  it("refuses formulas, unknown columns and wrong file types before anything is sent", async () => {
    await expect(rowsOf("企業一覧.csv", Buffer.from("管理番号,企業名\r\nC-1,=HYPERLINK(\"x\")\r\n"))).rejects.toThrow(/数式/);
    await expect(rowsOf("企業一覧.csv", Buffer.from("管理番号,企業名,好きな色\r\nC-1,株式会社A,赤\r\n"))).rejects.toThrow(/好きな色/);
    await expect(rowsOf("企業一覧.xls", Buffer.from("x"))).rejects.toBeInstanceOf(TalentImportFileError);
    await expect(rowsOf("企業一覧.xlsx", Buffer.from("管理番号,企業名\r\n"))).rejects.toThrow(/xlsx 形式ではありません/);
  });
});
