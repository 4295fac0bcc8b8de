import type { SubgraphHarness } from "@jinjibu/test-utils";
import { admin, anonymous, codes, coordinator, grant, openTalent, OP_A, OP_B, OP_NO_BLOCK, OP_SAME_BLOCK, registerOne, search, site } from "./helpers";

describe("consent-scoped cross-region search", () => {
  let hub: SubgraphHarness;
  let nationwide: string;
  let sameBlock: string;
  let ownOnly: string;
  let otherPurpose: string;
  let expired: string;
  beforeAll(async () => {
    hub = await openTalent("shr", { withoutDemo: true });
    nationwide = await registerOne(hub, OP_A, { skills: ["法人営業", "副業での新規事業開発"], kinds: ["SIDE_JOB"], homePrefectureCode: "01", availability: "SIDE_JOB" });
    sameBlock = await registerOne(hub, OP_A, { skills: ["新人研修の企画"], kinds: ["MANAGEMENT_MENTOR"], homePrefectureCode: "13", availability: "PROJECT" });
    ownOnly = await registerOne(hub, OP_A, { skills: ["営業企画"], kinds: ["SIDE_JOB"] });
    otherPurpose = await registerOne(hub, OP_A, { skills: ["営業"], kinds: ["SIDE_JOB"] });
    expired = await registerOne(hub, OP_A, { skills: ["営業"], kinds: ["SIDE_JOB"] });
    await registerOne(hub, OP_A, { skills: ["営業"], kinds: ["SIDE_JOB"] }); // no consent at all
    await grant(hub, OP_A, nationwide, "NATIONWIDE", ["SIDE_JOB_MATCHING", "EMPLOYMENT"]);
    await grant(hub, OP_A, sameBlock, "SAME_BLOCK");
    await grant(hub, OP_A, ownOnly, "OWN_OPERATOR");
    await grant(hub, OP_A, otherPurpose, "NATIONWIDE", ["INTERNSHIP"]);
    const expiredConsent = await grant(hub, OP_A, expired, "NATIONWIDE");
    await hub.ownerSql(`UPDATE consent SET expires_at = now() - interval '1 day', obtained_at = now() - interval '30 days' WHERE id = $1`, [expiredConsent]);
  });
  afterAll(() => hub.close());

  const cardsOf = async (operatorId: string) => (await search(hub, coordinator(operatorId), {})).edges.map((e) => e.node);
  const talentOfCard = async (cardId: string) => (await hub.ownerSql<{ id: string }>(`SELECT id FROM talent_profile WHERE card_id = $1`, [cardId]))[0]!.id;

  it("shows another block only NATIONWIDE consents, the same block also SAME_BLOCK ones, for the purpose asked", async () => {
    const fromB = await cardsOf(OP_B);
    expect(await Promise.all(fromB.map((c) => talentOfCard(c.cardId)))).toEqual([nationwide]);
    const fromSameBlock = await cardsOf(OP_SAME_BLOCK);
    expect((await Promise.all(fromSameBlock.map((c) => talentOfCard(c.cardId)))).sort()).toEqual([nationwide, sameBlock].sort());
    const fromNoBlock = await cardsOf(OP_NO_BLOCK);
    expect(fromNoBlock).toHaveLength(1);
    const internship = await search(hub, coordinator(OP_B), { purpose: "INTERNSHIP" });
    expect(await Promise.all(internship.edges.map((e) => talentOfCard(e.node.cardId)))).toEqual([otherPurpose]);
  });

  it("never shows an operator its own people, and shows cards without names, contacts or profile ids", async () => {
    expect(await cardsOf(OP_A)).toEqual([]);
    const result = await hub.runAs(coordinator(OP_B), `query { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING }) { edges { node { cardId kinds kindLabelsJa skills yearsOfExperience availability availabilityLabelJa interestInRegion homePrefectureCode homePrefectureNameJa isDemo ownerOperator { id } } } } }`);
    const [card] = (result.data as { searchSharedTalent: { edges: { node: Record<string, unknown> } [] } }).searchSharedTalent.edges.map((e) => e.node);
    expect(card).toEqual({
      cardId: expect.stringMatching(/^card-[0-9a-f-]{36}$/),
      kinds: ["SIDE_JOB"],
      kindLabelsJa: ["兼業・副業人材"],
      skills: ["法人営業", "副業での新規事業開発"],
      yearsOfExperience: null,
      availability: "SIDE_JOB",
      availabilityLabelJa: "兼業・副業",
      interestInRegion: null,
      homePrefectureCode: "01",
      homePrefectureNameJa: "北海道",
      isDemo: false,
      ownerOperator: { id: OP_A },
    });
    expect(String(card!.cardId)).not.toContain(nationwide.replace(/^tp-/, ""));
    const noName = await hub.runAs(coordinator(OP_B), `query { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING }) { edges { node { displayName } } } }`);
    expect(noName.errors?.[0]?.message).toMatch(/Cannot query field "displayName" on type "TalentCard"/);
  });

  it("matches two-character Japanese skill words and filters by kind, prefecture, block and availability", async () => {
    const from = coordinator(OP_SAME_BLOCK);
    expect((await search(hub, from, { skill: "営業" })).totalCount).toBe(1);
    expect((await search(hub, from, { skill: "副業" })).totalCount).toBe(1);
    expect((await search(hub, from, { skill: "研修" })).totalCount).toBe(1);
    expect((await search(hub, from, { skill: "ＤＸ" })).totalCount).toBe(0);
    expect((await search(hub, from, { kinds: ["MANAGEMENT_MENTOR"] })).totalCount).toBe(1);
    expect((await search(hub, from, { prefectureCode: "13" })).totalCount).toBe(1);
    expect((await search(hub, from, { block: "HOKKAIDO" })).totalCount).toBe(1);
    expect((await search(hub, from, { block: "KANTO" })).totalCount).toBe(1);
    expect((await search(hub, from, { availability: "PROJECT" })).totalCount).toBe(1);
    expect((await search(hub, from, { skill: "' OR 1=1 --" })).totalCount).toBe(0);
    const bad = await hub.runAs(from, `query { searchSharedTalent(filter: { purpose: EMPLOYMENT, prefectureCode: "99" }) { totalCount } }`);
    expect(bad.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([["BAD_USER_INPUT", 'prefectureCode must be a JIS X 0401 code from "01" to "47".']]);
  });

  it("is for coordinators only", async () => {
    for (const viewer of [anonymous, admin, site(OP_B)]) {
      const result = await hub.runAs(viewer, `query { searchSharedTalent(filter: { purpose: EMPLOYMENT }) { totalCount } }`);
      expect(codes(result)).toEqual(["FORBIDDEN"]);
    }
  });

  it("applies a revocation to the very next request", async () => {
    const person = await registerOne(hub, OP_A, { skills: ["撤回テスト"] });
    const consentId = await grant(hub, OP_A, person, "NATIONWIDE");
    expect((await search(hub, coordinator(OP_B), { skill: "撤回テスト" })).totalCount).toBe(1);
    const revoke = await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { revokeConsent(consentId: $id) { id active revokedAt } }`, { id: consentId });
    expect((revoke.data as { revokeConsent: { active: boolean } }).revokeConsent.active).toBe(false);
    expect((await search(hub, coordinator(OP_B), { skill: "撤回テスト" })).totalCount).toBe(0);
    const [{ n }] = await hub.ownerSql<{ n: number }>(`SELECT count(*)::int AS n FROM access_audit WHERE subject_talent_id = $1`, [person]);
    expect(n).toBe(1);
  });
});
