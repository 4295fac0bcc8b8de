import { readFileSync } from "node:fs";
import path from "node:path";
import { sharedDir } from "./shared-dir";

// Relations held as data (issue 14 §4) checked one by one against the documents' facts file and the documents: partner
// organisations in model regions and programs (with participant numbers), key persons with their printed role, the 2023
// operator survey and the policy positioning.

const ROOT = path.resolve(__dirname, "..", "..");
const SHARED = sharedDir(ROOT);
const factsFile = process.env.HUB_SEED_FACTS ?? path.join(SHARED, "data", "seed-facts.json");
const seedsDir = process.env.HUB_SEED_DOCUMENTS ?? path.join(SHARED, "seeds");

const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as T;
const facts = JSON.parse(readFileSync(factsFile, "utf8")) as Record<string, unknown> & {
  meta: { sources: Record<string, { file: string }> };
  partner_organizations: Array<{ id: string; name_ja: string; name_variants: string[]; institution_kind: string }>;
  kanto_model_regions: Array<{ id: string; fy2022_structure_s4?: string[]; key_persons: Array<{ name: string; organization: string | null; name_variants?: string[] }> }>;
  operator_survey_2023: { period: string; population: string; responses: number; findings: string[] };
  policy_positioning: Array<{ document: string; date: string; text: string }>;
};

/** The value at a path such as `programs[pg-x].outcomes[1].note`: `[n]` is an index, `[id]` the element with that id. */
function at(pathText: string): unknown {
  let value: unknown = facts;
  for (const [, key, index] of Array.from(pathText.matchAll(/\.?([^.[\]]+)|\[([^\]]+)\]/g))) {
    if (key !== undefined) value = (value as Record<string, unknown>)[key];
    else if (/^\d+$/.test(index!)) value = (value as unknown[])[Number(index)];
    else value = (value as Array<{ id: string }>).find((item) => item.id === index);
    if (value === undefined) return undefined;
  }
  return value;
}

const squash = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").replace(/\*\*/g, "");
const lines = (code: string): string[] => readFileSync(path.join(seedsDir, facts.meta.sources[code]!.file), "utf8").split("\n");

const partners = read<Array<{ id: string; name_ja: string; name_variants: string[] }>>("subgraphs/organizations/src/seeds/data/partner-organizations.json");
const regions = read<Array<{ id: string; lead_operator_id: string }>>("subgraphs/organizations/src/seeds/data/model-regions.json");
const operators = read<Array<{ id: string }>>("subgraphs/organizations/src/seeds/data/operators.json");
const programs = read<Array<{ id: string; regionId: string | null; operatorIds: string[] }>>("subgraphs/programs/src/seeds/data/programs.json");
const partnerById = new Map(partners.map((p) => [p.id, p]));

/** The ways the documents may write a partner: id, name, variants, and the name without its corporate form. */
const spellings = (id: string): string[] => {
  const p = partnerById.get(id)!;
  const bare = p.name_ja.replace(/株式会社|有限会社|合同会社|公益財団法人|公益社団法人|（株）/g, "").trim();
  return [id, p.name_ja, ...p.name_variants, bare];
};

type Relation = {
  id: string; partnerId: string; modelRegionId: string | null; operatorId: string | null; programId: string | null; kind: string;
  roleJa: string | null; sinceFiscalYear: number | null; planned: boolean; participantCount: number | null; participantUnitJa: string | null;
  participantsPath?: string; evidence: string; factsPath: string | null; sourceDocument: string | null; sourceLine: number | null;
};
const relations = read<Relation[]>("subgraphs/organizations/src/seeds/data/partner-relations.json");

describe("partner relations against the facts", () => {
  it("name records that exist, and a program's region and operator as the program has them", () => {
    const bad: string[] = [];
    for (const r of relations) {
      if (!partnerById.has(r.partnerId)) bad.push(`${r.id}: partner ${r.partnerId}`);
      if (r.modelRegionId && !regions.some((g) => g.id === r.modelRegionId)) bad.push(`${r.id}: region ${r.modelRegionId}`);
      if (r.operatorId && !operators.some((o) => o.id === r.operatorId)) bad.push(`${r.id}: operator ${r.operatorId}`);
      if (r.programId) {
        const program = programs.find((p) => p.id === r.programId);
        if (!program) bad.push(`${r.id}: program ${r.programId}`);
        else if ((program.regionId ?? null) !== r.modelRegionId) bad.push(`${r.id}: region ${r.modelRegionId} vs program's ${program.regionId}`);
        else if (r.operatorId && !program.operatorIds.includes(r.operatorId)) bad.push(`${r.id}: operator ${r.operatorId} not the program's`);
      } else if (r.modelRegionId && r.operatorId !== regions.find((g) => g.id === r.modelRegionId)!.lead_operator_id) {
        bad.push(`${r.id}: operator ${r.operatorId} is not the region's lead`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("quote the facts (or the document line) exactly, and the quote names the partner", () => {
    const bad: string[] = [];
    for (const r of relations) {
      if (r.factsPath) {
        if (at(r.factsPath) !== r.evidence) bad.push(`${r.id}: ${r.factsPath} is ${JSON.stringify(at(r.factsPath))}`);
      } else if (!r.sourceDocument || !r.sourceLine || !squash(lines(r.sourceDocument)[r.sourceLine - 1] ?? "").includes(squash(r.evidence))) {
        bad.push(`${r.id}: not on ${r.sourceDocument} line ${r.sourceLine}`);
      }
      if (!spellings(r.partnerId).some((s) => s && r.evidence.includes(s))) bad.push(`${r.id}: evidence does not name ${r.partnerId}`);
      if (r.sourceLine && r.sourceDocument) {
        const line = squash(lines(r.sourceDocument)[r.sourceLine - 1] ?? "");
        if (!spellings(r.partnerId).some((s) => s && line.includes(squash(s)))) bad.push(`${r.id}: ${r.sourceDocument}:${r.sourceLine} does not name the partner`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("carry participant numbers exactly where the facts give them", () => {
    const counted = relations.filter((r) => r.participantCount !== null);
    expect(counted.map((r) => [r.partnerId, r.programId, r.participantCount, r.participantUnitJa])).toEqual([
      ["org-resona", "pg-shiojiri-ekkyo", 5, "名"],
      ["org-toshiba-tec", "pg-mishima-reskilling", 14, "人"],
    ]);
    for (const r of counted) {
      expect(at(r.participantsPath!)).toBe(r.participantCount);
      expect(at(r.participantsPath!.replace(/\.value$/, ".unit"))).toBe(r.participantUnitJa);
    }
  });

  it("hold every body of each model region's FY2022 structure as a member of that region", () => {
    const missing: string[] = [];
    for (const region of facts.kanto_model_regions) {
      for (const name of region.fy2022_structure_s4 ?? []) {
        const partner = partners.find((p) => p.name_ja === name || p.name_variants.includes(name));
        if (!partner) continue; // the municipality itself, not a partner organisation
        if (!relations.some((r) => r.partnerId === partner.id && r.modelRegionId === region.id && r.kind === "MEMBER")) missing.push(`${region.id}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("link every large company and university the facts name to what it takes part in", () => {
    for (const p of facts.partner_organizations.filter((o) => ["LARGE_COMPANY", "UNIVERSITY"].includes(o.institution_kind))) {
      expect([p.id, relations.some((r) => r.partnerId === p.id)]).toEqual([p.id, true]);
    }
    // 越境学習 and 大企業連携 programs name their companies; the university a case names is that region's partner.
    const pairs = relations.filter((r) => r.kind === "LARGE_COMPANY_PARTNER" && r.programId).map((r) => [r.partnerId, r.programId]);
    expect(pairs).toEqual(expect.arrayContaining([
      ["org-resona", "pg-shiojiri-ekkyo"], ["org-toshiba-tec", "pg-mishima-reskilling"], ["org-toshiba-tec", "pg-mishima-toshiba"], ["org-hitachi-ltd", "pg-hitachi-ob"],
    ]));
    expect(relations.find((r) => r.partnerId === "org-niigata-univ")).toMatchObject({ modelRegionId: "kr-nagaoka", operatorId: "op-hitotsubu" });
  });

  it("take a joining year from the timeline and mark announced joins as planned", () => {
    const taiko = relations.filter((r) => r.partnerId === "org-taiko-bank").map((r) => [r.modelRegionId, r.sinceFiscalYear, r.planned]);
    expect(taiko).toEqual([["kr-tsubame", 2025, true], ["kr-nagaoka", 2023, false]]);
    expect(relations.find((r) => r.partnerId === "org-sanjo-shinkin")).toMatchObject({ sinceFiscalYear: 2023, planned: false });
  });
});

type KeyPerson = {
  id: string; modelRegionId: string; position: number; nameJa: string; nameVariants: string[]; organizationId: string | null;
  organizationNameJa: string | null; printedLabelJa: string; roleJa: string | null; sourceDocument: string; sourceLine: number; factsPath: string;
  /** A line of prose that gives the role, when the caption does not (e.g. 株式会社ひとつぶ代表の高橋氏). */
  roleLine: number | null;
};
const keyPersons = read<KeyPerson[]>("subgraphs/organizations/src/seeds/data/key-persons.json");

describe("key persons against the facts and the case book", () => {
  it("are all 40 the facts list, with their organisations", () => {
    expect(keyPersons).toHaveLength(facts.kanto_model_regions.reduce((n, r) => n + r.key_persons.length, 0));
    expect(keyPersons).toHaveLength(40);
    for (const k of keyPersons) {
      const fact = at(k.factsPath) as { name: string; organization: string | null; name_variants?: string[] };
      expect([k.id, k.nameJa, k.nameVariants, k.organizationId ?? k.organizationNameJa]).toEqual([
        k.id, fact.name, fact.name_variants ?? [], fact.organization,
      ]);
      expect(k.factsPath).toBe(`kanto_model_regions[${k.modelRegionId}].key_persons[${k.position - 1}]`);
    }
  });

  it("print the name, caption and role on the cited line of the case book", () => {
    const s0 = lines("S0");
    const bad: string[] = [];
    for (const k of keyPersons) {
      const line = squash(s0[k.sourceLine - 1] ?? "");
      if (!line.includes(squash(k.nameJa))) bad.push(`${k.id}: ${k.nameJa} not on line ${k.sourceLine}`);
      const window = squash(s0.slice(Math.max(0, k.sourceLine - 4), k.sourceLine).join(""));
      if (!window.includes(squash(k.printedLabelJa))) bad.push(`${k.id}: caption ${k.printedLabelJa}`);
      const prose = k.roleLine ? squash(s0[k.roleLine - 1] ?? "") : "";
      const inProse = prose.includes(squash(k.roleJa ?? "")) && prose.includes(k.nameJa.split(" ")[0]!);
      if (k.roleJa && !window.includes(squash(k.roleJa)) && !inProse) bad.push(`${k.id}: role ${k.roleJa}`);
    }
    expect(bad).toEqual([]);
  });
});

describe("the 2023 operator survey and the policy positioning", () => {
  const [survey] = read<Array<{ periodFrom: string; periodTo: string; populationJa: string; responses: number; findings: Array<{ topicJa: string | null; textJa: string; textKind: string }> }>>(
    "subgraphs/organizations/src/seeds/data/operator-surveys.json",
  );
  const policy = read<Array<{ documentJa: string; decidedOn: string; textJa: string; textKind: string; sourceDocument: string }>>(
    "subgraphs/organizations/src/seeds/data/policy-positions.json",
  );

  it("hold the survey's period, population, responses and every finding", () => {
    const fact = facts.operator_survey_2023;
    expect(`${survey!.periodFrom} to ${survey!.periodTo}`).toBe(fact.period);
    expect([survey!.populationJa, survey!.responses]).toEqual([fact.population, fact.responses]);
    expect(survey!.findings.map((f) => (f.topicJa ? `${f.topicJa}: ${f.textJa}` : f.textJa))).toEqual(fact.findings);
    expect(new Set(survey!.findings.map((f) => f.textKind))).toEqual(new Set(["SUMMARY"]));
    // The survey's frame as S3 prints it.
    const s3 = squash(lines("S3").join(""));
    expect(s3).toContain(squash("2023年10月18日（水）～11月13日（月）"));
    expect(s3).toContain(squash(`回収数：${fact.responses}機関`));
  });

  it("quote each strategy's passage verbatim from S4", () => {
    expect(policy.map((p) => [p.documentJa, p.decidedOn, p.textJa])).toEqual(facts.policy_positioning.map((p) => [p.document, p.date, p.text]));
    const s4 = squash(lines("S4").join(""));
    for (const p of policy) {
      expect(p.textKind).toBe("VERBATIM");
      expect([p.documentJa, s4.includes(squash(p.textJa))]).toEqual([p.documentJa, true]);
    }
  });
});

describe("desk start years and outcome text kinds against the documents", () => {
  const programs = read<Array<{ id: string; kind: string; regionId: string | null; startedYear: number | null }>>("subgraphs/programs/src/seeds/data/programs.json");
  const cases = read<Array<{ id: string; outcomes: Array<{ textJa: string; textKind?: string | null; source?: { document: string; line: number } | null }> }>>(
    "subgraphs/programs/src/seeds/data/case-studies.json",
  );
  const regionFacts = facts.kanto_model_regions as unknown as Array<{ id: string; activity_timeline?: Record<string, string[]> }>;

  it("start each region's consultation desk in the first year its case's timeline lists 相談窓口", () => {
    const desks = programs.filter((p) => p.kind === "CONSULTATION_DESK" && p.regionId);
    expect(desks).toHaveLength(6);
    for (const desk of desks) {
      const timeline = regionFacts.find((r) => r.id === desk.regionId)!.activity_timeline ?? {};
      const first = Object.keys(timeline).sort().find((year) => timeline[year]!.some((item) => item.includes("相談窓口")));
      expect([desk.id, desk.startedYear]).toEqual([desk.id, Number(first)]);
    }
  });

  it("mark every outcome VERBATIM (printed as is on the cited line) or SUMMARY", () => {
    const bad: string[] = [];
    for (const c of cases) {
      for (const o of c.outcomes) {
        if (o.textKind !== "VERBATIM" && o.textKind !== "SUMMARY") bad.push(`${c.id}: ${o.textKind}`);
        if (o.textKind === "VERBATIM") {
          const doc = readFileSync(path.join(seedsDir, o.source!.document), "utf8").split("\n");
          const near = squash(doc.slice(o.source!.line - 1, o.source!.line + 3).join(""));
          if (!near.includes(squash(o.textJa).slice(0, 20))) bad.push(`${c.id}: not at ${o.source!.document}:${o.source!.line}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
