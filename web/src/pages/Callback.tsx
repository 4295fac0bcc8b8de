import { useEffect, useRef, useState } from "react";
import { Link, useNavigate } from "react-router";
import { Page } from "../components/Layout";
import { ApiError, messageOf } from "../lib/errors";
import { completeOidcSignIn } from "../lib/oidc";
import { startSession } from "../lib/sign-in";

/** Where the identity provider sends the browser back with an authorization code. */
export function CallbackPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeOidcSignIn()
      .then(({ token }) => startSession(token, "oidc"))
      .then((s) => navigate(s.role === "NATIONAL_ADMIN" ? "/records" : "/pool", { replace: true }))
      .catch((e: unknown) => setError(e instanceof ApiError ? messageOf(e) : "認証サービスからの応答を確認できませんでした。もう一度サインインしてください。"));
  }, [navigate]);
  return (
    <main id="main" tabIndex={-1}>
      <Page title="サインインしています">
        {error ? (
          <>
            <p className="error" role="alert">
              {error}
            </p>
            <p>
              <Link to="/sign-in">サインインの画面に戻る</Link>
            </p>
          </>
        ) : (
          <p role="status">認証サービスからの応答を確認しています…</p>
        )}
      </Page>
    </main>
  );
}
