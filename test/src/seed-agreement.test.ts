import { readFileSync } from "node:fs";
import path from "node:path";

// Facts one subgraph owns and another keeps a copy of for its rules (each seed reads its own file, so each deployable
// carries its data): the copies must say the same. Run time changes travel as events (organizations' outbox); these are
// the seeded starting points.
const ROOT = path.resolve(__dirname, "..", "..");
const read = (...parts: string[]) => JSON.parse(readFileSync(path.join(ROOT, "subgraphs", ...parts), "utf8"));

describe("seed copies across subgraphs", () => {
  it("talent's regional companies are organizations' regional companies", () => {
    const owned = read("organizations", "src", "seeds", "data", "regional-companies.json") as { id: string }[];
    const copy = read("talent", "src", "seeds", "data", "regional-companies.json") as { id: string }[];
    expect(owned.length).toBeGreaterThan(0);
    expect(copy).toEqual(owned);
  });

  it("talent's program references are the programs subgraph's programs (id, name, operators)", () => {
    const owned = read("programs", "src", "seeds", "data", "programs.json") as { id: string; nameJa: string; operatorIds: string[] }[];
    const refs = read("talent", "src", "seeds", "data", "program-refs.json") as { id: string; nameJa: string; operatorIds: string[] }[];
    const projection = owned.map(({ id, nameJa, operatorIds }) => ({ id, nameJa, operatorIds })).sort((a, b) => a.id.localeCompare(b.id));
    expect(projection.length).toBeGreaterThan(90);
    expect(refs).toEqual(projection);
  });
});
