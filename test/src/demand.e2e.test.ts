import "reflect-metadata";
import { startHub, type As, type Hub } from "./harness";

// Issue 15 §8 and "Bad input" through the gateway on real PostgreSQL: a company registered in organizations reaches talent,
// needs are suggested consented people of other regions, matchings move only through the introduction flow, outcomes count.
const A = "op-dotdoto"; // 北海道 (HOKKAIDO): the people's side
const B = "op-platform-aomori"; // 青森県 (TOHOKU): the company's side
const B2 = "op-tokachi"; // 北海道: A's block
const SKILL = "e2e需要スキル";

describe("the demand side through the gateway", () => {
  let hub: Hub;
  let companyId: string;
  let company2Id: string;
  let consented: string;
  let unconsented: string;
  let needId: string;
  const ok = async <T>(query: string, variables: Record<string, unknown>, as: As): Promise<T> => {
    const response = await hub.query<T>(query, variables, { as });
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data as T;
  };
  const cardOf = async (talentId: string) => (await hub.sql<{ card_id: string }>("talent", `SELECT card_id FROM talent_profile WHERE id = $1`, [talentId]))[0]!.card_id;
  const count = async (table: string) => Number((await hub.sql<{ n: string }>("talent", `SELECT count(*) AS n FROM ${table}`))[0]!.n);
  const register = async (operatorId: string, name: string, scope: string | null) => {
    const { registerTalentProfiles } = await ok<{ registerTalentProfiles: { id: string }[] }>(
      `mutation ($n: String!, $s: String!) { registerTalentProfiles(input: [{ displayName: $n, kinds: [SIDE_JOB], skills: [$s], availability: SIDE_JOB }]) { id } }`,
      { n: name, s: SKILL },
      { coordinator: operatorId },
    );
    const id = registerTalentProfiles[0]!.id;
    if (scope) {
      await ok(`mutation ($t: ID!, $scope: ConsentScope!) { grantConsent(talentId: $t, input: { scope: $scope, purposes: [SIDE_JOB_MATCHING], obtainedAt: "2026-04-01T10:00:00+09:00", method: WEB_FORM }) { id } }`, { t: id, scope }, { coordinator: operatorId });
    }
    return id;
  };
  const needInput = (over: Record<string, unknown> = {}) => ({
    companyId, title: "e2e 案件", description: "説明", businessProblem: "課題", kinds: ["SIDE_JOB"], skills: [SKILL], workForms: ["SIDE_JOB"],
    purpose: "SIDE_JOB_MATCHING", scope: "NATIONWIDE", status: "OPEN", ...over,
  });
  const CREATE_NEED = `mutation ($input: NeedInput!) { createNeed(input: $input) { id } }`;
  const SUGGEST = `query ($id: ID!) { needSuggestions(needId: $id, first: 50) { items { score card { cardId ownerOperator { nameJa } } reasons { textJa } } } }`;
  const ADVANCE = `mutation ($id: ID!, $to: MatchingStatus!) { advanceMatching(id: $id, to: $to) { status } }`;
  const CONCLUDE = `mutation ($id: ID!) { concludeMatching(id: $id, placement: { startDate: "2026-08-01", placementType: SIDE_JOB, programId: "pg-tsubame-fukkatsu" }) { status } }`;
  const suggested = async (id: string) => (await ok<{ needSuggestions: { items: { card: { cardId: string } }[] } }>(SUGGEST, { id }, { coordinator: B })).needSuggestions.items.map((i) => i.card.cardId);

  beforeAll(async () => {
    hub = await startHub();
    const create = `mutation ($input: RegionalCompanyInput!) { createRegionalCompany(input: $input) { id } }`;
    companyId = (await ok<{ createRegionalCompany: { id: string } }>(create, { input: { nameJa: "株式会社e2e青森", prefectureCode: "02", jsicDivision: "E" } }, { coordinator: B })).createRegionalCompany.id;
    company2Id = (await ok<{ createRegionalCompany: { id: string } }>(create, { input: { nameJa: "株式会社e2e弘前", prefectureCode: "02" } }, { coordinator: B })).createRegionalCompany.id;
    // Talent learns the companies from organizations' outbox a moment after each commit (see outbox.e2e.test.ts).
    await hub.outboxDelivered();
    consented = await register(A, "需要 一郎", "NATIONWIDE");
    unconsented = await register(A, "需要 二郎", null);
    needId = (await ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: needInput() }, { coordinator: B })).createNeed.id;
  });
  afterAll(() => hub.stop());

  it("suggests a nationwide need the consented people of another region (reasons in words) and no unconsented one", async () => {
    const { needSuggestions } = await ok<{ needSuggestions: { items: { score: number; card: { cardId: string; ownerOperator: { nameJa: string } }; reasons: { textJa: string }[] }[] } }>(SUGGEST, { id: needId }, { coordinator: B });
    // Ranked first (the only card with the skill in common); demo people of the same kind follow with lower scores.
    expect(needSuggestions.items[0]!.card.cardId).toBe(await cardOf(consented));
    expect(needSuggestions.items[0]!.score).toBeGreaterThan(needSuggestions.items[1]?.score ?? 0);
    expect(needSuggestions.items.map((i) => i.card.cardId)).not.toContain(await cardOf(unconsented));
    expect(needSuggestions.items[0]!.card.ownerOperator.nameJa).toBe("一般社団法人ドット道東");
    expect(needSuggestions.items[0]!.reasons.map((r) => r.textJa)).toContain(`共通するスキル: ${SKILL}`);
    // The owner sees its company resolved by organizations; the other region sees it redacted.
    const own = await ok<{ need: { company: { nameJa: string } } }>(`query ($id: ID!) { need(id: $id) { company { nameJa } } }`, { id: needId }, { coordinator: B });
    expect(own.need.company.nameJa).toBe("株式会社e2e青森");
    const other = await ok<{ needsForTalent: { need: { id: string; company: null; companyLabelJa: string } }[] }>(
      `query ($t: ID!) { needsForTalent(talentId: $t) { need { id company { nameJa } companyLabelJa } } }`, { t: consented }, { coordinator: A });
    expect(other.needsForTalent.find((s) => s.need.id === needId)?.need).toEqual({ id: needId, company: null, companyLabelJa: "青森県の企業" });
  });

  it("keeps a need shared only within its block invisible to another block", async () => {
    const blockNeed = (await ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: needInput({ scope: "SAME_BLOCK", title: "e2e ブロック内" }) }, { coordinator: B })).createNeed.id;
    const q = `query ($id: ID!) { need(id: $id) { id } searchSharedNeeds(filter: { skill: "${SKILL}" }, first: 50) { edges { node { id } } } }`;
    const fromOtherBlock = await ok<{ need: unknown; searchSharedNeeds: { edges: { node: { id: string } }[] } }>(q, { id: blockNeed }, { coordinator: A });
    expect(fromOtherBlock.need).toBeNull();
    expect(fromOtherBlock.searchSharedNeeds.edges.map((e) => e.node.id)).toEqual([needId]);
    const fromHokkaido = await ok<{ need: unknown }>(q, { id: blockNeed }, { coordinator: B2 });
    expect(fromHokkaido.need).toBeNull();
  });

  it("drops a person whose consent is revoked from the next request's suggestions", async () => {
    const person = await register(A, "需要 三郎", "NATIONWIDE");
    expect(await suggested(needId)).toContain(await cardOf(person));
    const [consent] = await hub.sql<{ id: string }>("talent", `SELECT id FROM consent WHERE talent_id = $1`, [person]);
    await ok(`mutation ($c: ID!) { revokeConsent(consentId: $c) { id } }`, { c: consent!.id }, { coordinator: A });
    expect(await suggested(needId)).not.toContain(await cardOf(person));
  });

  it("reaches INTRODUCED only through an accepted introduction; one person at two companies is 実人数 1, 件 2; 延べ never adds to 実人数", async () => {
    const card = await cardOf(consented);
    const need2 = (await ok<{ createNeed: { id: string } }>(CREATE_NEED, { input: needInput({ companyId: company2Id, title: "e2e 2社目" }) }, { coordinator: B })).createNeed.id;
    const propose = `mutation ($n: ID!, $c: ID, $t: ID) { proposeMatching(needId: $n, cardId: $c, talentId: $t) { id status } }`;
    const m1 = (await ok<{ proposeMatching: { id: string } }>(propose, { n: needId, c: card }, { coordinator: B })).proposeMatching.id;
    // The person's side proposes the person for the second company's need.
    const m2 = (await ok<{ proposeMatching: { id: string } }>(propose, { n: need2, t: consented }, { coordinator: A })).proposeMatching.id;
    const early = await hub.query(ADVANCE, { id: m1, to: "INTRODUCED" }, { as: { coordinator: B } });
    expect(early.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(early.body.errors?.[0]?.message).toContain("INTRODUCTION_ACCEPTED_REQUIRED");
    const intro = await ok<{ requestIntroduction: { id: string } }>(`mutation ($c: ID!) { requestIntroduction(cardId: $c, purpose: SIDE_JOB_MATCHING, message: "e2e") { id } }`, { c: card }, { coordinator: B });
    await ok(`mutation ($id: ID!) { acceptIntroduction(id: $id) { id } }`, { id: intro.requestIntroduction.id }, { coordinator: A });
    for (const m of [m1, m2]) {
      await ok(ADVANCE, { id: m, to: "INTRODUCED" }, { coordinator: B });
      await ok(ADVANCE, { id: m, to: "INTERVIEWING" }, { coordinator: A });
      await ok(CONCLUDE, { id: m }, { coordinator: B });
    }
    // Contact details follow the introduction's rules (the need's side reads them after acceptance).
    const contact = await ok<{ matching: { introduction: { contact: { displayName: string } } } }>(`query ($id: ID!) { matching(id: $id) { introduction { contact { displayName } } } }`, { id: m1 }, { coordinator: B });
    expect(contact.matching.introduction.contact.displayName).toBe("需要 一郎");
    const beside = await ok<{ operator: { demandOutcomes: { figures: { metric: string; value: number; countingBasis: string }[] }; programs: { totalCount: number } } }>(
      `query ($id: ID!) { operator(id: $id) { demandOutcomes(fiscalYear: 2026) { periodJa figures { metric value countingBasis } } programs(first: 5) { totalCount edges { node { outcomes { valueText countingBasis } } } } } }`,
      { id: B },
      { coordinator: B },
    );
    const figures = Object.fromEntries(beside.operator.demandOutcomes.figures.map((f) => [f.metric, f.value]));
    expect(figures).toMatchObject({ people: 1, matchings: 2, companies: 2 });
    const mixed = await hub.query(`query { demandOutcomeTotal(fiscalYears: [2026], metrics: ["people", "interviews"]) { total } }`, {}, { as: { coordinator: B } });
    expect(mixed.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(mixed.body.errors?.[0]?.message).toContain("COUNTING_BASIS_MIX");
    // Another operator's coordinator never sees B's computed outcomes; the administrator does, per operator and block.
    const stranger = await ok<{ operator: { demandOutcomes: unknown } }>(`query { operator(id: "${B}") { demandOutcomes(fiscalYear: 2026) { fiscalYear } } }`, {}, { coordinator: A });
    expect(stranger.operator.demandOutcomes).toBeNull();
    const admin = await ok<{ demandOutcomesByBlock: { block: string; figures: { metric: string; value: number }[] }[] }>(`query { demandOutcomesByBlock(fiscalYear: 2026) { block figures { metric value } } }`, {}, "admin");
    expect(admin.demandOutcomesByBlock.find((b) => b.block === "TOHOKU")?.figures.find((f) => f.metric === "matchings")?.value).toBeGreaterThanOrEqual(2);
    // A second conclusion: CONFLICT, nothing written.
    const placements = await count("placement");
    const twice = await hub.query(CONCLUDE, { id: m1 }, { as: { coordinator: B } });
    expect(twice.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await count("placement")).toBe(placements);
  });

  it("refuses bad input naming the rule, in Japanese, and writes nothing", async () => {
    const needs = await count("need");
    const matchings = await count("matching");
    const events = await count("matching_event");
    const wrongCompany = await hub.query(CREATE_NEED, { input: needInput() }, { as: { coordinator: A } });
    expect(wrongCompany.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrongCompany.body.errors?.[0]?.message).toMatch(/自事業者が支援する地域企業.*NEED_COMPANY_OF_OWN_OPERATOR/);
    const unknownKind = await hub.query(CREATE_NEED, { input: needInput({ kinds: ["SUPERHERO"] }) }, { as: { coordinator: B } });
    expect(unknownKind.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const range = await hub.query(CREATE_NEED, { input: needInput({ compensationMin: 500000, compensationMax: 100000, compensationUnit: "MONTHLY" }) }, { as: { coordinator: B } });
    expect(range.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(range.body.errors?.[0]?.message).toContain("COMPENSATION_RANGE_ORDER");
    const m = (await ok<{ proposeMatching: { id: string } }>(`mutation ($n: ID!, $c: ID) { proposeMatching(needId: $n, cardId: $c) { id } }`, { n: needId, c: await cardOf(await register(A, "需要 四郎", "NATIONWIDE")) }, { coordinator: B })).proposeMatching.id;
    const skip = await hub.query(ADVANCE, { id: m, to: "INTERVIEWING" }, { as: { coordinator: B } });
    expect(skip.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(skip.body.errors?.[0]?.message).toMatch(/段階を飛ばして.*MATCHING_STEP_ORDER/);
    expect(await count("need")).toBe(needs);
    expect(await count("matching")).toBe(matchings + 1);
    expect(await count("matching_event")).toBe(events + 1);
  });

  it("answers a coordinator's demandOutcomes without operatorId with its own operator, and refuses another operator's", async () => {
    const own = await ok<{ demandOutcomes: { operator: { id: string } } }>(`{ demandOutcomes(fiscalYear: 2026) { operator { id } } }`, {}, { coordinator: "op-tsubame" });
    expect(own.demandOutcomes.operator.id).toBe("op-tsubame");
    const other = await hub.query(`{ demandOutcomes(fiscalYear: 2026, operatorId: "op-meguru") { operator { id } } }`, {}, { as: { coordinator: "op-tsubame" } });
    expect(other.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
