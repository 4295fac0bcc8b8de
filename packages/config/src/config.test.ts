import { ConfigError, defineConfig, describeVariables, mergeVariables, port, positiveInt, renderVariableTable, replaceVariableTable, url, z, ENV_TABLE_START, ENV_TABLE_END } from "./index";
import { SUBGRAPHS, subgraphInfo } from "./subgraphs";

const schema = z.object({
  PORT: port().default(4001).describe("where the service listens"),
  DATABASE_URL: url("postgres:", "postgresql:").describe("the owner connection"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info").describe("the quietest level logged"),
  DEADLINE_MS: positiveInt("a positive number of milliseconds").optional().describe("a cap"),
});

describe("defineConfig", () => {
  it("returns typed values with defaults applied, frozen", () => {
    const config = defineConfig("test", schema, { DATABASE_URL: "postgres://u@h/db", DEADLINE_MS: "1500" });
    expect(config).toEqual({ PORT: 4001, DATABASE_URL: "postgres://u@h/db", LOG_LEVEL: "info", DEADLINE_MS: 1500 });
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { PORT: number }).PORT = 1;
    }).toThrow();
  });

  it("treats an empty variable as unset", () => {
    expect(defineConfig("test", schema, { DATABASE_URL: "postgres://h/db", PORT: "" }).PORT).toBe(4001);
  });

  it("reports every bad variable by name with what is allowed, in one error", () => {
    let error: unknown;
    try {
      defineConfig("subgraph-talent", schema, { PORT: "70000", LOG_LEVEL: "loud", DEADLINE_MS: "-5" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues;
    expect(issues.map((i) => i.variable).sort()).toEqual(["DATABASE_URL", "DEADLINE_MS", "LOG_LEVEL", "PORT"]);
    const message = (error as Error).message;
    expect(message).toContain("subgraph-talent: 4 environment variables are not valid");
    expect(message).toMatch(/PORT: expected a port number \(an integer 0–65535\)/);
    expect(message).toMatch(/DATABASE_URL: is required but not set \(the owner connection\)/);
    expect(message).toMatch(/LOG_LEVEL: .*"debug".*"error"/);
    expect(message).toMatch(/DEADLINE_MS: expected a positive number of milliseconds/);
  });

  it("rejects a URL of the wrong kind", () => {
    expect(() => defineConfig("test", schema, { DATABASE_URL: "http://example.org" })).toThrow(/DATABASE_URL: expected a URL starting with postgres:\/\/ or postgresql:\/\//);
  });
});

describe("the environment table", () => {
  it("lists each variable with its default and meaning, merging readers", () => {
    const docs = mergeVariables(describeVariables(schema, "subgraphs"), describeVariables(z.object({ PORT: port().describe("x") }), "launcher"));
    expect(docs.find((d) => d.name === "PORT")).toEqual({ name: "PORT", default: "4001", required: false, meaning: "where the service listens", readBy: ["subgraphs", "launcher"] });
    expect(docs.find((d) => d.name === "DATABASE_URL")).toMatchObject({ required: true, default: undefined });
    const table = renderVariableTable(docs);
    expect(table).toContain("| `LOG_LEVEL` | `info` | the quietest level logged | subgraphs |");
    expect(table).toContain("| `DATABASE_URL` | (required) |");
    const readme = `intro\n${ENV_TABLE_START}\nold\n${ENV_TABLE_END}\nafter\n`;
    expect(replaceVariableTable(readme, table)).toBe(`intro\n${ENV_TABLE_START}\n${table}\n${ENV_TABLE_END}\nafter\n`);
  });
});

describe("the list of subgraphs", () => {
  it("names four subgraphs with distinct ports, roles and variables", () => {
    expect(SUBGRAPHS.map((s) => s.name)).toEqual(["organizations", "talent", "programs", "funding"]);
    for (const key of ["defaultPort", "appRole", "portVariable", "urlVariable", "publicNameJa"] as const) {
      expect(new Set(SUBGRAPHS.map((s) => s[key])).size).toBe(SUBGRAPHS.length);
    }
    expect(subgraphInfo("talent")).toMatchObject({ defaultPort: 4002, appRole: "hub_talent_app", urlVariable: "SUBGRAPH_TALENT_URL" });
    expect(() => subgraphInfo("billing")).toThrow('unknown subgraph "billing"; the hub has organizations, talent, programs, funding');
  });
});
