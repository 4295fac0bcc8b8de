type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/**
 * Kept only for the gateway (which owns its own logger until the lead unifies them); every other process logs with pino
 * through `@jinjibu/logger`.
 *
 * A structured logger: one JSON line per event on stderr, so stdout stays free for what a person reads.
 * `LOG_LEVEL` (debug, info, warn, error; default info, or warn under Jest) sets the threshold.
 */
export function createLogger(service: string, level: string | undefined = process.env.LOG_LEVEL): Logger {
  const fallback: Level = process.env.JEST_WORKER_ID ? "error" : "info";
  const threshold = ORDER[(level as Level) in ORDER ? (level as Level) : fallback];
  const write = (lvl: Level) => (message: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[lvl] < threshold) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level: lvl, service, message };
    for (const [key, value] of Object.entries(fields)) {
      entry[key] = value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
    }
    process.stderr.write(`${JSON.stringify(entry)}\n`);
  };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
