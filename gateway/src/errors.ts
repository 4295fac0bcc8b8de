import { randomUUID } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { PUBLIC_ERROR_CODES, type Logger } from "@jinjibu/domain";

/**
 * Like Apollo Router's subgraph error redaction: clients get the code and a message a person can act on; subgraph URLs,
 * `extensions.response`, service names, stack traces and unexpected messages stay in the server log.
 */
export function formatGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
    if (PUBLIC_ERROR_CODES.has(code) && !/https?:\/\//.test(formatted.message)) {
      // Keep what the subgraph wrote for the client (e.g. `rule`, `invalidRows`); drop what describes our internals.
      const { serviceName: _s, response: _r, exception: _e, stacktrace: _t, http: _h, ...publicExtensions } = extensions;
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...publicExtensions, code } };
    }
    const reference = randomUUID().slice(0, 8);
    logger.error("masked error", { reference, message: formatted.message, path: formatted.path, extensions });
    const serviceName = typeof extensions.serviceName === "string" ? extensions.serviceName : null;
    const unavailable = code === "INTERNAL_SERVER_ERROR" && /fetch|ECONNREFUSED|socket|timeout|aborted/i.test(formatted.message);
    return {
      message:
        unavailable && serviceName
          ? `The ${serviceName} part of the graph is unavailable right now; its fields are null. Try again shortly (reference ${reference}).`
          : `Internal server error (reference ${reference}).`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: unavailable ? "SERVICE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR" },
    };
  };
}
