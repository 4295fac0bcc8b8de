import { CrashHistory, DEFAULT_RESTART_POLICY, describeExit, giveUpLine, restartLine } from "./supervision";

describe("CrashHistory", () => {
  const policy = { maxCrashes: 5, windowMs: 60_000, initialBackoffMs: 250, maxBackoffMs: 1_000 };

  it("restarts with a doubling backoff, capped, and gives up on the fifth crash within a minute", () => {
    const history = new CrashHistory(policy);
    const decisions = [0, 1_000, 2_000, 3_000, 4_000].map((t) => history.record(t));
    expect(decisions).toEqual([
      { action: "restart", delayMs: 250, crashesInWindow: 1 },
      { action: "restart", delayMs: 500, crashesInWindow: 2 },
      { action: "restart", delayMs: 1_000, crashesInWindow: 3 },
      { action: "restart", delayMs: 1_000, crashesInWindow: 4 },
      { action: "give-up", crashesInWindow: 5 },
    ]);
  });

  it("forgets crashes older than the window, so a service that crashes now and then is always restarted", () => {
    const history = new CrashHistory(policy);
    for (let i = 0; i < 20; i++) {
      expect(history.record(i * 20_000)).toMatchObject({ action: "restart" });
    }
    expect(history.recent).toBe(3);
  });

  it("uses five crashes in 60 s by default", () => {
    expect(DEFAULT_RESTART_POLICY).toMatchObject({ maxCrashes: 5, windowMs: 60_000 });
  });
});

describe("what npm start says", () => {
  it("says in one line that it restarts a service, why and when", () => {
    expect(describeExit(null, "SIGKILL")).toBe("SIGKILL");
    expect(describeExit(1, null)).toBe("code 1");
    expect(restartLine("the talent subgraph", "SIGKILL", { action: "restart", delayMs: 500, crashesInWindow: 2 })).toBe(
      "the talent subgraph stopped unexpectedly (SIGKILL); restarting it in 0.50 s (crash 2 of 5 allowed within 60.0 s).",
    );
    expect(giveUpLine("the gateway", "code 1", { action: "give-up", crashesInWindow: 5 })).toBe(
      "the gateway stopped unexpectedly (code 1) for the 5th time within 60.0 s; giving up and stopping the hub (database included). Its log is above.",
    );
    expect(giveUpLine("x", "code 1", { action: "give-up", crashesInWindow: 2 })).toContain("for the 2nd time");
  });
});
