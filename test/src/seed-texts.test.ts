import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sharedDir } from "./shared-dir";

// The seed data files must hold the documents' Japanese in every Japanese field: no English metric keys, editorial notes or
// placeholders. A Latin word in a *Ja text is allowed only when the Japanese originals print it (names such as G-net, DX, OB).

const ROOT = path.resolve(__dirname, "..", "..");
// The source documents sit in the project's shared/ folder beside the repository (as for every developer and CI run).
const SEEDS = path.join(sharedDir(ROOT), "seeds");
const seedsDir = process.env.HUB_SEED_DOCUMENTS ?? SEEDS;

function normalise(text: string): string {
  return text.normalize("NFKC");
}

function dataFiles(): string[] {
  const out: string[] = [];
  for (const subgraph of readdirSync(path.join(ROOT, "subgraphs"))) {
    const dir = path.join(ROOT, "subgraphs", subgraph, "src", "seeds", "data");
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) if (name.endsWith(".json")) out.push(path.join(dir, name));
  }
  return out;
}

type Text = { file: string; at: string; text: string };

/** Every string under a key ending in "Ja" (or inside an array under one), plus membership timeline changes (shown in Japanese). */
function japaneseTexts(): Text[] {
  const texts: Text[] = [];
  const walk = (value: unknown, at: string, file: string, japanese: boolean) => {
    if (typeof value === "string") {
      if (japanese) texts.push({ file: path.relative(ROOT, file), at, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${at}[${i}]`, file, japanese));
    } else if (value && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const isJa = /(?:Ja|_ja)$/.test(key) || (key === "change" && /membership_timeline\[\d+\]$/.test(at));
        walk(child, `${at}.${key}`, file, isJa);
      }
    }
  };
  for (const file of dataFiles()) walk(JSON.parse(readFileSync(file, "utf8")), "", file, false);
  return texts;
}

const PLACEHOLDERS: RegExp[] = [
  /\((?:open|positive|negative|same as[^)]*|approx\.?|count not stated[^)]*)\)/i,
  /\b[a-z]+(?:_[a-z]+)*: /, // English metric keys such as "participants: 10名"
  /\bvs\b|conflicting|not stated|at least/i,
  /\bFY\d{4}/, // fiscal years in Japanese texts are written 令和N年度
  /TODO|TBD|\?\?\?/,
];

describe("Japanese texts in the seed data", () => {
  const documents = readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => normalise(readFileSync(path.join(seedsDir, f), "utf8")));
  const corpus = documents.join("\n");
  const corpusNoSpaces = corpus.replace(/[ \t]/g, "");
  const texts = japaneseTexts();

  it("covers the seed files (sanity: case studies, programs, model regions)", () => {
    const files = new Set(texts.map((t) => t.file));
    expect([...files].some((f) => f.endsWith("case-studies.json"))).toBe(true);
    expect([...files].some((f) => f.endsWith("programs.json"))).toBe(true);
    expect(texts.some((t) => t.at.includes("membership_timeline"))).toBe(true);
    expect(texts.length).toBeGreaterThan(700);
  });

  it("hold no placeholders or editorial notes in English", () => {
    const bad = texts.filter((t) => PLACEHOLDERS.some((p) => p.test(normalise(t.text)))).map((t) => `${t.file}${t.at}: ${t.text.slice(0, 120)}`);
    expect(bad).toEqual([]);
  });

  it("use a Latin word only where the documents print it", () => {
    const bad: string[] = [];
    for (const t of texts) {
      for (const word of normalise(t.text).match(/[A-Za-z][A-Za-z_-]+/g) ?? []) {
        if (!corpus.includes(word) && !corpusNoSpaces.includes(word)) bad.push(`${t.file}${t.at}: "${word}" in ${t.text.slice(0, 80)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("case-study outcomes as the documents state them", () => {
  const cases = JSON.parse(readFileSync(path.join(ROOT, "subgraphs/programs/src/seeds/data/case-studies.json"), "utf8")) as Array<{
    id: string;
    outcomes: Array<Record<string, unknown> & { textJa: string }>;
  }>;
  const byId = new Map(cases.map((c) => [c.id, c]));

  it("keep both of two conflicting statements, choosing neither", () => {
    const [first] = byId.get("case-s0-mishima")!.outcomes;
    expect(first.textJa).toContain("2年間で14人");
    expect(first.conflictsWith).toMatchObject({ textJa: expect.stringContaining("初年度で計14人") });
    expect(first.noteJa).toEqual(expect.stringContaining("食い違"));
  });

  it("say when a count is not stated instead of inventing one", () => {
    const second = byId.get("case-s0-mishima")!.outcomes[1];
    expect(second.value).toBeNull();
    expect(second.valueQualifier).toBe("COUNT_NOT_STATED");
  });

  it("keep the number and its period and basis (単年度 per year)", () => {
    const outcomes = byId.get("case-s0-matsumoto")!.outcomes;
    expect(outcomes.map((o) => [o.period, o.value, o.basis])).toEqual([
      ["FY2022", 10, "SINGLE_YEAR"], ["FY2023", 24, "SINGLE_YEAR"], ["FY2024", 13, "SINGLE_YEAR"],
    ]);
    for (const o of outcomes) expect(o.source).toMatchObject({ document: expect.stringMatching(/\.txt$/), line: expect.any(Number) });
  });
});

describe("operator prefectures", () => {
  const operators = JSON.parse(readFileSync(path.join(ROOT, "subgraphs/organizations/src/seeds/data/operators.json"), "utf8")) as Array<{
    id: string; prefecture: string | null; prefecture_source: string | null;
  }>;

  it("name their evidence whenever a prefecture is recorded", () => {
    expect(operators.filter((o) => o.prefecture && !o.prefecture_source).map((o) => o.id)).toEqual([]);
  });
});
