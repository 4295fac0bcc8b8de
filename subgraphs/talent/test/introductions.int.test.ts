import { randomUUID } from "node:crypto";
import { admin, codes, coordinator, grant, openHub, OP_A, OP_B, OP_SAME_BLOCK, registerOne, search, type TestHub } from "./helpers";

const REQUEST = `mutation ($card: ID!, $m: String!) { requestIntroduction(cardId: $card, purpose: SIDE_JOB_MATCHING, message: $m) { id status requestedAt ownerOperator { id } requesterOperator { id } } }`;
const CONTACT = `query ($id: ID!) { introduction(id: $id) { id status acceptedAt contact { displayName email phone } } }`;
const DECLINE = `mutation ($id: ID!, $input: DeclineIntroductionInput!) { declineIntroduction(id: $id, input: $input) { id status declinedAt declineReason declineReasonLabelJa declineNote } }`;
const act = (verb: string) => `mutation ($id: ID!) { ${verb}(id: $id) { id status acceptedAt declinedAt withdrawnAt updatedAt } }`;

describe("introductions, provision records, audit and erasure", () => {
  let hub: TestHub;
  let person: string;
  let consentId: string;
  let cardId: string;
  let introId: string;
  beforeAll(async () => {
    hub = await openHub("int", { withoutDemo: true });
    person = await registerOne(hub, OP_A, { displayName: "紹介 良子", skills: ["紹介テスト"], email: "ryoko@example.jp", phone: "090-0000-1111" });
    consentId = await grant(hub, OP_A, person, "NATIONWIDE", ["SIDE_JOB_MATCHING"]);
    cardId = (await search(hub, coordinator(OP_B), { skill: "紹介テスト" })).edges[0]!.node.cardId;
  });
  afterAll(() => hub.close());

  it("lets B request an introduction once; a second open request for the same card is CONFLICT", async () => {
    const first = await hub.run(coordinator(OP_B), REQUEST, { card: cardId, m: "副業案件のご相談です。" });
    expect(first.errors).toBeUndefined();
    const intro = (first.data as { requestIntroduction: { id: string; status: string; ownerOperator: { id: string }; requesterOperator: { id: string } } }).requestIntroduction;
    expect([intro.status, intro.ownerOperator.id, intro.requesterOperator.id]).toEqual(["OPEN", OP_A, OP_B]);
    introId = intro.id;
    const second = await hub.run(coordinator(OP_B), REQUEST, { card: cardId, m: "再送" });
    expect(codes(second)).toEqual(["CONFLICT"]);
    const unknown = await hub.run(coordinator(OP_B), REQUEST, { card: "card-unknown", m: "x" });
    expect(codes(unknown)).toEqual(["NOT_FOUND"]);
    const own = await hub.run(coordinator(OP_A), REQUEST, { card: cardId, m: "x" });
    expect(codes(own)).toEqual(["NOT_FOUND"]);
    expect(await hub.sql(`SELECT count(*)::int AS n FROM introduction`)).toEqual([{ n: 1 }]);
  });

  it("shows A its incoming requests, hides contact (null + FORBIDDEN) before acceptance, and lets only A accept", async () => {
    const incoming = await hub.run(coordinator(OP_A), `{ incomingIntroductionRequests(status: OPEN) { totalCount edges { node { id message talent { id displayName } } } } }`);
    expect(incoming.data).toEqual({
      incomingIntroductionRequests: { totalCount: 1, edges: [{ node: { id: introId, message: "副業案件のご相談です。", talent: { id: person, displayName: "紹介 良子" } } }] },
    });
    const before = await hub.run(coordinator(OP_B), CONTACT, { id: introId });
    expect(before.data).toEqual({ introduction: { id: introId, status: "OPEN", acceptedAt: null, contact: null } });
    expect(codes(before)).toEqual(["FORBIDDEN"]);
    const byB = await hub.run(coordinator(OP_B), act("acceptIntroduction"), { id: introId });
    expect(codes(byB)).toEqual(["FORBIDDEN"]);
    const outsider = await hub.run(coordinator(OP_SAME_BLOCK), CONTACT, { id: introId });
    expect(outsider).toEqual({ data: { introduction: null } });
  });

  it("on acceptance writes a provision record in the same transaction and lets B — only B — read the contact, audited", async () => {
    const accepted = await hub.run(coordinator(OP_A), act("acceptIntroduction"), { id: introId });
    expect(accepted.errors).toBeUndefined();
    const intro = (accepted.data as { acceptIntroduction: { status: string; acceptedAt: string; updatedAt: string } }).acceptIntroduction;
    expect(intro.status).toBe("ACCEPTED");
    expect(intro.updatedAt).toBe(intro.acceptedAt);
    const [record] = await hub.sql<Record<string, unknown>>(
      `SELECT provider_operator_id, recipient_operator_id, talent_ref, items, consent_id, consent_scope, consent_method, purpose, introduction_id,
              provided_at = $2::timestamptz AS at_acceptance, retain_until = provided_at + interval '3 years' AS three_years
       FROM provision_record WHERE introduction_id = $1`,
      [introId, intro.acceptedAt],
    );
    expect(record).toEqual({
      provider_operator_id: OP_A, recipient_operator_id: OP_B, talent_ref: person, items: ["displayName", "email", "phone"],
      consent_id: consentId, consent_scope: "NATIONWIDE", consent_method: "WEB_FORM", purpose: "SIDE_JOB_MATCHING", introduction_id: introId,
      at_acceptance: true, three_years: true,
    });
    const requestId = randomUUID();
    const contact = await hub.run(coordinator(OP_B), CONTACT, { id: introId }, requestId);
    expect(contact.data).toEqual({ introduction: { id: introId, status: "ACCEPTED", acceptedAt: intro.acceptedAt, contact: { displayName: "紹介 良子", email: "ryoko@example.jp", phone: "090-0000-1111" } } });
    expect(await hub.sql(`SELECT action, actor_operator_id, actor_role, actor_subject, subject_talent_id, subject_operator_id, fields, consent_id, purpose FROM access_audit WHERE request_id = $1`, [requestId])).toEqual([
      { action: "CONTACT_VIEW", actor_operator_id: OP_B, actor_role: "COORDINATOR", actor_subject: `coord@${OP_B}`, subject_talent_id: person, subject_operator_id: OP_A, fields: ["displayName", "email", "phone"], consent_id: consentId, purpose: "SIDE_JOB_MATCHING" },
    ]);
    const byA = await hub.run(coordinator(OP_A), CONTACT, { id: introId });
    expect(codes(byA)).toEqual(["FORBIDDEN"]);
    const again = await hub.run(coordinator(OP_A), DECLINE, { id: introId, input: { reason: "PERSON_NOT_INTERESTED" } });
    expect(codes(again)).toEqual(["CONFLICT"]);
  });

  it("exports provision records for the person (33条5項) and lists them for each party and the administrator", async () => {
    const exportA = await hub.run(coordinator(OP_A), `query ($t: ID!) { provisionRecordsForPerson(talentId: $t) { talentRef items recipientOperator { id } consentId retainUntil providedAt } }`, { t: person });
    const [row] = (exportA.data as { provisionRecordsForPerson: { talentRef: string; providedAt: string; retainUntil: string }[] }).provisionRecordsForPerson;
    expect(row!.talentRef).toBe(person);
    expect(new Date(row!.retainUntil).getUTCFullYear() - new Date(row!.providedAt).getUTCFullYear()).toBe(3);
    const exportB = await hub.run(coordinator(OP_B), `query ($t: ID!) { provisionRecordsForPerson(talentId: $t) { id } }`, { t: person });
    expect(exportB.data).toEqual({ provisionRecordsForPerson: [] });
    const listB = await hub.run(coordinator(OP_B), `{ provisionRecords { totalCount edges { node { talentRef providerOperator { id } } } } }`);
    expect(listB.data).toEqual({ provisionRecords: { totalCount: 1, edges: [{ node: { talentRef: null, providerOperator: { id: OP_A } } }] } });
    const listAdmin = await hub.run(admin, `{ provisionRecords { totalCount edges { node { talentRef } } } }`);
    expect(listAdmin.data).toEqual({ provisionRecords: { totalCount: 1, edges: [{ node: { talentRef: person } }] } });
    const listOther = await hub.run(coordinator(OP_SAME_BLOCK), `{ provisionRecords { totalCount } }`);
    expect(listOther.data).toEqual({ provisionRecords: { totalCount: 0 } });
  });

  it("hides the contact again once the consent is revoked, and after a withdrawal", async () => {
    const revoke = await hub.run(coordinator(OP_A), `mutation ($id: ID!) { revokeConsent(consentId: $id) { active } }`, { id: consentId });
    expect(revoke.errors).toBeUndefined();
    const denied = await hub.run(coordinator(OP_B), CONTACT, { id: introId });
    expect((denied.data as { introduction: { contact: unknown } }).introduction.contact).toBeNull();
    expect(codes(denied)).toEqual(["FORBIDDEN"]);
    const withdrawn = await hub.run(coordinator(OP_B), act("withdrawIntroduction"), { id: introId });
    expect((withdrawn.data as { withdrawIntroduction: { status: string; withdrawnAt: string | null } }).withdrawIntroduction.status).toBe("WITHDRAWN");
  });

  it("writes exactly one audit row per card shown, in the search's transaction, readable by the right viewers", async () => {
    const people = [];
    for (let i = 0; i < 5; i += 1) {
      const id = await registerOne(hub, OP_A, { skills: [`監査テスト${i}`, "監査テスト"] });
      await grant(hub, OP_A, id, "NATIONWIDE");
      people.push(id);
    }
    const requestId = randomUUID();
    const result = await hub.run(coordinator(OP_B), `query { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING, skill: "監査テスト" }, first: 3) { totalCount edges { node { cardId } } } }`, undefined, requestId);
    const page = (result.data as { searchSharedTalent: { totalCount: number; edges: { node: { cardId: string } }[] } }).searchSharedTalent;
    expect(page.totalCount).toBe(5);
    const rows = await hub.sql<{ card_id: string; action: string; fields: string[] }>(`SELECT card_id, action, fields FROM access_audit WHERE request_id = $1 ORDER BY card_id`, [requestId]);
    expect(rows.map((r) => r.card_id)).toEqual(page.edges.map((e) => e.node.cardId).sort());
    expect(new Set(rows.map((r) => r.action))).toEqual(new Set(["CARD_VIEW"]));
    const [{ card_id: firstCard }] = await hub.sql<{ card_id: string }>(`SELECT card_id FROM talent_profile WHERE id = $1`, [people[0]]);
    const shownOnFirstPage = rows.filter((r) => r.card_id === firstCard).length;
    for (let i = 0; i < 4; i += 1) expect((await search(hub, coordinator(OP_B), { skill: "監査テスト0" })).totalCount).toBe(1);
    expect(await hub.sql(`SELECT count(*)::int AS n FROM access_audit WHERE subject_talent_id = $1`, [people[0]])).toEqual([{ n: 4 + shownOnFirstPage }]);
    const trail = async (viewer: Parameters<TestHub["run"]>[0]) =>
      (await hub.run(viewer, `{ auditTrail(first: 100) { totalCount edges { node { action subjectTalentId actorOperator { id } subjectOperator { id } requestId } } } }`)).data as {
        auditTrail: { totalCount: number; edges: { node: { subjectTalentId: string | null; actorOperator: { id: string } } }[] };
      };
    const [{ n: total }] = await hub.sql<{ n: number }>(`SELECT count(*)::int AS n FROM access_audit`);
    expect((await trail(admin)).auditTrail.totalCount).toBe(total);
    const forB = await trail(coordinator(OP_B));
    // Refused reads are on record too (outcome DENIED), some made by A itself: B's trail is every row B made or B's people.
    const [{ n: ofB }] = await hub.sql<{ n: number }>(`SELECT count(*)::int AS n FROM access_audit WHERE actor_operator_id = $1 OR subject_operator_id = $1`, [OP_B]);
    expect(ofB).toBeGreaterThanOrEqual(8);
    expect(forB.auditTrail.totalCount).toBe(ofB);
    expect(forB.auditTrail.edges.every((e) => e.node.subjectTalentId === null)).toBe(true);
    const forA = await trail(coordinator(OP_A));
    expect(forA.auditTrail.edges.every((e) => e.node.subjectTalentId !== null)).toBe(true);
    expect((await trail(coordinator(OP_SAME_BLOCK))).auditTrail.totalCount).toBe(0);
  });

  it("lets the application role only append to the audit log and the provision records", async () => {
    for (const statement of [`UPDATE access_audit SET purpose = 'EMPLOYMENT'`, `DELETE FROM access_audit`, `TRUNCATE access_audit`, `UPDATE provision_record SET items = '{}'`, `DELETE FROM provision_record`]) {
      await expect(hub.app.dataSource.query(statement)).rejects.toThrow(/permission denied/);
    }
  });

  it("returns no cards when the audit write fails (same transaction)", async () => {
    const [{ n: before }] = await hub.sql<{ n: number }>(`SELECT count(*)::int AS n FROM access_audit`);
    await hub.sql(`ALTER TABLE access_audit ADD CONSTRAINT test_audit_blocked CHECK (purpose <> 'SIDE_JOB_MATCHING') NOT VALID`);
    try {
      const result = await hub.run(coordinator(OP_B), `query { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING, skill: "監査テスト" }) { totalCount edges { node { cardId } } } }`);
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
    } finally {
      await hub.sql(`ALTER TABLE access_audit DROP CONSTRAINT test_audit_blocked`);
    }
    expect(await hub.sql(`SELECT count(*)::int AS n FROM access_audit`)).toEqual([{ n: before }]);
  });

  it("erases a person everywhere but keeps the minimised provision records (35条)", async () => {
    const erase = `mutation ($t: ID!) { erasePerson(talentId: $t) { talentId consentsRemoved introductionsRemoved provisionRecordsKept } }`;
    const result = await hub.run(coordinator(OP_A), erase, { t: person });
    expect(result).toEqual({ data: { erasePerson: { talentId: person, consentsRemoved: 1, introductionsRemoved: 1, provisionRecordsKept: 1 } } });
    for (const table of ["talent_profile WHERE id", "talent_contact WHERE talent_id", "consent WHERE talent_id", "introduction WHERE talent_id"]) {
      expect(await hub.sql(`SELECT count(*)::int AS n FROM ${table} = $1`, [person])).toEqual([{ n: 0 }]);
    }
    for (const operatorId of [OP_B, OP_SAME_BLOCK]) {
      expect((await search(hub, coordinator(operatorId), { skill: "紹介テスト" })).totalCount).toBe(0);
    }
    const [kept] = await hub.sql(`SELECT talent_ref, items FROM provision_record WHERE talent_ref = $1`, [person]);
    expect(kept).toEqual({ talent_ref: person, items: ["displayName", "email", "phone"] });
    const columns = (await hub.sql<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'talent' AND table_name = 'provision_record'`)).map((c) => c.column_name);
    expect(columns.filter((c) => /name|email|phone/.test(c))).toEqual([]);
    const exportAfter = await hub.run(coordinator(OP_A), `query ($t: ID!) { provisionRecordsForPerson(talentId: $t) { talentRef } }`, { t: person });
    expect(exportAfter.data).toEqual({ provisionRecordsForPerson: [{ talentRef: person }] });
    const repeat = await hub.run(coordinator(OP_A), erase, { t: person });
    expect(repeat).toEqual({ data: { erasePerson: { talentId: person, consentsRemoved: 0, introductionsRemoved: 0, provisionRecordsKept: 1 } } });
  });
});

describe("declining an introduction with a reason", () => {
  let hub: TestHub;
  let person: string;
  let cardId: string;
  beforeAll(async () => {
    hub = await openHub("decline", { withoutDemo: true });
    person = await registerOne(hub, OP_A, { skills: ["辞退テスト"] });
    await grant(hub, OP_A, person, "NATIONWIDE", ["SIDE_JOB_MATCHING"]);
    cardId = (await search(hub, coordinator(OP_B), { skill: "辞退テスト" })).edges[0]!.node.cardId;
  });
  afterAll(() => hub.close());

  const request = async (): Promise<string> => {
    const result = await hub.run(coordinator(OP_B), REQUEST, { card: cardId, m: "副業のご相談です。" }, randomUUID());
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as { requestIntroduction: { id: string } }).requestIntroduction.id;
  };
  const events = (id: string) =>
    hub.sql(`SELECT event, actor_operator_id, actor_role, actor_subject, decline_reason, request_id FROM introduction_event WHERE introduction_id = $1 ORDER BY id`, [id]);

  it("refuses a missing or malformed reason with BAD_USER_INPUT naming the field, and changes nothing", async () => {
    const id = await request();
    const missing = await hub.run(coordinator(OP_A), `mutation ($id: ID!) { declineIntroduction(id: $id) { id } }`, { id });
    expect(missing.errors?.[0]?.message).toMatch(/argument "input" of type "DeclineIntroductionInput!" is required/);
    const other = await hub.run(coordinator(OP_A), DECLINE, { id, input: { reason: "OTHER", note: "   " } });
    expect(codes(other)).toEqual(["BAD_USER_INPUT"]);
    expect(other.errors![0]!.message).toMatch(/^note is required when reason is OTHER/);
    const long = await hub.run(coordinator(OP_A), DECLINE, { id, input: { reason: "CONDITIONS_MISMATCH", note: "あ".repeat(501) } });
    expect(codes(long)).toEqual(["BAD_USER_INPUT"]);
    expect(long.errors![0]!.message).toMatch(/^note must be at most 500 characters/);
    const unknown = await hub.run(coordinator(OP_A), DECLINE, { id, input: { reason: "BECAUSE" } });
    expect(unknown.errors?.[0]?.message).toMatch(/Value "BECAUSE" does not exist in "IntroductionDeclineReason" enum/);
    expect(await hub.sql(`SELECT status, decline_reason, decline_note FROM introduction WHERE id = $1`, [id])).toEqual([{ status: "OPEN", decline_reason: null, decline_note: null }]);
    expect((await events(id)).map((e) => (e as { event: string }).event)).toEqual(["REQUESTED"]);
    const withdrawn = await hub.run(coordinator(OP_B), act("withdrawIntroduction"), { id });
    expect(withdrawn.errors).toBeUndefined();
    expect((await events(id)).map((e) => (e as { event: string }).event)).toEqual(["REQUESTED", "WITHDRAWN"]);
  });

  it("stores the reason and note, shows them to the requesting operator, and records who declined in the trail", async () => {
    const id = await request();
    const requestId = randomUUID();
    const declined = await hub.run(coordinator(OP_A), DECLINE, { id, input: { reason: "OTHER", note: "  今月は本人が繁忙期のため、来月以降にご相談ください。 " } }, requestId);
    expect(declined.errors).toBeUndefined();
    expect(declined.data).toEqual({
      declineIntroduction: {
        id, status: "DECLINED", declinedAt: expect.any(String), declineReason: "OTHER", declineReasonLabelJa: "その他（詳細に記入）",
        declineNote: "今月は本人が繁忙期のため、来月以降にご相談ください。",
      },
    });
    const seenByB = await hub.run(coordinator(OP_B), `query ($id: ID!) { introduction(id: $id) { status declineReason declineReasonLabelJa declineNote } }`, { id });
    expect(seenByB.data).toEqual({ introduction: { status: "DECLINED", declineReason: "OTHER", declineReasonLabelJa: "その他（詳細に記入）", declineNote: "今月は本人が繁忙期のため、来月以降にご相談ください。" } });
    const outbox = await hub.run(coordinator(OP_B), `{ outgoingIntroductionRequests(status: DECLINED) { edges { node { id declineReasonLabelJa } } } }`);
    expect(outbox.data).toEqual({ outgoingIntroductionRequests: { edges: [{ node: { id, declineReasonLabelJa: "その他（詳細に記入）" } }] } });
    expect(await events(id)).toEqual([
      { event: "REQUESTED", actor_operator_id: OP_B, actor_role: "COORDINATOR", actor_subject: `coord@${OP_B}`, decline_reason: null, request_id: expect.any(String) },
      { event: "DECLINED", actor_operator_id: OP_A, actor_role: "COORDINATOR", actor_subject: `coord@${OP_A}`, decline_reason: "OTHER", request_id: requestId },
    ]);
    const again = await hub.run(coordinator(OP_A), DECLINE, { id, input: { reason: "PERSON_UNAVAILABLE" } });
    expect(codes(again)).toEqual(["CONFLICT"]);
    const byRequester = await request();
    const notOwner = await hub.run(coordinator(OP_B), DECLINE, { id: byRequester, input: { reason: "PERSON_UNAVAILABLE" } });
    expect(codes(notOwner)).toEqual(["FORBIDDEN"]);
  });

  it("keeps the trail append-only for the application and readable only by the two operators and the administrator", async () => {
    for (const statement of [`UPDATE introduction_event SET decline_reason = NULL`, `DELETE FROM introduction_event`, `TRUNCATE introduction_event`]) {
      await expect(hub.app.dataSource.query(statement)).rejects.toThrow(/permission denied/);
    }
    const visible = async (viewer: { operatorId: string | null; role: string }) =>
      hub.app.dataSource.transaction(async (em) => {
        await em.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', $2, true)`, [viewer.operatorId ?? "", viewer.role]);
        return ((await em.query(`SELECT count(*)::int AS n FROM introduction_event`)) as { n: number }[])[0]!.n;
      });
    const [{ n: all }] = await hub.sql<{ n: number }>(`SELECT count(*)::int AS n FROM introduction_event`);
    expect(all).toBeGreaterThanOrEqual(4);
    expect(await visible(coordinator(OP_A))).toBe(all);
    expect(await visible(coordinator(OP_B))).toBe(all);
    expect(await visible(admin)).toBe(all);
    expect(await visible(coordinator(OP_SAME_BLOCK))).toBe(0);
  });
});
