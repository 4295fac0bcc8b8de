import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expectedReadme, hubVariables, readmePath } from "./env-doc";
import { repoRoot } from "./config";

/** Variables only tests and the Jest harness read: not settings of any process. */
const TEST_ONLY = new Set(["JEST_WORKER_ID", "TEST_DATABASE_URL", "TEST_KIND", "CI"]);

/** The process code: every workspace's src/ except the test helpers, without tests. */
function sourceFiles(): string[] {
  const root = repoRoot();
  const dirs = ["gateway/src", "gateway/hive/src", "launcher/src", ...["packages", "subgraphs"].flatMap((top) =>
    readdirSync(path.join(root, top))
      .filter((name) => name !== "test-utils" && name !== "tsconfig")
      .map((name) => `${top}/${name}/src`),
  )];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ts$/.test(entry) && !/\.test\.ts$/.test(entry)) files.push(full);
    }
  };
  for (const dir of dirs) {
    try {
      walk(path.join(root, dir));
    } catch {
      // a workspace without src/
    }
  }
  return files;
}

describe("the README's environment table", () => {
  it("matches every variable the launcher, the subgraphs, the gateway, Hive Gateway and the import CLI read (run `npm run env:doc` after changing a config schema)", () => {
    const readme = readFileSync(readmePath(), "utf8");
    expect(readme).toBe(expectedReadme(readme));
  });

  it("gives every variable a meaning", () => {
    for (const variable of hubVariables()) expect({ name: variable.name, meaning: variable.meaning.length > 10 }).toEqual({ name: variable.name, meaning: true });
  });

  it("lists every variable the code reads from the environment directly (a new `process.env.X` must be documented)", () => {
    const documented = new Set(hubVariables().map((v) => v.name));
    const undocumented: string[] = [];
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/\b(?:process\.env|env)(?:\.([A-Z][A-Z0-9_]+)|\[\s*["'`]([A-Z][A-Z0-9_]+)["'`]\s*\])/g)) {
        const name = match[1] ?? match[2]!;
        if (!documented.has(name) && !TEST_ONLY.has(name)) undocumented.push(`${name} (${path.relative(repoRoot(), file)})`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it("documents the gateway's and the telemetry's variables, not only the launcher's and the subgraphs'", () => {
    const byName = new Map(hubVariables().map((v) => [v.name, v]));
    expect(byName.get("SUBGRAPH_TIMEOUT_MS")?.readBy).toEqual(["gateway"]);
    expect(byName.get("SUBGRAPH_TIMEOUT_MS")?.default).toBe("5000");
    expect(byName.get("METRICS_TOKEN")?.readBy).toEqual(["subgraphs", "gateway", "hive-gateway"]);
    expect(byName.get("SITE_KEYS_DATABASE_URL_FILE")?.readBy).toEqual(["gateway", "hive-gateway"]);
    expect(byName.get("API_KEYS_FILE")?.readBy).toEqual(["gateway", "hive-gateway"]);
    expect(byName.get("HOST")?.readBy).toEqual(["subgraphs", "gateway", "hive-gateway"]);
  });
});
