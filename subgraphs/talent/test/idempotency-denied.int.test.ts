import type { SubgraphHarness } from "@jinjibu/test-utils";
import { randomUUID } from "node:crypto";
import { codes, coordinator, grant, openTalent, OP_A, OP_B, registerOne, search, site } from "./helpers";

const REGISTER_KEYED = `mutation ($input: [RegisterTalentProfileInput!]!, $key: String) {
  registerTalentProfiles(input: $input, idempotencyKey: $key) { id displayName kindLabelsJa }
}`;
const person = (name: string) => ({ displayName: name, kinds: ["SIDE_JOB"], skills: ["法人営業"], availability: "SIDE_JOB" });

describe("idempotent creating mutations", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("idm", { withoutDemo: true });
  });
  afterAll(() => hub.close());

  const profiles = async () => (await hub.ownerSql<{ n: number }>(`SELECT count(*)::int AS n FROM talent_profile`))[0]!.n;

  it("registers once for a retried key, replays the first result, and refuses the key for another input", async () => {
    const before = await profiles();
    const first = await hub.runAs(coordinator(OP_A), REGISTER_KEYED, { input: [person("冪等 一郎")], key: "retry-key-0001" });
    const retry = await hub.runAs(coordinator(OP_A), REGISTER_KEYED, { input: [person("冪等 一郎")], key: "retry-key-0001" });
    expect(first.errors).toBeUndefined();
    expect(retry).toEqual(first);
    expect(await profiles()).toBe(before + 1);
    const other = await hub.runAs(coordinator(OP_A), REGISTER_KEYED, { input: [person("別人 二郎")], key: "retry-key-0001" });
    expect(codes(other)).toEqual(["CONFLICT"]);
    // Keys are the caller's: the same key from another caller is a new request.
    const bySite = await hub.runAs(site(OP_A), REGISTER_KEYED, { input: [person("冪等 一郎")], key: "retry-key-0001" });
    expect(bySite.errors).toBeUndefined();
    expect(await profiles()).toBe(before + 2);
    for (const key of ["short", "k".repeat(201), "bad\u0000key-1234"]) {
      const bad = await hub.runAs(coordinator(OP_A), REGISTER_KEYED, { input: [person("鍵 不正")], key });
      expect(codes(bad)).toEqual(["BAD_USER_INPUT"]);
      expect(bad.errors![0]!.message).toMatch(/idempotencyKey/);
    }
    expect(await profiles()).toBe(before + 2);
  });

  it("grants a consent and requests an introduction once per key", async () => {
    const talentId = await registerOne(hub, OP_A, { skills: ["冪等紹介"] });
    const keyed = `mutation ($t: ID!, $input: GrantConsentInput!, $key: String) { grantConsent(talentId: $t, input: $input, idempotencyKey: $key) { id scopeLabelJa } }`;
    const input = { scope: "NATIONWIDE", purposes: ["SIDE_JOB_MATCHING"], obtainedAt: "2026-04-01T10:00:00+09:00", method: "WEB_FORM" };
    const a = await hub.runAs(coordinator(OP_A), keyed, { t: talentId, input, key: "consent-key-1" });
    const b = await hub.runAs(coordinator(OP_A), keyed, { t: talentId, input, key: "consent-key-1" });
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
    expect(await hub.ownerSql(`SELECT count(*)::int AS n FROM consent WHERE talent_id = $1`, [talentId])).toEqual([{ n: 1 }]);

    const [card] = (await search(hub, coordinator(OP_B), { skill: "冪等紹介" })).edges;
    const ask = `mutation ($c: ID!, $key: String) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "ご紹介ください", idempotencyKey: $key) { id status } }`;
    const r1 = await hub.runAs(coordinator(OP_B), ask, { c: card!.node.cardId, key: "intro-key-0001" });
    const r2 = await hub.runAs(coordinator(OP_B), ask, { c: card!.node.cardId, key: "intro-key-0001" });
    expect(r1.errors).toBeUndefined();
    expect(r2).toEqual(r1);
    const r3 = await hub.runAs(coordinator(OP_B), ask, { c: card!.node.cardId, key: "intro-key-0002" });
    expect(codes(r3)).toEqual(["CONFLICT"]);
    // The stored results hold personal data: another operator's connection sees none of them.
    const visible = await hub.app.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.operator_id', $1, true)`, [OP_B]);
      return em.query(`SELECT operation FROM idempotency_key ORDER BY operation`);
    });
    expect(visible).toEqual([{ operation: "requestIntroduction" }]);
  });
});

describe("denied reads of personal data are on record", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("dny", { withoutDemo: true });
  });
  afterAll(() => hub.close());

  const denied = (requestId: string) =>
    hub.ownerSql<Record<string, unknown>>(
      `SELECT action, outcome, reason, actor_operator_id, actor_subject, subject_operator_id, subject_talent_id FROM access_audit WHERE request_id = $1`,
      [requestId],
    );

  it("records a contact read before acceptance and after revocation, with actor, reason and request id", async () => {
    const talentId = await registerOne(hub, OP_A, { skills: ["拒否記録"] });
    const consentId = await grant(hub, OP_A, talentId, "NATIONWIDE");
    const [card] = (await search(hub, coordinator(OP_B), { skill: "拒否記録" })).edges;
    const asked = await hub.runAs(coordinator(OP_B), `mutation ($c: ID!) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "お願いします") { id } }`, { c: card!.node.cardId });
    const introId = (asked.data as { requestIntroduction: { id: string } }).requestIntroduction.id;
    const CONTACT = `query ($id: ID!) { introduction(id: $id) { contact { email } } }`;

    const early = randomUUID();
    const before = await hub.runAs(coordinator(OP_B), CONTACT, { id: introId }, early);
    expect(codes(before)).toEqual(["FORBIDDEN"]);
    expect(await denied(early)).toEqual([
      {
        action: "CONTACT_VIEW",
        outcome: "DENIED",
        reason: "Contact details are shown only after the owning operator accepts.",
        actor_operator_id: OP_B,
        actor_subject: `coord@${OP_B}`,
        subject_operator_id: OP_A,
        subject_talent_id: talentId,
      },
    ]);

    expect((await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { acceptIntroduction(id: $id) { status } }`, { id: introId })).errors).toBeUndefined();
    const allowed = randomUUID();
    const read = await hub.runAs(coordinator(OP_B), CONTACT, { id: introId }, allowed);
    expect(read.errors).toBeUndefined();
    expect((await denied(allowed)).map((r) => r.outcome)).toEqual(["ALLOWED"]);

    expect((await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { revokeConsent(consentId: $id) { active } }`, { id: consentId })).errors).toBeUndefined();
    const late = randomUUID();
    const after = await hub.runAs(coordinator(OP_B), CONTACT, { id: introId }, late);
    expect(codes(after)).toEqual(["FORBIDDEN"]);
    expect(await denied(late)).toEqual([
      expect.objectContaining({ action: "CONTACT_VIEW", outcome: "DENIED", reason: expect.stringMatching(/consent no longer covers/), subject_talent_id: talentId }),
    ]);

    // A card after revocation: the attempt names the person in the owner's trail and tells the caller nothing more.
    const again = randomUUID();
    const retry = await hub.runAs(coordinator(OP_B), `mutation ($c: ID!) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "再度") { id } }`, { c: card!.node.cardId }, again);
    expect(codes(retry)).toEqual(["NOT_FOUND"]);
    expect(await denied(again)).toEqual([
      expect.objectContaining({ action: "INTRODUCTION_REQUEST", outcome: "DENIED", actor_operator_id: OP_B, subject_operator_id: OP_A, subject_talent_id: talentId }),
    ]);
    const unknown = randomUUID();
    await hub.runAs(coordinator(OP_B), `mutation { requestIntroduction(cardId: "card-none", purpose: SIDE_JOB_MATCHING, message: "x") { id } }`, {}, unknown);
    expect(await denied(unknown)).toEqual([]);

    const trail = await hub.runAs(coordinator(OP_A), `{ auditTrail(first: 20) { edges { node { action outcome reason } } } }`);
    const outcomes = (trail.data as { auditTrail: { edges: { node: { outcome: string } }[] } }).auditTrail.edges.map((e) => e.node.outcome);
    expect(outcomes.filter((o) => o === "DENIED")).toHaveLength(3);
  });
});
