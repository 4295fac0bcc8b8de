import { Writable } from "node:stream";
import { createLogger, defaultLevel } from "./index";

function capture(level = "debug") {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger("subgraph-talent", { level, destination }), lines };
}

describe("createLogger", () => {
  it("writes one JSON object per line with time, level word, service and message", () => {
    const { logger, lines } = capture();
    logger.info({ port: 4002 }, "subgraph ready");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "info", service: "subgraph-talent", msg: "subgraph ready", port: 4002 });
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("redacts authorization headers, API keys and a person's contact fields at any usual depth", () => {
    const { logger, lines } = capture();
    logger.warn(
      {
        req: { headers: { authorization: "Bearer secret.jwt", "x-api-key": "jhk_abc", "content-type": "application/json" } },
        headers: { authorization: "Bearer other" },
        email: "hanako@example.jp",
        profile: { displayName: "山田 花子", phone: "090-1234-5678", skills: ["法人営業"] },
        input: { person: { email: "taro@example.jp" } },
      },
      "rejected",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["secret.jwt", "jhk_abc", "Bearer other", "hanako@example.jp", "山田 花子", "090-1234-5678", "taro@example.jp"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("法人営業");
    expect(text).toContain("application/json");
    expect((lines[0]!.profile as Record<string, unknown>).displayName).toBe("[redacted]");
  });

  it("puts a request's id on every line of its child logger", () => {
    const { logger, lines } = capture();
    const request = logger.child({ requestId: "req-123" });
    request.info("first");
    request.error({ err: new Error("boom") }, "second");
    expect(lines.map((l) => l.requestId)).toEqual(["req-123", "req-123"]);
    expect((lines[1]!.err as { message: string; stack: string }).message).toBe("boom");
  });

  it("drops lines below its level", () => {
    const { logger, lines } = capture("warn");
    logger.info("hidden");
    logger.warn("shown");
    expect(lines.map((l) => l.msg)).toEqual(["shown"]);
  });
});

describe("defaultLevel", () => {
  it("follows LOG_LEVEL when it names a level, else info, or error under Jest", () => {
    expect(defaultLevel({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(defaultLevel({ LOG_LEVEL: "WARN" })).toBe("warn");
    expect(defaultLevel({ LOG_LEVEL: "loud" })).toBe("info");
    expect(defaultLevel({})).toBe("info");
    expect(defaultLevel({ JEST_WORKER_ID: "1" })).toBe("error");
    expect(defaultLevel({ JEST_WORKER_ID: "1", LOG_LEVEL: "info" })).toBe("info");
  });
});
