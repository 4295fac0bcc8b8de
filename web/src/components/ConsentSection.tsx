import { useState, type FormEvent } from "react";
import { graphql } from "../gql";
import type { ConsentMethod, ConsentScope, SharingPurpose } from "../gql/graphql";
import { formatDate, formatDateTime, useMutation } from "../lib/hooks";
import { CONSENT_METHODS, PURPOSES } from "../lib/labels";
import { ErrorMessage } from "./Layout";

/** What each scope lets other regions see, in the words the screen uses. */
export const SCOPE_CHOICES: Array<[ConsentScope, string, string]> = [
  ["OWN_OPERATOR", "自事業者のみ", "ほかの地域の事業者には一切表示されません。自事業者の中だけで扱います。"],
  [
    "SAME_BLOCK",
    "同じ地域ブロック",
    "同じ地域ブロック（経済産業局の管轄。例: 北海道、東北、関東）の事業者が、検索で氏名と連絡先を除いたカード（人材の種類・スキル・働き方・都道府県など）を見られます。連絡先は、紹介依頼を承諾したときだけ相手に提供されます。",
  ],
  [
    "NATIONWIDE",
    "全国",
    "全国の地域の人事部の事業者が、検索で氏名と連絡先を除いたカードを見られます。連絡先は、紹介依頼を承諾したときだけ相手に提供されます。",
  ],
];

const Grant = graphql(`
  mutation WorkspaceGrantConsent($talentId: ID!, $input: GrantConsentInput!) {
    grantConsent(talentId: $talentId, input: $input) {
      id
    }
  }
`);

const Revoke = graphql(`
  mutation WorkspaceRevokeConsent($consentId: ID!) {
    revokeConsent(consentId: $consentId) {
      id
      revokedAt
    }
  }
`);

interface ConsentRow {
  id: string;
  scope: ConsentScope;
  purposeLabelsJa: string[];
  methodLabelJa: string;
  obtainedAt: string;
  expiresAt?: string | null;
  revokedAt?: string | null;
  active: boolean;
}

/** "2026-04-01T10:00" typed in a datetime-local field means Japan time. */
const fromLocal = (value: string): string => `${value.length === 16 ? `${value}:00` : value}+09:00`;
const nowLocal = (): string => {
  const jst = new Date(Date.now() + 9 * 3600_000);
  return jst.toISOString().slice(0, 16);
};

function stateOf(c: ConsentRow): string {
  if (c.revokedAt) return `撤回済み（${formatDateTime(c.revokedAt)}）`;
  if (!c.active) return "期限切れ";
  return "有効";
}

export function ConsentSection({ talentId, consents, onChange }: { talentId: string; consents: ConsentRow[]; onChange(): void }) {
  const grant = useMutation(Grant);
  const revoke = useMutation(Revoke);
  const [scope, setScope] = useState<ConsentScope>("SAME_BLOCK");
  const [purposes, setPurposes] = useState<SharingPurpose[]>([]);
  const [method, setMethod] = useState<ConsentMethod>("PAPER_FORM");
  const [obtainedAt, setObtainedAt] = useState(nowLocal);
  const [expiresOn, setExpiresOn] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onGrant = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (purposes.length === 0) {
      setProblem("利用目的を1つ以上選んでください。");
      return;
    }
    if (!obtainedAt) {
      setProblem("同意を取得した日時を入力してください。");
      return;
    }
    setProblem(null);
    const result = await grant.run({
      talentId,
      input: { scope, purposes, method, obtainedAt: fromLocal(obtainedAt), expiresAt: expiresOn ? `${expiresOn}T23:59:59+09:00` : null },
    });
    if (result) {
      setDone("同意を記録しました。");
      setPurposes([]);
      onChange();
    }
  };
  const onRevoke = async (consentId: string) => {
    setDone(null);
    const result = await revoke.run({ consentId });
    setConfirming(null);
    if (result) {
      setDone("同意を撤回しました。次の検索から、ほかの地域には表示されません。");
      onChange();
    }
  };

  return (
    <section aria-labelledby="consent-heading">
      <h2 id="consent-heading">共有への同意</h2>
      <p>本人から得た同意を、そのとおりに記録します（個人情報保護法 第27条: 第三者提供には事前の同意が必要）。同意がない人材は、ほかの地域には表示されません。</p>
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
      <ErrorMessage message={revoke.error} />
      <h3>同意の履歴</h3>
      {consents.length === 0 ? (
        <p data-testid="no-consent">まだ同意は記録されていません。</p>
      ) : (
        <div className="table-wrap">
          <table className="stack" data-testid="consent-history">
            <thead>
              <tr>
                <th scope="col">共有範囲</th>
                <th scope="col">利用目的</th>
                <th scope="col">取得方法・日時</th>
                <th scope="col">有効期限</th>
                <th scope="col">状態</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {consents.map((c) => (
                <tr key={c.id}>
                  <td data-label="共有範囲">{SCOPE_CHOICES.find((s) => s[0] === c.scope)?.[1] ?? c.scope}</td>
                  <td data-label="利用目的">{c.purposeLabelsJa.join("、")}</td>
                  <td data-label="取得方法・日時">
                    {c.methodLabelJa}・{formatDateTime(c.obtainedAt)}
                  </td>
                  <td data-label="有効期限">{c.expiresAt ? formatDate(c.expiresAt) : "なし"}</td>
                  <td data-label="状態" data-testid="consent-state">
                    {stateOf(c)}
                  </td>
                  <td data-label="操作">
                    {c.active ? (
                      confirming === c.id ? (
                        <span className="actions">
                          <button type="button" className="button danger small" onClick={() => void onRevoke(c.id)} disabled={revoke.pending}>
                            撤回を確定する
                          </button>
                          <button type="button" className="button secondary small" onClick={() => setConfirming(null)}>
                            やめる
                          </button>
                        </span>
                      ) : (
                        <button type="button" className="button secondary small" onClick={() => setConfirming(c.id)}>
                          撤回する
                        </button>
                      )
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>同意を記録する</h3>
      <form className="form panel" onSubmit={(e) => void onGrant(e)} noValidate>
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
        <ErrorMessage message={grant.error} />
        <fieldset>
          <legend>共有範囲（本人が選んだもの）</legend>
          {SCOPE_CHOICES.map(([value, label, help]) => (
            <div key={value}>
              <label className="choice">
                <input type="radio" name="scope" value={value} checked={scope === value} onChange={() => setScope(value)} aria-describedby={`scope-help-${value}`} />
                {label}
              </label>
              <p className="scope-help" id={`scope-help-${value}`}>
                {help}
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>利用目的（1つ以上）</legend>
          <div className="choices">
            {PURPOSES.map(([value, label]) => (
              <label className="choice" key={value}>
                <input
                  type="checkbox"
                  checked={purposes.includes(value)}
                  onChange={() => setPurposes((p) => (p.includes(value) ? p.filter((v) => v !== value) : [...p, value]))}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="consent-method">取得方法</label>
          <select id="consent-method" value={method} onChange={(e) => setMethod(e.target.value as ConsentMethod)}>
            {CONSENT_METHODS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="consent-obtained">取得した日時（日本時間）</label>
          <input id="consent-obtained" type="datetime-local" value={obtainedAt} onChange={(e) => setObtainedAt(e.target.value)} required />
        </div>
        <div className="field">
          <label htmlFor="consent-expires">有効期限（任意）</label>
          <p className="hint" id="consent-expires-hint">
            この日の終わりまで有効です。空欄なら期限なし（撤回されるまで有効）。
          </p>
          <input id="consent-expires" type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} aria-describedby="consent-expires-hint" />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={grant.pending}>
            {grant.pending ? "記録中…" : "同意を記録する"}
          </button>
        </div>
      </form>
    </section>
  );
}
