import "reflect-metadata";
import { startHub, type Hub } from "./harness";

// Issue 8 and 10 §3 through the gateway: the bounded search with facets, bad input as BAD_USER_INPUT, idempotent creation.
const A = "op-dotdoto";
const B = "op-platform-aomori";

describe("cross-region talent search and idempotent talent writes through the gateway", () => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub.stop());

  const SEARCH = `query ($f: SharedTalentFilter!, $first: Int, $after: String) { searchSharedTalent(filter: $f, first: $first, after: $after) {
    totalCount totalCountIsLowerBound pageInfo { hasNextPage endCursor } facets { isLowerBound byKind { kind count } byBlock { block count } }
    edges { node { cardId skills } } } }`;
  type Page = { totalCount: number; totalCountIsLowerBound: boolean; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { cardId: string } }[] };

  it("registers once per idempotency key, and finds the people by a two-character word with facets", async () => {
    const REGISTER = `mutation ($input: [RegisterTalentProfileInput!]!, $key: String) { registerTalentProfiles(input: $input, idempotencyKey: $key) { id } }`;
    const input = [1, 2, 3].map((i) => ({ displayName: `検索 ${i}`, kinds: ["SIDE_JOB"], skills: [`e2e検索営業${i}`], availability: "SIDE_JOB", homePrefectureCode: "01" }));
    const first = await hub.query<{ registerTalentProfiles: { id: string }[] }>(REGISTER, { input, key: "e2e-search-key-1" }, { as: { coordinator: A } });
    const retry = await hub.query<{ registerTalentProfiles: { id: string }[] }>(REGISTER, { input, key: "e2e-search-key-1" }, { as: { coordinator: A } });
    expect(retry.body).toEqual(first.body);
    const ids = first.body.data!.registerTalentProfiles.map((p) => p.id);
    expect(await hub.sql("talent", `SELECT count(*)::int AS n FROM talent_profile WHERE id = ANY($1)`, [ids])).toEqual([{ n: 3 }]);
    for (const id of ids) {
      const granted = await hub.query(
        `mutation ($t: ID!) { grantConsent(talentId: $t, input: { scope: NATIONWIDE, purposes: [SIDE_JOB_MATCHING], obtainedAt: "2026-04-01T10:00:00+09:00", method: WEB_FORM }) { id } }`,
        { t: id },
        { as: { coordinator: A } },
      );
      expect(granted.body.errors).toBeUndefined();
    }
    const page1 = await hub.query<{ searchSharedTalent: Page }>(SEARCH, { f: { purpose: "SIDE_JOB_MATCHING", skill: "e2e検索" }, first: 2 }, { as: { coordinator: B } });
    expect(page1.body.errors).toBeUndefined();
    const p1 = page1.body.data!.searchSharedTalent;
    expect(p1).toMatchObject({ totalCount: 3, totalCountIsLowerBound: false, facets: { isLowerBound: false, byKind: [{ kind: "SIDE_JOB", count: 3 }], byBlock: [{ block: "HOKKAIDO", count: 3 }] } });
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const page2 = await hub.query<{ searchSharedTalent: Page }>(SEARCH, { f: { purpose: "SIDE_JOB_MATCHING", skill: "e2e検索" }, first: 2, after: p1.pageInfo.endCursor }, { as: { coordinator: B } });
    const p2 = page2.body.data!.searchSharedTalent;
    expect(p2.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...p1.edges, ...p2.edges].map((e) => e.node.cardId)).size).toBe(3);
  });

  it("answers bad search input with BAD_USER_INPUT and writes no audit row", async () => {
    const [{ n: before }] = await hub.sql<{ n: number }>("talent", `SELECT count(*)::int AS n FROM access_audit`);
    const bad: [Record<string, unknown>, number | undefined][] = [
      [{ skill: "営業" }, undefined],
      [{ purpose: "SIDE_JOB_MATCHING", kinds: ["WIZARD"] }, undefined],
      [{ purpose: "SIDE_JOB_MATCHING", skill: "x".repeat(51) }, undefined],
      [{ purpose: "SIDE_JOB_MATCHING", skills: Array.from({ length: 21 }, (_, i) => `s${i}`) }, undefined],
      [{ purpose: "SIDE_JOB_MATCHING" }, 101],
      [{ purpose: "SIDE_JOB_MATCHING", skill: "営\u0000業" }, undefined],
    ];
    for (const [f, first] of bad) {
      const response = await hub.query(SEARCH, { f, first }, { as: { coordinator: B } });
      expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    }
    const tampered = await hub.query(SEARCH, { f: { purpose: "SIDE_JOB_MATCHING" }, after: "eyJyIjoiMjAyNi0wNC0wMSJ9.abc" }, { as: { coordinator: B } });
    expect(tampered.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["BAD_USER_INPUT", "`after` is not a cursor this search issued: pass an `endCursor` from a previous page of the same search."],
    ]);
    const [{ n: after }] = await hub.sql<{ n: number }>("talent", `SELECT count(*)::int AS n FROM access_audit`);
    expect(after).toBe(before);
  });
});
