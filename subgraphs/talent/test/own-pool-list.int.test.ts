import type { SubgraphHarness } from "@jinjibu/test-utils";
import { codes, coordinator, grant, openTalent, OP_A, OP_B, admin, registerOne } from "./helpers";

const LIST = `query ($filter: OwnPoolFilter, $sort: OwnPoolSort, $first: Int, $after: String) {
  ownTalentPool(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id displayName skills availability consents { active } } }
  }
}`;

interface ListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; displayName: string; skills: string[]; consents: { active: boolean }[] } }[];
}

describe("ownTalentPool: the workspace's searchable, sortable, paged list", () => {
  let hub: SubgraphHarness;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    hub = await openTalent("ownlist", { withoutDemo: true });
    ids.a = await registerOne(hub, OP_A, { displayName: "青木 一郎", skills: ["法人営業", "経営企画"], availability: "SIDE_JOB" });
    ids.b = await registerOne(hub, OP_A, { displayName: "井上 二郎", skills: ["ＤＸ推進"], availability: "FULL_TIME", kinds: ["UI_TURN"] });
    ids.c = await registerOne(hub, OP_A, { displayName: "上田 三郎", skills: ["研修講師"], availability: "SIDE_JOB" });
    ids.other = await registerOne(hub, OP_B, { displayName: "青木 他社", skills: ["法人営業"] });
    await grant(hub, OP_A, ids.a, "NATIONWIDE");
    const revoked = await grant(hub, OP_A, ids.c, "SAME_BLOCK");
    await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { revokeConsent(consentId: $id) { id } }`, { id: revoked });
  });
  afterAll(() => hub.close());

  const list = async (variables: Record<string, unknown>, viewer = coordinator(OP_A)) => {
    const result = await hub.runAs(viewer, LIST, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as { ownTalentPool: ListPage }).ownTalentPool;
  };
  const names = (page: ListPage) => page.edges.map((e) => e.node.displayName);

  it("finds people by name or by skill (width-normalised) and never another operator's", async () => {
    expect(names(await list({ filter: { text: "青木" } }))).toEqual(["青木 一郎"]);
    expect(names(await list({ filter: { text: "営業" } }))).toEqual(["青木 一郎"]);
    expect(names(await list({ filter: { text: "DX" } }))).toEqual(["井上 二郎"]);
    expect(names(await list({ filter: { text: "100%" } }))).toEqual([]);
  });

  it("filters by kind, availability and consent state", async () => {
    expect(names(await list({ filter: { kind: "UI_TURN" } }))).toEqual(["井上 二郎"]);
    // NAME orders by character code: 上 (U+4E0A) before 青 (U+9752).
    expect(names(await list({ filter: { availability: "SIDE_JOB" }, sort: "NAME" }))).toEqual(["上田 三郎", "青木 一郎"]);
    expect(names(await list({ filter: { consentState: "ACTIVE" } }))).toEqual(["青木 一郎"]);
    // A revoked consent is no consent in force.
    expect(names(await list({ filter: { consentState: "NONE_ACTIVE" }, sort: "REGISTERED_OLDEST" }))).toEqual(["井上 二郎", "上田 三郎"]);
  });

  it("sorts and pages with a total", async () => {
    const first = await list({ sort: "REGISTERED_OLDEST", first: 2 });
    expect(first.totalCount).toBe(3);
    expect(names(first)).toEqual(["青木 一郎", "井上 二郎"]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ sort: "REGISTERED_OLDEST", first: 2, after: first.pageInfo.endCursor });
    expect(names(second)).toEqual(["上田 三郎"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(names(await list({ sort: "REGISTERED_NEWEST" }))).toEqual(["上田 三郎", "井上 二郎", "青木 一郎"]);
  });

  it("reads a page of 3 people with their contacts and consents in a fixed number of statements", async () => {
    hub.app.counter.reset();
    await list({ first: 50 });
    const three = hub.app.counter.count;
    await registerOne(hub, OP_A, { displayName: "江藤 四郎" });
    await registerOne(hub, OP_A, { displayName: "大野 五郎" });
    hub.app.counter.reset();
    const page = await list({ first: 50 });
    expect(page.totalCount).toBe(5);
    expect(hub.app.counter.count).toBe(three);
  });

  it("refuses bad input with the field and what is allowed, and anyone but the pool's staff", async () => {
    const long = await hub.runAs(coordinator(OP_A), LIST, { filter: { text: "あ".repeat(101) } });
    expect(codes(long)).toEqual(["BAD_USER_INPUT"]);
    expect(long.errors![0]!.message).toBe("text must be 1 to 100 characters (omit it to list everyone).");
    const blank = await hub.runAs(coordinator(OP_A), LIST, { filter: { text: "  " } });
    expect(codes(blank)).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await hub.runAs(admin, LIST, {}))).toEqual(["FORBIDDEN"]);
    expect(names(await list({}, coordinator(OP_B)))).toEqual(["青木 他社"]);
  });
});
