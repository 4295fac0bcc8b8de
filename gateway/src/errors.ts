import { randomUUID } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { PUBLIC_ERROR_CODES, messageJaFor } from "@jinjibu/domain";
import type { Logger } from "./logger";

/** Codes the gateway itself writes for clients, in addition to the hub's public codes. */
export const GATEWAY_ERROR_CODES: ReadonlySet<string> = new Set(["SUBGRAPH_UNAVAILABLE", "RATE_LIMITED", "BAD_USER_INPUT", "PAYLOAD_TOO_LARGE"]);

/**
 * Like Apollo Router's subgraph error redaction: clients get the code and a message a person can act on; subgraph URLs,
 * `extensions.response`, service names, stack traces and unexpected messages stay in the server log.
 */
export function formatGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
    if ((PUBLIC_ERROR_CODES.has(code) || GATEWAY_ERROR_CODES.has(code)) && !/https?:\/\//.test(formatted.message)) {
      // Keep what the subgraph wrote for the client (e.g. `rule`, `invalidRows`); drop what describes our internals.
      const { serviceName: _s, response: _r, exception: _e, stacktrace: _t, http: _h, ...publicExtensions } = extensions;
      // A person reads BAD_USER_INPUT / NOT_FOUND / FORBIDDEN / CONFLICT: each carries a Japanese sentence (messageJa).
      const messageJa = messageJaFor(code, formatted.message, publicExtensions.messageJa);
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...publicExtensions, code, ...(messageJa ? { messageJa } : {}) },
      };
    }
    const reference = randomUUID().slice(0, 8);
    logger.error({ reference, message: formatted.message, path: formatted.path, extensions }, "masked error");
    return {
      message: `Internal server error (reference ${reference}).`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
