/**
 * Error codes whose messages are written for the person using the API. Subgraphs and the gateway pass these through;
 * every other error is masked as INTERNAL_SERVER_ERROR (its detail stays in the server log).
 */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "RATE_LIMITED",
  "SUBGRAPH_TIMEOUT",
  "DATABASE_UNAVAILABLE",
]);
