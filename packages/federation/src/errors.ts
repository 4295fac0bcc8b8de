import { GraphQLError } from "graphql";
import { PUBLIC_ERROR_CODES } from "@jinjibu/domain";

export { PUBLIC_ERROR_CODES };

const make = (code: string) => (message: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { ...extensions, code } });

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
