import { prefectureByCode } from "@jinjibu/domain";
import { coordinator, openHub, type TestHub } from "./helpers";

// The seeded demo data of the demand side (issue 15 §7): what a newcomer sees after `npm start` and a development sign-in.
describe("demand demo data", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await openHub("dmdemo");
  });
  afterAll(() => hub.close());

  it("has flagged demo needs in at least three regional blocks and matchings in every state", async () => {
    const needs = await hub.sql<{ prefecture_code: string; is_demo: boolean; title: string }>(`SELECT prefecture_code, is_demo, title FROM need`);
    expect(needs.length).toBeGreaterThanOrEqual(6);
    expect(needs.every((n) => n.is_demo && n.title.includes("デモ"))).toBe(true);
    expect(new Set(needs.map((n) => prefectureByCode(n.prefecture_code)?.block)).size).toBeGreaterThanOrEqual(3);
    const states = await hub.sql<{ status: string }>(`SELECT DISTINCT status FROM matching WHERE is_demo`);
    expect(states.map((s) => s.status).sort()).toEqual(["CONCLUDED", "INTERVIEWING", "INTRODUCED", "NOT_CONCLUDED", "PROPOSED"]);
    // Every matching past PROPOSED went through an accepted introduction with its provision record.
    const unlinked = await hub.sql(`SELECT m.id FROM matching m LEFT JOIN introduction i ON i.id = m.introduction_id
      LEFT JOIN provision_record r ON r.introduction_id = i.id
      WHERE m.status IN ('INTRODUCED', 'INTERVIEWING', 'CONCLUDED') AND (i.status IS DISTINCT FROM 'ACCEPTED' OR r.id IS NULL)`);
    expect(unlinked).toEqual([]);
  });

  it("shows 北海道エンブリッジ's coordinator a board with an item in every state and suggestions for its open need", async () => {
    const result = await hub.run(
      coordinator("op-hokkaido-enbridge"),
      `query { matchingBoard(perColumn: 5) { status labelJa count items { id isDemo need { title } } }
        ownNeeds(status: OPEN, first: 5) { edges { node { id title } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as { matchingBoard: { status: string; count: number; items: { isDemo: boolean }[] }[]; ownNeeds: { edges: { node: { id: string } }[] } };
    expect(data.matchingBoard.map((c) => [c.status, c.count > 0])).toEqual([
      ["PROPOSED", true],
      ["INTRODUCED", true],
      ["INTERVIEWING", true],
      ["CONCLUDED", true],
      ["NOT_CONCLUDED", true],
    ]);
    const need = data.ownNeeds.edges[0]!.node.id;
    const suggestions = await hub.run(coordinator("op-hokkaido-enbridge"), `query ($id: ID!) { needSuggestions(needId: $id) { items { score reasons { textJa } } } }`, { id: need });
    expect(suggestions.errors).toBeUndefined();
    expect((suggestions.data as { needSuggestions: { items: unknown[] } }).needSuggestions.items.length).toBeGreaterThan(0);
  });

  it("computes 燕's shared side-job person once in 実人数 and twice in 件", async () => {
    const result = await hub.run(coordinator("op-tsubameito"), `query { demandOutcomes(fiscalYear: 2026) { includesDemoData figures { metric value } byProgram { programLabelJa figures { metric value } } } }`);
    expect(result.errors).toBeUndefined();
    const report = (result.data as { demandOutcomes: { includesDemoData: boolean; figures: { metric: string; value: number }[] } }).demandOutcomes;
    expect(report.includesDemoData).toBe(true);
    expect(Object.fromEntries(report.figures.map((f) => [f.metric, f.value]))).toEqual({ people: 1, companies: 2, matchings: 2, interviews: 2 });
  });

  it("reads the board with each item's need, card, events and placement in a fixed number of statements", async () => {
    const BOARD = `query ($n: Int!) { matchingBoard(perColumn: $n) { status count items { id need { title companyLabelJa } card { cardId skills } events { toStatus }
      placement { startDate } talent { id } } } }`;
    hub.app.counter.reset();
    const one = await hub.run(coordinator("op-tsubameito"), BOARD, { n: 1 });
    expect(one.errors).toBeUndefined();
    const few = hub.app.counter.count;
    hub.app.counter.reset();
    const all = await hub.run(coordinator("op-tsubameito"), BOARD, { n: 50 });
    expect(all.errors).toBeUndefined();
    const items = (all.data as { matchingBoard: { items: unknown[] }[] }).matchingBoard.flatMap((c) => c.items);
    expect(items.length).toBe(2); // 燕: two concluded matchings (one item with perColumn 1)
    expect(hub.app.counter.count).toBe(few);
  });
});
