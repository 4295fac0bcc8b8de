import { spawn, type ChildProcess } from "node:child_process";
import { CrashHistory, DEFAULT_RESTART_POLICY, describeExit, giveUpLine, restartLine, type RestartPolicy } from "./supervision";

/** One process `npm start` runs and keeps running. */
export interface ServiceSpec {
  /** How lines name it: "the talent subgraph", "the gateway". */
  label: string;
  /** A node script. */
  script: string;
  env: NodeJS.ProcessEnv;
  /** Polled after each (re)start until it answers 2xx. */
  liveUrl: string;
}

export interface SupervisorOptions {
  policy?: RestartPolicy;
  /** Prints one line for a person. */
  say: (line: string) => void;
  /** Called once when a service crashed too often: the caller stops everything. */
  onGiveUp: (label: string) => void;
  /** SIGTERM first; a process still running after this long is killed (default 5 s). */
  stopGraceMs?: number;
  /** How long a (re)started service may take to answer its live URL (default 60 s). */
  liveTimeoutMs?: number;
  now?: () => number;
}

interface Supervised {
  spec: ServiceSpec;
  child: ChildProcess;
  history: CrashHistory;
  timer?: NodeJS.Timeout;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Waits until `url` answers 2xx; fails when `child` exits first or `timeoutMs` passes. */
export async function waitForLive(url: string, child: ChildProcess, label: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`${label} exited during start-up (${describeExit(child.exitCode, child.signalCode)}); its log is above.`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${label} did not become live within ${Math.round(timeoutMs / 1000)} s (${url}).`);
}

/**
 * Runs services as child processes: a service that exits while the hub is not stopping is restarted with backoff (one
 * line says so) until it has crashed `maxCrashes` times within the window; then `onGiveUp`. `stopAll` ends every child
 * within `stopGraceMs` (SIGTERM, then SIGKILL).
 */
export class Supervisor {
  private readonly services = new Map<string, Supervised>();
  private readonly policy: RestartPolicy;
  private stopping = false;
  private gaveUp = false;

  constructor(private readonly options: SupervisorOptions) {
    this.policy = options.policy ?? DEFAULT_RESTART_POLICY;
  }

  /** Starts a service and resolves once it is live (a crash during the first start is an error, not a restart). */
  async start(spec: ServiceSpec): Promise<void> {
    const child = this.spawn(spec);
    this.services.set(spec.label, { spec, child, history: new CrashHistory(this.policy) });
    await waitForLive(spec.liveUrl, child, spec.label, this.options.liveTimeoutMs);
  }

  /** Process ids of the running services, by label. */
  pids(): Record<string, number | undefined> {
    return Object.fromEntries([...this.services].map(([label, s]) => [label, exited(s.child) ? undefined : s.child.pid]));
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  private spawn(spec: ServiceSpec): ChildProcess {
    const child = spawn(process.execPath, [spec.script], { env: spec.env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("exit", (code, signal) => this.onExit(spec.label, child, code, signal));
    return child;
  }

  private onExit(label: string, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    const service = this.services.get(label);
    if (this.stopping || this.gaveUp || !service || service.child !== child) return;
    const exit = describeExit(code, signal);
    const decision = service.history.record((this.options.now ?? Date.now)());
    if (decision.action === "give-up") {
      this.gaveUp = true;
      this.options.say(giveUpLine(label, exit, decision, this.policy));
      this.options.onGiveUp(label);
      return;
    }
    this.options.say(restartLine(label, exit, decision, this.policy));
    service.timer = setTimeout(() => {
      if (this.stopping) return;
      service.child = this.spawn(service.spec);
      const restarted = service.child;
      waitForLive(service.spec.liveUrl, restarted, label, this.options.liveTimeoutMs)
        .then(() => {
          if (!this.stopping && service.child === restarted) this.options.say(`${label} is back (pid ${restarted.pid}).`);
        })
        // A restart that dies before it is live is reported by its exit handler as the next crash.
        .catch(() => undefined);
    }, decision.delayMs);
  }

  /** Stops every service: SIGTERM, then SIGKILL for whatever still runs after the grace period. Resolves when all exited. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    const grace = this.options.stopGraceMs ?? 5_000;
    const running = [...this.services.values()];
    for (const s of running) clearTimeout(s.timer);
    await Promise.all(
      running.map(async ({ child }) => {
        if (exited(child)) return;
        const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        child.kill("SIGTERM");
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<"late">((resolve) => {
          timer = setTimeout(() => resolve("late"), grace);
        });
        if ((await Promise.race([gone, late])) === "late" && !exited(child)) {
          child.kill("SIGKILL");
          await gone;
        }
        clearTimeout(timer);
      }),
    );
  }
}
