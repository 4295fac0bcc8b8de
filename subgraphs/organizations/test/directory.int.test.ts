import { openSubgraph, viewers, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

const coordinatorOf = (operatorId: string) => viewers.coordinator(operatorId, `coord-${operatorId}`);

const DIRECTORY = `query($search: String, $prefectureCode: String, $municipalityId: ID) {
  directory(search: $search, prefectureCode: $prefectureCode, municipalityId: $municipalityId) {
    totalOperators
    blocks { block nameJa operatorCount prefectures { prefecture { code } nameJa operators { id } } }
  }
}`;

type Directory = {
  totalOperators: number;
  blocks: { block: string | null; nameJa: string; operatorCount: number; prefectures: { prefecture: { code: string } | null; nameJa: string; operators: { id: string }[] }[] }[];
};

describe("national directory", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openSubgraph(subgraph, "org_dir");
  });
  afterAll(() => hub.close());

  const directory = async (variables: Record<string, unknown> = {}): Promise<Directory> => {
    const result = await hub.run(DIRECTORY, variables);
    expect(result.errors).toBeUndefined();
    return (result.data as { directory: Directory }).directory;
  };

  it("lists the 89 licensed operators in all nine blocks north to south, then the unassigned group", async () => {
    const d = await directory();
    expect(d.totalOperators).toBe(89);
    expect(d.blocks.map((b) => [b.block, b.nameJa, b.operatorCount])).toEqual([
      ["HOKKAIDO", "北海道", 8],
      ["TOHOKU", "東北", 8],
      ["KANTO", "関東", 16],
      ["CHUBU", "中部", 8],
      ["KINKI", "近畿", 5],
      ["CHUGOKU", "中国", 8],
      ["SHIKOKU", "四国", 1],
      ["KYUSHU", "九州", 4],
      ["OKINAWA", "沖縄", 1],
      [null, "地域ブロック未登録", 30],
    ]);
    const unassigned = d.blocks[9];
    expect(unassigned.prefectures).toHaveLength(1);
    expect(unassigned.prefectures[0].prefecture).toBeNull();
    expect(unassigned.prefectures[0].nameJa).toBe("都道府県未登録");
    const ids = unassigned.prefectures[0].operators.map((o) => o.id);
    expect(ids).toHaveLength(30);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain("op-kazami");
    const kanto = d.blocks[2];
    expect(kanto.prefectures.map((p) => [p.prefecture?.code, p.nameJa, p.operators.length])).toEqual([
      ["08", "茨城県", 5],
      ["09", "栃木県", 1],
      ["10", "群馬県", 2],
      ["14", "神奈川県", 1],
      ["15", "新潟県", 1],
      ["20", "長野県", 3],
      ["22", "静岡県", 3],
    ]);
    // Operators without a licence (the five Kanto leads that were never adopted) are not listed.
    const listed = d.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators.map((o) => o.id)));
    expect(listed).toHaveLength(89);
    expect(listed).not.toContain("op-hits");
  });

  it("puts an operator with a known block but unknown prefecture under 都道府県未登録 in its block", async () => {
    await hub.sql(`UPDATE operator SET prefecture_code = NULL, prefecture_source = NULL WHERE id = 'op-meguru'`);
    try {
      const d = await directory();
      expect(d.totalOperators).toBe(89);
      const kanto = d.blocks[2];
      expect(kanto.operatorCount).toBe(16);
      expect(kanto.prefectures.at(-1)).toEqual({ prefecture: null, nameJa: "都道府県未登録", operators: [{ id: "op-meguru" }] });
      expect(kanto.prefectures.find((p) => p.prefecture?.code === "20")?.operators).toEqual([{ id: "op-matsumoto-cci" }, { id: "op-obuse-hub" }]);
    } finally {
      await hub.sql(`UPDATE operator SET prefecture_code = '20', prefecture_source = 'S3 FY2022 A7; S0; S2' WHERE id = 'op-meguru'`);
    }
  });

  it("filters by spelling variant, prefecture and municipality served, keeping all ten groups", async () => {
    const bySearch = await directory({ search: "クラビズ" });
    expect(bySearch.totalOperators).toBe(1);
    expect(bySearch.blocks).toHaveLength(10);
    expect(bySearch.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators))).toEqual([{ id: "op-clabiz" }]);

    const nagano = await directory({ prefectureCode: "20" });
    expect(nagano.totalOperators).toBe(3);
    expect(nagano.blocks[2].prefectures).toEqual([
      { prefecture: { code: "20" }, nameJa: "長野県", operators: [{ id: "op-matsumoto-cci" }, { id: "op-meguru" }, { id: "op-obuse-hub" }] },
    ]);
    expect(nagano.blocks.filter((b) => b.operatorCount > 0)).toHaveLength(1);

    const shiojiri = await directory({ municipalityId: "mun-shiojiri" });
    expect(shiojiri.totalOperators).toBe(1);
    expect(shiojiri.blocks[2].prefectures[0].operators).toEqual([{ id: "op-meguru" }]);

    const nowhere = await directory({ municipalityId: "mun-nope" });
    expect(nowhere.totalOperators).toBe(0);
    expect(nowhere.blocks.map((b) => b.operatorCount)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("shows anonymous viewers only public licence fields", async () => {
    const query = `{ operator(id: "op-dotdoto") { logoLicense { status reason updatedBy } } }`;
    const anonymous = await hub.run(query);
    expect(anonymous.data).toEqual({ operator: { logoLicense: { status: "ADOPTED", reason: null, updatedBy: null } } });
    expect(anonymous.errors?.map((e) => [e.path?.join("."), e.extensions?.code])).toEqual([
      ["operator.logoLicense.reason", "FORBIDDEN"],
      ["operator.logoLicense.updatedBy", "FORBIDDEN"],
    ]);
    const other = await hub.run(query, {}, coordinatorOf("op-meguru"));
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const own = await hub.run(query, {}, coordinatorOf("op-dotdoto"));
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ operator: { logoLicense: { status: "ADOPTED", reason: null, updatedBy: "seed" } } });
  });

  describe("paging", () => {
    const PAGED = `query($first: Int, $after: String, $prefectureCode: String) {
      directory(first: $first, after: $after, prefectureCode: $prefectureCode) {
        totalOperators
        blocks { block operatorCount prefectures { prefecture { code } operators { id } } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    type Paged = Directory & { pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } };
    const paged = async (variables: Record<string, unknown>): Promise<Paged> => {
      const result = await hub.run(PAGED, variables);
      expect(result.errors).toBeUndefined();
      return (result.data as { directory: Paged }).directory;
    };
    const idsOf = (d: Directory) => d.blocks.flatMap((b) => b.prefectures.flatMap((p) => p.operators.map((o) => o.id)));

    it("lists the whole directory on one page by default, and the same operators in the same order page by page", async () => {
      const whole = await paged({});
      expect(idsOf(whole)).toHaveLength(89);
      expect(whole.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: expect.any(String), endCursor: expect.any(String) });
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const page: Paged = await paged({ first: 25, after });
        pages += 1;
        // Counts are the whole directory's on every page; the ten groups are always there.
        expect(page.totalOperators).toBe(89);
        expect(page.blocks.map((b) => b.operatorCount)).toEqual(whole.blocks.map((b) => b.operatorCount));
        expect(idsOf(page).length).toBe(pages < 4 ? 25 : 14);
        expect(page.pageInfo.hasPreviousPage).toBe(pages > 1);
        seen.push(...idsOf(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(4);
      expect(seen).toEqual(idsOf(whole));
      // Within a filter too: Nagano's three operators, two then one.
      const first = await paged({ prefectureCode: "20", first: 2 });
      const second = await paged({ prefectureCode: "20", first: 2, after: first.pageInfo.endCursor });
      expect([idsOf(first), idsOf(second), second.pageInfo.hasNextPage]).toEqual([["op-matsumoto-cci", "op-meguru"], ["op-obuse-hub"], false]);
    });

    it("refuses a page size outside 1–100 or a cursor it did not issue, naming what is allowed", async () => {
      for (const first of [0, 101, -5]) {
        const result = await hub.run(PAGED, { first });
        expect(result.data).toBeNull();
        expect(result.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["BAD_USER_INPUT", `\`first\` must be between 1 and 100; got ${first}.`]]);
        expect(result.errors?.[0]?.extensions?.messageJa).toMatch(/1から100まで/);
      }
      const forged = await hub.run(PAGED, { after: "not-a-cursor" });
      expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(forged.errors?.[0]?.message).toMatch(/endCursor/);
      expect(forged.errors?.[0]?.extensions?.messageJa).toMatch(/endCursor/);
    });
  });
});
