import { readFileSync } from "node:fs";
import path from "node:path";
import { SUBGRAPHS } from "@jinjibu/config";
import { repoRoot } from "./config";

// docker/compose.yaml is written by hand; this keeps it in step with the one list of subgraphs.
const compose = readFileSync(path.join(repoRoot(), "docker", "compose.yaml"), "utf8");

describe("docker/compose.yaml", () => {
  it.each(SUBGRAPHS.map((s) => [s.name, s]))("runs the %s subgraph on its port and entry, and points the gateway at it", (_name, s) => {
    const service = compose.split("\n").find((line) => line.startsWith(`  ${s.name}:`));
    expect(service).toBeDefined();
    expect(service).toContain(`PORT: "${s.defaultPort}"`);
    expect(service).toContain(`ENTRY: ${s.entry}`);
    expect(compose).toContain(`${s.urlVariable}: http://${s.name}:${s.defaultPort}/graphql`);
  });

  it("has no subgraph the list does not know, and migrates with the launcher", () => {
    const services = [...compose.matchAll(/^ {2}([a-z-]+): \{ <<: \*subgraph\b/gm)].map((m) => m[1]);
    expect(services).toEqual(SUBGRAPHS.map((s) => s.name));
    expect(compose).toContain("ENTRY: launcher/dist/migrate.js");
  });
});
