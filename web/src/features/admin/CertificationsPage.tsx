import { useState, type FormEvent } from "react";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { LinkedLaw } from "../../gql/graphql";
import { useQuery } from "../../lib/hooks";
import { FieldError, useFormMutation, useIdempotencyKey } from "../knowhow/shared";
import { LAW_LABELS } from "./labels";
import { AdminNav, OperatorSelect, useAllOperators } from "./shared";

const Certifications = graphql(`
  query AdminCertifications($id: ID!) {
    linkedLaws {
      code
      shortNameJa
      fullNameJa
      eligibleOperator
      instrument
    }
    operator(id: $id) {
      id
      nameJa
      linkedLawCertifications {
        id
        law
        certifyingBody
        certifiedOn
        validUntil
        source
      }
    }
  }
`);

const RecordCertification = graphql(`
  mutation AdminRecordCertification($input: RecordLinkedLawCertificationInput!) {
    recordLinkedLawCertification(input: $input) {
      replayed
      certification {
        id
      }
    }
  }
`);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function AdminCertificationsPage() {
  const { operators, error: operatorsError } = useAllOperators();
  const [operatorId, setOperatorId] = useState("");
  const data = useQuery(Certifications, { id: operatorId }, { skip: !operatorId });
  const [law, setLaw] = useState<LinkedLaw>("DUAL_RESIDENCE");
  const [body, setBody] = useState("");
  const [certifiedOn, setCertifiedOn] = useState("");
  const [validUntil, setValidUntil] = useState("");
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [key, renewKey] = useIdempotencyKey();
  const record = useFormMutation(RecordCertification);
  const apiFields = record.error?.fields ?? [];
  const msg = (field: string, text: string) => problems[field] ?? (apiFields.includes(field) ? text : null);
  const certifiedMessage = msg("certifiedOn", "認定日をYYYY-MM-DDの形で入力してください。");
  const validMessage = msg("validUntil", "有効期限は認定日以降の日付をYYYY-MM-DDの形で入力してください。");

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const found: Record<string, string> = {};
    if (certifiedOn && !DATE.test(certifiedOn)) found.certifiedOn = "認定日をYYYY-MM-DDの形で入力してください。";
    if (validUntil && !DATE.test(validUntil)) found.validUntil = "有効期限をYYYY-MM-DDの形で入力してください。";
    if (certifiedOn && validUntil && validUntil < certifiedOn) found.validUntil = "有効期限は認定日より前にはできません。";
    setProblems(found);
    if (Object.keys(found).length || !operatorId) return;
    const result = await record.run({
      input: { operatorId, law, certifyingBody: body.trim() || null, certifiedOn: certifiedOn || null, validUntil: validUntil || null, idempotencyKey: key },
    });
    if (result) {
      renewKey();
      setBody("");
      setDone(`${LAW_LABELS[law]}による認定を登録しました${result.recordLinkedLawCertification.replayed ? "（再送のため新たには書き込んでいません）" : ""}。`);
      data.reload();
    }
  };

  const op = data.data?.operator;
  return (
    <Page title="法制度の認定" lead="法制度連携枠の採択には、3つの法律のいずれかによる承認・認定が必要です。事業者ごとの認定を確認し、登録します。">
      <AdminNav />
      <ErrorMessage message={operatorsError ?? data.error} />
      <OperatorSelect id="ce-operator" label="事業者" value={operatorId} onChange={(v) => { setOperatorId(v); setDone(null); }} operators={operators} />
      <Loading show={data.loading && !data.data} />
      {op ? (
        <>
          <section aria-labelledby="ce-list-h">
            <h2 id="ce-list-h">{op.nameJa}の認定</h2>
            {(op.linkedLawCertifications ?? []).length === 0 ? (
              <p data-testid="ce-none">登録された認定はありません。</p>
            ) : (
              <div className="table-wrap">
                <table data-testid="ce-table">
                  <caption className="visually-hidden">登録された認定</caption>
                  <thead>
                    <tr>
                      <th scope="col">法律</th>
                      <th scope="col">認定した機関</th>
                      <th scope="col">認定日</th>
                      <th scope="col">有効期限</th>
                      <th scope="col">出典</th>
                    </tr>
                  </thead>
                  <tbody>
                    {(op.linkedLawCertifications ?? []).map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{LAW_LABELS[c.law]}</th>
                        <td>{c.certifyingBody ?? "記載なし"}</td>
                        <td>{c.certifiedOn ?? "記載なし"}</td>
                        <td>{c.validUntil ?? "定めなし・記載なし"}</td>
                        <td>{c.source}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section className="panel" aria-labelledby="ce-form-h">
            <h2 id="ce-form-h">認定を登録する</h2>
            <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
              <div className="field">
                <label htmlFor="ce-law">法律</label>
                <select id="ce-law" value={law} onChange={(e) => setLaw(e.target.value as LinkedLaw)}>
                  {(data.data?.linkedLaws ?? []).map((l) => (
                    <option key={l.code} value={l.code}>
                      {l.shortNameJa}（{l.instrument}）
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="ce-body">認定した機関（任意。例: 塩尻市）</label>
                <input id="ce-body" type="text" value={body} onChange={(e) => setBody(e.target.value)} />
              </div>
              <div className="field">
                <label htmlFor="ce-on">認定日（任意）</label>
                <input id="ce-on" type="date" value={certifiedOn} aria-describedby="ce-on-error" aria-invalid={Boolean(certifiedMessage) || undefined} onChange={(e) => setCertifiedOn(e.target.value)} />
                <FieldError id="ce-on-error" show={Boolean(certifiedMessage)} message={certifiedMessage} />
              </div>
              <div className="field">
                <label htmlFor="ce-until">有効期限（任意）</label>
                <input id="ce-until" type="date" value={validUntil} aria-describedby="ce-until-error" aria-invalid={Boolean(validMessage) || undefined} onChange={(e) => setValidUntil(e.target.value)} />
                <FieldError id="ce-until-error" show={Boolean(validMessage)} message={validMessage} />
              </div>
              {record.error && !apiFields.length ? (
                <p className="error" role="alert">
                  {record.error.message}
                </p>
              ) : null}
              {done ? (
                <p className="success" role="status">
                  {done}
                </p>
              ) : null}
              <div className="actions">
                <button type="submit" className="button" disabled={record.pending}>
                  {record.pending ? "登録しています…" : "認定を登録する"}
                </button>
              </div>
            </form>
          </section>
        </>
      ) : null}
    </Page>
  );
}
