// Cross-region talent search at national scale (issue 8). Prints figures; asserts nothing; never part of `npm test`.
//
//   npm run bench:talent                       2,000 / 20,000 / 200,000 people, 1 and 20 clients, 8 s each
//   BENCH_SIZES=2000,200000 BENCH_SECONDS=15 BENCH_CLIENTS=1,20 npm run bench:talent
//
// For each size it generates deterministic demo people (faker's Japanese locale, fixed seed, is_demo = true) with their
// contacts and consents by COPY into a fresh hub database, starts the whole hub (four subgraphs + gateway over HTTP, the
// same harness as the e2e tests; rate limits off: this measures search, not the limiter), and runs searches as a
// coordinator of op-meguru through the gateway for a fixed time.
// At the largest size, BENCH_AUDIT_ROWS (10,000,000; 0 skips it) audit rows are loaded and a coordinator's audit trail is
// timed through the gateway and EXPLAINed.
// Then the demand side (issue 15): BENCH_NEEDS (10,000) open needs of every operator are loaded by COPY, and the same
// coordinator asks for suggestions for its own needs (`needSuggestions`, 20 ranked cards with reasons) for the same time;
// each suggestion line prints its p95 beside the search's p95 at the same size and client count.
// The last line is the ratio p95(largest) / p95(smallest) at the highest client count: the median of BENCH_RATIO_ROUNDS (5)
// rounds in which the two sizes take turns (both hubs up at once, so a noisy machine weighs on both alike), and beside it
// the ratio of the two runs one after the other.
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fakerJA } from "@faker-js/faker";
import { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { normalizeForSearch, PREFECTURES } from "@jinjibu/domain";
import { loadModules } from "@jinjibu/launcher";
import { dropTemplate, prepareTemplate } from "@jinjibu/test-utils";
import { startHub, type Hub } from "../src/harness";
// The search's own SQL, to EXPLAIN exactly what the service runs.
import { explainableSearch } from "@jinjibu/subgraph-talent/dist/services/talent-search.service";
// The audit trail's own SQL, likewise.
import { auditTrailSql } from "@jinjibu/subgraph-talent/dist/services/records.service";
// The suggestion's own SQL, likewise.
import { suggestionSql } from "@jinjibu/subgraph-talent/dist/services/suggestion.service";
import { toNeed } from "@jinjibu/subgraph-talent/dist/entities/demand";

const SIZES = (process.env.BENCH_SIZES ?? "2000,20000,200000").split(",").map(Number);
const CLIENTS = (process.env.BENCH_CLIENTS ?? "1,20").split(",").map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const NEEDS = Number(process.env.BENCH_NEEDS ?? 10000);
const AUDIT_ROWS = Number(process.env.BENCH_AUDIT_ROWS ?? 10_000_000);
const RATIO_ROUNDS = Number(process.env.BENCH_RATIO_ROUNDS ?? 5);
const SEED = 20260401;
const VIEWER = "op-meguru";

const SKILLS = [
  "法人営業", "ルート営業", "営業企画", "副業での新規事業開発", "新規事業開発", "新人研修の企画", "研修講師", "経営企画", "経営戦略",
  "販売マーケティング", "Webマーケティング", "デジタルマーケティング", "SNS運用", "広報・PR", "ブランディング", "デザイン",
  "UI/UXデザイン", "プログラミング", "システム開発", "データ分析", "DX推進", "IT導入支援", "生産管理", "品質管理", "製造技術",
  "物流", "購買・調達", "海外展開", "貿易実務", "通訳 (英語)", "翻訳", "労務管理", "人事制度設計", "採用支援", "組織開発",
  "経理・財務", "資金調達", "事業承継支援", "M&A", "法務", "知的財産", "観光企画", "地域おこし", "イベント運営", "農業", "漁業",
  "林業", "食品加工", "飲食店経営", "介護", "福祉", "医療事務", "教育", "キャリア相談", "建築設計", "施工管理", "不動産",
];
const KINDS = [
  "SIDE_JOB", "SIDE_JOB", "UI_TURN", "STUDENT_INTERN", "LATENT_WORKER", "MANAGEMENT_MENTOR", "RIGHT_ARM_SUCCESSOR", "FOREIGN",
  "LARGE_CO_EMPLOYEE", "LARGE_CO_ALUMNI", "SENIOR", "RELATED_POPULATION", "REGIONAL_COOPERATOR",
];
const AVAILABILITY = ["FULL_TIME", "SIDE_JOB", "SHORT_HOURS", "INTERNSHIP", "PROJECT", "SECONDMENT"];
const WORK_STYLES = ["ON_SITE", "REMOTE", "HYBRID", "WORKATION"];
const INTEREST = ["RELATED_POPULATION", "DUAL_RESIDENCE", "RELOCATION", null];
const PURPOSES = ["SIDE_JOB_MATCHING", "INTERNSHIP", "RIGHT_ARM_SUCCESSOR", "EMPLOYMENT", "MENTORING"];
const METHODS = ["PAPER_FORM", "WEB_FORM", "EMAIL", "INTERVIEW_RECORDED"];

/** The searches a coordinator runs, in rotation: two-character words, kinds, blocks, ranked multi-skill searches. */
const SEARCHES: Record<string, unknown>[] = [
  { purpose: "SIDE_JOB_MATCHING", skill: "営業" },
  { purpose: "SIDE_JOB_MATCHING", kinds: ["SIDE_JOB", "UI_TURN"] },
  { purpose: "EMPLOYMENT", skill: "研修", block: "KANTO" },
  { purpose: "SIDE_JOB_MATCHING", skills: ["DX推進", "データ分析", "マーケティング"] },
  { purpose: "MENTORING", availability: "PROJECT" },
  { purpose: "SIDE_JOB_MATCHING", skill: "副業" },
];
const QUERY = `query Search($f: SharedTalentFilter!) { searchSharedTalent(filter: $f, first: 20) {
  totalCount totalCountIsLowerBound pageInfo { hasNextPage endCursor }
  facets { byKind { kind count } byBlock { block count } }
  edges { node { cardId kinds skills availability homePrefectureCode ownerOperator { id } } } } }`;

// ── data ────────────────────────────────────────────────────────────────────────────────────────────────────────────

/** COPY text format: backslash, tab, newline and carriage return escaped; null as \N. */
const field = (value: string | number | boolean | null): string =>
  value === null ? "\\N" : String(value).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
/** A PostgreSQL array literal of text. */
const array = (values: readonly string[]): string => `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;

interface Generated {
  profiles: string[];
  contacts: string[];
  consents: string[];
}

function generate(size: number, operators: { operator_id: string }[]): Generated {
  fakerJA.seed(SEED);
  const out: Generated = { profiles: [], contacts: [], consents: [] };
  const start = Date.parse("2024-04-01T00:00:00Z");
  const line = (values: (string | number | boolean | null)[]) => values.map(field).join("\t");
  for (let i = 0; i < size; i += 1) {
    const operatorId = operators[i % operators.length]!.operator_id;
    const id = `tp-bench-${i}`;
    const skills = fakerJA.helpers.arrayElements(SKILLS, { min: 1, max: 4 });
    const kinds = [...new Set(fakerJA.helpers.arrayElements(KINDS, { min: 1, max: 2 }))];
    const registeredAt = new Date(start + i * 317_000 + fakerJA.number.int({ min: 0, max: 300_000 })).toISOString();
    out.profiles.push(
      line([
        id, operatorId, `card-${fakerJA.string.uuid()}`, array(kinds), array(skills), skills.map(normalizeForSearch).join("\n"),
        fakerJA.number.int({ min: 0, max: 40 }), fakerJA.helpers.arrayElement(AVAILABILITY),
        array(fakerJA.helpers.arrayElements(WORK_STYLES, { min: 1, max: 2 })), fakerJA.helpers.arrayElement(INTEREST),
        fakerJA.helpers.arrayElement(PREFECTURES).code, true, registeredAt, registeredAt,
      ]),
    );
    out.contacts.push(line([id, operatorId, fakerJA.person.fullName(), `${id}@example.jp`, fakerJA.phone.number()]));
    if (fakerJA.number.int({ min: 0, max: 9 }) < 7) {
      const scope = fakerJA.helpers.weightedArrayElement([
        { weight: 5, value: "NATIONWIDE" },
        { weight: 3, value: "SAME_BLOCK" },
        { weight: 2, value: "OWN_OPERATOR" },
      ]);
      out.consents.push(
        line([
          fakerJA.string.uuid(), id, operatorId, scope, array(fakerJA.helpers.arrayElements(PURPOSES, { min: 1, max: 3 })),
          registeredAt, fakerJA.helpers.arrayElement(METHODS),
        ]),
      );
    }
  }
  return out;
}

async function copyRows(client: Client, sql: string, rows: string[]): Promise<void> {
  async function* chunks() {
    for (let i = 0; i < rows.length; i += 5000) yield `${rows.slice(i, i + 5000).join("\n")}\n`;
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
}

/** Replaces the hub's people with `size` generated ones; returns the timings. */
export async function load(ownerUrl: string, size: number): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`SET search_path = talent, public`);
    const operators: { operator_id: string }[] = (await client.query(`SELECT operator_id FROM operator_region ORDER BY operator_id`)).rows;
    const t0 = performance.now();
    const data = generate(size, operators);
    const t1 = performance.now();
    await client.query("BEGIN");
    await client.query(`DELETE FROM talent_profile`);
    await client.query(`ALTER TABLE consent DISABLE TRIGGER consent_projected`);
    await copyRows(client, `COPY talent_profile (id, operator_id, card_id, kinds, skills, search_text, years_of_experience, availability,
      preferred_work_styles, interest_in_region, home_prefecture_code, is_demo, registered_at, updated_at) FROM STDIN`, data.profiles);
    await copyRows(client, `COPY talent_contact (talent_id, operator_id, display_name, email, phone) FROM STDIN`, data.contacts);
    await copyRows(client, `COPY consent (id, talent_id, operator_id, scope, purposes, obtained_at, method) FROM STDIN`, data.consents);
    await client.query(`ALTER TABLE consent ENABLE TRIGGER consent_projected`);
    const t2 = performance.now();
    const [{ rebuild_shared_cards: cards }] = (await client.query(`SELECT rebuild_shared_cards()`)).rows;
    await client.query(`INSERT INTO talent_pool_summary (operator_id, total, demo_count, by_kind)
      SELECT p.operator_id, count(*), count(*) FILTER (WHERE p.is_demo), '{}'::jsonb FROM talent_profile p GROUP BY 1
      ON CONFLICT (operator_id) DO UPDATE SET total = EXCLUDED.total, demo_count = EXCLUDED.demo_count`);
    await client.query("COMMIT");
    const t3 = performance.now();
    await client.query(`VACUUM (ANALYZE) talent_profile, consent, shared_card`);
    const t4 = performance.now();
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    return `${size} people, ${data.consents.length} consents, ${cards} shared cards: generated in ${s(t3 - t0)} (faker ${s(t1 - t0)}, COPY ${s(t2 - t1)}, read model ${s(t3 - t2)}); VACUUM ANALYZE ${s(t4 - t3)}`;
  } finally {
    await client.end();
  }
}

/** Replaces the needs with `count` generated open needs of every operator (one bench company per operator); returns a line. */
export async function loadNeeds(ownerUrl: string, count: number): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`SET search_path = talent, public`);
    const operators: { operator_id: string; block: string | null; prefecture_code: string | null }[] = (
      await client.query(`SELECT operator_id, block, prefecture_code FROM operator_region ORDER BY operator_id`)
    ).rows;
    fakerJA.seed(SEED + 1);
    const t0 = performance.now();
    const line = (values: (string | number | boolean | null)[]) => values.map(field).join("\t");
    const rows: string[] = [];
    const start = Date.parse("2026-04-01T00:00:00Z");
    for (let i = 0; i < count; i += 1) {
      const op = operators[i % operators.length]!;
      const skills = fakerJA.helpers.arrayElements(SKILLS, { min: 1, max: 3 });
      const scope = fakerJA.helpers.weightedArrayElement([
        { weight: 6, value: "NATIONWIDE" },
        { weight: 3, value: "SAME_BLOCK" },
        { weight: 1, value: "OWN_OPERATOR" },
      ]);
      const at = new Date(start + i * 60_000).toISOString();
      rows.push(
        line([
          `co-bench-${op.operator_id}`, "ベンチ企業", op.operator_id, op.block, op.prefecture_code, `ベンチ案件 ${i}`, "説明", "課題",
          array([...new Set(fakerJA.helpers.arrayElements(KINDS, { min: 1, max: 2 }))]), array(skills), skills.map(normalizeForSearch).join("\n"),
          array(fakerJA.helpers.arrayElements(AVAILABILITY, { min: 1, max: 2 })), array(fakerJA.helpers.arrayElements(WORK_STYLES, { min: 0, max: 2 })),
          fakerJA.helpers.arrayElement(PURPOSES), "OPEN", scope, "-", true, at, at, at,
        ]),
      );
    }
    await client.query("BEGIN");
    await client.query(`DELETE FROM need`);
    await client.query(`INSERT INTO company_ref (company_id, name_ja, supporting_operator_ids, prefecture_code, is_demo)
      SELECT 'co-bench-' || operator_id, 'ベンチ企業', ARRAY[operator_id], prefecture_code, true FROM operator_region ON CONFLICT DO NOTHING`);
    // The row trigger fills `audience` and `terms` as for every need written by the service.
    await copyRows(client, `COPY need (company_id, company_name_ja, owner_operator_id, owner_block, prefecture_code, title, description, business_problem,
      kinds, skills, search_text, work_forms, work_styles, purpose, status, scope, audience, is_demo, created_at, updated_at, opened_at) FROM STDIN`, rows);
    await client.query("COMMIT");
    await client.query(`VACUUM (ANALYZE) need`);
    return `${count} open needs of ${operators.length} operators loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  } finally {
    await client.end();
  }
}

// ── load ────────────────────────────────────────────────────────────────────────────────────────────────────────────

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

interface Figures {
  p50: number;
  p95: number;
  rps: number;
  requests: number;
  errors: number;
  lowerBound: number;
}

const SUGGEST = `query Suggest($id: ID!) { needSuggestions(needId: $id, first: 20) {
  considered consideredIsLowerBound items { score reasons { kind textJa points } card { cardId kinds skills availability ownerOperator { id } } } } }`;

/** Suggestions for the viewer's own needs, in rotation, for a fixed time. */
async function driveSuggestions(hub: Hub, headers: Record<string, string>, needIds: string[], clients: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let lowerBound = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  async function client() {
    while (performance.now() < until) {
      const id = needIds[next++ % needIds.length];
      const t = performance.now();
      const response = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: SUGGEST, variables: { id } }),
      });
      const body = (await response.json()) as { data?: { needSuggestions?: { consideredIsLowerBound: boolean } }; errors?: unknown[] };
      latencies.push(performance.now() - t);
      if (response.status !== 200 || body.errors || !body.data?.needSuggestions) errors += 1;
      else if (body.data.needSuggestions.consideredIsLowerBound) lowerBound += 1;
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), rps: latencies.length / elapsed, requests: latencies.length, errors, lowerBound };
}

async function drive(hub: Hub, headers: Record<string, string>, clients: number, seconds: number): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let lowerBound = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  async function client() {
    while (performance.now() < until) {
      const f = SEARCHES[next++ % SEARCHES.length];
      const t = performance.now();
      const response = await fetch(hub.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: QUERY, variables: { f } }),
      });
      const body = (await response.json()) as { data?: { searchSharedTalent?: { totalCountIsLowerBound: boolean } }; errors?: unknown[] };
      latencies.push(performance.now() - t);
      if (response.status !== 200 || body.errors || !body.data?.searchSharedTalent) errors += 1;
      else if (body.data.searchSharedTalent.totalCountIsLowerBound) lowerBound += 1;
    }
  }
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), rps: latencies.length / elapsed, requests: latencies.length, errors, lowerBound };
}

export async function explain(ownerUrl: string): Promise<string> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL search_path = talent, public`);
    // As the application role (owns nothing, FORCE RLS applies), with the tenant settings of a coordinator of op-meguru.
    await client.query(`SET LOCAL ROLE hub_talent_app`);
    await client.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', 'COORDINATOR', true)`, [VIEWER]);
    const [{ block: viewerBlock }] = (await client.query(`SELECT current_block() AS block`)).rows;
    const out: string[] = [];
    for (const filter of [SEARCHES[0]!, SEARCHES[3]!]) {
      const { pageOnly, countOnly, ranked } = explainableSearch(filter as never, { first: 20 }, viewerBlock, VIEWER);
      // With a pooled connection free, a search runs these two at once, on two connections; under load, as one statement.
      const statements = [
        [ranked ? "ranked page with its audit rows (one statement)" : "page with its audit rows (one statement)", pageOnly],
        ["its bounded count + facets (the statement beside it)", countOnly],
      ] as const;
      for (const [label, sql] of statements) {
        const rows: { "QUERY PLAN": string }[] = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.params)).rows;
        out.push(`-- ${label} of ${JSON.stringify(filter)}`, ...rows.map((r) => r["QUERY PLAN"]), "");
      }
    }
    const needs = (await client.query(`SELECT * FROM need WHERE owner_operator_id = $1 AND cardinality(skills) >= 2 ORDER BY id LIMIT 1`, [VIEWER])).rows;
    if (needs[0]) {
      const sql = suggestionSql(toNeed(needs[0], VIEWER), needs[0].search_text, viewerBlock, 20);
      const rows: { "QUERY PLAN": string }[] = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.params)).rows;
      out.push(`-- suggestions for a need with skills ${JSON.stringify(needs[0].skills)}`, ...rows.map((r) => r["QUERY PLAN"]), "");
    }
    await client.query("ROLLBACK");
    return out.join("\n");
  } finally {
    await client.end();
  }
}

// ── the audit trail at 10,000,000 rows ───────────────────────────────────────────────────────────────────────────

const TRAIL = `query Trail($after: String) { auditTrail(first: 50, after: $after) {
  totalCount totalCountIsLowerBound pageInfo { hasNextPage endCursor } edges { node { id at action cardId purpose } } } }`;

/**
 * Fills `access_audit` with `rows` card views spread over every operator (server-side, indexes rebuilt after the load as
 * they were), then times a coordinator's trail through the gateway (first page and the next) and EXPLAINs its statement.
 */
async function auditAtScale(hub: Hub, rows: number, print: (text: string) => void): Promise<void> {
  const client = new Client({ connectionString: hub.ownerUrl });
  await client.connect();
  try {
    await client.query(`SET search_path = talent, public`);
    const t0 = performance.now();
    const indexes: { indexname: string; indexdef: string }[] = (
      await client.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'talent' AND tablename = 'access_audit'
        AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'talent.access_audit'::regclass)`)
    ).rows;
    for (const index of indexes) await client.query(`DROP INDEX talent.${index.indexname}`);
    const chunk = 1_000_000;
    for (let start = 0; start < rows; start += chunk) {
      // Operators in turn as viewer and as owner; a minute of views per 1,000 rows, the newest now.
      await client.query(
        `INSERT INTO access_audit (at, action, actor_subject, actor_operator_id, actor_role, subject_talent_id, subject_operator_id,
           card_id, fields, purpose, request_id)
         SELECT now() - (($2::bigint - i) * interval '60 milliseconds'), 'CARD_VIEW', 'bench-' || (i % 500),
           ops[1 + i % cardinality(ops)], 'COORDINATOR', 'tp-bench-' || (i % 200000), ops[1 + (i * 7 + 3) % cardinality(ops)],
           'card-bench-' || i, '{kinds,skills}', 'SIDE_JOB_MATCHING', 'bench-' || (i / 20)
         FROM generate_series($1::bigint, least($1::bigint + ${chunk - 1}, $2::bigint - 1)) i,
              (SELECT array_agg(operator_id ORDER BY operator_id) AS ops FROM operator_region) o`,
        [start, rows],
      );
    }
    const t1 = performance.now();
    for (const index of indexes) await client.query(index.indexdef);
    await client.query(`VACUUM (ANALYZE) access_audit`);
    const t2 = performance.now();
    const [{ n }] = (await client.query(`SELECT count(*)::bigint AS n FROM access_audit`)).rows;
    print(`access_audit: ${Number(n).toLocaleString("en")} rows (inserted in ${((t1 - t0) / 1000).toFixed(1)} s, ${indexes.length} indexes rebuilt and VACUUM ANALYZE in ${((t2 - t1) / 1000).toFixed(1)} s)`);

    const headers = await hub.authHeaders({ coordinator: VIEWER });
    const ask = async (after: string | null) => {
      const t = performance.now();
      const response = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: TRAIL, variables: { after } }) });
      const body = (await response.json()) as { data?: { auditTrail: { totalCount: number; totalCountIsLowerBound: boolean; pageInfo: { endCursor: string | null } } }; errors?: unknown[] };
      if (body.errors || !body.data) throw new Error(`auditTrail failed: ${JSON.stringify(body.errors)}`);
      return { ms: performance.now() - t, trail: body.data.auditTrail };
    };
    const first: number[] = [];
    const second: number[] = [];
    let shown = "";
    const until = performance.now() + SECONDS * 1000;
    while (performance.now() < until) {
      const a = await ask(null);
      const b = await ask(a.trail.pageInfo.endCursor);
      first.push(a.ms);
      second.push(b.ms);
      shown = `totalCount ${a.trail.totalCount}${a.trail.totalCountIsLowerBound ? " (lower bound)" : ""}`;
    }
    const line = (label: string, l: number[]) => {
      const sorted = [...l].sort((x, y) => x - y);
      return `${label} p50 ${percentile(sorted, 0.5).toFixed(1)} ms  p95 ${percentile(sorted, 0.95).toFixed(1)} ms (${l.length} requests)`;
    };
    print(`audit trail of ${VIEWER} through the gateway, 1 client, 50 rows a page, ${shown}: ${line("first page", first)}; ${line("second page", second)}`);

    await client.query("BEGIN");
    await client.query(`SET LOCAL ROLE hub_talent_app`);
    await client.query(`SELECT set_config('app.operator_id', $1, true), set_config('app.viewer_role', 'COORDINATOR', true)`, [VIEWER]);
    const sql = auditTrailSql(VIEWER, { offset: 0, limit: 50 });
    const plan: { "QUERY PLAN": string }[] = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.params)).rows;
    await client.query("ROLLBACK");
    print(`\nEXPLAIN (ANALYZE, BUFFERS) of the first page of ${VIEWER}'s audit trail at ${Number(n).toLocaleString("en")} rows:\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}\n`);
  } finally {
    await client.end();
  }
}

/** A size's hub while it is up, with the coordinator's headers. */
interface Running {
  hub: Hub;
  headers: Record<string, string>;
  size: number;
}

/**
 * The ratio side by side: the smallest and the largest size take turns at the highest client count (small, large, small,
 * large …, `RATIO_ROUNDS` rounds, each with its warm-up), so a shared, noisy machine weighs on both alike. Each round
 * prints its figures; the result is the median of the rounds' ratios.
 */
async function interleavedRatio(
  small: Running,
  large: Running,
  clients: number,
  print: (text: string) => void,
): Promise<number[]> {
  const ratios: number[] = [];
  for (let round = 1; round <= RATIO_ROUNDS; round += 1) {
    const figures: Figures[] = [];
    for (const { hub, headers } of [small, large]) {
      await drive(hub, headers, clients, WARMUP_SECONDS);
      figures.push(await drive(hub, headers, clients, SECONDS));
    }
    const [s, l] = figures as [Figures, Figures];
    ratios.push(l.p95 / s.p95);
    print(
      `side by side, ${clients} clients, round ${round}: size ${small.size} p95 ${s.p95.toFixed(1)} ms (${s.rps.toFixed(0)} req/s) | ` +
        `size ${large.size} p95 ${l.p95.toFixed(1)} ms (${l.rps.toFixed(0)} req/s) | ratio ${(l.p95 / s.p95).toFixed(2)}`,
    );
  }
  return ratios;
}

async function main(): Promise<void> {
  await prepareTemplate(path.resolve(__dirname, "..", "..", "..", ".."), loadModules());
  const results = new Map<string, Figures>();
  const print = (text: string) => process.stdout.write(`${text}\n`);
  print(`talent search benchmark: sizes ${SIZES.join(", ")}; clients ${CLIENTS.join(", ")}; ${SECONDS} s each (after ${WARMUP_SECONDS} s warm-up); ${SEARCHES.length} searches in rotation`);
  let lastExplain = "";
  const top = Math.max(...CLIENTS);
  const [smallest, largest] = [Math.min(...SIZES), Math.max(...SIZES)];
  // The smallest size's hub stays up until the largest size has run, for the side-by-side ratio.
  let small: Running | null = null;
  let ratios: number[] = [];
  for (const size of SIZES) {
    const hub = await startHub({ cache: null, poolSize: 10, rateLimits: false });
    try {
      print(await load(hub.ownerUrl, size));
      const headers = await hub.authHeaders({ coordinator: VIEWER });
      for (const clients of CLIENTS) {
        await drive(hub, headers, clients, WARMUP_SECONDS);
        const f = await drive(hub, headers, clients, SECONDS);
        results.set(`${size}/${clients}`, f);
        print(
          `size ${String(size).padStart(7)}  clients ${String(clients).padStart(2)}  p50 ${f.p50.toFixed(1).padStart(6)} ms  p95 ${f.p95.toFixed(1).padStart(6)} ms  ` +
            `${f.rps.toFixed(0).padStart(5)} req/s  (${f.requests} requests, ${f.errors} errors, ${f.lowerBound} with totalCountIsLowerBound)`,
        );
      }
      if (size === smallest && smallest !== largest) small = { hub, headers, size };
      if (size === largest && small) ratios = await interleavedRatio(small, { hub, headers, size }, top, print);
      if (NEEDS > 0) {
        print(await loadNeeds(hub.ownerUrl, NEEDS));
        const needIds = (await hub.sql<{ id: string }>("talent", `SELECT id FROM need WHERE owner_operator_id = $1 ORDER BY id`, [VIEWER])).map((r) => r.id);
        for (const clients of CLIENTS) {
          await driveSuggestions(hub, headers, needIds, clients, WARMUP_SECONDS);
          const f = await driveSuggestions(hub, headers, needIds, clients, SECONDS);
          const search = results.get(`${size}/${clients}`)!;
          results.set(`suggest ${size}/${clients}`, f);
          print(
            `size ${String(size).padStart(7)}  clients ${String(clients).padStart(2)}  suggestions (${NEEDS} needs, ${needIds.length} own)  p50 ${f.p50.toFixed(1).padStart(6)} ms  ` +
              `p95 ${f.p95.toFixed(1).padStart(6)} ms  ${f.rps.toFixed(0).padStart(5)} req/s  (${f.requests} requests, ${f.errors} errors, ${f.lowerBound} over the 1,000 bound)` +
              `  | search p95 ${search.p95.toFixed(1)} ms`,
          );
        }
      }
      if (size === Math.max(...SIZES)) {
        lastExplain = await explain(hub.ownerUrl);
        if (AUDIT_ROWS > 0) await auditAtScale(hub, AUDIT_ROWS, print);
      }
    } finally {
      if (small?.hub !== hub) await hub.stop();
    }
  }
  if (small) await small.hub.stop();
  print(`\nEXPLAIN (ANALYZE, BUFFERS) at ${largest} people, as hub_talent_app for a coordinator of ${VIEWER}:\n${lastExplain}`);
  await dropTemplate();
  const first = results.get(`${smallest}/${top}`)!;
  const last = results.get(`${largest}/${top}`)!;
  const sequential = `one after the other above: ${(last.p95 / first.p95).toFixed(2)} (${last.p95.toFixed(1)} ms / ${first.p95.toFixed(1)} ms)`;
  print(
    ratios.length > 0
      ? `ratio p95(${largest})/p95(${smallest}) at ${top} clients: ${percentile([...ratios].sort((a, b) => a - b), 0.5).toFixed(2)}, the median of ${ratios.length} rounds side by side (${ratios.map((r) => r.toFixed(2)).join(", ")}); ${sequential}`
      : `ratio p95(${largest})/p95(${smallest}) at ${top} clients: ${sequential}`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
