import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";

export type { Logger };

/** The levels LOG_LEVEL accepts, quietest last. */
export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Fields that never reach a log line: credentials and a person's contact data or name. */
export const PERSONAL_FIELDS = ["email", "phone", "displayName", "contactEmail", "contactPhone", "password"] as const;

const CREDENTIAL_PATHS = [
  "authorization",
  "headers.authorization",
  'headers["x-api-key"]',
  "headers.cookie",
  "req.headers.authorization",
  'req.headers["x-api-key"]',
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "token",
  "apiKey",
];

/** Every path pino redacts: credentials anywhere a request is logged, personal fields up to three levels deep. */
export const REDACT_PATHS: readonly string[] = [
  ...CREDENTIAL_PATHS,
  ...PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `*.*.*.${field}`]),
];

export interface CreateLoggerOptions {
  /** Overrides LOG_LEVEL. */
  level?: string;
  /** Where lines go (default: stderr, so stdout stays free for what a person reads). */
  destination?: DestinationStream;
  /** Fields every line carries besides `service`. */
  base?: Record<string, unknown>;
}

/**
 * The default level: LOG_LEVEL when it names a level; otherwise `info`, or `error` under Jest so test output stays
 * readable. The logger is the one place outside a process's config module that looks at the environment, because a
 * logger must work before (and while) the configuration is being validated.
 */
export function defaultLevel(env: Readonly<Record<string, string | undefined>> = process.env): LogLevel {
  const requested = env.LOG_LEVEL?.trim().toLowerCase();
  if (requested && (LOG_LEVELS as readonly string[]).includes(requested)) return requested as LogLevel;
  return env.JEST_WORKER_ID ? "error" : "info";
}

/**
 * A pino logger for one service: one JSON object per line with `time`, `level` (as a word), `service` and `msg`;
 * errors under `err` with their stack; credentials and personal fields replaced by "[redacted]".
 * Give a request's lines its id with `logger.child({ requestId })`.
 */
export function createLogger(service: string, options: CreateLoggerOptions = {}): Logger {
  const settings: LoggerOptions = {
    level: options.level ?? defaultLevel(),
    base: { service, ...options.base },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: [...REDACT_PATHS], censor: "[redacted]" },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  };
  return pino(settings, options.destination ?? pino.destination({ dest: 2, sync: true }));
}
