import { TalentImportApiError, type GraphQLTransport } from "@jinjibu/talent-import";
import { toApiError } from "../../lib/errors";
import { expire, getSession } from "../../lib/session";

/** The import session's requests to the gateway with the signed-in person's token; an expired session ends it. */
export const transport: GraphQLTransport = async (query, variables) => {
  const session = getSession();
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...(session ? { authorization: `Bearer ${session.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new TalentImportApiError("network", "NETWORK");
  }
  let body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new TalentImportApiError("no body", response.status === 413 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR");
  }
  if (response.status === 401 || body.errors?.[0]?.extensions?.code === "UNAUTHENTICATED") {
    if (session) expire();
    throw new TalentImportApiError("unauthenticated", "UNAUTHENTICATED");
  }
  return body;
};

/** The Japanese sentence for a failure of the import session (API codes never reach the screen). */
export function apiMessage(error: unknown): string {
  if (error instanceof TalentImportApiError && error.code === "BAD_USER_INPUT") {
    return "ファイルの内容に問題があるため、何も登録しませんでした。確認結果の一覧を見て直し、もう一度選んでください。";
  }
  if (error instanceof TalentImportApiError && error.code === "CONFLICT") {
    return "この取り込みはすでに進んでいます。ページを再読み込みして、ファイルを選び直してください。";
  }
  if (error instanceof TalentImportApiError) return toApiError({ message: error.message, extensions: { ...error.extensions, code: error.code ?? "INTERNAL_SERVER_ERROR" } }).message;
  return toApiError({ extensions: { code: "NETWORK" } }).message;
}
