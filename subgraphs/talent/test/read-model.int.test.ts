import type { SubgraphHarness } from "@jinjibu/test-utils";
import { explainableSearch } from "../src/services/talent-search.service";
import { coordinator, grant, openTalent, OP_A, OP_B, OP_SAME_BLOCK, registerOne, search } from "./helpers";

/** Rows the projection must hold, computed from the source tables; compared column by column with `shared_card`. */
const EXPECTED = `SELECT c.id AS consent_id, p.id AS talent_id, p.card_id, p.operator_id AS owner_operator_id,
    CASE c.scope WHEN 'NATIONWIDE' THEN '*' ELSE r.block END AS audience, c.purposes, c.expires_at, p.kinds, p.skills,
    p.search_text, p.years_of_experience, p.availability, p.preferred_work_styles, p.interest_in_region,
    p.home_prefecture_code, p.registered_at
  FROM consent c JOIN talent_profile p ON p.id = c.talent_id LEFT JOIN operator_region r ON r.operator_id = p.operator_id
  WHERE c.revoked_at IS NULL AND (c.scope = 'NATIONWIDE' OR (c.scope = 'SAME_BLOCK' AND r.block IS NOT NULL))`;
const ACTUAL = `SELECT consent_id, talent_id, card_id, owner_operator_id, audience, purposes, expires_at, kinds, skills,
    search_text, years_of_experience, availability, preferred_work_styles, interest_in_region, home_prefecture_code,
    registered_at FROM shared_card`;

describe("the shared_card read model", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("rdm", { withoutDemo: true, poolSize: 4 });
  });
  afterAll(() => hub.close());

  /** Rows in one and not the other (both directions), plus whether the grams match the skills. */
  async function disagreement(): Promise<unknown[]> {
    const diff = await hub.ownerSql(`(${EXPECTED} EXCEPT ${ACTUAL}) UNION ALL (${ACTUAL} EXCEPT ${EXPECTED})`);
    const grams = await hub.ownerSql(`SELECT consent_id FROM shared_card
      WHERE terms IS DISTINCT FROM card_terms(search_text, kinds, purposes, audience, home_prefecture_code, availability,
        preferred_work_styles, interest_in_region)`);
    return [...diff, ...grams];
  }
  const cardCount = async (viewer: string, filter: Record<string, unknown> = {}) => (await search(hub, coordinator(viewer), filter)).totalCount;

  it("agrees with the source tables after grant, narrowing, profile edit, revocation, expiry and erasure", async () => {
    const person = await registerOne(hub, OP_A, { skills: ["法人営業"] });
    const consentId = await grant(hub, OP_A, person, "NATIONWIDE");
    expect(await disagreement()).toEqual([]);
    expect(await cardCount(OP_B, { skill: "営業" })).toBe(1);

    // Narrowing to the same block: B (another block) no longer sees it, the same block still does.
    await hub.app.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.operator_id', $1, true)`, [OP_A]);
      await em.query(`UPDATE consent SET scope = 'SAME_BLOCK' WHERE id = $1`, [consentId]);
    });
    expect(await disagreement()).toEqual([]);
    expect(await cardCount(OP_B, { skill: "営業" })).toBe(0);
    expect(await cardCount(OP_SAME_BLOCK, { skill: "営業" })).toBe(1);

    const edit = await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { updateTalentProfile(id: $id, input: { skills: ["ＤＸ推進", "研修講師"], kinds: [UI_TURN] }) { id } }`, { id: person });
    expect(edit.errors).toBeUndefined();
    expect(await disagreement()).toEqual([]);
    expect(await cardCount(OP_SAME_BLOCK, { skill: "営業" })).toBe(0);
    expect(await cardCount(OP_SAME_BLOCK, { skill: "dx" })).toBe(1);
    expect(await cardCount(OP_SAME_BLOCK, { skill: "研修", kinds: ["UI_TURN"] })).toBe(1);

    const revoke = await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { revokeConsent(consentId: $id) { active } }`, { id: consentId });
    expect(revoke.errors).toBeUndefined();
    expect(await disagreement()).toEqual([]);
    expect(await cardCount(OP_SAME_BLOCK, { skill: "研修" })).toBe(0);

    const again = await grant(hub, OP_A, person, "NATIONWIDE");
    expect(await cardCount(OP_B, { skill: "研修" })).toBe(1);
    await hub.ownerSql(`UPDATE consent SET obtained_at = now() - interval '30 days', expires_at = now() - interval '1 second' WHERE id = $1`, [again]);
    expect(await disagreement()).toEqual([]);
    expect(await cardCount(OP_B, { skill: "研修" })).toBe(0);

    await grant(hub, OP_A, person, "NATIONWIDE");
    expect(await cardCount(OP_B, { skill: "研修" })).toBe(1);
    const erase = await hub.runAs(coordinator(OP_A), `mutation ($id: ID!) { erasePerson(talentId: $id) { consentsRemoved } }`, { id: person });
    expect(erase.errors).toBeUndefined();
    expect(await hub.ownerSql(`SELECT consent_id FROM shared_card WHERE talent_id = $1`, [person])).toEqual([]);
    expect(await disagreement()).toEqual([]);
    expect(await cardCount(OP_B, { skill: "研修" })).toBe(0);
  });

  it("filters by work style and interest in the region (any of), and follows a profile edit of both", async () => {
    const remote = await registerOne(hub, OP_A, { skills: ["働き方検索"], preferredWorkStyles: ["REMOTE", "WORKATION"], interestInRegion: "RELOCATION" });
    const onSite = await registerOne(hub, OP_A, { skills: ["働き方検索"], preferredWorkStyles: ["ON_SITE"], interestInRegion: "RELATED_POPULATION" });
    const unstated = await registerOne(hub, OP_A, { skills: ["働き方検索"] });
    for (const person of [remote, onSite, unstated]) await grant(hub, OP_A, person, "NATIONWIDE");
    expect(await disagreement()).toEqual([]);
    const cards: { id: string; card_id: string }[] = await hub.ownerSql(`SELECT id, card_id FROM talent_profile WHERE id = ANY($1)`, [[remote, onSite, unstated]]);
    const talentOf = new Map(cards.map((c) => [c.card_id, c.id]));
    const ids = async (filter: Record<string, unknown>) =>
      (await search(hub, coordinator(OP_B), { skill: "働き方検索", ...filter })).edges.map((e) => talentOf.get(e.node.cardId)).sort();
    expect(await ids({})).toEqual([remote, onSite, unstated].sort());
    expect(await ids({ workStyles: ["REMOTE"] })).toEqual([remote]);
    expect(await ids({ workStyles: ["HYBRID"] })).toEqual([]);
    expect(await ids({ workStyles: ["WORKATION", "ON_SITE"] })).toEqual([remote, onSite].sort());
    expect(await ids({ interestInRegion: ["RELOCATION"] })).toEqual([remote]);
    expect(await ids({ interestInRegion: ["RELOCATION", "RELATED_POPULATION"] })).toEqual([remote, onSite].sort());
    expect(await ids({ interestInRegion: ["DUAL_RESIDENCE"] })).toEqual([]);
    expect(await ids({ workStyles: ["ON_SITE"], interestInRegion: ["RELOCATION"] })).toEqual([]);
    expect(await cardCount(OP_B, { skill: "働き方検索", workStyles: ["REMOTE", "ON_SITE"] })).toBe(2);

    // The owner edits the profile: the projection (and so the search) follows in the same transaction.
    const edit = await hub.runAs(
      coordinator(OP_A),
      `mutation ($id: ID!) { updateTalentProfile(id: $id, input: { preferredWorkStyles: [HYBRID], interestInRegion: DUAL_RESIDENCE }) { id } }`,
      { id: remote },
    );
    expect(edit.errors).toBeUndefined();
    expect(await disagreement()).toEqual([]);
    expect(await ids({ workStyles: ["REMOTE"] })).toEqual([]);
    expect(await ids({ workStyles: ["HYBRID"] })).toEqual([remote]);
    expect(await ids({ interestInRegion: ["RELOCATION"] })).toEqual([]);
    expect(await ids({ interestInRegion: ["DUAL_RESIDENCE"] })).toEqual([remote]);

    // Bad input: a clear error naming the field and what is allowed.
    const empty = await hub.runAs(coordinator(OP_B), `query { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING, workStyles: [] }) { totalCount } }`);
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(empty.errors?.[0]?.message).toMatch(/workStyles.*ON_SITE, REMOTE, HYBRID, WORKATION/);
    const none = await hub.runAs(coordinator(OP_B), `query { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING, interestInRegion: [] }) { totalCount } }`);
    expect(none.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(none.errors?.[0]?.message).toMatch(/interestInRegion.*RELOCATION/);
  });

  it("stays in agreement under concurrent profile edits and consent grants of the same person", async () => {
    const people = await Promise.all([0, 1, 2, 3].map((i) => registerOne(hub, OP_A, { skills: [`並行${i}`] })));
    await Promise.all(
      people.flatMap((person, i) => [
        grant(hub, OP_A, person, "NATIONWIDE"),
        hub.runAs(coordinator(OP_A), `mutation ($id: ID!, $s: [String!]) { updateTalentProfile(id: $id, input: { skills: $s }) { id } }`, { id: person, s: [`並行後${i}`] }),
        grant(hub, OP_A, person, "SAME_BLOCK", ["EMPLOYMENT"]),
      ]),
    );
    expect(await disagreement()).toEqual([]);
    expect(await cardCount(OP_B, { skill: "並行後" })).toBe(4);
  });

  it("follows a change of the owner's regional block", async () => {
    const person = await registerOne(hub, OP_A, { skills: ["ブロック移動"] });
    await grant(hub, OP_A, person, "SAME_BLOCK");
    expect(await cardCount(OP_SAME_BLOCK, { skill: "ブロック移動" })).toBe(1);
    await hub.ownerSql(`UPDATE operator_region SET block = 'TOHOKU' WHERE operator_id = $1`, [OP_A]);
    try {
      expect(await disagreement()).toEqual([]);
      expect(await cardCount(OP_SAME_BLOCK, { skill: "ブロック移動" })).toBe(0);
      expect(await cardCount(OP_B, { skill: "ブロック移動" })).toBe(1);
    } finally {
      await hub.ownerSql(`UPDATE operator_region SET block = 'HOKKAIDO' WHERE operator_id = $1`, [OP_A]);
    }
  });

  it("is written only by the triggers: the application role cannot write it", async () => {
    for (const statement of [`DELETE FROM shared_card`, `UPDATE shared_card SET audience = '*'`, `TRUNCATE shared_card`]) {
      await expect(hub.app.dataSource.query(statement)).rejects.toThrow(/permission denied/);
    }
  });

  it("has an index for every filter that PostgreSQL uses under RLS, and no per-row subplan", async () => {
    // Enough rows for statistics; bitmap scans only, so each plan must name the index that serves its filter.
    await hub.ownerSql(`INSERT INTO talent_profile (id, operator_id, card_id, kinds, skills, search_text, availability, home_prefecture_code)
      SELECT 'tp-x-' || i, $1, 'card-x-' || i, ARRAY[(ARRAY['SIDE_JOB','UI_TURN','FOREIGN','SENIOR'])[1 + i % 4]], ARRAY['スキル' || i],
        'スキル' || i, 'SIDE_JOB', lpad((1 + i % 47)::text, 2, '0') FROM generate_series(1, 3000) i`, [OP_A]);
    await hub.ownerSql(`INSERT INTO consent (talent_id, operator_id, scope, purposes, obtained_at, method)
      SELECT 'tp-x-' || i, $1, 'NATIONWIDE', ARRAY['SIDE_JOB_MATCHING'], now(), 'WEB_FORM' FROM generate_series(1, 3000) i`, [OP_A]);
    await hub.ownerSql(`ANALYZE shared_card`);
    const plans: Record<string, string> = {};
    const cases: Record<string, Record<string, unknown>> = {
      grams: { purpose: "SIDE_JOB_MATCHING", skill: "営業" },
      oneCharacter: { purpose: "SIDE_JOB_MATCHING", skill: "営" },
      anySkills: { purpose: "SIDE_JOB_MATCHING", skills: ["研修", "営業"] },
      kinds: { purpose: "SIDE_JOB_MATCHING", kinds: ["FOREIGN"] },
      prefecture: { purpose: "SIDE_JOB_MATCHING", prefectureCode: "13" },
      availability: { purpose: "SIDE_JOB_MATCHING", availability: "PROJECT" },
      workStyles: { purpose: "SIDE_JOB_MATCHING", workStyles: ["REMOTE", "HYBRID"] },
      interestInRegion: { purpose: "SIDE_JOB_MATCHING", interestInRegion: ["RELOCATION"] },
    };
    await hub.app.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', 'COORDINATOR', true)`, [OP_B]);
      await em.query(`SET LOCAL enable_seqscan = off`);
      await em.query(`SET LOCAL enable_indexscan = off`);
      for (const [name, filter] of Object.entries(cases)) {
        // The statement as run with its bounded count and facets.
        const sql = explainableSearch(filter as never, {}, null, OP_B).withCounts;
        const rows: { "QUERY PLAN": string }[] = await em.query(`EXPLAIN ${sql.text}`, sql.params);
        plans[name] = rows.map((r) => r["QUERY PLAN"]).join("\n");
      }
    });
    const indexCondition = (plan: string) => plan.match(/Index Cond: .*$/gm)?.join("\n") ?? "";
    for (const plan of Object.values(plans)) expect(plan).toMatch(/Bitmap Index Scan on shared_card_terms_idx/);
    // Each filter is an index condition, not a filter applied after reading rows.
    // Purpose and audience are one term (the viewer here has no block: nationwide cards only).
    expect(indexCondition(plans.grams!)).toMatch(/terms @> '\{g:営業\}'.*terms && '\{p:SIDE_JOB_MATCHING@\*\}'/);
    expect(indexCondition(plans.oneCharacter!)).toMatch(/g:営/);
    expect(plans.anySkills).toMatch(/BitmapOr[\s\S]*g:研修[\s\S]*g:営業/);
    expect(indexCondition(plans.kinds!)).toMatch(/k:FOREIGN/);
    expect(indexCondition(plans.prefecture!)).toMatch(/h:13/);
    expect(indexCondition(plans.availability!)).toMatch(/v:PROJECT/);
    expect(indexCondition(plans.workStyles!)).toMatch(/w:REMOTE,w:HYBRID/);
    expect(indexCondition(plans.interestInRegion!)).toMatch(/i:RELOCATION/);
    for (const plan of Object.values(plans)) expect(plan).not.toMatch(/SubPlan/);
    // A page of a broad search can walk the recency index in keyset order and stop (no sort of the whole set).
    await hub.app.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', 'COORDINATOR', true)`, [OP_B]);
      await em.query(`SET LOCAL enable_seqscan = off`);
      await em.query(`SET LOCAL enable_bitmapscan = off`);
      const page = explainableSearch({ purpose: "SIDE_JOB_MATCHING" } as never, {}, null, OP_B).pageOnly;
      const rows: { "QUERY PLAN": string }[] = await em.query(`EXPLAIN ${page.text}`, page.params);
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toMatch(/Index Scan using shared_card_recent_idx/);
      // At most an incremental sort of rows already in keyset order (same card, two consents), never a sort of all matches:
      // a full sort only ever sorts the page's own rows (above its LIMIT, or the page's CTE), never a scan's output.
      const lines = plan.split("\n");
      const sortInputs = lines.flatMap((line, i) => (/-> {2}Sort {2}\(/.test(line) ? [lines.slice(i + 1).find((l) => /->/.test(l))!.trim()] : []));
      expect(sortInputs.length).toBeGreaterThan(0);
      for (const input of sortInputs) expect(input).toMatch(/^-> {2}(Limit|CTE Scan)/);
      expect(plan).not.toMatch(/SubPlan/);
    });
  });

  it("counts exactly up to 1000 and says when the total and facets are lower bounds", async () => {
    const result = await hub.runAs(
      coordinator(OP_B),
      `query { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING, skill: "スキル" }, first: 5) {
        totalCount totalCountIsLowerBound facets { isLowerBound byKind { kind count } byBlock { block count } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const page = (result.data as { searchSharedTalent: { totalCount: number; totalCountIsLowerBound: boolean; facets: { isLowerBound: boolean; byKind: { count: number }[] } } }).searchSharedTalent;
    expect(page.totalCount).toBe(1000);
    expect(page.totalCountIsLowerBound).toBe(true);
    expect(page.facets.isLowerBound).toBe(true);
    expect(page.facets.byKind.reduce((n, k) => n + k.count, 0)).toBe(1000);
    const exact = await hub.runAs(coordinator(OP_B), `query { searchSharedTalent(filter: { purpose: SIDE_JOB_MATCHING, skill: "スキル12" }) { totalCount totalCountIsLowerBound facets { isLowerBound byKind { kind count } } } }`);
    // スキル12, スキル120–129, スキル1200–1299: 1 + 10 + 100 people.
    expect(exact.data).toEqual({
      searchSharedTalent: {
        totalCount: 111,
        totalCountIsLowerBound: false,
        facets: { isLowerBound: false, byKind: expect.arrayContaining([expect.objectContaining({ kind: expect.any(String) })]) },
      },
    });
  });
});
