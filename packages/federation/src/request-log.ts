import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "@jinjibu/logger";

const current = new AsyncLocalStorage<Logger>();

/** Runs `fn` with `logger` (a child carrying the request id) as the request's logger. */
export function withRequestLogger<T>(logger: Logger, fn: () => T): T {
  return current.run(logger, fn);
}

/** The logger of the request being served (its lines carry the request id), or `fallback` outside a request. */
export function requestLogger(fallback: Logger): Logger {
  return current.getStore() ?? fallback;
}
