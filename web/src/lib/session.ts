/** The signed-in person's session: a bearer token the gateway verifies, and who it says the person is. */
export interface Session {
  token: string;
  role: "COORDINATOR" | "NATIONAL_ADMIN";
  operatorId: string | null;
  operatorNameJa: string | null;
  subject: string;
  /** Epoch milliseconds after which the gateway refuses the token. */
  expiresAt: number;
  via: "dev" | "oidc";
}

const KEY = "jinjibu.workspace.session";
const NOTICE_KEY = "jinjibu.workspace.notice";
type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

let current: Session | null = read();

function schedule(): void {
  clearTimeout(timer);
  if (!current) return;
  const wait = current.expiresAt - Date.now();
  // setTimeout holds at most about 24.8 days; sessions are hours long.
  timer = setTimeout(() => expire(), Math.max(0, Math.min(wait, 2 ** 31 - 1)));
}

function emit(): void {
  for (const listener of listeners) listener(current);
}

export function getSession(): Session | null {
  if (current && current.expiresAt <= Date.now()) expire();
  return current;
}

export function setSession(session: Session): void {
  current = session;
  sessionStorage.setItem(KEY, JSON.stringify(session));
  sessionStorage.removeItem(NOTICE_KEY);
  schedule();
  emit();
}

/**
 * Ends the session; `notice` is shown on the sign-in page (e.g. that the session expired). `quiet` tells no screen (the
 * page is about to leave for the identity provider's sign-out, and the sign-in page it comes back to shows the notice).
 */
export function clearSession(notice?: string, quiet = false): void {
  const had = current !== null;
  current = null;
  clearTimeout(timer);
  sessionStorage.removeItem(KEY);
  if (notice) sessionStorage.setItem(NOTICE_KEY, notice);
  if ((had || notice) && !quiet) emit();
}

export const SIGNED_OUT_NOTICE = "サインアウトしました。";
export const EXPIRED_NOTICE = "セッションの有効期限が切れました。もう一度サインインしてください。";

export function expire(): void {
  clearSession(EXPIRED_NOTICE);
}

/** The notice left for the sign-in page, read once. */
export function takeNotice(): string | null {
  const notice = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  return notice;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

schedule();
