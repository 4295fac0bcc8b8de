import type { TypedDocumentString } from "../gql/graphql";
import { toApiError, type ApiErrorShape } from "./errors";
import { expire, getSession } from "./session";

const ENDPOINT = "/graphql";

/**
 * Sends one typed operation to the gateway with the session's bearer token. Any GraphQL error becomes an ApiError whose
 * message is a Japanese sentence; an expired or rejected session ends the session (the app returns to sign-in).
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const session = getSession();
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw toApiError({ extensions: { code: "NETWORK" } });
  }
  let body: { data?: TResult | null; errors?: ApiErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw toApiError({ extensions: { code: response.status >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" } });
  }
  const first = body.errors?.[0];
  if (response.status === 401 || first?.extensions?.code === "UNAUTHENTICATED") {
    if (session) expire();
    throw toApiError({ extensions: { code: "UNAUTHENTICATED" } });
  }
  if (first) throw toApiError(first);
  if (!body.data) throw toApiError({ extensions: { code: "INTERNAL_SERVER_ERROR" } });
  return body.data;
}
