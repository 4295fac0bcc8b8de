import { poolFigures } from "@jinjibu/db";
import type { SubgraphHarness } from "@jinjibu/test-utils";
import { lookupGrams } from "../src/services/talent-search.service";
import { codes, coordinator, grant, openTalent, OP_A, OP_B, registerOne } from "./helpers";

const SEARCH = `query ($f: SharedTalentFilter!, $first: Int, $after: String) {
  searchSharedTalent(filter: $f, first: $first, after: $after) {
    totalCount totalCountIsLowerBound
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { cardId skills } }
    facets { isLowerBound byKind { kind kindLabelJa count } byBlock { block blockLabelJa count } }
  }
}`;

interface Page {
  totalCount: number;
  totalCountIsLowerBound: boolean;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { cardId: string; skills: string[] } }[];
  facets: { isLowerBound: boolean; byKind: { kind: string; count: number }[]; byBlock: { block: string; count: number }[] };
}

describe("searchSharedTalent: ranking, keyset paging, facets and bad input", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("srh", { withoutDemo: true });
    const people: [string[], string, string][] = [
      [["法人営業", "研修講師", "経理"], "SIDE_JOB", "01"],
      [["法人営業"], "UI_TURN", "02"],
      [["研修講師", "経理"], "SIDE_JOB", "13"],
      [["ｹｲﾘ事務", "法人営業"], "SENIOR", "13"],
      [["デザイン"], "SIDE_JOB", "40"],
      [["経営企画"], "FOREIGN", "47"],
    ];
    for (const [skills, kind, prefecture] of people) {
      const id = await registerOne(hub, OP_A, { skills, kinds: [kind], homePrefectureCode: prefecture });
      await grant(hub, OP_A, id, "NATIONWIDE");
    }
  });
  afterAll(() => hub.close());

  const run = (filter: Record<string, unknown>, first?: number, after?: string) =>
    hub.runAs(coordinator(OP_B), SEARCH, { f: { purpose: "SIDE_JOB_MATCHING", ...filter }, first, after });
  const page = async (filter: Record<string, unknown>, first?: number, after?: string): Promise<Page> => {
    const result = await run(filter, first, after);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as { searchSharedTalent: Page }).searchSharedTalent;
  };

  it("ranks by how many requested skills match, then the most recently registered", async () => {
    const ranked = await page({ skills: ["営業", "研修", "経理"] });
    expect(ranked.edges.map((e) => e.node.skills)).toEqual([
      ["法人営業", "研修講師", "経理"],
      ["研修講師", "経理"],
      ["ｹｲﾘ事務", "法人営業"],
      ["法人営業"],
    ]);
    expect(ranked.totalCount).toBe(4);
    // Seven skills (more than are ranked by pairs): the same ranking, over the window of the most recent matches.
    const many = await page({ skills: ["営業", "研修", "経理", "無人島", "宇宙", "深海", "火山"] });
    expect(many.edges.map((e) => e.node.skills)).toEqual(ranked.edges.map((e) => e.node.skills));
  });

  it("matches one- and two-character words and half-width kana through the same normalisation", async () => {
    expect((await page({ skill: "営業" })).totalCount).toBe(3);
    expect((await page({ skill: "経" })).totalCount).toBe(3);
    expect((await page({ skill: "けいり" })).totalCount).toBe(0);
    expect((await page({ skill: "ケイリ" })).totalCount).toBe(1);
    expect((await page({ skill: "ﾃﾞｻﾞｲﾝ" })).totalCount).toBe(1);
    expect((await page({ skill: "人営" })).totalCount).toBe(3);
    expect((await page({ skill: "営業研修" })).totalCount).toBe(0);
  });

  it("looks a long word up by three of its pieces and still matches only the word itself", async () => {
    // 営業研修講師: pairs 営業 業研 研修 修講 講師, looked up by 営業, 研修 and 講師 — all in the first person's skills, but
    // in separate skills (法人営業 / 研修講師): the substring recheck keeps that person out.
    expect(lookupGrams("営業研修講師")).toEqual(["営業", "研修", "講師"]);
    expect((await page({ skill: "営業研修講師" })).totalCount).toBe(0);
    expect((await page({ skill: "ｹｲﾘ事務" })).totalCount).toBe(1);
    const ranked = await page({ skills: ["営業研修講師", "経理"] });
    expect(ranked.edges.map((e) => e.node.skills)).toEqual([["研修講師", "経理"], ["法人営業", "研修講師", "経理"]]);
  });

  it("pages by keyset without gaps or repeats, and refuses another search's or an edited cursor", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i += 1) {
      const p = await page({ skills: ["営業", "研修", "経理", "デザイン", "経営"] }, 2, after);
      seen.push(...p.edges.map((e) => e.node.cardId));
      expect(p.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor!;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    // Pages of two cross from the cards with two or more of the skills to those with one, in the order of one page of all.
    const whole = await page({ skills: ["営業", "研修", "経理", "デザイン", "経営"] }, 100);
    expect(seen).toEqual(whole.edges.map((e) => e.node.cardId));
    const plain = await page({}, 2);
    const other = await run({ skill: "営業" }, 2, plain.pageInfo.endCursor!);
    expect(codes(other)).toEqual(["BAD_USER_INPUT"]);
    const [payload, sig] = plain.pageInfo.endCursor!.split(".");
    const edited = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), c: "card-z" })).toString("base64url");
    for (const cursor of [`${edited}.${sig}`, "bm9wZQ", "o:1", "a.b.c"]) {
      const tampered = await run({}, 2, cursor);
      expect(tampered.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ["BAD_USER_INPUT", "`after` is not a cursor this search issued: pass an `endCursor` from a previous page of the same search."],
      ]);
    }
  });

  it("counts facets by kind and by regional block for the current filter", async () => {
    const all = await page({});
    expect(all.facets.isLowerBound).toBe(false);
    expect(all.facets.byKind[0]).toEqual({ kind: "SIDE_JOB", kindLabelJa: "兼業・副業人材", count: 3 });
    expect(Object.fromEntries(all.facets.byKind.map((k) => [k.kind, k.count]))).toEqual({ SIDE_JOB: 3, UI_TURN: 1, FOREIGN: 1, SENIOR: 1 });
    const blocks = Object.fromEntries(all.facets.byBlock.map((b) => [b.block, b.count]));
    expect(blocks).toEqual({ HOKKAIDO: 1, TOHOKU: 1, KANTO: 2, KYUSHU: 1, OKINAWA: 1 });
    const kanto = await page({ block: "KANTO" });
    expect(kanto.facets.byBlock.map((b) => [b.block, b.count])).toEqual([["KANTO", 2]]);
  });

  it("reads a constant number of statements per page, counts beside the page when a connection is free, and skips the count when nothing asks for it", async () => {
    const run = async (query: string) => {
      hub.app.counter.reset();
      hub.app.counter.recordStatements = true;
      try {
        const result = await hub.runAs(coordinator(OP_B), query);
        expect(result.errors).toBeUndefined();
        answers.push(result.data);
        return [...hub.app.counter.statements];
      } finally {
        hub.app.counter.recordStatements = false;
      }
    };
    const answers: unknown[] = [];
    const COUNTED = `{ searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING }, first: 100) { totalCount facets { byKind { kind count } } edges { node { cardId ownerOperator { id } } } } }`;
    await hub.runAs(coordinator(OP_B), COUNTED); // reads the viewer's block, once a minute per operator
    const alone = await run(COUNTED);
    const withoutCounts = await run(`{ searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING }, first: 100) { edges { node { cardId } } } }`);
    const search = (statements: string[]) => statements.filter((s) => s.includes("FROM shared_card"));
    // The pool is idle: the page with the audit rows of its 100 cards (one statement) in the request's transaction
    // (BEGIN with set_config, COMMIT), and beside it the bounded count and facets in a read-only one (the same three).
    expect(alone).toHaveLength(6);
    const [page, count] = [search(alone).find((s) => s.includes("INSERT INTO access_audit"))!, search(alone).find((s) => s.includes("AS sampled"))!];
    expect(page).not.toMatch(/AS sampled/);
    expect(count).not.toMatch(/INSERT/);
    expect(alone.filter((s) => /^START TRANSACTION READ ONLY; SELECT set_config\('app\.operator_id'/.test(s))).toHaveLength(1);
    // Nothing asks for a count: the page alone.
    expect(withoutCounts).toHaveLength(3);
    expect(search(withoutCounts)).toHaveLength(1);
    expect(search(withoutCounts)[0]).not.toMatch(/AS sampled/);
    expect(search(withoutCounts)[0]).toMatch(/INSERT INTO access_audit/);
    expect(alone.join("\n")).not.toMatch(/current_block\(\) AS block/);

    // Every other connection of the pool is taken: the count is part of the page's statement, and nothing waits.
    const max = poolFigures(hub.app.dataSource)!.max;
    const held = await Promise.all(Array.from({ length: max - 1 }, async () => {
      const runner = hub.app.dataSource.createQueryRunner();
      await runner.connect();
      return runner;
    }));
    try {
      const busy = await run(COUNTED);
      expect(busy).toHaveLength(3);
      expect(search(busy)).toHaveLength(1);
      expect(search(busy)[0]).toMatch(/AS sampled/);
      expect(search(busy)[0]).toMatch(/INSERT INTO access_audit/);
    } finally {
      await Promise.all(held.map((runner) => runner.release()));
    }
    // Either way the same answer: the page, the count and the facets.
    expect(answers[2]).toEqual(answers[0]);
  });

  it("refuses bad input as BAD_USER_INPUT naming the field, and writes nothing (no audit row)", async () => {
    const [{ n: before }] = await hub.ownerSql<{ n: number }>(`SELECT count(*)::int AS n FROM access_audit`);
    const cases: [Record<string, unknown>, number | undefined, RegExp][] = [
      [{ purpose: null }, undefined, /filter\.purpose is required/],
      [{ skill: "あ".repeat(51) }, undefined, /filter\.skill must be 1 to 50 characters/],
      [{ skill: "   " }, undefined, /filter\.skill must be 1 to 50 characters/],
      [{ skills: Array.from({ length: 21 }, (_, i) => `s${i}`) }, undefined, /filter\.skills may list at most 20/],
      [{ skills: ["営業", "x".repeat(60)] }, undefined, /filter\.skills\[1\] must be 1 to 50/],
      [{ skill: "営\u0000業" }, undefined, /filter\.skill must not contain a NUL/],
      [{ skills: ["\ud800"] }, undefined, /filter\.skills\[0\] must be valid Unicode/],
      [{}, 101, /`first` must be between 1 and 100/],
      [{}, 0, /`first` must be between 1 and 100/],
      [{ prefectureCode: "48" }, undefined, /prefectureCode must be a JIS X 0401 code/],
      [{ kinds: [] }, undefined, /kinds, when given, must list at least one kind/],
    ];
    for (const [filter, first, message] of cases) {
      const result = await run(filter, first);
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors![0]!.message).toMatch(message);
    }
    const unknownKind = await run({ kinds: ["WIZARD"] });
    expect(unknownKind.errors?.[0]?.message).toMatch(/WIZARD/);
    const [{ n: after }] = await hub.ownerSql<{ n: number }>(`SELECT count(*)::int AS n FROM access_audit`);
    expect(after).toBe(before);
  });
});
