import type { SubgraphHarness } from "@jinjibu/test-utils";
import { seedTalent, generateDemoData } from "../src/seeds/seed";
import { generateDemoPeople } from "../src/seeds/demo-generator";
import { DataSource } from "typeorm";
import { admin, anonymous, codes, coordinator, openTalent, OP_A, OP_B, registerOne, grant, site } from "./helpers";
import operators from "../src/seeds/data/operators.json";

describe("talent foundation: demo pool, summaries, own profiles", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("tal");
  });
  afterAll(() => hub.close());

  it("seeds a deterministic demo set of 3–12 profiles for each of the 94 operators, all flagged demo", async () => {
    const perOperator = await hub.ownerSql<{ operator_id: string; n: string; demo: string }>(
      `SELECT operator_id, count(*) AS n, count(*) FILTER (WHERE is_demo) AS demo FROM talent_profile GROUP BY operator_id`,
    );
    expect(operators).toHaveLength(94);
    expect(perOperator).toHaveLength(94);
    for (const row of perOperator) {
      expect(Number(row.n)).toBeGreaterThanOrEqual(3);
      expect(Number(row.n)).toBeLessThanOrEqual(12);
      expect(row.demo).toBe(row.n);
    }
    const generated = generateDemoData();
    const again = generateDemoData();
    expect(again).toEqual(generated);
    // The checked-in demo file is exactly what the fixed-seed faker generator makes (regenerate with `npm run demo:generate`).
    expect(generateDemoPeople()).toEqual(generated);
    const [{ profiles, contacts, consents }] = await hub.ownerSql<{ profiles: string; contacts: string; consents: string }>(
      `SELECT (SELECT count(*) FROM talent_profile) AS profiles, (SELECT count(*) FROM talent_contact) AS contacts,
              (SELECT count(*) FROM consent) AS consents`,
    );
    expect(Number(profiles)).toBe(generated.profiles.length);
    expect(Number(contacts)).toBe(generated.profiles.length);
    expect(Number(consents)).toBe(generated.consents.length);
    const [first] = generated.profiles;
    const [stored] = await hub.ownerSql<{ skills: string[]; display_name: string }>(
      `SELECT p.skills, c.display_name FROM talent_profile p JOIN talent_contact c ON c.talent_id = p.id WHERE p.id = $1`,
      [first!.id],
    );
    expect(stored).toEqual({ skills: first!.skills, display_name: first!.display_name });
    expect(await hub.ownerSql(`SELECT operator_id, prefecture_code, block FROM operator_region WHERE operator_id IN ($1, $2) ORDER BY 1`, [OP_A, OP_B]))
      .toEqual([
        { operator_id: OP_A, prefecture_code: "01", block: "HOKKAIDO" },
        { operator_id: OP_B, prefecture_code: "02", block: "TOHOKU" },
      ]);
  });

  it("seeds idempotently: a second run inserts nothing", async () => {
    const ds = new DataSource({ type: "postgres", url: hub.url, extra: { options: "-c search_path=talent,public", max: 1 } });
    await ds.initialize();
    try {
      expect(await seedTalent(ds)).toEqual({
        operator_region: 0, talent_profile: 0, talent_contact: 0, consent: 0, company_ref: 0, program_ref: 0, need: 0, matching: 0, introduction: 0, placement: 0,
      });
    } finally {
      await ds.destroy();
    }
  });

  const SUMMARY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Operator { id talentPoolSummary { total includesDemoData demoCount note byKind { kind kindLabelJa count } } } } }`;

  it("summarises every operator's pool for signed-in viewers and flags demo data", async () => {
    const [oracle] = await hub.ownerSql<{ total: string }>(`SELECT count(*) AS total FROM talent_profile WHERE operator_id = $1`, [OP_A]);
    const kinds = await hub.ownerSql<{ kind: string; n: string }>(
      `SELECT unnest(kinds) AS kind, count(*) AS n FROM talent_profile WHERE operator_id = $1 GROUP BY 1`,
      [OP_A],
    );
    const result = await hub.runAs(coordinator(OP_B), SUMMARY, { r: [{ __typename: "Operator", id: OP_A }, { __typename: "Operator", id: "op-unknown" }] });
    expect(result.errors).toBeUndefined();
    const [a, unknown] = (result.data as { _entities: { talentPoolSummary: { total: number; byKind: { kind: string; count: number; kindLabelJa: string }[]; includesDemoData: boolean; demoCount: number; note: string | null } }[] })._entities;
    expect(a!.talentPoolSummary.total).toBe(Number(oracle!.total));
    expect(a!.talentPoolSummary.demoCount).toBe(Number(oracle!.total));
    expect(a!.talentPoolSummary.includesDemoData).toBe(true);
    expect(a!.talentPoolSummary.note).toContain("デモデータ");
    expect(Object.fromEntries(a!.talentPoolSummary.byKind.map((k) => [k.kind, k.count]))).toEqual(
      Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)])),
    );
    const counts = a!.talentPoolSummary.byKind.map((k) => k.count);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(unknown!.talentPoolSummary).toEqual({ total: 0, includesDemoData: false, demoCount: 0, note: null, byKind: [] });
  });

  it("answers anonymous viewers with null + FORBIDDEN", async () => {
    const result = await hub.runAs(anonymous, SUMMARY, { r: [{ __typename: "Operator", id: OP_A }] });
    expect(result.data).toEqual({ _entities: [{ id: OP_A, talentPoolSummary: null }] });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
  });

  it("costs the same number of SQL statements for 94 operators as for 5 (DataLoader)", async () => {
    const reps = operators.map((op) => ({ __typename: "Operator", id: op.id }));
    hub.app.counter.reset();
    const five = await hub.runAs(admin, SUMMARY, { r: reps.slice(0, 5) });
    const fiveCount = hub.app.counter.count;
    hub.app.counter.reset();
    const all = await hub.runAs(admin, SUMMARY, { r: reps });
    const allCount = hub.app.counter.count;
    expect(five.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect((all.data as { _entities: unknown[] })._entities).toHaveLength(94);
    // BEGIN with set_config (one round trip), one SELECT, COMMIT
    expect(fiveCount).toBe(3);
    expect(allCount).toBe(fiveCount);
  });

  const MINE = `query ($first: Int, $after: String, $kind: TalentKind) {
    myTalentProfiles(first: $first, after: $after, kind: $kind) { totalCount pageInfo { hasNextPage endCursor } edges { node { id ownerOperator { id } displayName isDemo } } }
  }`;

  it("lists only the viewer's own pool, for coordinators and sites", async () => {
    const [oracle] = await hub.ownerSql<{ total: string }>(`SELECT count(*) AS total FROM talent_profile WHERE operator_id = $1`, [OP_A]);
    const result = await hub.runAs(coordinator(OP_A), MINE, { first: 100 });
    expect(result.errors).toBeUndefined();
    const page = (result.data as { myTalentProfiles: { totalCount: number; edges: { node: { ownerOperator: { id: string }; displayName: string; isDemo: boolean } }[] } }).myTalentProfiles;
    expect(page.totalCount).toBe(Number(oracle!.total));
    expect(page.edges).toHaveLength(Number(oracle!.total));
    expect(new Set(page.edges.map((e) => e.node.ownerOperator.id))).toEqual(new Set([OP_A]));
    expect(page.edges.every((e) => e.node.displayName.length > 0 && e.node.isDemo)).toBe(true);
    const bySite = await hub.runAs(site(OP_A), MINE, { first: 1 });
    expect((bySite.data as { myTalentProfiles: { totalCount: number } }).myTalentProfiles.totalCount).toBe(Number(oracle!.total));
  });

  it("filters by kind and pages with a documented maximum", async () => {
    const [oracle] = await hub.ownerSql<{ n: string }>(`SELECT count(*) AS n FROM talent_profile WHERE operator_id = $1 AND 'SIDE_JOB' = ANY(kinds)`, [OP_A]);
    const result = await hub.runAs(coordinator(OP_A), MINE, { kind: "SIDE_JOB", first: 100 });
    expect((result.data as { myTalentProfiles: { totalCount: number } }).myTalentProfiles.totalCount).toBe(Number(oracle!.n));
    const tooMany = await hub.runAs(coordinator(OP_A), MINE, { first: 101 });
    expect(codes(tooMany)).toEqual(["BAD_USER_INPUT"]);
    expect(tooMany.errors![0]!.message).toBe("`first` must be between 1 and 100; got 101.");
  });

  it("refuses anonymous viewers and the national administrator a person-level pool", async () => {
    expect(codes(await hub.runAs(anonymous, MINE, {}))).toEqual(["FORBIDDEN"]);
    expect(codes(await hub.runAs(admin, MINE, {}))).toEqual(["FORBIDDEN"]);
  });

  const ONE = `query ($id: ID!) { talentProfile(id: $id) { id displayName contact { email phone } consents { scope } ownerOperator { id } } }`;
  const ENTITY = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on TalentProfile { id displayName contact { email } } } }`;

  it("shows a profile whole to its owner and null to everyone else, consented shares included", async () => {
    const id = await registerOne(hub, OP_A, { displayName: "北見 太郎", email: "taro@example.jp" });
    await grant(hub, OP_A, id, "NATIONWIDE");
    const own = await hub.runAs(coordinator(OP_A), ONE, { id });
    expect(own.data).toEqual({
      talentProfile: { id, displayName: "北見 太郎", contact: { email: "taro@example.jp", phone: "090-1234-5678" }, consents: [{ scope: "NATIONWIDE" }], ownerOperator: { id: OP_A } },
    });
    for (const viewer of [coordinator(OP_B), admin, anonymous, site(OP_B)]) {
      const other = await hub.runAs(viewer, ONE, { id });
      expect(other).toEqual({ data: { talentProfile: null } });
    }
    expect(await hub.runAs(coordinator(OP_B), ONE, { id: "tp-does-not-exist" })).toEqual({ data: { talentProfile: null } });
  });

  it("applies the same owner check in __resolveReference: another region's _entities for a talent is null", async () => {
    const id = await registerOne(hub, OP_A, { displayName: "網走 次郎" });
    await grant(hub, OP_A, id, "NATIONWIDE");
    const reps = { r: [{ __typename: "TalentProfile", id }] };
    expect(await hub.runAs(coordinator(OP_A), ENTITY, reps)).toEqual({
      data: { _entities: [{ id, displayName: "網走 次郎", contact: { email: "hanako@example.jp" } }] },
    });
    expect(await hub.runAs(coordinator(OP_B), ENTITY, reps)).toEqual({ data: { _entities: [null] } });
    expect(await hub.runAs(admin, ENTITY, reps)).toEqual({ data: { _entities: [null] } });
    expect(await hub.runAs(anonymous, ENTITY, reps)).toEqual({ data: { _entities: [null] } });
  });
});
