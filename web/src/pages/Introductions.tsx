import { useState, type FormEvent } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { Select, TextField } from "../components/Field";
import { ErrorMessage, Loading, Page } from "../components/Layout";
import { graphql } from "../gql";
import type { IntroductionDeclineReason, IntroductionStatus } from "../gql/graphql";
import { formatDate, formatDateTime, useMutation, useQuery, useSession } from "../lib/hooks";
import { CONSENT_METHODS, DECLINE_REASONS, INTRODUCTION_STATUSES, labelOf } from "../lib/labels";
import { SCOPE_CHOICES } from "../components/ConsentSection";

const Boxes = graphql(`
  query WorkspaceIntroductions($status: IntroductionStatus, $inbox: Boolean!) {
    incomingIntroductionRequests(status: $status, first: 100) @include(if: $inbox) {
      totalCount
      edges {
        node {
          id
          purposeLabelJa
          message
          status
          statusLabelJa
          requestedAt
          requesterOperator {
            id
            nameJa
          }
          talent {
            id
            displayName
          }
        }
      }
    }
    outgoingIntroductionRequests(status: $status, first: 100) @skip(if: $inbox) {
      totalCount
      edges {
        node {
          id
          purposeLabelJa
          message
          status
          statusLabelJa
          requestedAt
          declineReasonLabelJa
          ownerOperator {
            id
            nameJa
          }
        }
      }
    }
  }
`);

export function IntroductionsPage() {
  const [params, setParams] = useSearchParams();
  const inbox = params.get("box") !== "outbox";
  const status = (params.get("status") ?? "") as IntroductionStatus | "";
  const { data, error, loading } = useQuery(Boxes, { inbox, status: status || null });
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const rows = inbox ? data?.incomingIntroductionRequests : data?.outgoingIntroductionRequests;
  return (
    <Page title="紹介依頼" lead="受信: ほかの地域から自事業者の人材への依頼。送信: 自事業者からほかの地域への依頼。">
      <div className="tabs" role="tablist" aria-label="一覧の切り替え">
        <button type="button" role="tab" aria-selected={inbox} aria-controls="intro-panel" onClick={() => set({ box: "" })}>
          受信した依頼
        </button>
        <button type="button" role="tab" aria-selected={!inbox} aria-controls="intro-panel" onClick={() => set({ box: "outbox" })}>
          送信した依頼
        </button>
      </div>
      <div id="intro-panel" role="tabpanel">
        <div className="toolbar">
          <Select id="intro-status" label="状態" emptyLabel="すべて" options={INTRODUCTION_STATUSES} value={status} onChange={(v) => set({ status: v })} />
        </div>
        <ErrorMessage message={error} />
        <Loading show={loading && !data} />
        {rows ? (
          rows.totalCount === 0 ? (
            <p>{inbox ? "受信した依頼はありません。" : "送信した依頼はありません。「全国の人材検索」から依頼できます。"}</p>
          ) : (
            <div className="table-wrap">
              <table className="stack" data-testid={inbox ? "inbox" : "outbox"}>
                <thead>
                  <tr>
                    <th scope="col">{inbox ? "依頼元" : "依頼先"}</th>
                    {inbox ? <th scope="col">対象の人材</th> : null}
                    <th scope="col">目的</th>
                    <th scope="col">状態</th>
                    <th scope="col">依頼日時</th>
                    <th scope="col">詳細</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td data-label={inbox ? "依頼元" : "依頼先"}>
                        {"requesterOperator" in node ? node.requesterOperator.nameJa : "ownerOperator" in node ? node.ownerOperator.nameJa : ""}
                      </td>
                      {inbox && "talent" in node ? <td data-label="対象の人材">{node.talent?.displayName ?? "—"}</td> : null}
                      <td data-label="目的">{node.purposeLabelJa}</td>
                      <td data-label="状態">
                        {node.statusLabelJa}
                        {"declineReasonLabelJa" in node && node.declineReasonLabelJa ? <span className="hint">（理由: {node.declineReasonLabelJa}）</span> : null}
                      </td>
                      <td data-label="依頼日時" className="nowrap">{formatDateTime(node.requestedAt)}</td>
                      <td data-label="詳細">
                        <Link to={`/introductions/${node.id}`}>開く</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        ) : null}
      </div>
    </Page>
  );
}

const Detail = graphql(`
  query WorkspaceIntroduction($id: ID!, $records: RecordsFilter!) {
    introduction(id: $id) {
      id
      purposeLabelJa
      message
      status
      statusLabelJa
      requestedAt
      acceptedAt
      declinedAt
      declineReason
      declineReasonLabelJa
      declineNote
      withdrawnAt
      ownerOperator {
        id
        nameJa
      }
      requesterOperator {
        id
        nameJa
      }
      talent {
        id
        displayName
        kindLabelsJa
        skills
      }
    }
    searchProvisionRecords(filter: $records, first: 5) {
      edges {
        node {
          id
          items
          consentScope
          consentObtainedAt
          consentMethod
          providedAt
          retainUntil
          providerOperator {
            nameJa
          }
          recipientOperator {
            nameJa
          }
        }
      }
    }
  }
`);

// The contact is asked for separately: reading it is audited, and it is FORBIDDEN (null) until acceptance.
const Contact = graphql(`
  query WorkspaceIntroductionContact($id: ID!) {
    introduction(id: $id) {
      id
      contact {
        displayName
        email
        phone
      }
    }
  }
`);

const Accept = graphql(`
  mutation WorkspaceAcceptIntroduction($id: ID!) {
    acceptIntroduction(id: $id) {
      id
      status
    }
  }
`);
const Decline = graphql(`
  mutation WorkspaceDeclineIntroduction($id: ID!, $input: DeclineIntroductionInput!) {
    declineIntroduction(id: $id, input: $input) {
      id
      status
      declineReason
    }
  }
`);

const MAX_NOTE = 500;
const Withdraw = graphql(`
  mutation WorkspaceWithdrawIntroduction($id: ID!) {
    withdrawIntroduction(id: $id) {
      id
      status
    }
  }
`);

const ITEM_LABELS: Record<string, string> = { displayName: "氏名", email: "メールアドレス", phone: "電話番号" };

export function IntroductionPage() {
  const { id = "" } = useParams();
  const { data, error, loading, reload } = useQuery(Detail, { id, records: { introductionId: id } });
  const intro = data?.introduction;
  const viewer = useSession();
  const session = intro && intro.ownerOperator.id === viewer?.operatorId ? "owner" : "requester";
  const contact = useQuery(Contact, { id }, { skip: !intro || session !== "requester" || intro.status !== "ACCEPTED" });
  const accept = useMutation(Accept);
  const decline = useMutation(Decline);
  const withdraw = useMutation(Withdraw);
  const [confirm, setConfirm] = useState<"accept" | "decline" | "withdraw" | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reason, setReason] = useState<IntroductionDeclineReason | "">("");
  const [note, setNote] = useState("");
  const [declineProblems, setDeclineProblems] = useState<{ reason?: string; note?: string }>({});

  if (loading && !data) return <Page title="紹介依頼の詳細"><Loading show /></Page>;
  if (!intro) {
    return (
      <Page title="紹介依頼が見つかりません">
        <ErrorMessage message={error} />
        <p>この依頼は存在しないか、自事業者が関わる依頼ではありません。</p>
        <p>
          <Link to="/introductions">紹介依頼の一覧に戻る</Link>
        </p>
      </Page>
    );
  }
  const act = async (which: "accept" | "withdraw") => {
    const m = which === "accept" ? accept : withdraw;
    const result = await m.run({ id: intro.id });
    setConfirm(null);
    if (result) {
      setDone(which === "accept" ? "承諾しました。相手の事業者に連絡先が提供され、提供記録を作成しました。" : "取り下げました。");
      reload();
    }
  };
  const onDecline = async (event: FormEvent) => {
    event.preventDefault();
    const problems: { reason?: string; note?: string } = {};
    if (!reason) problems.reason = "辞退の理由を選んでください。";
    if (reason === "OTHER" && !note.trim()) problems.note = "「その他」を選んだときは、理由を具体的に書いてください。";
    if (note.trim().length > MAX_NOTE) problems.note = `理由の詳細は${MAX_NOTE}文字以内で書いてください。`;
    setDeclineProblems(problems);
    if (problems.reason || problems.note || !reason) return;
    const result = await decline.run({ id: intro.id, input: { reason, note: note.trim() || null } });
    if (result) {
      setConfirm(null);
      setDone("辞退しました。理由は依頼元の事業者に表示されます。");
      reload();
    }
  };
  const record = data?.searchProvisionRecords.edges[0]?.node;
  const actionError = accept.error ?? decline.error ?? withdraw.error;
  return (
    <Page title={`紹介依頼（${intro.statusLabelJa}）`}>
      <p>
        <Link to={session === "owner" ? "/introductions" : "/introductions?box=outbox"}>一覧に戻る</Link>
      </p>
      {done ? (
        <p className="success" role="status" data-testid="intro-done">
          {done}
        </p>
      ) : null}
      <ErrorMessage message={actionError} />
      <dl className="props panel">
        <dt>依頼元</dt>
        <dd>{intro.requesterOperator.nameJa}</dd>
        <dt>依頼先（人材の登録元）</dt>
        <dd>{intro.ownerOperator.nameJa}</dd>
        {intro.talent ? (
          <>
            <dt>対象の人材</dt>
            <dd>
              <Link to={`/pool/${encodeURIComponent(intro.talent.id)}`}>{intro.talent.displayName ?? "（氏名未登録）"}</Link>（{intro.talent.kindLabelsJa.join("、")}）
            </dd>
          </>
        ) : null}
        <dt>目的</dt>
        <dd>{intro.purposeLabelJa}</dd>
        <dt>メッセージ</dt>
        <dd style={{ whiteSpace: "pre-wrap" }}>{intro.message}</dd>
        <dt>状態</dt>
        <dd data-testid="intro-status">{intro.statusLabelJa}</dd>
        <dt>依頼日時</dt>
        <dd>{formatDateTime(intro.requestedAt)}</dd>
        {intro.acceptedAt ? (
          <>
            <dt>承諾日時</dt>
            <dd>{formatDateTime(intro.acceptedAt)}</dd>
          </>
        ) : null}
        {intro.declinedAt ? (
          <>
            <dt>辞退日時</dt>
            <dd>{formatDateTime(intro.declinedAt)}</dd>
            <dt>辞退の理由</dt>
            <dd data-testid="decline-reason">{intro.declineReasonLabelJa ?? "（理由の記録はありません）"}</dd>
            {intro.declineNote ? (
              <>
                <dt>理由の詳細</dt>
                <dd data-testid="decline-note" style={{ whiteSpace: "pre-wrap" }}>
                  {intro.declineNote}
                </dd>
              </>
            ) : null}
          </>
        ) : null}
        {intro.withdrawnAt ? (
          <>
            <dt>取下げ日時</dt>
            <dd>{formatDateTime(intro.withdrawnAt)}</dd>
          </>
        ) : null}
      </dl>

      {session === "requester" && intro.status === "ACCEPTED" ? (
        <section aria-labelledby="contact-heading" className="panel">
          <h2 id="contact-heading">連絡先</h2>
          <ErrorMessage message={contact.error} />
          {contact.data?.introduction?.contact ? (
            <dl className="props" data-testid="contact">
              <dt>氏名</dt>
              <dd>{contact.data.introduction.contact.displayName}</dd>
              <dt>メールアドレス</dt>
              <dd>{contact.data.introduction.contact.email ?? "—"}</dd>
              <dt>電話番号</dt>
              <dd>{contact.data.introduction.contact.phone ?? "—"}</dd>
            </dl>
          ) : (
            <Loading show={contact.loading} />
          )}
          <p className="hint">この連絡先の閲覧は、アクセス記録に残ります。目的（{intro.purposeLabelJa}）の範囲でのみ使ってください。</p>
        </section>
      ) : null}

      {record ? (
        <section aria-labelledby="record-heading" className="panel">
          <h2 id="record-heading">提供記録</h2>
          <p>この紹介の承諾により、次の提供記録を作成しました（個人情報保護法 第29条・第30条）。</p>
          <dl className="props" data-testid="provision-record">
            <dt>提供元</dt>
            <dd>{record.providerOperator.nameJa}</dd>
            <dt>提供先</dt>
            <dd>{record.recipientOperator.nameJa}</dd>
            <dt>提供した項目</dt>
            <dd>{record.items.map((i) => ITEM_LABELS[i] ?? i).join("、")}</dd>
            <dt>提供日時</dt>
            <dd>{formatDateTime(record.providedAt)}</dd>
            <dt>根拠とした同意</dt>
            <dd>
              {SCOPE_CHOICES.find((s) => s[0] === record.consentScope)?.[1]}・{labelOf(CONSENT_METHODS, record.consentMethod)}・{formatDateTime(record.consentObtainedAt)}取得
            </dd>
            <dt>保存期限</dt>
            <dd>{formatDate(record.retainUntil)}まで</dd>
          </dl>
        </section>
      ) : null}

      {session === "owner" && intro.status === "OPEN" ? (
        <section aria-labelledby="answer-heading" className="panel">
          <h2 id="answer-heading">返事をする</h2>
          <p>承諾すると、{intro.requesterOperator.nameJa}に本人の氏名・メールアドレス・電話番号が提供され、提供記録が作成されます（3年間保存）。本人の意向を確認してから承諾してください。</p>
          {confirm === "accept" ? (
            <div className="actions">
              <span>承諾して連絡先を提供します。よろしいですか？</span>
              <button type="button" className="button" onClick={() => void act("accept")}>
                承諾を確定する
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirm(null)}>
                やめる
              </button>
            </div>
          ) : confirm === "decline" ? (
            <form className="form" onSubmit={(e) => void onDecline(e)} noValidate aria-labelledby="decline-heading" data-testid="decline-form">
              <h3 id="decline-heading">辞退の理由</h3>
              <p>理由は{intro.requesterOperator.nameJa}に表示され、辞退した日時と担当者とともに記録されます。</p>
              <Select<IntroductionDeclineReason>
                id="decline-reason"
                label="辞退の理由（必須）"
                emptyLabel="選んでください"
                required
                options={DECLINE_REASONS}
                value={reason}
                onChange={(v) => {
                  setReason(v);
                  setDeclineProblems({});
                }}
                error={declineProblems.reason}
              />
              <TextField
                id="decline-note"
                label={reason === "OTHER" ? "理由の詳細（必須・500文字まで）" : "理由の詳細（任意・500文字まで）"}
                hint="依頼元に伝えたいことを書いてください。本人の病気や家庭の事情など、個人的な事柄は書かないでください。"
                rows={3}
                maxLength={MAX_NOTE}
                showCount
                required={reason === "OTHER"}
                value={note}
                onChange={(v) => {
                  setNote(v);
                  if (declineProblems.note) setDeclineProblems({ ...declineProblems, note: undefined });
                }}
                error={declineProblems.note}
              />
              <div className="actions">
                <button type="submit" className="button danger">
                  辞退を確定する
                </button>
                <button type="button" className="button secondary" onClick={() => setConfirm(null)}>
                  やめる
                </button>
              </div>
            </form>
          ) : (
            <div className="actions">
              <button type="button" className="button" onClick={() => setConfirm("accept")}>
                承諾する…
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirm("decline")}>
                辞退する…
              </button>
            </div>
          )}
        </section>
      ) : null}

      {(intro.status === "OPEN" || intro.status === "ACCEPTED") && session === "requester" ? (
        <section aria-labelledby="withdraw-heading" className="panel">
          <h2 id="withdraw-heading">取り下げ</h2>
          <p>取り下げると、承諾済みでも連絡先は見られなくなります。</p>
          {confirm === "withdraw" ? (
            <div className="actions">
              <button type="button" className="button danger" onClick={() => void act("withdraw")}>
                取り下げを確定する
              </button>
              <button type="button" className="button secondary" onClick={() => setConfirm(null)}>
                やめる
              </button>
            </div>
          ) : (
            <button type="button" className="button secondary" onClick={() => setConfirm("withdraw")}>
              依頼を取り下げる…
            </button>
          )}
        </section>
      ) : null}
    </Page>
  );
}
