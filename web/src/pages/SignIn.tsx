import { useEffect, useState, type FormEvent } from "react";
import { Navigate, useLocation } from "react-router";
import { Page } from "../components/Layout";
import { graphql } from "../gql";
import { loadConfig, type WorkspaceConfig } from "../lib/config";
import { messageOf } from "../lib/errors";
import { useQuery, useSession } from "../lib/hooks";
import { signInOidc } from "../lib/oidc";
import { takeNotice } from "../lib/session";
import { devSignIn } from "../lib/sign-in";

const DevOperators = graphql(`
  query WorkspaceDevOperators {
    operators(first: 100) {
      edges {
        node {
          id
          nameJa
          prefecture {
            nameJa
          }
        }
      }
    }
  }
`);

export function SignInPage() {
  const session = useSession();
  const location = useLocation() as { state?: { from?: string } };
  const [notice] = useState(() => takeNotice());
  const [config, setConfig] = useState<WorkspaceConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [role, setRole] = useState<"COORDINATOR" | "NATIONAL_ADMIN">("COORDINATOR");
  const [operatorId, setOperatorId] = useState("op-meguru");
  useEffect(() => {
    loadConfig().then(setConfig, () => setError("設定を読み込めませんでした。ページを再読み込みしてください。"));
  }, []);
  const operators = useQuery(DevOperators, {}, { skip: !config?.devSignIn });
  if (session) return <Navigate to={location.state?.from ?? (session.role === "NATIONAL_ADMIN" ? "/records" : "/pool")} replace />;

  const onDevSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      // The session's arrival re-renders this page into its <Navigate> (which honours where the person was going).
      await devSignIn(role, role === "COORDINATOR" ? operatorId : null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setPending(false);
    }
  };
  const onOidc = async () => {
    setError(null);
    try {
      await signInOidc();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <div className="sign-in">
      <a className="skip-link" href="#main">
        本文へスキップ
      </a>
      <header className="site-header simple">
        <div className="brand">
          <span className="brand-name">地域の人事部ハブ</span>
          <span className="brand-sub">ワークスペース</span>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Page title="サインイン" lead="地域の人事部のコーディネーターと全国管理者のための画面です。">
          {notice ? (
            <p className="notice" role="alert" data-testid="notice">
              {notice}
            </p>
          ) : null}
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
          {config?.oidc ? (
            <section className="panel" aria-labelledby="oidc-heading">
              <h2 id="oidc-heading">組織のアカウントでサインイン</h2>
              <p>所属組織の認証サービス（OpenID Connect）に移動します。</p>
              <button type="button" className="button" onClick={() => void onOidc()} data-testid="oidc-sign-in">
                認証サービスでサインイン
              </button>
            </section>
          ) : null}
          {config?.devSignIn ? (
            <section className="panel dev" aria-labelledby="dev-heading">
              <h2 id="dev-heading">開発用サインイン</h2>
              <p>開発環境だけの機能です。本番環境では表示されません。登録済みの事業者と役割を選んでください。</p>
              <form onSubmit={(e) => void onDevSubmit(e)} className="form">
                <fieldset>
                  <legend>役割</legend>
                  <label className="choice">
                    <input type="radio" name="role" value="COORDINATOR" checked={role === "COORDINATOR"} onChange={() => setRole("COORDINATOR")} />
                    コーディネーター（事業者の担当者）
                  </label>
                  <label className="choice">
                    <input type="radio" name="role" value="NATIONAL_ADMIN" checked={role === "NATIONAL_ADMIN"} onChange={() => setRole("NATIONAL_ADMIN")} />
                    全国管理者（経済産業省）
                  </label>
                </fieldset>
                {role === "COORDINATOR" ? (
                  <div className="field">
                    <label htmlFor="dev-operator">事業者</label>
                    <select id="dev-operator" name="operatorId" value={operatorId} onChange={(e) => setOperatorId(e.target.value)}>
                      {(operators.data?.operators.edges ?? [{ node: { id: "op-meguru", nameJa: "NPO法人MEGURU", prefecture: null } }]).map(({ node }) => (
                        <option key={node.id} value={node.id}>
                          {node.nameJa}
                          {node.prefecture ? `（${node.prefecture.nameJa}）` : ""}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                <button type="submit" className="button" disabled={pending}>
                  {pending ? "サインイン中…" : "サインイン"}
                </button>
              </form>
            </section>
          ) : null}
          {config && !config.oidc && !config.devSignIn ? (
            <p className="error" role="alert">
              サインインの方法が設定されていません。管理者に連絡してください。
            </p>
          ) : null}
        </Page>
      </main>
    </div>
  );
}
