import type { SubgraphHarness } from "@jinjibu/test-utils";
import { applyOrganizationsEvents } from "../src/services/company-events.service";
import { admin, codes, coordinator, grant, openTalent, OP_A, OP_B, OP_SAME_BLOCK, registerOne, site } from "./helpers";

// ドット道東 (OP_A, 北海道) supports two test companies; プラットフォームあおもり (OP_B, 東北) one; 十勝 (OP_SAME_BLOCK) is in
// ドット道東's block. Companies reach talent's company_ref as organizations' events do (applied here as the application role).
const A_COMPANY = "co-test-doto-1";
const A_COMPANY_2 = "co-test-doto-2";
const B_COMPANY = "co-test-aomori";

const CREATE_NEED = `mutation ($input: NeedInput!, $key: String) { createNeed(input: $input, idempotencyKey: $key) { id status scope title companyLabelJa viewerIsOwner } }`;
const SUGGEST = `query ($id: ID!) { needSuggestions(needId: $id, first: 50) { considered items { score card { cardId } reasons { kind textJa points } } } }`;
const PROPOSE = `mutation ($need: ID!, $card: ID, $talent: ID) { proposeMatching(needId: $need, cardId: $card, talentId: $talent) { id status nextStatuses } }`;
const ADVANCE = `mutation ($id: ID!, $to: MatchingStatus!) { advanceMatching(id: $id, to: $to) { id status introductionId } }`;
const CONCLUDE = `mutation ($id: ID!, $p: PlacementInput!) { concludeMatching(id: $id, placement: $p) { id status placement { fiscalYear placementType } } }`;

const needInput = (over: Record<string, unknown> = {}) => ({
  companyId: B_COMPANY,
  title: "テスト案件: 固有技能ズィーの副業",
  description: "説明",
  businessProblem: "課題",
  kinds: ["SIDE_JOB"],
  skills: ["固有技能ズィー"],
  workForms: ["SIDE_JOB"],
  workStyles: ["REMOTE"],
  purpose: "SIDE_JOB_MATCHING",
  scope: "NATIONWIDE",
  status: "OPEN",
  ...over,
});

describe("the demand side: needs, suggestions, matchings, outcomes", () => {
  let hub: SubgraphHarness;
  let consented: string;
  let unconsented: string;
  let ownOnly: string;
  let needId: string;
  const cardOf = async (talentId: string) => (await hub.ownerSql<{ card_id: string }>(`SELECT card_id FROM talent_profile WHERE id = $1`, [talentId]))[0]!.card_id;
  const run = async <T>(operatorId: string, query: string, variables?: Record<string, unknown>): Promise<T> => {
    const result = await hub.runAs(coordinator(operatorId), query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  };
  const count = async (table: string) => Number((await hub.ownerSql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

  beforeAll(async () => {
    hub = await openTalent("dmd", { withoutDemo: true });
    const companies = [[A_COMPANY, OP_A, "01"], [A_COMPANY_2, OP_A, "01"], [B_COMPANY, OP_B, "02"]] as const;
    await applyOrganizationsEvents(hub.app.dataSource, "organizations", companies.map(([id, operator, prefecture], i) => ({
      id: String(i + 1), type: "RegionalCompanyChanged", aggregateId: id, occurredAt: new Date().toISOString(),
      payload: { id, nameJa: `テスト企業 ${id}`, supportingOperatorIds: [operator], prefectureCode: prefecture, isDemo: false },
    })));
    consented = await registerOne(hub, OP_A, { skills: ["固有技能ズィー", "営業"], kinds: ["SIDE_JOB"], availability: "SIDE_JOB", preferredWorkStyles: ["REMOTE"], interestInRegion: "RELOCATION", homePrefectureCode: "02" });
    unconsented = await registerOne(hub, OP_A, { skills: ["固有技能ズィー"], kinds: ["SIDE_JOB"] });
    ownOnly = await registerOne(hub, OP_A, { skills: ["固有技能ズィー"], kinds: ["SIDE_JOB"] });
    await grant(hub, OP_A, consented, "NATIONWIDE", ["SIDE_JOB_MATCHING"]);
    await grant(hub, OP_A, ownOnly, "OWN_OPERATOR", ["SIDE_JOB_MATCHING"]);
    needId = (await run<{ createNeed: { id: string } }>(OP_B, CREATE_NEED, { input: needInput() })).createNeed.id;
  });
  afterAll(() => hub.close());

  it("suggests a nationwide need the consented people of another region, with reasons and a score, and no unconsented one", async () => {
    const { needSuggestions } = await run<{ needSuggestions: { items: { score: number; card: { cardId: string }; reasons: { kind: string; textJa: string; points: number }[] }[] } }>(OP_B, SUGGEST, { id: needId });
    const cards = needSuggestions.items.map((i) => i.card.cardId);
    expect(cards).toEqual([await cardOf(consented)]);
    expect(cards).not.toContain(await cardOf(unconsented));
    expect(cards).not.toContain(await cardOf(ownOnly));
    const [item] = needSuggestions.items;
    expect(item!.reasons.map((r) => r.textJa)).toEqual(
      expect.arrayContaining(["共通するスキル: 固有技能ズィー", "人材区分が合う: 兼業・副業人材", "働き方が合う: 兼業・副業", "勤務形態が合う: リモート", "地域への関心: 移住"]),
    );
    expect(item!.score).toBe(item!.reasons.reduce((s, r) => s + r.points, 0));
    // Every card shown is audited like a search.
    const audit = await hub.ownerSql(`SELECT 1 FROM access_audit WHERE actor_operator_id = $1 AND subject_talent_id = $2 AND action = 'CARD_VIEW'`, [OP_B, consented]);
    expect(audit.length).toBeGreaterThan(0);
  });

  it("offers the person's coordinator the open needs of other regions the person fits", async () => {
    const { needsForTalent } = await run<{ needsForTalent: { need: { id: string; companyLabelJa: string; company: null }; reasons: { textJa: string }[] }[] }>(
      OP_A,
      `query ($t: ID!) { needsForTalent(talentId: $t) { need { id companyLabelJa company { id } } score reasons { textJa } } }`,
      { t: consented },
    );
    const found = needsForTalent.find((s) => s.need.id === needId)!;
    expect(found.need.company).toBeNull(); // not disclosed to other regions
    expect(found.need.companyLabelJa).toContain("青森県の企業");
    expect(found.reasons.map((r) => r.textJa)).toContain("企業と同じ都道府県に住んでいる: 青森県");
    const none = await run<{ needsForTalent: unknown[] }>(OP_A, `query ($t: ID!) { needsForTalent(talentId: $t) { need { id } } }`, { t: unconsented });
    expect(none.needsForTalent).toEqual([]);
  });

  it("keeps a need shared only within its block invisible to another block", async () => {
    const blockNeed = (await run<{ createNeed: { id: string } }>(OP_A, CREATE_NEED, { input: needInput({ companyId: A_COMPANY, scope: "SAME_BLOCK", title: "ブロック内のみ" }) })).createNeed.id;
    const q = `query ($id: ID!) { need(id: $id) { id } searchSharedNeeds(first: 100) { edges { node { id } } } }`;
    const other = await run<{ need: unknown; searchSharedNeeds: { edges: { node: { id: string } }[] } }>(OP_B, q, { id: blockNeed });
    expect(other.need).toBeNull();
    expect(other.searchSharedNeeds.edges.map((e) => e.node.id)).not.toContain(blockNeed);
    const same = await run<{ need: { id: string }; searchSharedNeeds: { edges: { node: { id: string } }[] } }>(OP_SAME_BLOCK, q, { id: blockNeed });
    expect(same.need).toEqual({ id: blockNeed });
    expect(same.searchSharedNeeds.edges.map((e) => e.node.id)).toContain(blockNeed);
  });

  it("drops a person whose consent is revoked from the very next suggestion", async () => {
    const person = await registerOne(hub, OP_A, { skills: ["固有技能ズィー"], kinds: ["SIDE_JOB"] });
    const consent = await grant(hub, OP_A, person, "NATIONWIDE");
    const before = await run<{ needSuggestions: { items: { card: { cardId: string } }[] } }>(OP_B, SUGGEST, { id: needId });
    expect(before.needSuggestions.items.map((i) => i.card.cardId)).toContain(await cardOf(person));
    await run(OP_A, `mutation ($c: ID!) { revokeConsent(consentId: $c) { id } }`, { c: consent });
    const after = await run<{ needSuggestions: { items: { card: { cardId: string } }[] } }>(OP_B, SUGGEST, { id: needId });
    expect(after.needSuggestions.items.map((i) => i.card.cardId)).not.toContain(await cardOf(person));
  });

  it("reaches INTRODUCED only through an accepted introduction; refuses skipped steps and a second conclusion, writing nothing", async () => {
    const card = await cardOf(consented);
    const { proposeMatching } = await run<{ proposeMatching: { id: string; status: string; nextStatuses: string[] } }>(OP_B, PROPOSE, { need: needId, card });
    expect(proposeMatching).toMatchObject({ status: "PROPOSED", nextStatuses: ["INTRODUCED", "NOT_CONCLUDED"] });
    const id = proposeMatching.id;
    const events = await count("matching_event");
    const noIntro = await hub.runAs(coordinator(OP_B), ADVANCE, { id, to: "INTRODUCED" });
    expect(codes(noIntro)).toEqual(["CONFLICT"]);
    expect(noIntro.errors![0]!.message).toContain("INTRODUCTION_ACCEPTED_REQUIRED");
    const skip = await hub.runAs(coordinator(OP_B), ADVANCE, { id, to: "INTERVIEWING" });
    expect(codes(skip)).toEqual(["BAD_USER_INPUT"]);
    expect(skip.errors![0]!.message).toContain("MATCHING_STEP_ORDER");
    expect(await count("matching_event")).toBe(events);
    // The introduction flow: requested by the need's side, accepted by the person's side (provision record written there).
    const intro = await run<{ requestIntroduction: { id: string } }>(OP_B, `mutation ($c: ID!) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "案件のご紹介") { id } }`, { c: card });
    await run(OP_A, `mutation ($id: ID!) { acceptIntroduction(id: $id) { id } }`, { id: intro.requestIntroduction.id });
    const introduced = await run<{ advanceMatching: { status: string; introductionId: string } }>(OP_B, ADVANCE, { id, to: "INTRODUCED" });
    expect(introduced.advanceMatching).toEqual({ id, status: "INTRODUCED", introductionId: intro.requestIntroduction.id });
    await run(OP_A, ADVANCE, { id, to: "INTERVIEWING" });
    // A program the hub does not know is refused naming the field, and nothing is written (the matching stays INTERVIEWING).
    const before = { placements: await count("placement"), events: await count("matching_event") };
    const unknownProgram = await hub.runAs(coordinator(OP_B), CONCLUDE, { id, p: { startDate: "2026-06-01", placementType: "SIDE_JOB", programId: "pg-no-such-program" } });
    expect(codes(unknownProgram)).toEqual(["BAD_USER_INPUT"]);
    expect(unknownProgram.errors![0]!.extensions).toMatchObject({ rule: "PROGRAM_UNKNOWN" });
    expect(unknownProgram.errors![0]!.message).toContain("placement.programId");
    expect({ placements: await count("placement"), events: await count("matching_event") }).toEqual(before);
    const placement = { startDate: "2026-06-01", placementType: "SIDE_JOB", programId: "pg-tsubame-fukkatsu" };
    const concluded = await run<{ concludeMatching: { status: string; placement: { fiscalYear: number } } }>(OP_B, CONCLUDE, { id, p: placement });
    expect(concluded.concludeMatching).toMatchObject({ status: "CONCLUDED", placement: { fiscalYear: 2026, placementType: "SIDE_JOB" } });
    const placements = await count("placement");
    const again = await hub.runAs(coordinator(OP_B), CONCLUDE, { id, p: placement });
    expect(codes(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0]!.message).toContain("MATCHING_ALREADY_CLOSED");
    expect(await count("placement")).toBe(placements);
    const trail = await run<{ matching: { events: { fromStatus: string | null; toStatus: string; actorOperator: { id: string } }[] } }>(
      OP_A,
      `query ($id: ID!) { matching(id: $id) { events { fromStatus toStatus actorOperator { id } } } }`,
      { id },
    );
    expect(trail.matching.events.map((e) => e.toStatus)).toEqual(["PROPOSED", "INTRODUCED", "INTERVIEWING", "CONCLUDED"]);
  });

  it("counts one person matched to two companies once in 実人数 and twice in 件, and refuses to add 延べ to 実人数", async () => {
    // Two needs of two ドット道東 companies, both concluded with the same 青森 person (one person shared between companies).
    const person = await (async () => {
      const result = await hub.runAs(coordinator(OP_B), `mutation ($input: [RegisterTalentProfileInput!]!) { registerTalentProfiles(input: $input) { id } }`, {
        input: [{ displayName: "共有 太郎", kinds: ["SIDE_JOB"], skills: ["生産管理"], availability: "SIDE_JOB" }],
      });
      return (result.data as { registerTalentProfiles: { id: string }[] }).registerTalentProfiles[0]!.id;
    })();
    await grant(hub, OP_B, person, "NATIONWIDE");
    const card = await cardOf(person);
    for (const companyId of [A_COMPANY, A_COMPANY_2]) {
      const need = (await run<{ createNeed: { id: string } }>(OP_A, CREATE_NEED, { input: needInput({ companyId, skills: ["生産管理"], title: `共有 ${companyId}` }) })).createNeed.id;
      const m = (await run<{ proposeMatching: { id: string } }>(OP_A, PROPOSE, { need, card })).proposeMatching.id;
      if (companyId === A_COMPANY) {
        const intro = await run<{ requestIntroduction: { id: string } }>(OP_A, `mutation ($c: ID!) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "ご紹介ください") { id } }`, { c: card });
        await run(OP_B, `mutation ($id: ID!) { acceptIntroduction(id: $id) { id } }`, { id: intro.requestIntroduction.id });
      }
      await run(OP_A, ADVANCE, { id: m, to: "INTRODUCED" });
      await run(OP_A, ADVANCE, { id: m, to: "INTERVIEWING" });
      await run(OP_A, CONCLUDE, { id: m, p: { startDate: "2026-07-01", placementType: "SIDE_JOB" } });
    }
    const q = `query { demandOutcomes(fiscalYear: 2026) { periodJa figures { metric value unit countingBasis countingBasisLabelJa periodJa } } }`;
    const { demandOutcomes } = await run<{ demandOutcomes: { periodJa: string; figures: { metric: string; value: number; countingBasisLabelJa: string }[] } }>(OP_A, q);
    const value = (metric: string) => demandOutcomes.figures.find((f) => f.metric === metric)!;
    expect(value("people")).toMatchObject({ value: 1, countingBasisLabelJa: "実人数" });
    expect(value("matchings")).toMatchObject({ value: 2, countingBasisLabelJa: "件" });
    expect(value("companies")).toMatchObject({ value: 2, countingBasisLabelJa: "社" });
    expect(value("interviews")).toMatchObject({ value: 2, countingBasisLabelJa: "延べ" });
    expect(demandOutcomes.periodJa).toBe("2026年度 (2026-04-01〜2027-03-31)");
    const mixed = await hub.runAs(coordinator(OP_A), `query { demandOutcomeTotal(fiscalYears: [2026], metrics: ["interviews", "people"]) { total } }`);
    expect(codes(mixed)).toEqual(["BAD_USER_INPUT"]);
    expect(mixed.errors![0]!.message).toContain("COUNTING_BASIS_MIX");
    const people = await run<{ demandOutcomeTotal: { total: number; countingBasis: string } }>(OP_A, `query { demandOutcomeTotal(fiscalYears: [2025, 2026], metrics: ["people"]) { total countingBasis } }`);
    expect(people.demandOutcomeTotal).toEqual({ total: 1, countingBasis: "UNIQUE_PERSONS" });
    // The coordinator sees its own operator only; the administrator sees every operator and block.
    expect(codes(await hub.runAs(coordinator(OP_A), `query { demandOutcomes(fiscalYear: 2026, operatorId: "${OP_B}") { fiscalYear } }`))).toEqual(["FORBIDDEN"]);
    const overview = await hub.runAs(admin, `query { demandOutcomesByOperator(fiscalYear: 2026) { operator { id } figures { metric value } } demandOutcomesByBlock(fiscalYear: 2026) { block operatorCount figures { metric value } } }`);
    expect(overview.errors).toBeUndefined();
    const ops = (overview.data as { demandOutcomesByOperator: { operator: { id: string } }[] }).demandOutcomesByOperator.map((o) => o.operator.id);
    expect(ops).toEqual(expect.arrayContaining([OP_A, OP_B]));
    expect(codes(await hub.runAs(coordinator(OP_A), `query { demandOutcomesByBlock(fiscalYear: 2026) { block } }`))).toEqual(["FORBIDDEN"]);
  });

  it("refuses bad needs naming the rule, in Japanese, and writes nothing", async () => {
    const before = await count("need");
    const otherCompany = await hub.runAs(coordinator(OP_A), CREATE_NEED, { input: needInput({ companyId: B_COMPANY }) });
    expect(codes(otherCompany)).toEqual(["BAD_USER_INPUT"]);
    expect(otherCompany.errors![0]!.message).toMatch(/自事業者が支援する地域企業.*NEED_COMPANY_OF_OWN_OPERATOR/);
    const unknownCompany = await hub.runAs(coordinator(OP_A), CREATE_NEED, { input: needInput({ companyId: "co-nowhere" }) });
    // A company talent has not heard of (yet): a retryable CONFLICT, never accepted unchecked.
    expect(codes(unknownCompany)).toEqual(["CONFLICT"]);
    expect(unknownCompany.errors![0]!.extensions).toMatchObject({ rule: "COMPANY_NOT_YET_KNOWN", retryable: true, messageJa: expect.stringContaining("もう一度お試しください") });
    const range = await hub.runAs(coordinator(OP_B), CREATE_NEED, { input: needInput({ compensationMin: 90000, compensationMax: 30000, compensationUnit: "MONTHLY" }) });
    expect(codes(range)).toEqual(["BAD_USER_INPUT"]);
    expect(range.errors![0]!.message).toMatch(/下限.*上限.*COMPENSATION_RANGE_ORDER/);
    const kind = await hub.runAs(coordinator(OP_B), CREATE_NEED, { input: needInput({ kinds: ["NO_SUCH_KIND"] }) });
    expect(kind.errors).toBeDefined();
    expect(codes(await hub.runAs(site(OP_B), CREATE_NEED, { input: needInput() }))).toEqual(["FORBIDDEN"]);
    expect(await count("need")).toBe(before);
  });

  it("replays a create with the same idempotency key instead of writing twice", async () => {
    const before = await count("need");
    const first = await run<{ createNeed: { id: string } }>(OP_B, CREATE_NEED, { input: needInput({ title: "冪等" }), key: "need-key-0001" });
    const second = await run<{ createNeed: { id: string } }>(OP_B, CREATE_NEED, { input: needInput({ title: "冪等" }), key: "need-key-0001" });
    expect(second.createNeed.id).toBe(first.createNeed.id);
    expect(await count("need")).toBe(before + 1);
  });
});
