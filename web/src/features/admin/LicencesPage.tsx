import { useState, type FormEvent } from "react";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { LogoLicenseBasis } from "../../gql/graphql";
import { formatDateTime, useQuery } from "../../lib/hooks";
import { FieldError, useFormMutation, useIdempotencyKey } from "../knowhow/shared";
import { ACTION_LABELS, LICENCE_STATUS_LABELS } from "./labels";
import { AdminNav, OperatorSelect, todayJa, useAllOperators } from "./shared";

const Licence = graphql(`
  query AdminLicence($id: ID!) {
    operator(id: $id) {
      id
      nameJa
      listedInDirectory
      logoLicenseStatus
      logoLicense {
        status
        statusLabelJa
        basis
        grantedOn
        suspendedOn
        revokedOn
        reason
        updatedBy
        updatedAt
      }
    }
    adminAuditTrail(first: 100, operatorId: $id) {
      edges {
        node {
          id
          action
          actorSubject
          requestId
          at
          before
          after
        }
      }
    }
  }
`);

const Grant = graphql(`
  mutation AdminGrantLicence($input: GrantLogoLicenseInput!) {
    grantLogoLicense(input: $input) {
      auditEntryId
      replayed
      license {
        status
      }
    }
  }
`);
const Suspend = graphql(`
  mutation AdminSuspendLicence($input: SuspendLogoLicenseInput!) {
    suspendLogoLicense(input: $input) {
      auditEntryId
      replayed
      license {
        status
      }
    }
  }
`);
const Revoke = graphql(`
  mutation AdminRevokeLicence($input: RevokeLogoLicenseInput!) {
    revokeLogoLicense(input: $input) {
      auditEntryId
      replayed
      license {
        status
      }
    }
  }
`);

type Action = "grant" | "suspend" | "revoke";
const ACTIONS: Array<[Action, string]> = [
  ["grant", "許可する"],
  ["suspend", "停止する"],
  ["revoke", "取り消す"],
];
function parse(json: string | null | undefined): Record<string, unknown> | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
}
const statusJa = (s: unknown) => (typeof s === "string" && s in LICENCE_STATUS_LABELS ? LICENCE_STATUS_LABELS[s as keyof typeof LICENCE_STATUS_LABELS] : "なし");

export function AdminLicencesPage() {
  const { operators, error: operatorsError } = useAllOperators();
  const [operatorId, setOperatorId] = useState("");
  const current = useQuery(Licence, { id: operatorId }, { skip: !operatorId });
  const [action, setAction] = useState<Action>("grant");
  const [basis, setBasis] = useState<LogoLicenseBasis>("APPROVAL");
  const [date, setDate] = useState(todayJa());
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [key, renewKey] = useIdempotencyKey();
  const grant = useFormMutation(Grant);
  const suspend = useFormMutation(Suspend);
  const revoke = useFormMutation(Revoke);
  const mutation = action === "grant" ? grant : action === "suspend" ? suspend : revoke;
  const op = current.data?.operator;
  const licence = op?.logoLicense;
  const history = (current.data?.adminAuditTrail.edges ?? []).map((e) => e.node);
  const dateField = action === "grant" ? "grantedOn" : action === "suspend" ? "suspendedOn" : "revokedOn";
  const apiError = mutation.error;
  const dateMessage = problems.date ?? (apiError?.fields.includes(dateField) ? "日付は許可した日より前にはできません。YYYY-MM-DDの形で入力してください。" : null);
  const reasonMessage = problems.reason ?? (apiError?.fields.includes("reason") ? "理由は1〜1000文字で入力してください。" : null);
  // A refusal of the licence's state (CONFLICT) in the API's own Japanese; the screen's sentence when no answer came.
  const generalMessage = apiError && !apiError.fields.length ? (apiError.messageJa ?? apiError.message) : null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = "日付をYYYY-MM-DDの形で入力してください。";
    if (!reason.trim() || reason.trim().length > 1000) found.reason = "理由は1〜1000文字で入力してください。";
    setProblems(found);
    if (Object.keys(found).length || !operatorId) return;
    const common = { operatorId, reason: reason.trim(), idempotencyKey: key };
    const result =
      action === "grant"
        ? (await grant.run({ input: { ...common, basis, grantedOn: date } }))?.grantLogoLicense
        : action === "suspend"
          ? (await suspend.run({ input: { ...common, suspendedOn: date } }))?.suspendLogoLicense
          : (await revoke.run({ input: { ...common, revokedOn: date } }))?.revokeLogoLicense;
    if (result) {
      renewKey();
      setReason("");
      setDone(`${LICENCE_STATUS_LABELS[result.license.status]}になりました（変更の記録 #${result.auditEntryId}）。`);
      current.reload();
    }
  };

  return (
    <Page title="ロゴマーク利用" lead="事業者のロゴマーク利用を許可・停止・取消します。許可中の事業者は全国の一覧に載ります。変更はすべて理由とともに記録されます。">
      <AdminNav />
      <ErrorMessage message={operatorsError ?? current.error} />
      <OperatorSelect id="li-operator" label="事業者" value={operatorId} onChange={(v) => { setOperatorId(v); setDone(null); }} operators={operators} />
      <Loading show={current.loading && !current.data} />
      {op ? (
        <>
          <section className="panel" aria-labelledby="li-now-h" data-testid="li-current">
            <h2 id="li-now-h">現在の状態</h2>
            <dl className="meta-list">
              <dt>状態</dt>
              <dd data-testid="li-status">{LICENCE_STATUS_LABELS[op.logoLicenseStatus]}</dd>
              <dt>全国の一覧</dt>
              <dd>{op.listedInDirectory ? "掲載中" : "掲載なし"}</dd>
              {licence ? (
                <>
                  <dt>許可日</dt>
                  <dd>{licence.grantedOn ?? "記載なし"}</dd>
                  {licence.suspendedOn ? (
                    <>
                      <dt>停止日</dt>
                      <dd>{licence.suspendedOn}</dd>
                    </>
                  ) : null}
                  {licence.revokedOn ? (
                    <>
                      <dt>取消日</dt>
                      <dd>{licence.revokedOn}</dd>
                    </>
                  ) : null}
                  <dt>直近の理由</dt>
                  <dd>{licence.reason ?? "—"}</dd>
                  <dt>最終更新</dt>
                  <dd>{formatDateTime(licence.updatedAt)}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section className="panel" aria-labelledby="li-form-h">
            <h2 id="li-form-h">変更する</h2>
            <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
              <fieldset>
                <legend>操作</legend>
                {ACTIONS.map(([a, label]) => (
                  <label className="choice" key={a}>
                    <input type="radio" name="li-action" value={a} checked={action === a} onChange={() => { setAction(a); setDone(null); }} />
                    {label}
                  </label>
                ))}
              </fieldset>
              {action === "grant" ? (
                <div className="field">
                  <label htmlFor="li-basis">許可の根拠</label>
                  <select id="li-basis" value={basis} onChange={(e) => setBasis(e.target.value as LogoLicenseBasis)}>
                    <option value="APPROVAL">ロゴマーク利用承認（採択なし）</option>
                    <option value="ADOPTION">補助事業の採択</option>
                  </select>
                </div>
              ) : null}
              <div className="field">
                <label htmlFor="li-date">{action === "grant" ? "許可日" : action === "suspend" ? "停止日" : "取消日"}（YYYY-MM-DD）</label>
                <input id="li-date" type="date" value={date} aria-describedby="li-date-error" aria-invalid={Boolean(dateMessage) || undefined} onChange={(e) => setDate(e.target.value)} />
                <FieldError id="li-date-error" show={Boolean(dateMessage)} message={dateMessage} />
              </div>
              <div className="field">
                <label htmlFor="li-reason">理由（必須。内部の記録です）</label>
                <textarea id="li-reason" value={reason} maxLength={1000} aria-describedby="li-reason-error" aria-invalid={Boolean(reasonMessage) || undefined} onChange={(e) => setReason(e.target.value)} />
                <FieldError id="li-reason-error" show={Boolean(reasonMessage)} message={reasonMessage} />
              </div>
              {generalMessage ? (
                <p className="error" role="alert">
                  {generalMessage}
                </p>
              ) : null}
              {done ? (
                <p className="success" role="status" data-testid="li-done">
                  {done}
                </p>
              ) : null}
              <div className="actions">
                <button type="submit" className="button" disabled={mutation.pending}>
                  {mutation.pending ? "記録しています…" : ACTIONS.find(([a]) => a === action)![1]}
                </button>
              </div>
            </form>
          </section>
          <section aria-labelledby="li-history-h">
            <h2 id="li-history-h">これまでの変更</h2>
            {history.length === 0 ? (
              <p>ハブでの変更はまだありません（資料から登録した状態のままです）。</p>
            ) : (
              <div className="table-wrap">
                <table data-testid="li-history">
                  <caption className="visually-hidden">ロゴマーク利用の変更の記録</caption>
                  <thead>
                    <tr>
                      <th scope="col">日時</th>
                      <th scope="col">操作</th>
                      <th scope="col">状態</th>
                      <th scope="col">理由</th>
                      <th scope="col">記録</th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.map((h) => {
                      const before = parse(h.before);
                      const after = parse(h.after);
                      return (
                        <tr key={h.id}>
                          <th scope="row">{formatDateTime(h.at)}</th>
                          <td>{ACTION_LABELS[h.action] ?? h.action}</td>
                          <td>
                            {statusJa(before?.status)} → {statusJa(after?.status)}
                          </td>
                          <td>{typeof after?.reason === "string" ? after.reason : "—"}</td>
                          <td>
                            #{h.id}（{h.actorSubject}）
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      ) : null}
    </Page>
  );
}
