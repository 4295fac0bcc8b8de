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

/** Codes whose errors a person reads: each carries `extensions.messageJa`, a Japanese sentence beside the English message. */
export const MESSAGE_JA_CODES: ReadonlySet<string> = new Set(["BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "CONFLICT"]);

const GENERIC_MESSAGES_JA: Record<string, string> = {
  BAD_USER_INPUT: "入力内容に誤りがあります。指定できる値を確かめて、もう一度お試しください。",
  NOT_FOUND: "指定されたものは見つかりませんでした。",
  FORBIDDEN: "この操作を行う権限がありません。",
  CONFLICT: "現在の登録内容と食い違うため、実行できませんでした。最新の内容を確かめてください。",
};

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/**
 * The Japanese message for an error a person reads: the one given; else the message itself when it is already Japanese;
 * else a plain sentence for the code. Null for codes that carry none (e.g. INTERNAL_SERVER_ERROR).
 */
export function messageJaFor(code: string, message: string, given?: unknown): string | null {
  if (!MESSAGE_JA_CODES.has(code)) return null;
  if (typeof given === "string" && given.trim() !== "") return given;
  if (JAPANESE.test(message) && !/[A-Za-z]{4,}/.test(message)) return message;
  return GENERIC_MESSAGES_JA[code]!;
}
