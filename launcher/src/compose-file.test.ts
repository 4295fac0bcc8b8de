import { readFileSync } from "node:fs";
import path from "node:path";
import { SUBGRAPHS } from "@jinjibu/config";
import { repoRoot } from "./config";

// docker/compose.yaml is written by hand; this keeps it in step with the one list of subgraphs.
const compose = readFileSync(path.join(repoRoot(), "docker", "compose.yaml"), "utf8");

/** The services' text blocks: a `  name:` line (flow style on one line, or block style) with its deeper lines. */
function serviceBlocks(): Map<string, string> {
  const lines = compose.split("\n");
  const start = lines.findIndex((line) => line === "services:");
  const blocks = new Map<string, string>();
  let current: string | null = null;
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const head = /^ {2}([a-z][a-z-]*):/.exec(line);
    if (head) {
      current = head[1]!;
      blocks.set(current, line);
    } else if (current && /^ {3,}\S/.test(line)) {
      blocks.set(current, `${blocks.get(current)}\n${line}`);
    }
  }
  return blocks;
}

describe("docker/compose.yaml", () => {
  const blocks = serviceBlocks();

  it.each(SUBGRAPHS.map((s) => [s.name, s]))("runs the %s subgraph on its port and entry, and points the gateway at it", (_name, s) => {
    const service = blocks.get(s.name);
    expect(service).toBeDefined();
    expect(service).toMatch(/<<: \*subgraph(?![\w-])/);
    expect(service).toContain(`PORT: "${s.defaultPort}"`);
    expect(service).toContain(`ENTRY: ${s.entry}`);
    expect(compose).toContain(`${s.urlVariable}: http://${s.name}:${s.defaultPort}/graphql`);
  });

  it("has no subgraph the list does not know, and migrates with the launcher", () => {
    const subgraphServices = [...blocks].filter(([, text]) => /<<: \*subgraph(?![\w-])/.test(text)).map(([name]) => name);
    expect(subgraphServices).toEqual(SUBGRAPHS.map((s) => s.name));
    expect(compose).toContain("ENTRY: launcher/dist/migrate.js");
  });
});
