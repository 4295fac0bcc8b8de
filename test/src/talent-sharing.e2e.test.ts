import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { startHub, type Hub } from "./harness";

// security.md rows 14, 15, 20, 21, 25, 26, 27, 29, 30 through the gateway; the talent subgraph's own integration tests
// (subgraphs/talent/test) cover rows 22, 23, 24 and 28 below the resolvers.
const A = "op-dotdoto";
const B = "op-platform-aomori";

describe("talent sharing across regions through the gateway", () => {
  let hub: Hub;
  let person: string;
  let consentId: string;
  let cardId: string;
  beforeAll(async () => {
    hub = await startHub();
    const registered = await hub.query<{ registerTalentProfiles: { id: string }[] }>(
      `mutation { registerTalentProfiles(input: [{ displayName: "共有 さくら", kinds: [SIDE_JOB], skills: ["e2e営業"], availability: SIDE_JOB, email: "sakura@example.jp" }]) { id } }`,
      {},
      { as: { coordinator: A } },
    );
    person = registered.body.data!.registerTalentProfiles[0]!.id;
    const consent = await hub.query<{ grantConsent: { id: string } }>(
      `mutation ($t: ID!) { grantConsent(talentId: $t, input: { scope: NATIONWIDE, purposes: [SIDE_JOB_MATCHING], obtainedAt: "2026-04-01T10:00:00+09:00", method: WEB_FORM }) { id } }`,
      { t: person },
      { as: { coordinator: A } },
    );
    consentId = consent.body.data!.grantConsent.id;
  });
  afterAll(() => hub.stop());

  const SEARCH = `{ searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING, skill: "e2e営業" }) { totalCount edges { node { cardId skills ownerOperator { id nameJa } } } } }`;

  it("shows B a redacted card with the owner resolved from organizations, uncached, and audits the view", async () => {
    const response = await hub.query<{ searchSharedTalent: { totalCount: number; edges: { node: { cardId: string; skills: string[]; ownerOperator: { id: string; nameJa: string } } }[] } }>(
      SEARCH, {}, { as: { coordinator: B } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const page = response.body.data!.searchSharedTalent;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0]!.node).toEqual({ cardId: expect.stringMatching(/^card-/), skills: ["e2e営業"], ownerOperator: { id: A, nameJa: "一般社団法人ドット道東" } });
    cardId = page.edges[0]!.node.cardId;
    expect(await hub.sql("talent", `SELECT actor_operator_id, subject_talent_id, action FROM access_audit WHERE card_id = $1`, [cardId])).toEqual([
      { actor_operator_id: B, subject_talent_id: person, action: "CARD_VIEW" },
    ]);
    const own = await hub.query<{ searchSharedTalent: { totalCount: number } }>(SEARCH, {}, { as: { coordinator: A } });
    expect(own.body.data!.searchSharedTalent.totalCount).toBe(0);
    const anonymous = await hub.query(SEARCH);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("answers B's talentProfile and direct _entities for A's person with null, and refuses unsigned or forged calls", async () => {
    const byB = await hub.query(`query ($id: ID!) { talentProfile(id: $id) { id displayName } }`, { id: person }, { as: { coordinator: B } });
    expect(byB.body).toEqual({ data: { talentProfile: null } });
    const entities = { query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on TalentProfile { id displayName contact { email } } } }`, variables: { r: [{ __typename: "TalentProfile", id: person }] } };
    const post = (token?: string) =>
      fetch(hub.subgraphUrl("talent"), { method: "POST", headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(entities) });
    const asB = await post(await hub.gatewayToken("talent", { role: "COORDINATOR", operatorId: B, subject: "b" }));
    expect(await asB.json()).toEqual({ data: { _entities: [null] } });
    const asA = await post(await hub.gatewayToken("talent", { role: "COORDINATOR", operatorId: A, subject: "a" }));
    expect(await asA.json()).toEqual({ data: { _entities: [{ id: person, displayName: "共有 さくら", contact: { email: "sakura@example.jp" } }] } });
    expect((await post()).status).toBe(401);
    expect((await post(await hub.forgedGatewayToken("talent", { role: "COORDINATOR", operatorId: A, subject: "mallory" }))).status).toBe(401);
  });

  it("rejects B's writes to A's person", async () => {
    const update = await hub.query(`mutation ($id: ID!) { updateTalentProfile(id: $id, input: { skills: ["x"] }) { id } }`, { id: person }, { as: { coordinator: B } });
    expect(update.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await hub.sql("talent", `SELECT skills FROM talent_profile WHERE id = $1`, [person])).toEqual([{ skills: ["e2e営業"] }]);
  });

  it("gives B — only B — the contact after A accepts, with a provision record, and erasure removes the person everywhere", async () => {
    const requested = await hub.query<{ requestIntroduction: { id: string } }>(
      `mutation ($c: ID!) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "ご紹介ください") { id } }`,
      { c: cardId },
      { as: { coordinator: B } },
    );
    const id = requested.body.data!.requestIntroduction.id;
    const CONTACT = `query ($id: ID!) { introduction(id: $id) { status contact { displayName email } } }`;
    const before = await hub.query(CONTACT, { id }, { as: { coordinator: B } });
    expect(before.body.data).toEqual({ introduction: { status: "OPEN", contact: null } });
    expect(before.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const accepted = await hub.query(`mutation ($id: ID!) { acceptIntroduction(id: $id) { status } }`, { id }, { as: { coordinator: A } });
    expect(accepted.body).toEqual({ data: { acceptIntroduction: { status: "ACCEPTED" } } });
    const after = await hub.query(CONTACT, { id }, { as: { coordinator: B } });
    expect(after.body).toEqual({ data: { introduction: { status: "ACCEPTED", contact: { displayName: "共有 さくら", email: "sakura@example.jp" } } } });
    const other = await hub.query(CONTACT, { id }, { as: { coordinator: "op-tokachi" } });
    expect(other.body).toEqual({ data: { introduction: null } });
    const records = await hub.query(`query ($t: ID!) { provisionRecordsForPerson(talentId: $t) { recipientOperator { id nameJa } consentId items } }`, { t: person }, { as: { coordinator: A } });
    expect(records.body.data).toEqual({
      provisionRecordsForPerson: [{ recipientOperator: { id: B, nameJa: "特定非営利活動法人プラットフォームあおもり" }, consentId, items: ["displayName", "email", "phone"] }],
    });
    const erased = await hub.query(`mutation ($t: ID!) { erasePerson(talentId: $t) { provisionRecordsKept } }`, { t: person }, { as: { coordinator: A } });
    expect(erased.body).toEqual({ data: { erasePerson: { provisionRecordsKept: 1 } } });
    const search = await hub.query<{ searchSharedTalent: { totalCount: number } }>(SEARCH, {}, { as: { coordinator: B } });
    expect(search.body.data!.searchSharedTalent.totalCount).toBe(0);
  });

  it("applies a revocation to the next request through the gateway", async () => {
    const skill = `撤回${randomUUID().slice(0, 8)}`;
    const registered = await hub.query<{ registerTalentProfiles: { id: string }[] }>(
      `mutation ($s: String!) { registerTalentProfiles(input: [{ displayName: "撤回 テスト", kinds: [UI_TURN], skills: [$s], availability: FULL_TIME }]) { id } }`,
      { s: skill },
      { as: { coordinator: A } },
    );
    const id = registered.body.data!.registerTalentProfiles[0]!.id;
    const granted = await hub.query<{ grantConsent: { id: string } }>(
      `mutation ($t: ID!) { grantConsent(talentId: $t, input: { scope: NATIONWIDE, purposes: [EMPLOYMENT], obtainedAt: "2026-04-01T10:00:00+09:00", method: EMAIL }) { id } }`,
      { t: id },
      { as: { coordinator: A } },
    );
    const query = `query ($s: String!) { searchSharedTalent(filter: { purpose: EMPLOYMENT, skill: $s }) { totalCount } }`;
    expect((await hub.query(query, { s: skill }, { as: { coordinator: B } })).body.data).toEqual({ searchSharedTalent: { totalCount: 1 } });
    await hub.query(`mutation ($c: ID!) { revokeConsent(consentId: $c) { active } }`, { c: granted.body.data!.grantConsent.id }, { as: { coordinator: A } });
    expect((await hub.query(query, { s: skill }, { as: { coordinator: B } })).body.data).toEqual({ searchSharedTalent: { totalCount: 0 } });
  });
});
