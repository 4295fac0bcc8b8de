import { createHash } from "node:crypto";
import { fakerJA } from "@faker-js/faker";
import { normalizeForSearch, prefectureByName, PREFECTURES, TalentKind } from "@jinjibu/domain";
import { Availability, ConsentMethod, ConsentScope, InterestInRegion, SharingPurpose, WorkStyle } from "../enums";
import operators from "./data/operators.json";
import type { DemoConsent, DemoProfile } from "./seed";

/**
 * The generator of the demo people (development only: `@faker-js/faker` is a devDependency and the service never loads
 * this file). `npm run demo:generate -w @jinjibu/subgraph-talent` rewrites `data/demo-people.json`, which the seed reads;
 * a test checks that the file is what the generator makes.
 *
 * The seed is fixed, so every run generates the same people.
 */
export const DEMO_SEED = 20260401;

const SKILLS = [
  "法人営業", "副業での新規事業開発", "新人研修の企画", "経営企画", "販売マーケティング", "生産管理", "海外展開", "労務管理",
  "経理・財務", "Webマーケティング", "SNS運用", "デザイン", "プログラミング", "DX推進", "観光企画", "農業", "漁業",
  "広報・PR", "採用支援", "人事制度設計", "品質管理", "物流", "介護", "事業承継支援", "通訳 (英語)", "イベント運営",
];
const KINDS: TalentKind[] = [
  TalentKind.SIDE_JOB, TalentKind.SIDE_JOB, TalentKind.UI_TURN, TalentKind.STUDENT_INTERN, TalentKind.LATENT_WORKER,
  TalentKind.MANAGEMENT_MENTOR, TalentKind.RIGHT_ARM_SUCCESSOR, TalentKind.FOREIGN, TalentKind.LARGE_CO_EMPLOYEE,
  TalentKind.LARGE_CO_ALUMNI, TalentKind.SENIOR, TalentKind.RELATED_POPULATION, TalentKind.REGIONAL_COOPERATOR,
];

/** A stable UUID derived from a key (so consent ids are the same on every install). */
function stableUuid(key: string): string {
  const h = createHash("sha256").update(`jinjibu-demo:${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Generates the demo set in memory, deterministically (the database state never influences it). */
export function generateDemoPeople(): { profiles: DemoProfile[]; consents: DemoConsent[] } {
  fakerJA.seed(DEMO_SEED);
  const profiles: DemoProfile[] = [];
  const consents: DemoConsent[] = [];
  for (const op of operators) {
    const home = prefectureByName(op.prefecture);
    const count = fakerJA.number.int({ min: 3, max: 12 });
    for (let i = 1; i <= count; i += 1) {
      const id = `tp-demo-${op.id.replace(/^op-/, "")}-${String(i).padStart(2, "0")}`;
      const kinds = [...new Set(fakerJA.helpers.arrayElements(KINDS, { min: 1, max: 2 }))];
      const skills = fakerJA.helpers.arrayElements(SKILLS, { min: 1, max: 4 });
      const prefecture = home && fakerJA.datatype.boolean({ probability: 0.6 }) ? home : fakerJA.helpers.arrayElement(PREFECTURES);
      profiles.push({
        id,
        operator_id: op.id,
        kinds,
        skills,
        search_text: skills.map(normalizeForSearch).join("\n"),
        years_of_experience: fakerJA.number.int({ min: 0, max: 40 }),
        availability: fakerJA.helpers.arrayElement(Object.values(Availability)),
        preferred_work_styles: fakerJA.helpers.arrayElements(Object.values(WorkStyle), { min: 1, max: 2 }),
        interest_in_region: fakerJA.helpers.arrayElement([...Object.values(InterestInRegion), null]),
        home_prefecture_code: prefecture.code,
        display_name: fakerJA.person.fullName(),
        email: `${id}@example.jp`,
        phone: fakerJA.phone.number(),
      });
      if (fakerJA.datatype.boolean({ probability: 0.5 })) {
        const day = fakerJA.number.int({ min: 1, max: 28 });
        consents.push({
          id: stableUuid(id),
          talent_id: id,
          operator_id: op.id,
          scope: fakerJA.helpers.arrayElement(Object.values(ConsentScope)),
          purposes: fakerJA.helpers.arrayElements(Object.values(SharingPurpose), { min: 1, max: 3 }),
          obtained_at: `2026-03-${String(day).padStart(2, "0")}T10:00:00+09:00`,
          method: fakerJA.helpers.arrayElement(Object.values(ConsentMethod)),
        });
      }
    }
  }
  return { profiles, consents };
}


/** Writes the generated set as the checked-in data file. */
async function main(): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  const { resolve } = await import("node:path");
  const target = resolve(__dirname, "../../src/seeds/data/demo-people.json");
  const { profiles, consents } = generateDemoPeople();
  const lines = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join(",\n");
  // One person per line, so a change to the generator reads as a diff of people.
  await writeFile(target, `{"profiles": [\n${lines(profiles)}\n],\n"consents": [\n${lines(consents)}\n]}\n`);
  console.log(`wrote ${target}`);
}

if (require.main === module) void main();
