import type { SubgraphHarness } from "@jinjibu/test-utils";
import {
  AVAILABILITY_LABELS,
  CONSENT_METHOD_LABELS,
  CONSENT_SCOPE_LABELS,
  INTEREST_IN_REGION_LABELS,
  SHARING_PURPOSE_LABELS,
  WORK_STYLE_LABELS,
} from "@jinjibu/talent-import";
import { availabilityLabels, consentMethodLabels, consentScopeLabels, interestInRegionLabels, sharingPurposeLabels, workStyleLabels } from "../src/enums";
import { admin, anonymous, codes, coordinator, openTalent, OP_A, OP_B, registerOne, site } from "./helpers";

const PROGRESS = "id status mode stagedRows validRows invalidRows processedRows created updated unchanged refused done";
const CREATE = `mutation ($input: CreateTalentImportInput!) { createTalentImport(input: $input) { ${PROGRESS} } }`;
const STAGE = `mutation ($id: ID!, $rows: [TalentImportRowInput!]!) { stageTalentImportRows(importId: $id, rows: $rows) { ${PROGRESS} } }`;
const COMMIT = `mutation ($id: ID!, $mode: TalentImportMode!, $n: Int!) { commitTalentImport(importId: $id, mode: $mode, expectedRows: $n) { ${PROGRESS} } }`;
const PROBLEMS = `query ($id: ID!) { talentImport(id: $id) { status problems(first: 100) { totalCount edges { node { row column message } } } } }`;

interface Progress {
  id: string;
  status: string;
  stagedRows: number;
  validRows: number;
  invalidRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  done: boolean;
}

const row = (rowNumber: number, overrides: Record<string, string> = {}) => ({
  rowNumber,
  personNumber: `P-${rowNumber}`,
  displayName: `取込 ${rowNumber}`,
  kinds: "兼業・副業人材、UIターン人材",
  skills: "法人営業、経営企画",
  yearsOfExperience: "10",
  availability: "兼業・副業",
  preferredWorkStyles: "リモート",
  homePrefecture: "北海道",
  email: `p${rowNumber}@example.jp`,
  phone: "090-1234-5678",
  consentScope: "全国",
  consentPurposes: "兼業・副業マッチング",
  consentMethod: "書面",
  consentObtainedAt: "2026-04-01",
  ...overrides,
});

describe("talent import (staging, chunked commits, person numbers)", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("import", { withoutDemo: true });
  });
  afterAll(() => hub.close());

  const as = coordinator(OP_A);
  async function ok<T>(viewer: typeof as, query: string, variables: Record<string, unknown>, field: string): Promise<T> {
    const result = await hub.runAs(viewer, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as Record<string, T>)[field]!;
  }
  const profiles = async (operatorId = OP_A) =>
    (await hub.ownerSql<{ n: number }>(`SELECT count(*)::int AS n FROM talent_profile WHERE operator_id = $1`, [operatorId]))[0]!.n;

  /** Creates, stages in batches and commits until done; returns the final progress and the number of commit calls. */
  async function importRows(rows: ReturnType<typeof row>[], mode: "ALL_OR_NOTHING" | "VALID_ROWS_ONLY", batch = 1000) {
    const session = await ok<Progress>(as, CREATE, { input: { fileName: "pool.csv" } }, "createTalentImport");
    for (let i = 0; i < rows.length; i += batch) await ok(as, STAGE, { id: session.id, rows: rows.slice(i, i + batch) }, "stageTalentImportRows");
    let progress: Progress;
    let calls = 0;
    do {
      progress = await ok<Progress>(as, COMMIT, { id: session.id, mode, n: rows.length }, "commitTalentImport");
      calls += 1;
    } while (!progress.done);
    return { id: session.id, progress, calls };
  }

  it("uses the subgraph's own Japanese labels", () => {
    expect([AVAILABILITY_LABELS, WORK_STYLE_LABELS, INTEREST_IN_REGION_LABELS, CONSENT_SCOPE_LABELS, SHARING_PURPOSE_LABELS, CONSENT_METHOD_LABELS]).toEqual([
      availabilityLabels,
      workStyleLabels,
      interestInRegionLabels,
      consentScopeLabels,
      sharingPurposeLabels,
      consentMethodLabels,
    ]);
  });

  it("validates staged rows server-side, reports problems by row and column in Japanese, and writes nothing to the pool", async () => {
    const session = await ok<Progress>(as, CREATE, { input: { fileName: "二行不正.csv" } }, "createTalentImport");
    const staged = await ok<Progress>(as, STAGE, {
      id: session.id,
      rows: [row(2), row(3, { kinds: "魔法使い" }), row(4), row(5, { personNumber: "P-2", displayName: "" })],
    }, "stageTalentImportRows");
    expect(staged).toMatchObject({ status: "STAGING", stagedRows: 4, validRows: 2, invalidRows: 2, processedRows: 0 });
    const report = await ok<{ problems: { totalCount: number; edges: { node: unknown }[] } }>(as, PROBLEMS, { id: session.id }, "talentImport");
    expect(report.problems.edges.map((e) => e.node)).toEqual([
      { row: 3, column: "人材区分", message: expect.stringMatching(/^「魔法使い」は人材区分として使えません。使える値: 学生・インターン生、/) },
      { row: 5, column: "氏名", message: "氏名を入れてください (1〜100文字)。" },
      { row: 5, column: "管理番号", message: "管理番号「P-2」は2行目と重複しています。1人1行にしてください。" },
    ]);
    expect(await profiles()).toBe(0);

    // All or nothing: refused, nothing written, the session still staging.
    const refused = await hub.runAs(as, COMMIT, { id: session.id, mode: "ALL_OR_NOTHING", n: 4 });
    expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0]!.message).toMatch(/^2 of 4 rows are invalid, so an ALL_OR_NOTHING import writes nothing\./);
    expect(await profiles()).toBe(0);
    // A commit that does not match what the file holds is refused too.
    const short = await hub.runAs(as, COMMIT, { id: session.id, mode: "VALID_ROWS_ONLY", n: 5 });
    expect(short.errors![0]!.message).toMatch(/^expectedRows is 5 but 4 rows are staged/);
    expect(await profiles()).toBe(0);
    expect(await hub.ownerSql(`SELECT status FROM talent_import WHERE id = $1`, [session.id])).toEqual([{ status: "STAGING" }]);

    // Cancelling removes the staged personal data.
    expect(await ok(as, `mutation ($id: ID!) { cancelTalentImport(importId: $id) }`, { id: session.id }, "cancelTalentImport")).toBe(true);
    expect(await hub.ownerSql(`SELECT count(*)::int AS n FROM talent_import_row WHERE import_id = $1`, [session.id])).toEqual([{ n: 0 }]);
  });

  it("imports valid rows only, then a re-upload registers nobody twice", async () => {
    const file = [row(2), row(3, { availability: "毎日" }), row(4), row(5), row(6, { email: "x" })];
    const first = await importRows(file, "VALID_ROWS_ONLY");
    expect(first.progress).toMatchObject({ status: "COMMITTED", stagedRows: 5, processedRows: 5, created: 3, updated: 0, unchanged: 0, refused: 2 });
    expect(await profiles()).toBe(3);
    expect(await hub.ownerSql(`SELECT person_number FROM talent_profile WHERE operator_id = $1 ORDER BY person_number`, [OP_A])).toEqual([
      { person_number: "P-2" },
      { person_number: "P-4" },
      { person_number: "P-5" },
    ]);
    const [p2] = await hub.ownerSql<{ id: string; kinds: string[]; home_prefecture_code: string }>(
      `SELECT id, kinds, home_prefecture_code FROM talent_profile WHERE person_number = 'P-2'`,
    );
    expect([p2!.kinds, p2!.home_prefecture_code]).toEqual([["SIDE_JOB", "UI_TURN"], "01"]);
    expect(await hub.ownerSql(`SELECT scope, purposes, method, to_char(obtained_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS d FROM consent WHERE talent_id = $1`, [p2!.id])).toEqual([
      { scope: "NATIONWIDE", purposes: ["SIDE_JOB_MATCHING"], method: "PAPER_FORM", d: "2026-04-01" },
    ]);
    // The staged cells are cleared once handled.
    expect(await hub.ownerSql(`SELECT count(*)::int AS n FROM talent_import_row WHERE import_id = $1 AND normalized IS NOT NULL`, [first.id])).toEqual([{ n: 0 }]);
    // The person number is a field of the profile, for the owner.
    const listed = await ok<{ edges: { node: { personNumber: string } }[] }>(as, `{ myTalentProfiles(first: 10) { edges { node { personNumber } } } }`, {}, "myTalentProfiles");
    expect(listed.edges.map((e) => e.node.personNumber).sort()).toEqual(["P-2", "P-4", "P-5"]);

    const again = await importRows(file, "VALID_ROWS_ONLY");
    expect(again.progress).toMatchObject({ created: 0, updated: 0, unchanged: 3, refused: 2 });
    expect(await profiles()).toBe(3);
    expect(await hub.ownerSql(`SELECT count(*)::int AS n FROM consent WHERE operator_id = $1`, [OP_A])).toEqual([{ n: 3 }]);

    // A fixed file: the two refused rows are registered, one known person is updated (profile and a new consent).
    const fixed = [row(2, { skills: "研修講師", consentScope: "同じ地域ブロック" }), row(3), row(4), row(5), row(6)];
    const third = await importRows(fixed, "ALL_OR_NOTHING");
    expect(third.progress).toMatchObject({ created: 2, updated: 1, unchanged: 2, refused: 0 });
    expect(await profiles()).toBe(5);
    expect(await hub.ownerSql(`SELECT skills FROM talent_profile WHERE person_number = 'P-2'`)).toEqual([{ skills: ["研修講師"] }]);
    expect(await hub.ownerSql(`SELECT scope FROM consent WHERE talent_id = $1 ORDER BY created_at, scope`, [p2!.id])).toEqual([
      { scope: "NATIONWIDE" },
      { scope: "SAME_BLOCK" },
    ]);
    expect(await hub.ownerSql(`SELECT total FROM talent_pool_summary WHERE operator_id = $1`, [OP_A])).toEqual([{ total: 5 }]);
  });

  it("commits large files in chunks of at most 500 rows with a bounded number of statements per chunk", async () => {
    const before = await profiles();
    const rows = Array.from({ length: 1200 }, (_, i) => row(10_000 + i, { consentScope: "", consentPurposes: "", consentMethod: "", consentObtainedAt: "" }));
    const session = await ok<Progress>(as, CREATE, { input: { fileName: "large.xlsx" } }, "createTalentImport");
    await ok(as, STAGE, { id: session.id, rows: rows.slice(0, 1000) }, "stageTalentImportRows");
    // A retried batch (same row numbers) replaces itself instead of staging twice.
    await ok(as, STAGE, { id: session.id, rows: rows.slice(0, 1000) }, "stageTalentImportRows");
    const staged = await ok<Progress>(as, STAGE, { id: session.id, rows: rows.slice(1000) }, "stageTalentImportRows");
    expect(staged.stagedRows).toBe(1200);
    const progress: number[] = [];
    const statements: number[] = [];
    let last: Progress;
    do {
      hub.app.counter.reset();
      last = await ok<Progress>(as, COMMIT, { id: session.id, mode: "ALL_OR_NOTHING", n: 1200 }, "commitTalentImport");
      statements.push(hub.app.counter.count);
      progress.push(last.processedRows);
    } while (!last.done);
    expect(progress).toEqual([500, 1000, 1200]);
    expect(codes(await hub.runAs(as, `mutation ($id: ID!) { commitTalentImport(importId: $id, mode: ALL_OR_NOTHING, expectedRows: 1200, maxRows: 501) { id } }`, { id: session.id }))).toEqual(["BAD_USER_INPUT"]);
    expect(last).toMatchObject({ created: 1200, refused: 0 });
    expect(Math.max(...statements)).toBeLessThanOrEqual(40);
    expect(await profiles()).toBe(before + 1200);
    // Once done, another commit changes nothing and says so.
    const after = await ok<Progress>(as, COMMIT, { id: session.id, mode: "ALL_OR_NOTHING", n: 1200 }, "commitTalentImport");
    // A smaller chunk when asked (a client whose call timed out).
    const small = await ok<Progress>(as, CREATE, { input: { fileName: "small-chunks.csv" } }, "createTalentImport");
    await ok(as, STAGE, { id: small.id, rows: rows.slice(0, 300).map((r) => ({ ...r, rowNumber: r.rowNumber + 5000 })) }, "stageTalentImportRows");
    const first = await ok<Progress>(as, `mutation ($id: ID!) { commitTalentImport(importId: $id, mode: VALID_ROWS_ONLY, expectedRows: 300, maxRows: 120) { ${PROGRESS} } }`, { id: small.id }, "commitTalentImport");
    expect([first.processedRows, first.unchanged, first.done]).toEqual([120, 120, false]);
    expect(after).toMatchObject({ done: true, created: 1200 });
    expect(codes(await hub.runAs(as, STAGE, { id: session.id, rows: [row(2)] }))).toEqual(["CONFLICT"]);
  });

  it("keeps sessions and staged rows to the importing operator (RLS) and refuses viewers without a pool", async () => {
    const session = await ok<Progress>(as, CREATE, { input: { fileName: "secret.csv" } }, "createTalentImport");
    await ok(as, STAGE, { id: session.id, rows: [row(2, { displayName: "秘密 花子" })] }, "stageTalentImportRows");
    const other = coordinator(OP_B);
    expect(await hub.runAs(other, PROBLEMS, { id: session.id })).toEqual({ data: { talentImport: null } });
    expect(codes(await hub.runAs(other, STAGE, { id: session.id, rows: [row(3)] }))).toEqual(["NOT_FOUND"]);
    expect(codes(await hub.runAs(other, COMMIT, { id: session.id, mode: "VALID_ROWS_ONLY", n: 1 }))).toEqual(["NOT_FOUND"]);
    expect(codes(await hub.runAs(site(OP_B), `mutation ($id: ID!) { cancelTalentImport(importId: $id) }`, { id: session.id }))).toEqual(["NOT_FOUND"]);
    for (const viewer of [anonymous, admin]) expect(codes(await hub.runAs(viewer, CREATE, { input: { fileName: "x.csv" } }))).toEqual(["FORBIDDEN"]);

    // The application role itself sees no other operator's staging rows, whatever the SQL asks.
    const seen = await hub.app.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', 'COORDINATOR', true)`, [OP_B]);
      const rows: { n: number }[] = await em.query(`SELECT (SELECT count(*) FROM talent_import)::int + (SELECT count(*) FROM talent_import_row)::int AS n`);
      return rows[0]!.n;
    });
    expect(seen).toBe(0);
    expect((await hub.ownerSql<{ n: number }>(`SELECT count(*)::int AS n FROM talent_import_row WHERE import_id = $1`, [session.id]))[0]!.n).toBe(1);
    expect(await profiles(OP_B)).toBe(0);
  });

  it("refuses bad staging input clearly, writing nothing", async () => {
    const session = await ok<Progress>(as, CREATE, { input: { fileName: "bad.csv", idempotencyKey: "import-key-0001" } }, "createTalentImport");
    const replay = await ok<Progress>(as, CREATE, { input: { fileName: "bad.csv", idempotencyKey: "import-key-0001" } }, "createTalentImport");
    expect(replay.id).toBe(session.id);
    expect(codes(await hub.runAs(as, CREATE, { input: { fileName: "bad.csv", idempotencyKey: "short" } }))).toEqual(["BAD_USER_INPUT"]);
    const control = await hub.runAs(as, CREATE, { input: { fileName: "bad\u0000.csv" } });
    expect([codes(control), control.errors?.[0]?.message]).toEqual([["BAD_USER_INPUT"], "fileName must not contain control characters or broken (lone surrogate) characters."]);
    // A message quoting a long value never cuts a surrogate pair in half (the problems are stored as jsonb).
    const other = await ok<Progress>(as, CREATE, { input: { fileName: "emoji.csv" } }, "createTalentImport");
    const emoji = await ok<Progress>(as, STAGE, { id: other.id, rows: [row(9, { kinds: `x${"😀".repeat(40)}` })] }, "stageTalentImportRows");
    expect(emoji.invalidRows).toBe(1);
    const cases: [unknown[], string][] = [
      [[], "rows must hold 1 to 1000 rows per call; got 0."],
      [[row(1)], "rowNumber must be the row's number in the file: an integer of 2 or more (the header is row 1)."],
      [[row(2), row(2)], "rowNumber must not repeat within one call."],
      [Array.from({ length: 1001 }, (_, i) => row(i + 2)), "rows must hold 1 to 1000 rows per call; got 1001."],
    ];
    for (const [rows, message] of cases) {
      const result = await hub.runAs(as, STAGE, { id: session.id, rows });
      expect([codes(result), result.errors?.[0]?.message]).toEqual([["BAD_USER_INPUT"], message]);
    }
    expect(codes(await hub.runAs(as, STAGE, { id: "not-a-uuid", rows: [row(2)] }))).toEqual(["NOT_FOUND"]);
    const bad = await ok<Progress>(as, STAGE, { id: session.id, rows: [row(2, { displayName: "NUL\u0000文字" }), row(3, { yearsOfExperience: "=1+2" })] }, "stageTalentImportRows");
    expect([bad.validRows, bad.invalidRows]).toEqual([0, 2]);
    const report = await ok<{ problems: { edges: { node: { row: number; column: string; message: string } }[] } }>(as, PROBLEMS, { id: session.id }, "talentImport");
    expect(report.problems.edges.map((e) => [e.node.row, e.node.column, e.node.message.slice(0, 12)])).toEqual([
      [2, "氏名", "セルに制御文字 (NUL"],
      [3, "経験年数", "セルに数式 (=1+2)"],
    ]);
  });
});

describe("the pool summary during large imports (counted, not timed)", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("summary", { withoutDemo: true });
  });
  afterAll(() => hub.close());

  const as = coordinator(OP_A);
  async function ok<T>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
    const result = await hub.runAs(as, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as Record<string, T>)[field]!;
  }
  /** What a full recount from the profiles says, to compare with the kept summary. */
  const recount = async () =>
    (
      await hub.ownerSql<{ total: number; demo: number; by_kind: Record<string, number> }>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE is_demo)::int AS demo,
           coalesce((SELECT jsonb_object_agg(kind, n) FROM (SELECT unnest(kinds) AS kind, count(*) AS n FROM talent_profile WHERE operator_id = $1 GROUP BY 1) k), '{}'::jsonb) AS by_kind
         FROM talent_profile WHERE operator_id = $1`,
        [OP_A],
      )
    )[0]!;
  const kept = async () => (await hub.ownerSql<{ total: number; demo: number; by_kind: Record<string, number> }>(`SELECT total, demo_count AS demo, by_kind FROM talent_pool_summary WHERE operator_id = $1`, [OP_A]))[0];

  it("adjusts the summary once per written batch instead of recounting the whole pool, and stays exact", async () => {
    // An existing pool of 20,000 people, so a recount per batch would have to read them all each time.
    await hub.ownerSql(
      `INSERT INTO talent_profile (id, operator_id, card_id, kinds, availability)
       SELECT 'tp-bulk-' || i, $1, 'card-bulk-' || i, CASE WHEN i % 2 = 0 THEN ARRAY['SENIOR'] ELSE ARRAY['WOMEN', 'MID_CAREER'] END, 'SIDE_JOB'
       FROM generate_series(1, 20000) AS i`,
      [OP_A],
    );
    await registerOne(hub, OP_A);
    expect(await kept()).toEqual(await recount());

    const rows = Array.from({ length: 1000 }, (_, i) => row(20_000 + i, { consentScope: "", consentPurposes: "", consentMethod: "", consentObtainedAt: "" }));
    const session = await ok<Progress>(CREATE, { input: { fileName: "summary.csv" } }, "createTalentImport");
    await ok(STAGE, { id: session.id, rows }, "stageTalentImportRows");
    hub.app.counter.recordStatements = true;
    const chunks: { statements: number; summaryWrites: number; recounts: number; ms: number }[] = [];
    let last: Progress;
    do {
      hub.app.counter.reset();
      const started = process.hrtime.bigint();
      last = await ok<Progress>(COMMIT, { id: session.id, mode: "ALL_OR_NOTHING", n: rows.length }, "commitTalentImport");
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const statements = hub.app.counter.statements;
      chunks.push({
        statements: statements.length,
        summaryWrites: statements.filter((s) => /talent_pool_summary/.test(s)).length,
        recounts: statements.filter((s) => /talent_pool_summary/.test(s) && /FROM talent_profile/.test(s)).length,
        ms,
      });
    } while (!last.done);
    hub.app.counter.recordStatements = false;
    process.stdout.write(
      `pool summary, 1,000-row import into a pool of 20,001 (2 chunks of 500 = 10 batches of 100):\n` +
        chunks.map((c, i) => `  chunk ${i + 1}: ${c.statements} statements, ${c.summaryWrites} summary writes, ${c.recounts} full recounts, ${c.ms.toFixed(0)} ms\n`).join(""),
    );
    expect(last).toMatchObject({ created: 1000, refused: 0 });
    expect(chunks.map((c) => [c.summaryWrites, c.recounts])).toEqual([[5, 0], [5, 0]]);
    expect(await kept()).toEqual(await recount());

    // Re-import with other kinds: 1,000 updates adjust the counts by kind, still without a recount.
    const changed = rows.map((r) => ({ ...r, kinds: "シニア" }));
    const again = await ok<Progress>(CREATE, { input: { fileName: "summary-2.csv" } }, "createTalentImport");
    await ok(STAGE, { id: again.id, rows: changed }, "stageTalentImportRows");
    hub.app.counter.recordStatements = true;
    hub.app.counter.reset();
    const started = process.hrtime.bigint();
    let second: Progress;
    do second = await ok<Progress>(COMMIT, { id: again.id, mode: "ALL_OR_NOTHING", n: rows.length }, "commitTalentImport");
    while (!second.done);
    const recounts = hub.app.counter.statements.filter((s) => /talent_pool_summary/.test(s) && /FROM talent_profile/.test(s)).length;
    process.stdout.write(
      `  re-import changing every person's kinds: ${hub.app.counter.statements.length} statements, ${recounts} full recounts, ` +
        `${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms\n`,
    );
    hub.app.counter.recordStatements = false;
    expect([second.updated, recounts]).toEqual([1000, 0]);
    expect(await kept()).toEqual(await recount());

    // Erasing one person and editing one by hand keep it exact too.
    const [{ id: someone }] = await hub.ownerSql<{ id: string }>(`SELECT id FROM talent_profile WHERE person_number = 'P-20000'`);
    await ok(`mutation ($t: ID!) { erasePerson(talentId: $t) { talentId } }`, { t: someone }, "erasePerson");
    await ok(`mutation ($id: ID!) { updateTalentProfile(id: $id, input: { kinds: [WOMEN, STUDENT_INTERN] }) { id } }`, { id: "tp-bulk-2" }, "updateTalentProfile");
    expect(await kept()).toEqual(await recount());
    expect((await kept())!.by_kind.STUDENT_INTERN).toBe(1);
  });
});

describe("talent re-import updating many people (set-based)", () => {
  let hub: SubgraphHarness;
  beforeAll(async () => {
    hub = await openTalent("import_upd", { withoutDemo: true });
  });
  afterAll(() => hub.close());

  const as = coordinator(OP_A);
  async function ok<T>(query: string, variables: Record<string, unknown>, field: string): Promise<T> {
    const result = await hub.runAs(as, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return (result.data as Record<string, T>)[field]!;
  }
  /** Stages `rows` in one session and commits it chunk by chunk, counting the statements of each chunk. */
  async function importCounting(rows: ReturnType<typeof row>[]): Promise<{ last: Progress; perChunk: number[] }> {
    const session = await ok<Progress>(CREATE, { input: { fileName: "re-import.csv" } }, "createTalentImport");
    await ok(STAGE, { id: session.id, rows }, "stageTalentImportRows");
    const perChunk: number[] = [];
    let last: Progress;
    do {
      hub.app.counter.reset();
      last = await ok<Progress>(COMMIT, { id: session.id, mode: "ALL_OR_NOTHING", n: rows.length }, "commitTalentImport");
      perChunk.push(hub.app.counter.count);
    } while (!last.done);
    return { last, perChunk };
  }
  const people = () =>
    hub.ownerSql<{ person_number: string; kinds: string[]; skills: string[]; search_text: string; years: number; email: string; display_name: string }>(
      `SELECT p.person_number, p.kinds, p.skills, p.search_text, p.years_of_experience AS years, c.email, c.display_name
       FROM talent_profile p JOIN talent_contact c ON c.talent_id = p.id WHERE p.operator_id = $1 ORDER BY p.person_number`,
      [OP_A],
    );

  it("updates 1,000 changed people in as many statements as 2, in the chunk's one transaction, with the shared cards and summary following", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(30_000 + i));
    const first = await importCounting(rows);
    expect(first.last).toMatchObject({ created: 1000, refused: 0 });

    // Two people change (one in each chunk of 500; kinds, skills and e-mail): the statements each chunk sends.
    const two = rows.map((r, i) => (i === 0 || i === 999 ? { ...r, kinds: "シニア", skills: "法人営業、採用広報", email: `two-${r.rowNumber}@example.jp` } : r));
    const few = await importCounting(two);
    expect(few.last).toMatchObject({ updated: 2, unchanged: 998 });

    // Everyone changes (kinds, skills, years, name and e-mail): the same statements per chunk.
    const all = rows.map((r) => ({ ...r, kinds: "シニア", skills: "経理、採用広報", yearsOfExperience: "12", displayName: `${r.displayName} 改`, email: `new-${r.rowNumber}@example.jp` }));
    const many = await importCounting(all);
    expect(many.last).toMatchObject({ updated: 1000, unchanged: 0, refused: 0 });
    process.stdout.write(`re-import statements per chunk: 2 changed people ${few.perChunk.join(" + ")}, 1,000 changed people ${many.perChunk.join(" + ")}\n`);
    expect(many.perChunk).toEqual(few.perChunk);

    const after = await people();
    expect(after).toHaveLength(1000);
    expect(after.every((p) => p.kinds.join() === "SENIOR" && p.skills.join() === "経理,採用広報" && p.years === 12)).toBe(true);
    expect(after[0]).toMatchObject({ person_number: "P-30000", display_name: "取込 30000 改", email: "new-30000@example.jp" });
    expect(after[0]!.search_text).toContain("採用広報");
    // The shared-card read model (row triggers) carries the new skills of every consented person.
    const [cards] = await hub.ownerSql<{ n: number; stale: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE NOT ('経理' = ANY(s.skills)))::int AS stale
       FROM shared_card s JOIN talent_profile p ON p.id = s.talent_id WHERE p.operator_id = $1`,
      [OP_A],
    );
    expect(cards).toEqual({ n: 1000, stale: 0 });
    const [summary] = await hub.ownerSql<{ total: number; by_kind: Record<string, number> }>(`SELECT total, by_kind FROM talent_pool_summary WHERE operator_id = $1`, [OP_A]);
    expect(summary).toEqual({ total: 1000, by_kind: { SENIOR: 1000 } });
  });

  // On the 1,000 people the test above imported.
  it("rolls a chunk back whole when one person's update fails, so nobody in it is half-updated", async () => {
    const before = await people();
    const rows = before.map((p, i) => row(30_000 + i, { displayName: `${p.display_name} 再`, skills: "経理" }));
    // A failure in the middle of the statement: the database refuses one person's row (as a constraint would).
    await hub.ownerSql(`CREATE FUNCTION refuse_one() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.person_number = 'P-30250' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
    await hub.ownerSql(`CREATE TRIGGER refuse_one BEFORE UPDATE ON talent_profile FOR EACH ROW EXECUTE FUNCTION refuse_one()`);
    try {
      const session = await ok<Progress>(CREATE, { input: { fileName: "fails.csv" } }, "createTalentImport");
      await ok(STAGE, { id: session.id, rows }, "stageTalentImportRows");
      const failed = await hub.runAs(as, COMMIT, { id: session.id, mode: "ALL_OR_NOTHING", n: rows.length });
      expect(failed.errors?.map((e) => e.message)).toEqual([expect.stringContaining("refused for the test")]);
      expect(await people()).toEqual(before);
      const [progress] = await hub.ownerSql<{ processed: number }>(`SELECT count(outcome)::int AS processed FROM talent_import_row WHERE import_id = $1`, [session.id]);
      expect(progress).toEqual({ processed: 0 });
    } finally {
      await hub.ownerSql(`DROP TRIGGER refuse_one ON talent_profile`);
      await hub.ownerSql(`DROP FUNCTION refuse_one()`);
    }
  });
});
