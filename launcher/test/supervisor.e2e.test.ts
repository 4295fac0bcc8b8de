import path from "node:path";
import { freePort } from "@jinjibu/pg-embedded";
import { Supervisor, type ServiceSpec } from "../src/supervisor";

const FIXTURE = path.join(__dirname, "fixtures", "service.js");

const alive = (pid: number | undefined): boolean => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, probe: () => T | undefined | false, limitMs = 20_000): Promise<T> {
  const end = Date.now() + limitMs;
  while (Date.now() < end) {
    const value = probe();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`gave up waiting for ${what}`);
}

async function service(label: string, extra: Record<string, string> = {}): Promise<ServiceSpec> {
  const port = await freePort();
  return { label, script: FIXTURE, liveUrl: `http://127.0.0.1:${port}/livez`, env: { ...process.env, PORT: String(port), ...extra } };
}

describe("Supervisor with real child processes", () => {
  it("restarts a killed service, leaves the others alone, gives up after repeated crashes and stops everything", async () => {
    const lines: string[] = [];
    const gaveUp: string[] = [];
    const supervisor = new Supervisor({
      policy: { maxCrashes: 3, windowMs: 60_000, initialBackoffMs: 50, maxBackoffMs: 200 },
      say: (line) => lines.push(line),
      onGiveUp: (label) => gaveUp.push(label),
      stopGraceMs: 2_000,
    });
    const talent = await service("the talent subgraph");
    const gateway = await service("the gateway");
    await supervisor.start(talent);
    await supervisor.start(gateway);
    const first = supervisor.pids();
    const gatewayPid = first["the gateway"]!;

    try {
      // One crash: it comes back, on its port, with a new pid; the gateway is untouched.
      process.kill(first["the talent subgraph"]!, "SIGKILL");
      await until("the restart", () => lines.some((l) => l.startsWith("the talent subgraph is back")));
      expect(lines[0]).toBe("the talent subgraph stopped unexpectedly (SIGKILL); restarting it in 0.05 s (crash 1 of 3 allowed within 60.0 s).");
      const second = supervisor.pids()["the talent subgraph"]!;
      expect(second).not.toBe(first["the talent subgraph"]);
      expect(((await (await fetch(talent.liveUrl)).json()) as { pid: number }).pid).toBe(second);
      expect(supervisor.pids()["the gateway"]).toBe(gatewayPid);

      // Two more crashes within the window: the supervisor gives up instead of restarting a third time.
      process.kill(second, "SIGKILL");
      await until("the second restart", () => lines.filter((l) => l.startsWith("the talent subgraph is back")).length === 2);
      process.kill(supervisor.pids()["the talent subgraph"]!, "SIGKILL");
      await until("giving up", () => gaveUp.length === 1);
      expect(gaveUp).toEqual(["the talent subgraph"]);
      expect(lines.at(-1)).toMatch(/^the talent subgraph stopped unexpectedly \(SIGKILL\) for the 3rd time within 60.0 s; giving up/);
    } finally {
      await supervisor.stopAll();
    }
    expect(alive(gatewayPid)).toBe(false);
    expect(Object.values(supervisor.pids()).filter(Boolean)).toEqual([]);
    // Nothing restarts after the stop.
    await new Promise((r) => setTimeout(r, 300));
    expect(Object.values(supervisor.pids()).filter(Boolean)).toEqual([]);
  });

  it("kills a service that ignores SIGTERM once the grace period is over", async () => {
    const supervisor = new Supervisor({ say: () => undefined, onGiveUp: () => undefined, stopGraceMs: 300 });
    const stubborn = await service("the stubborn service", { IGNORE_SIGTERM: "1" });
    await supervisor.start(stubborn);
    const pid = supervisor.pids()["the stubborn service"];
    expect(alive(pid)).toBe(true);
    await supervisor.stopAll();
    expect(alive(pid)).toBe(false);
  });

  it("reports a service that dies during its first start as an error naming it", async () => {
    const supervisor = new Supervisor({ say: () => undefined, onGiveUp: () => undefined });
    const broken: ServiceSpec = { label: "the broken service", script: path.join(__dirname, "fixtures", "missing.js"), liveUrl: "http://127.0.0.1:1/livez", env: process.env };
    await expect(supervisor.start(broken)).rejects.toThrow(/^the broken service exited during start-up \(code 1\); its log is above\.$/);
    await supervisor.stopAll();
  });
});
