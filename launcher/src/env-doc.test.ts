import { readFileSync } from "node:fs";
import { expectedReadme, hubVariables, readmePath } from "./env-doc";

describe("the README's environment table", () => {
  it("matches every variable the launcher and the subgraphs read (run `npm run env:doc` after changing a config schema)", () => {
    const readme = readFileSync(readmePath(), "utf8");
    expect(readme).toBe(expectedReadme(readme));
  });

  it("gives every variable a meaning", () => {
    for (const variable of hubVariables()) expect({ name: variable.name, meaning: variable.meaning.length > 10 }).toEqual({ name: variable.name, meaning: true });
  });
});
