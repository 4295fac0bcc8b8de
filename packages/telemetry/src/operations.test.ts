import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { KNOWN_OPERATIONS, operationLabel, subgraphOperationLabel } from "./operations";

const root = path.resolve(__dirname, "..", "..", "..");

/** Operation names declared in the hub's own client code. */
function clientOperationNames(): string[] {
  const files = [
    "web/src/gql/graphql.ts",
    "gateway/public/app.js",
    "test/bench/soak.ts",
    ...readdirSync(path.join(root, "packages/talent-import/src"))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => `packages/talent-import/src/${f}`),
  ];
  const names = new Set<string>();
  for (const file of files) {
    const text = readFileSync(path.join(root, file), "utf8");
    for (const match of text.matchAll(/(?:^|[\s`"'(])(?:query|mutation) ([A-Z][A-Za-z0-9_]*)\s*[({]/g)) names.add(match[1]!);
  }
  return [...names].sort();
}

describe("operation labels", () => {
  it("knows every operation the hub's own clients send (add new ones to KNOWN_OPERATIONS)", () => {
    const names = clientOperationNames();
    expect(names.length).toBeGreaterThan(30);
    expect(names.filter((n) => !KNOWN_OPERATIONS.has(n))).toEqual([]);
  });

  it("bounds the label values: unknown names are 'other', unnamed ones 'anonymous'", () => {
    expect(operationLabel("WorkspacePool")).toBe("WorkspacePool");
    expect(operationLabel("x".repeat(500))).toBe("other");
    expect(operationLabel(undefined)).toBe("anonymous");
    expect(subgraphOperationLabel("Directory__organizations__0")).toBe("Directory");
    expect(subgraphOperationLabel("Invented__talent__3")).toBe("other");
    expect(subgraphOperationLabel(null)).toBe("anonymous");
  });
});
