import type { EntityManager } from "typeorm";
import { fiscalYearOf, normalizeForSearch } from "@jinjibu/domain";
import { PROVIDED_ITEMS, RETENTION_YEARS } from "../services/sharing.service";
import programRefs from "./data/program-refs.json";
import companies from "./data/regional-companies.json";

/**
 * Demo data of the demand side (issue 15 §7): needs of the demo companies (「デモ」 in their names, `is_demo`) in three
 * regional blocks (北海道, 東北, 関東), and matchings of the demo people in every state — proposed, introduced (through an
 * accepted introduction with its provision record, as the real flow writes them), interviewing, concluded (with a
 * placement) and not concluded. One person concluded with two 燕 companies (兼業・副業人材のシェアリング): 実人数 1, 件 2.
 * Deterministic: fixed ids and times; people are picked by id order among the demo consents. Written once.
 */

const T0 = "2026-05-";
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

interface DemoNeed {
  n: number;
  company: string;
  title: string;
  description: string;
  problem: string;
  kinds: string[];
  skills: string[];
  workForms: string[];
  workStyles: string[];
  purpose: string;
  scope: string;
  status: string;
  period?: string;
  volume?: string;
  compensation?: [number, number, string];
  discloseCompany?: boolean;
}

const NEEDS: DemoNeed[] = [
  {
    n: 1, company: "co-demo-doto-suisan", title: "【デモ】EC サイト立ち上げと販路開拓", description: "自社の水産加工品を全国に届ける EC サイトの立ち上げと運用の仕組みづくりを一緒に進めてくれる方を求めます。",
    problem: "販路が地元の卸に偏っており、若い担い手の確保にもつながる直販を始めたい。", kinds: ["SIDE_JOB", "UI_TURN"], skills: ["EC", "マーケティング", "営業"],
    workForms: ["SIDE_JOB", "PROJECT"], workStyles: ["REMOTE", "HYBRID"], purpose: "SIDE_JOB_MATCHING", scope: "NATIONWIDE", status: "OPEN",
    period: "2026年6月から6か月", volume: "月20時間程度", compensation: [30000, 80000, "MONTHLY"], discloseCompany: true,
  },
  {
    n: 2, company: "co-demo-doto-farm", title: "【デモ】事業承継を見据えた右腕人材", description: "経営者の右腕として生産計画と販売を担い、将来の承継も視野に入れてくださる方。",
    problem: "後継者がいない。経営を任せられる人を外から迎えたい。", kinds: ["RIGHT_ARM_SUCCESSOR", "MID_CAREER"], skills: ["経営企画", "営業"],
    workForms: ["FULL_TIME", "SIDE_JOB"], workStyles: ["ON_SITE"], purpose: "RIGHT_ARM_SUCCESSOR", scope: "NATIONWIDE", status: "OPEN",
  },
  {
    n: 3, company: "co-demo-hirosaki-ringo", title: "【デモ】新商品の企画とパッケージデザイン", description: "りんご加工品の新商品企画とパッケージのデザインをプロジェクトで。",
    problem: "商品が似通っていて単価を上げられない。", kinds: ["SIDE_JOB"], skills: ["デザイン", "商品企画"], workForms: ["PROJECT", "SIDE_JOB"],
    workStyles: ["REMOTE"], purpose: "SIDE_JOB_MATCHING", scope: "SAME_BLOCK", status: "OPEN", compensation: [200000, 400000, "PROJECT_TOTAL"],
  },
  {
    n: 4, company: "co-demo-tsubame-kenma", title: "【デモ】2社で共有する生産管理の副業人材 (研磨)", description: "同じ課題を持つ燕の2社で、生産管理の仕組みづくりを副業で支援してくださる方。",
    problem: "受注の波に生産計画が追いつかず、残業が常態化している。", kinds: ["SIDE_JOB", "LARGE_CO_EMPLOYEE"], skills: ["生産管理", "業務改善"],
    workForms: ["SIDE_JOB"], workStyles: ["REMOTE", "HYBRID"], purpose: "SIDE_JOB_MATCHING", scope: "NATIONWIDE", status: "OPEN", discloseCompany: true,
  },
  {
    n: 5, company: "co-demo-tsubame-yoshokki", title: "【デモ】2社で共有する生産管理の副業人材 (洋食器)", description: "燕金属研磨と同じ副業人材に、洋食器ラインの生産管理も見ていただきたい。",
    problem: "多品種少量で段取り替えが多く、納期遅れが出ている。", kinds: ["SIDE_JOB"], skills: ["生産管理"], workForms: ["SIDE_JOB"], workStyles: ["REMOTE"],
    purpose: "SIDE_JOB_MATCHING", scope: "NATIONWIDE", status: "OPEN", discloseCompany: true,
  },
  {
    n: 6, company: "co-demo-shiojiri-winery", title: "【デモ】ワイナリーの広報インターン", description: "ワイナリーの広報と来訪者アンケートを実践型インターンで。", problem: "来訪者の声を商品づくりに生かせていない。",
    kinds: ["STUDENT_INTERN"], skills: ["広報", "アンケート"], workForms: ["INTERNSHIP"], workStyles: ["ON_SITE"], purpose: "INTERNSHIP", scope: "NATIONWIDE", status: "OPEN",
  },
  {
    n: 7, company: "co-demo-doto-suisan", title: "【デモ】工場の DX (下書き)", description: "生産記録の電子化。", problem: "紙の記録が多い。", kinds: ["SIDE_JOB"], skills: ["DX"],
    workForms: ["PROJECT"], workStyles: [], purpose: "SIDE_JOB_MATCHING", scope: "NATIONWIDE", status: "DRAFT",
  },
];

/** Who is matched to what, in which state; `pick` is the index among the demo consents of the need's purpose (id order). */
const MATCHINGS: { n: number; need: number; pick: number; status: string; proposedBy: "need" | "talent"; day: number; placement?: [string, string, string | null]; reason?: string }[] = [
  { n: 1, need: 1, pick: 0, status: "CONCLUDED", proposedBy: "need", day: 1, placement: ["2026-06-01", "SIDE_JOB", null] },
  { n: 2, need: 1, pick: 1, status: "INTERVIEWING", proposedBy: "need", day: 8 },
  { n: 3, need: 1, pick: 2, status: "INTRODUCED", proposedBy: "talent", day: 12 },
  { n: 4, need: 1, pick: 3, status: "PROPOSED", proposedBy: "need", day: 20 },
  { n: 5, need: 2, pick: 0, status: "NOT_CONCLUDED", proposedBy: "need", day: 3, reason: "TIMING" },
  { n: 6, need: 3, pick: 4, status: "INTRODUCED", proposedBy: "need", day: 10 },
  { n: 7, need: 4, pick: 5, status: "CONCLUDED", proposedBy: "need", day: 2, placement: ["2026-06-15", "SIDE_JOB", "pg-tsubame-fukkatsu"] },
  { n: 8, need: 5, pick: 5, status: "CONCLUDED", proposedBy: "need", day: 5, placement: ["2026-07-01", "SIDE_JOB", "pg-tsubame-fukkatsu"] },
  { n: 9, need: 6, pick: 0, status: "PROPOSED", proposedBy: "talent", day: 18 },
];

/**
 * Operators whose pools the other tests and the workspace's examples use: demo matchings never involve their people, so
 * their introductions, provision records and outcomes stay as those tests expect. The demo needs belong to
 * 北海道エンブリッジ (北海道), マルジンサンアップル (青森), つばめいと and MEGURU (関東).
 */
const KEPT_APART = [
  "op-meguru", "op-dotdoto", "op-tsubameito", "op-hits", "op-platform-aomori", "op-wiz", "op-kazami", "op-hitotsubu", "op-clabiz", "op-tokachi",
  "op-g-net", "op-sekisho-career-plus", "op-obuse-hub", "op-mori-kosan", "op-matsumoto-cci", "op-hakone-dmo", "op-fisherman-japan",
  "op-voltex-seigun", "op-shinkaze", "op-mishima-shinkin", "op-machi-to-hito-to", "op-leriro", "op-ixy", "op-gunma-truck", "op-gakutolab",
  "op-family", "op-dream-career-toyama", "op-avex", "op-hokkaido-enbridge", "op-marujin-sun-apple",
];

const STEP_ORDER = ["PROPOSED", "INTRODUCED", "INTERVIEWING", "CONCLUDED"];

export async function seedDemand(em: EntityManager): Promise<Record<string, number>> {
  const refs = await em.query(
    `INSERT INTO company_ref (company_id, name_ja, supporting_operator_ids, prefecture_code, is_demo)
     SELECT id, "nameJa", "supportingOperatorIds", "prefectureCode", "isDemo"
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, "nameJa" text, "supportingOperatorIds" text[], "prefectureCode" text, "isDemo" boolean)
     ON CONFLICT (company_id) DO NOTHING RETURNING company_id`,
    [JSON.stringify(companies)],
  );
  // The programs a placement may name: the documents' programs, kept in step with the programs subgraph's file.
  const programs = await em.query(
    `INSERT INTO program_ref (program_id, name_ja, operator_ids)
     SELECT id, "nameJa", "operatorIds" FROM jsonb_to_recordset($1::jsonb) AS x(id text, "nameJa" text, "operatorIds" text[])
     ON CONFLICT (program_id) DO UPDATE SET name_ja = EXCLUDED.name_ja, operator_ids = EXCLUDED.operator_ids
       WHERE (program_ref.name_ja, program_ref.operator_ids) IS DISTINCT FROM (EXCLUDED.name_ja, EXCLUDED.operator_ids)
     RETURNING program_id`,
    [JSON.stringify(programRefs)],
  );
  const counts = { company_ref: refs.length, program_ref: programs.length, need: 0, matching: 0, introduction: 0, placement: 0 };
  const [{ existing }]: { existing: string }[] = await em.query(`SELECT count(*) AS existing FROM need WHERE is_demo`);
  if (Number(existing) > 0) return counts;
  const byId = new Map(companies.map((c) => [c.id, c]));
  for (const need of NEEDS) {
    const company = byId.get(need.company)!;
    const operatorId = company.supportingOperatorIds[0]!;
    await em.query(
      `INSERT INTO need (id, company_id, company_name_ja, owner_operator_id, owner_block, prefecture_code, title, description, business_problem, kinds, skills,
         search_text, work_forms, work_styles, purpose, period_ja, volume_ja, compensation_min, compensation_max, compensation_unit, disclose_company,
         status, scope, is_demo, created_by, created_at, updated_at, opened_at)
       VALUES ($1, $2, $3, $4, (SELECT block FROM operator_region WHERE operator_id = $4), $5, $6, $7, $8, $9::text[], $10::text[], $11, $12::text[], $13::text[],
         $14, $15, $16, $17, $18, $19, $20, $21, $22, true, 'demo-seed', $23, $23, CASE WHEN $21 = 'OPEN' THEN $23::timestamptz END)`,
      [
        uuid(1000 + need.n), company.id, company.nameJa, operatorId, company.prefectureCode, need.title, need.description, need.problem, need.kinds, need.skills,
        need.skills.map(normalizeForSearch).join("\n"), need.workForms, need.workStyles, need.purpose, need.period ?? null, need.volume ?? null,
        need.compensation?.[0] ?? null, need.compensation?.[1] ?? null, need.compensation?.[2] ?? null, need.discloseCompany ?? false, need.status, need.scope,
        `${T0}01T09:00:00+09:00`,
      ],
    );
    counts.need += 1;
  }
  for (const m of MATCHINGS) {
    const need = NEEDS.find((x) => x.n === m.need)!;
    const needOperator = byId.get(need.company)!.supportingOperatorIds[0]!;
    // Demo people of other operators consenting nationwide to the need's purpose, in id order (the tsubame pair shares pick 5).
    const people: { talent_id: string; card_id: string; operator_id: string; consent_id: string; scope: string; obtained_at: Date; method: string }[] = await em.query(
      `SELECT p.id AS talent_id, p.card_id, p.operator_id, c.id AS consent_id, c.scope, c.obtained_at, c.method
       FROM talent_profile p JOIN consent c ON c.talent_id = p.id
       WHERE p.is_demo AND c.scope = 'NATIONWIDE' AND c.revoked_at IS NULL AND $1 = ANY(c.purposes)
         AND NOT (p.operator_id = ANY($2::text[]))
       ORDER BY p.id`,
      [need.purpose, KEPT_APART],
    );
    const person = people[m.pick % Math.max(people.length, 1)];
    if (!person || person.operator_id === needOperator) continue;
    const at = (offset: number) => `${T0}${String(m.day + offset).padStart(2, "0")}T10:00:00+09:00`;
    const reached = m.status === "NOT_CONCLUDED" ? 0 : STEP_ORDER.indexOf(m.status);
    let introductionId: string | null = null;
    if (reached >= 1) {
      introductionId = uuid(3000 + m.n);
      await em.query(
        `INSERT INTO introduction (id, talent_id, card_id, owner_operator_id, requester_operator_id, requester_subject, consent_id, purpose, message, status,
           requested_at, accepted_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'demo-seed', $6, $7, '【デモ】案件へのご紹介をお願いします。', 'ACCEPTED', $8, $9, $9)`,
        [introductionId, person.talent_id, person.card_id, person.operator_id, needOperator, person.consent_id, need.purpose, at(0), at(1)],
      );
      await em.query(
        `INSERT INTO provision_record (provider_operator_id, recipient_operator_id, talent_ref, items, consent_id, consent_scope, consent_obtained_at,
           consent_method, purpose, introduction_id, provided_at, retain_until)
         VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, $10, $11, $11::timestamptz + make_interval(years => ${RETENTION_YEARS}))`,
        [person.operator_id, needOperator, person.talent_id, PROVIDED_ITEMS, person.consent_id, person.scope, person.obtained_at, person.method, need.purpose, introductionId, at(1)],
      );
      counts.introduction += 1;
    }
    const id = uuid(2000 + m.n);
    await em.query(
      `INSERT INTO matching (id, need_id, company_id, need_operator_id, talent_id, card_id, talent_operator_id, purpose, proposed_by_operator_id, proposed_by_subject,
         message, status, introduction_id, not_concluded_reason, not_concluded_note, proposed_at, introduced_at, interviewing_at, concluded_at, not_concluded_at,
         updated_at, is_demo)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'demo-seed', '【デモ】ご提案します。', $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, true)`,
      [
        id, uuid(1000 + need.n), need.company, needOperator, person.talent_id, person.card_id, person.operator_id, need.purpose,
        m.proposedBy === "need" ? needOperator : person.operator_id, m.status, introductionId, m.reason ?? null, m.reason ? "【デモ】開始時期が合わなかった" : null,
        at(0), reached >= 1 ? at(1) : null, reached >= 2 ? at(2) : null, reached >= 3 ? at(3) : null, m.status === "NOT_CONCLUDED" ? at(2) : null,
        at(m.status === "NOT_CONCLUDED" ? 2 : Math.max(reached, 0)),
      ],
    );
    const steps = m.status === "NOT_CONCLUDED" ? ["PROPOSED", "NOT_CONCLUDED"] : STEP_ORDER.slice(0, reached + 1);
    for (const [i, step] of steps.entries()) {
      const actor = i === 0 && m.proposedBy === "talent" ? person.operator_id : needOperator;
      await em.query(
        `INSERT INTO matching_event (matching_id, need_operator_id, talent_operator_id, from_status, to_status, actor_subject, actor_operator_id, request_id, note, at)
         VALUES ($1, $2, $3, $4, $5, 'demo-seed', $6, 'demo-seed', NULL, $7)`,
        [id, needOperator, person.operator_id, i === 0 ? null : steps[i - 1], step, actor, at(i)],
      );
    }
    if (m.placement) {
      const [start, type, program] = m.placement;
      await em.query(
        `INSERT INTO placement (matching_id, company_id, need_operator_id, talent_operator_id, talent_ref, program_id, placement_type, start_date, fiscal_year, is_demo)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, $9, true)`,
        [id, need.company, needOperator, person.operator_id, person.talent_id, program, type, start, fiscalYearOf(start)],
      );
      counts.placement += 1;
    }
    counts.matching += 1;
  }
  return counts;
}
