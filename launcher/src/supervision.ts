/**
 * The supervision rules of `npm start`, without any I/O: when a crashed service is restarted, after how long, and when
 * the hub gives up. The process side (launcher/src/supervisor.ts) asks these and does what they say.
 */
export interface RestartPolicy {
  /** This many crashes of one service within `windowMs` and the hub stops instead of restarting it again. */
  maxCrashes: number;
  windowMs: number;
  /** The first restart waits this long; each further crash in the window doubles it, up to `maxBackoffMs`. */
  initialBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_RESTART_POLICY: Readonly<RestartPolicy> = Object.freeze({
  maxCrashes: 5,
  windowMs: 60_000,
  initialBackoffMs: 250,
  maxBackoffMs: 8_000,
});

export type CrashDecision =
  | { action: "restart"; delayMs: number; crashesInWindow: number }
  | { action: "give-up"; crashesInWindow: number };

/** One service's recent crashes. */
export class CrashHistory {
  private crashes: number[] = [];

  constructor(private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY) {}

  /** Records a crash at `now` (epoch ms) and says what to do about it. */
  record(now: number): CrashDecision {
    this.crashes = this.crashes.filter((at) => now - at < this.policy.windowMs);
    this.crashes.push(now);
    const crashesInWindow = this.crashes.length;
    if (crashesInWindow >= this.policy.maxCrashes) return { action: "give-up", crashesInWindow };
    const delayMs = Math.min(this.policy.maxBackoffMs, this.policy.initialBackoffMs * 2 ** (crashesInWindow - 1));
    return { action: "restart", delayMs, crashesInWindow };
  }

  get recent(): number {
    return this.crashes.length;
  }
}

/** "code 1", "SIGKILL": how a process ended. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? signal : `code ${code ?? "?"}`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 1000 ? 2 : 1)} s`;

/** The one line `npm start` prints when it restarts a service. */
export function restartLine(label: string, exit: string, decision: Extract<CrashDecision, { action: "restart" }>, policy: RestartPolicy = DEFAULT_RESTART_POLICY): string {
  return `${label} stopped unexpectedly (${exit}); restarting it in ${seconds(decision.delayMs)} (crash ${decision.crashesInWindow} of ${policy.maxCrashes} allowed within ${seconds(policy.windowMs)}).`;
}

/** The line `npm start` prints when it gives up. */
export function giveUpLine(label: string, exit: string, decision: Extract<CrashDecision, { action: "give-up" }>, policy: RestartPolicy = DEFAULT_RESTART_POLICY): string {
  return `${label} stopped unexpectedly (${exit}) for the ${ordinal(decision.crashesInWindow)} time within ${seconds(policy.windowMs)}; giving up and stopping the hub (database included). Its log is above.`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}
