import { GraphQLError } from "graphql";
import { MESSAGE_JA_CODES, PUBLIC_ERROR_CODES, messageJaFor } from "@jinjibu/domain";

export { MESSAGE_JA_CODES, PUBLIC_ERROR_CODES, messageJaFor };

/**
 * `(message, messageJa?, extensions?)` or `(message, extensions?)`. Every error a person reads carries
 * `extensions.messageJa`: the Japanese sentence given, or a plain one for the code when none is.
 */
type ErrorFactory = {
  (message: string, messageJa: string, extensions?: Record<string, unknown>): GraphQLError;
  (message: string, extensions?: Record<string, unknown>): GraphQLError;
};

const make =
  (code: string): ErrorFactory =>
  (message: string, second?: string | Record<string, unknown>, third: Record<string, unknown> = {}) => {
    const [given, extensions] = typeof second === "string" ? [second, third] : [undefined, second ?? {}];
    const messageJa = messageJaFor(code, message, given ?? extensions.messageJa);
    return new GraphQLError(message, { extensions: { ...extensions, code, ...(messageJa ? { messageJa } : {}) } });
  };

/** The input broke a rule; the message says which and what is allowed. */
export const badUserInput = make("BAD_USER_INPUT");
/** The viewer is not signed in, or its credentials are invalid. */
export const unauthenticated = make("UNAUTHENTICATED");
/** The viewer is signed in but may not do this. */
export const forbidden = make("FORBIDDEN");
/** Nothing exists with that id (or the viewer may not know whether it does). */
export const notFound = make("NOT_FOUND");
/** The request conflicts with the current state (a duplicate, a reused key). */
export const conflict = make("CONFLICT");

/** True for errors whose message was written for the client. */
export function isPublicError(error: unknown): error is GraphQLError {
  if (!(error instanceof GraphQLError)) return false;
  const code = error.extensions?.code;
  return typeof code === "string" && PUBLIC_ERROR_CODES.has(code);
}

/** Adds `messageJa` to a formatted error's extensions when its code calls for one and it has none (e.g. graphql-js's own). */
export function withMessageJa<T extends { message: string; extensions?: Record<string, unknown> }>(formatted: T): T {
  const code = formatted.extensions?.code;
  if (typeof code !== "string" || !MESSAGE_JA_CODES.has(code)) return formatted;
  const messageJa = messageJaFor(code, formatted.message, formatted.extensions?.messageJa);
  return { ...formatted, extensions: { ...formatted.extensions, messageJa } };
}
