import type { DataSource } from "typeorm";
import { databaseName, redactUrl, withCredentials, withDatabase } from "./urls";
import { DeadlineExceeded, RequestScope } from "./request-scope";

describe("connection URLs", () => {
  const url = "postgres://postgres:secret@127.0.0.1:54329/jinjibu";

  it("point at another database or another role on the same server", () => {
    expect(withDatabase(url, "jinjibu_tmpl")).toBe("postgres://postgres:secret@127.0.0.1:54329/jinjibu_tmpl");
    expect(withCredentials(url, "hub_talent_app", "p@ss/word")).toBe("postgres://hub_talent_app:p%40ss%2Fword@127.0.0.1:54329/jinjibu");
    expect(databaseName(url)).toBe("jinjibu");
    expect(databaseName("postgres://h:5432")).toBe("postgres");
  });

  it("never print a password", () => {
    expect(redactUrl(url)).toBe("postgres://postgres:***@127.0.0.1:54329/jinjibu");
    expect(redactUrl("postgres://postgres@h/db")).toBe("postgres://postgres@h/db");
  });
});

describe("RequestScope's deadline", () => {
  const dataSource = {} as DataSource;

  it("sends only the tenant settings when there is no deadline or it is further away than the statement timeout", () => {
    expect(new RequestScope(dataSource, { "talent.operator_id": "op-a" }).transactionSettings()).toEqual({ "talent.operator_id": "op-a" });
    const far = new RequestScope(dataSource, {}, { deadline: 100_000, statementTimeoutMs: 15_000, now: () => 0 });
    expect(far.transactionSettings()).toEqual({});
  });

  it("lowers statement_timeout to the milliseconds left when the deadline is nearer", () => {
    const near = new RequestScope(dataSource, { "talent.operator_id": "op-a" }, { deadline: 2_500, statementTimeoutMs: 15_000, now: () => 1_000 });
    expect(near.transactionSettings()).toEqual({ "talent.operator_id": "op-a", statement_timeout: "1500" });
  });

  it("refuses work once the deadline has passed, before touching the database", async () => {
    let now = 0;
    const scope = new RequestScope(dataSource, {}, { deadline: 1_000, now: () => now });
    expect(() => scope.checkDeadline()).not.toThrow();
    now = 1_000;
    expect(() => scope.checkDeadline()).toThrow(DeadlineExceeded);
    await expect(scope.manager()).rejects.toMatchObject({ code: "SUBGRAPH_TIMEOUT", deadline: 1_000 });
    expect(scope.started).toBe(false);
    await scope.finish(false);
  });
});

describe("RequestScope.afterCommit", () => {
  /** A query runner that records what it was asked to do (no database: the scope's own bookkeeping is under test). */
  const fakeSource = (failCommit = false) => {
    const calls: string[] = [];
    const runner = {
      isTransactionActive: false,
      manager: {},
      connect: async () => undefined,
      query: async (sql: string) => void calls.push(sql),
      startTransaction: async () => {
        runner.isTransactionActive = true;
      },
      commitTransaction: async () => {
        if (failCommit) throw new Error("commit failed");
        runner.isTransactionActive = false;
        calls.push("COMMIT");
      },
      rollbackTransaction: async () => {
        runner.isTransactionActive = false;
        calls.push("ROLLBACK");
      },
      release: async () => void calls.push("release"),
    };
    return { dataSource: { createQueryRunner: () => runner } as unknown as DataSource, calls };
  };

  it("runs the callbacks once, after the commit and the connection's release", async () => {
    const { dataSource, calls } = fakeSource();
    const scope = new RequestScope(dataSource);
    await scope.manager();
    scope.afterCommit(() => calls.push("rang"));
    await scope.finish(true);
    await scope.finish(true);
    expect(calls).toEqual(["COMMIT", "release", "rang"]);
  });

  it("never runs them after a rollback or a failed commit", async () => {
    const rolledBack = fakeSource();
    const scope = new RequestScope(rolledBack.dataSource);
    await scope.manager();
    scope.afterCommit(() => rolledBack.calls.push("rang"));
    await scope.finish(false);
    expect(rolledBack.calls).toEqual(["ROLLBACK", "release"]);
    const failing = fakeSource(true);
    const other = new RequestScope(failing.dataSource);
    await other.manager();
    other.afterCommit(() => failing.calls.push("rang"));
    await expect(other.finish(true)).rejects.toThrow("commit failed");
    expect(failing.calls).not.toContain("rang");
  });
});
