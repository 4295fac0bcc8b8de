import { graphql } from "../gql";
import { request } from "./client";
import { ApiError, toApiError } from "./errors";
import { getSession, setSession, type Session } from "./session";

const OperatorName = graphql(`
  query WorkspaceOperatorName($id: ID!) {
    operator(id: $id) {
      id
      nameJa
    }
  }
`);

interface ViewerReply {
  role: Session["role"];
  operatorId: string | null;
  subject: string;
  expiresAt: number;
}

/** Asks the gateway who a token belongs to, then starts the session (the operator's name comes from the graph). */
export async function startSession(token: string, via: Session["via"]): Promise<Session> {
  let reply: Response;
  try {
    reply = await fetch(`${import.meta.env.BASE_URL}api/session`, { headers: { authorization: `Bearer ${token}`, accept: "application/json" } });
  } catch {
    throw toApiError({ extensions: { code: "NETWORK" } });
  }
  if (reply.status === 429) {
    const body = (await reply.json().catch(() => ({}))) as { retryAfterSeconds?: number };
    const seconds = Number(reply.headers.get("retry-after") ?? body.retryAfterSeconds ?? 900);
    throw new ApiError(
      `サインインの失敗が続いたため、このネットワークからのサインインを一時的に止めています。約${Math.max(1, Math.ceil(seconds / 60))}分後にもう一度お試しください。`,
      "RATE_LIMITED",
    );
  }
  if (!reply.ok) {
    const body = (await reply.json().catch(() => ({}))) as { code?: string };
    throw new ApiError(
      "このアカウントではワークスペースにサインインできません。コーディネーターまたは全国管理者の役割と所属事業者が設定されているか、管理者に確認してください。",
      body.code ?? "UNAUTHENTICATED",
    );
  }
  const viewer = (await reply.json()) as ViewerReply;
  const session: Session = { token, via, role: viewer.role, operatorId: viewer.operatorId, subject: viewer.subject, expiresAt: viewer.expiresAt, operatorNameJa: null };
  setSession(session);
  // The name is filled in afterwards: the caller navigates as soon as the session exists, so a navigation made meanwhile
  // (a fast click on the menu) is never undone when the name arrives.
  if (viewer.operatorId) void fillOperatorName(session, viewer.operatorId);
  return session;
}

async function fillOperatorName(session: Session, operatorId: string): Promise<void> {
  const data = await request(OperatorName, { id: operatorId }).catch(() => null);
  // Only the session that asked gets the name: the person may have signed out or in again meanwhile.
  if (data?.operator && getSession()?.token === session.token) setSession({ ...session, operatorNameJa: data.operator.nameJa });
}

/** Development only: the gateway mints a token for a seeded operator and role. */
export async function devSignIn(role: Session["role"], operatorId: string | null): Promise<Session> {
  let reply: Response;
  try {
    reply = await fetch(`${import.meta.env.BASE_URL}api/dev-session`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ role, operatorId }),
    });
  } catch {
    throw toApiError({ extensions: { code: "NETWORK" } });
  }
  const body = (await reply.json().catch(() => ({}))) as { token?: string; code?: string };
  if (!reply.ok || !body.token) throw toApiError({ extensions: { code: body.code ?? "BAD_REQUEST" } });
  return startSession(body.token, "dev");
}
