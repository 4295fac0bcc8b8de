import { readFileSync } from "node:fs";
import path from "node:path";
import { printSubgraphSchema } from "@apollo/subgraph";
import { composeSupergraph, readSubgraphSdls, supergraphPath, SUBGRAPH_NAMES } from "@jinjibu/gateway";
import { loadModules } from "@jinjibu/launcher";

const repoRoot = path.resolve(__dirname, "..", "..");

// Generated artifacts are checked in; these fail when code and artifact disagree. Fix with `npm run compose`.
describe("checked-in schemas", () => {
  it.each(loadModules().map((m) => [m.name, m] as const))("%s/schema.graphql matches the code", async (name, module) => {
    const emitted = `${printSubgraphSchema(await module.buildSchema()).trim()}\n`;
    const committed = readFileSync(path.join(repoRoot, "subgraphs", name, "schema.graphql"), "utf8");
    expect(committed).toBe(emitted);
  });

  it("gateway/supergraph.graphql is the composition of the four subgraph schemas", () => {
    expect(readFileSync(supergraphPath(), "utf8")).toBe(composeSupergraph(readSubgraphSdls(repoRoot)));
  });

  it("composes exactly the four subgraphs", () => {
    const supergraph = readFileSync(supergraphPath(), "utf8");
    const joined = [...supergraph.matchAll(/@join__graph\(name: "([a-z]+)"/g)].map((m) => m[1]).sort();
    expect(joined).toEqual([...SUBGRAPH_NAMES].sort());
  });
});
