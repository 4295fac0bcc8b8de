import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describeVariables, mergeVariables, renderVariableTable, replaceVariableTable, type VariableDoc } from "@jinjibu/config";
import { subgraphEnvironment } from "@jinjibu/federation";
import { launcherEnvironment, repoRoot } from "./config";

/** Every variable the launcher and the subgraphs read (the gateway documents its own until the lead unifies them). */
export function hubVariables(): VariableDoc[] {
  return mergeVariables(describeVariables(launcherEnvironment, "launcher"), describeVariables(subgraphEnvironment, "subgraphs"));
}

export const readmePath = (): string => path.join(repoRoot(), "README.md");

/** The README as it should be: its environment table regenerated. */
export function expectedReadme(readme: string): string {
  return replaceVariableTable(readme, renderVariableTable(hubVariables()));
}

// `npm run env:doc` rewrites the table in the README.
if (require.main === module) {
  const file = readmePath();
  const before = readFileSync(file, "utf8");
  const after = expectedReadme(before);
  if (after !== before) writeFileSync(file, after);
  process.stdout.write(`${after === before ? "README environment table is up to date" : "README environment table updated"} (${hubVariables().length} variables)\n`);
}
