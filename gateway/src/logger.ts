import pino, { type Logger } from "pino";

export type { Logger } from "pino";

/** Paths pino replaces with "[redacted]": credentials in headers and every GraphQL variable (they may hold personal data). */
export const REDACT_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-api-key"]',
  "headers.authorization",
  "headers.cookie",
  'headers["x-api-key"]',
  "authorization",
  "cookie",
  "variables",
  "*.variables",
];

/**
 * The gateway's logger: JSON lines on stderr (stdout stays free for what a person reads), `LOG_LEVEL` sets the
 * threshold (default info, error under Jest). Request-scoped children carry `requestId` on every line.
 */
export function createGatewayLogger(level: string | undefined = process.env.LOG_LEVEL): Logger {
  const fallback = process.env.JEST_WORKER_ID ? "error" : "info";
  return pino(
    {
      name: "gateway",
      level: level ?? fallback,
      base: { service: "gateway" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    pino.destination({ fd: 2, sync: false }),
  );
}
