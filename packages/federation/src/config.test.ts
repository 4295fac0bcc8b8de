import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError } from "@jinjibu/config";
import { loadSubgraphConfig } from "./config";
import { parseDeadline } from "./deadline";
import { shouldCommit } from "./transaction-rule";

describe("a subgraph's configuration", () => {
  it("defaults to the subgraph's own port from the one list, the embedded database and a 15 s statement timeout", () => {
    const config = loadSubgraphConfig("programs", { GATEWAY_PUBLIC_KEY: "PEM" });
    expect(config).toMatchObject({ name: "programs", port: 4003, host: "127.0.0.1", statementTimeoutMs: 15_000, bodyLimitBytes: 1_000_000, poolSize: 10 });
    expect(config.ownerUrl).toBe("postgres://postgres:jinjibu@127.0.0.1:54329/jinjibu");
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("reads the gateway key from a file when only GATEWAY_PUBLIC_KEY_FILE is set", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "jinjibu-key-")), "gateway.public.pem");
    writeFileSync(file, "-----BEGIN PUBLIC KEY-----\n");
    expect(loadSubgraphConfig("talent", { GATEWAY_PUBLIC_KEY_FILE: file }).gatewayPublicKeyPem).toBe("-----BEGIN PUBLIC KEY-----\n");
    expect(() => loadSubgraphConfig("talent", { GATEWAY_PUBLIC_KEY_FILE: `${file}.missing` })).toThrow(/GATEWAY_PUBLIC_KEY_FILE: cannot be read \(ENOENT\)/);
  });

  it("connects straight to PostgreSQL unless DATABASE_POOL_MODE says transaction, and refuses any other mode", () => {
    expect(loadSubgraphConfig("talent", { GATEWAY_PUBLIC_KEY: "PEM" }).transactionPooling).toBe(false);
    expect(loadSubgraphConfig("talent", { GATEWAY_PUBLIC_KEY: "PEM", DATABASE_POOL_MODE: "session" }).transactionPooling).toBe(false);
    expect(loadSubgraphConfig("talent", { GATEWAY_PUBLIC_KEY: "PEM", DATABASE_POOL_MODE: "transaction" }).transactionPooling).toBe(true);
    expect(() => loadSubgraphConfig("talent", { GATEWAY_PUBLIC_KEY: "PEM", DATABASE_POOL_MODE: "statement" })).toThrow(/DATABASE_POOL_MODE/);
  });

  it("names every bad variable at once and refuses to start", () => {
    let error: ConfigError | undefined;
    try {
      loadSubgraphConfig("funding", { PORT: "eighty", DATABASE_URL: "mysql://x", STATEMENT_TIMEOUT_MS: "0", LOG_LEVEL: "chatty" });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.issues.map((i) => i.variable).sort()).toEqual(["DATABASE_URL", "GATEWAY_PUBLIC_KEY", "LOG_LEVEL", "PORT", "STATEMENT_TIMEOUT_MS"]);
    expect(error!.message).toMatch(/^the funding subgraph: 5 environment variables are not valid:/);
  });
});

describe("x-hub-deadline", () => {
  it("is optional, and must be epoch milliseconds when present", () => {
    expect(parseDeadline(undefined)).toEqual({ ok: true });
    expect(parseDeadline("1764600000000")).toEqual({ ok: true, deadline: 1764600000000 });
    expect(parseDeadline("in 5 s")).toMatchObject({ ok: false, problem: expect.stringMatching(/^x-hub-deadline must be a time in epoch milliseconds/) });
    expect(parseDeadline("-1")).toMatchObject({ ok: false });
  });
});

describe("the transaction rule", () => {
  it("rolls back only a mutation that reported an error", () => {
    expect(shouldCommit("mutation", true)).toBe(false);
    expect(shouldCommit("mutation", false)).toBe(true);
    expect(shouldCommit("query", true)).toBe(true);
    expect(shouldCommit(undefined, true)).toBe(true);
  });
});
