import { useId, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { NotConcludedReason, PlacementType } from "../../gql/graphql";
import { formatDateTime, useQuery, useSession } from "../../lib/hooks";
import { INTRODUCTION_STATUSES, labelOf } from "../../lib/labels";
import { useIdempotencyKey } from "../knowhow/shared";
import { MATCHING_STATUSES, NOT_CONCLUDED_REASONS, PLACEMENT_TYPES, type MatchingState } from "./labels";
import { StatusBadge } from "./MatchingBoard";
import { DemoBadge, FieldProblem, FormProblemMessage, invalidProps, Props, useDemandMutation } from "./shared";
import "./demand.css";

const MatchingDetail = graphql(`
  query DemandMatching($id: ID!, $operatorId: ID!) {
    matching(id: $id) {
      id
      status
      statusLabelJa
      cardId
      purpose
      message
      introductionId
      notConcludedReasonLabelJa
      notConcludedNote
      proposedAt
      introducedAt
      interviewingAt
      concludedAt
      notConcludedAt
      nextStatuses
      isDemo
      need {
        id
        title
        companyLabelJa
        purposeLabelJa
      }
      card {
        kindLabelsJa
        skills
        homePrefectureNameJa
      }
      needOperator {
        id
        nameJa
      }
      talentOperator {
        id
        nameJa
      }
      proposedByOperator {
        id
        nameJa
      }
      placement {
        placementTypeLabelJa
        startDate
        endDate
        fiscalYear
      }
      events {
        id
        toStatusLabelJa
        at
        note
        actorOperator {
          id
          nameJa
        }
      }
    }
    outgoingIntroductionRequests(first: 100) {
      edges {
        node {
          id
          cardId
          status
        }
      }
    }
    operator(id: $operatorId) {
      programs(first: 100) {
        edges {
          node {
            id
            nameJa
          }
        }
      }
    }
  }
`);

const RequestIntroduction = graphql(`
  mutation DemandRequestIntroduction($cardId: ID!, $purpose: SharingPurpose!, $message: String!, $idempotencyKey: String) {
    requestIntroduction(cardId: $cardId, purpose: $purpose, message: $message, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const Advance = graphql(`
  mutation DemandAdvanceMatching($id: ID!, $to: MatchingStatus!, $introductionId: ID, $note: String, $idempotencyKey: String) {
    advanceMatching(id: $id, to: $to, introductionId: $introductionId, note: $note, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const Conclude = graphql(`
  mutation DemandConcludeMatching($id: ID!, $placement: PlacementInput!, $idempotencyKey: String) {
    concludeMatching(id: $id, placement: $placement, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const CloseNotConcluded = graphql(`
  mutation DemandCloseMatching($id: ID!, $input: NotConcludedInput!, $idempotencyKey: String) {
    closeMatchingNotConcluded(id: $id, input: $input, idempotencyKey: $idempotencyKey) {
      id
      status
    }
  }
`);

const STEPS: MatchingState[] = ["PROPOSED", "INTRODUCED", "INTERVIEWING", "CONCLUDED"];
const stateLabel = (s: MatchingState) => MATCHING_STATUSES.find((m) => m[0] === s)![1];

/** The steps of the lifecycle with their times; the current one marked (and 不成立 in place of 成立 when it ended so). */
function Steps({ m }: { m: { status: MatchingState; proposedAt: string; introducedAt?: string | null; interviewingAt?: string | null; concludedAt?: string | null; notConcludedAt?: string | null } }) {
  const at: Record<string, string | null | undefined> = { PROPOSED: m.proposedAt, INTRODUCED: m.introducedAt, INTERVIEWING: m.interviewingAt, CONCLUDED: m.concludedAt };
  const failed = m.status === "NOT_CONCLUDED";
  return (
    <ol className="steps" aria-label="マッチングの段階" data-testid="matching-steps">
      {STEPS.map((s) => {
        const last = s === "CONCLUDED";
        const label = last && failed ? stateLabel("NOT_CONCLUDED") : stateLabel(s);
        const when = last && failed ? m.notConcludedAt : at[s];
        const current = m.status === s || (last && failed);
        return (
          <li key={s} className={`${when ? "done" : ""} ${current ? "current" : ""} ${last && failed ? "failed" : ""}`} aria-current={current ? "step" : undefined}>
            {label}
            <span className="when">{when ? formatDateTime(when) : failed ? "経ずに終了" : "まだ"}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** One matching: follow it, and move it one step at a time (紹介済み only through an accepted introduction), conclude or not. */
export function MatchingPage() {
  const { id = "" } = useParams();
  const session = useSession();
  const formId = useId();
  const { data, error, loading, reload } = useQuery(MatchingDetail, { id, operatorId: session?.operatorId ?? "" });
  const [introKey, renewIntroKey] = useIdempotencyKey();
  // One key per intended step: a double click or a retry of the same step records it once.
  const [stepKey, renewStepKey] = useIdempotencyKey();
  const ask = useDemandMutation(RequestIntroduction);
  const advance = useDemandMutation(Advance);
  const conclude = useDemandMutation(Conclude);
  const close = useDemandMutation(CloseNotConcluded);
  const [askMessage, setAskMessage] = useState("");
  const [note, setNote] = useState("");
  const [placement, setPlacement] = useState({ startDate: "", endDate: "", placementType: "SIDE_JOB" as PlacementType, programId: "" });
  const [reason, setReason] = useState<{ reason: NotConcludedReason | ""; note: string }>({ reason: "", note: "" });
  const [done, setDone] = useState<string | null>(null);
  const [panel, setPanel] = useState<"conclude" | "close" | null>(null);

  const m = data?.matching;
  if (!data) {
    return (
      <Page title="マッチング">
        <ErrorMessage message={error} />
        <Loading show={loading} />
      </Page>
    );
  }
  if (!m) {
    return (
      <Page title="マッチングが見つかりません">
        <p>
          見る権限のないマッチングです。<Link to="/demand/matchings">マッチングの一覧</Link>から選び直してください。
        </p>
      </Page>
    );
  }
  const needSide = session?.operatorId === m.needOperator.id;
  const intro = data.outgoingIntroductionRequests.edges.map((e) => e.node).find((n) => n.cardId === m.cardId && (n.status === "OPEN" || n.status === "ACCEPTED"));
  const next = m.nextStatuses.find((s) => s !== "NOT_CONCLUDED");
  const open = m.nextStatuses.length > 0;
  const after = (text: string) => (r: unknown) => {
    if (r) {
      renewStepKey();
      setDone(text);
      setNote("");
      setPanel(null);
      reload();
    }
  };

  const onAsk = async (event: FormEvent) => {
    event.preventDefault();
    const text = askMessage.trim();
    if (text.length < 1 || text.length > 2000) {
      ask.setProblem({ field: "message", message: "メッセージを1〜2000文字で入力してください。", rule: null });
      return;
    }
    const r = await ask.run({ cardId: m.cardId, purpose: m.purpose, message: text, idempotencyKey: introKey });
    if (r) {
      renewIntroKey();
      setAskMessage("");
    }
    after(`${m.talentOperator.nameJa}に紹介を依頼しました。承諾されると「紹介済み」に進めます。`)(r);
  };
  const onConclude = async (event: FormEvent) => {
    event.preventDefault();
    if (!placement.startDate) {
      conclude.setProblem({ field: "startDate", message: "開始日を入力してください。", rule: null });
      return;
    }
    const r = await conclude.run({
      id: m.id,
      placement: { startDate: placement.startDate, endDate: placement.endDate || null, placementType: placement.placementType, programId: placement.programId || null },
      idempotencyKey: stepKey,
    });
    after("成立を記録しました。成果（年度別）に数えられます。")(r);
  };
  const onClose = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.reason) {
      close.setProblem({ field: "reason", message: "不成立の理由を選んでください。", rule: null });
      return;
    }
    const r = await close.run({ id: m.id, input: { reason: reason.reason, noteJa: reason.note.trim() || null }, idempotencyKey: stepKey });
    after("不成立として記録しました。")(r);
  };
  const programs = data.operator?.programs?.edges.map((e) => e.node) ?? [];

  return (
    <Page title={`マッチング: ${m.need?.title ?? "共有範囲外のニーズ"}`}>
      <p>
        <Link to="/demand/matchings">← マッチングの一覧</Link>
      </p>
      <p>
        <StatusBadge status={m.status} label={m.statusLabelJa} /> {m.isDemo ? <DemoBadge /> : null}
      </p>
      {done ? (
        <p className="success" role="status" data-testid="matching-done">
          {done}
        </p>
      ) : null}
      <Steps m={m} />
      <section className="panel demand" aria-labelledby="m-h">
        <h2 id="m-h">マッチングの内容</h2>
        <Props
          testId="matching-props"
          items={[
            ["ニーズ", m.need ? <Link to={`/demand/needs/${m.need.id}`}>{m.need.title}</Link> : "共有範囲外のため表示できません"],
            ["企業", m.need?.companyLabelJa],
            ["人材", m.card ? `${m.card.kindLabelsJa.join("、")}（${m.card.homePrefectureNameJa ?? "都道府県不明"}）${m.card.skills.length ? ` スキル: ${m.card.skills.join("、")}` : ""}` : "同意の範囲外になったため表示できません"],
            ["目的", m.need?.purposeLabelJa],
            ["ニーズの事業者", m.needOperator.nameJa],
            ["人材の事業者", m.talentOperator.nameJa],
            ["提案した事業者", m.proposedByOperator.nameJa],
            ["提案のメッセージ", m.message],
            ["不成立の理由", m.notConcludedReasonLabelJa ? `${m.notConcludedReasonLabelJa}${m.notConcludedNote ? `（${m.notConcludedNote}）` : ""}` : false],
            ["就業", m.placement ? `${m.placement.placementTypeLabelJa}・${m.placement.startDate}〜${m.placement.endDate ?? ""}（${m.placement.fiscalYear}年度）` : false],
          ]}
        />
      </section>

      {m.status === "PROPOSED" ? (
        <section className="panel demand" aria-labelledby="intro-h" data-testid="introduction-step">
          <h2 id="intro-h">紹介（連絡先の提供）</h2>
          <p>
            「紹介済み」へは、既存の紹介依頼の流れでだけ進めます。ニーズの事業者が紹介を依頼し、人材の事業者が本人の意向を確かめて承諾すると、連絡先の提供と提供記録の作成が同意のルールどおりに行われます。
          </p>
          {needSide ? (
            intro ? (
              <p data-testid="introduction-status">
                紹介依頼: <strong>{labelOf(INTRODUCTION_STATUSES, intro.status)}</strong> <Link to={`/introductions/${intro.id}`}>紹介依頼を開く</Link>
              </p>
            ) : (
              <form className="form" onSubmit={(e) => void onAsk(e)} noValidate aria-label="紹介の依頼">
                <FormProblemMessage problem={ask.problem} fields={["message"]} />
                <div className="field">
                  <label htmlFor={`${formId}-ask`}>{m.talentOperator.nameJa}へのメッセージ（必須・2000文字まで）</label>
                  <textarea id={`${formId}-ask`} value={askMessage} onChange={(e) => setAskMessage(e.target.value)} {...invalidProps(ask.problem, "message", `${formId}-ask-error`)} />
                  <FieldProblem id={`${formId}-ask-error`} problem={ask.problem} field="message" />
                </div>
                <div className="actions">
                  <button type="submit" className="button" disabled={ask.pending}>
                    紹介を依頼する
                  </button>
                </div>
              </form>
            )
          ) : (
            <p>
              {m.needOperator.nameJa}からの紹介依頼は <Link to="/introductions">紹介依頼の受信一覧</Link> で承諾・辞退できます。
            </p>
          )}
        </section>
      ) : null}

      {open ? (
        <section className="panel demand" aria-labelledby="act-h">
          <h2 id="act-h">次の段階へ進める</h2>
          <FormProblemMessage problem={advance.problem} fields={[]} />
          {next === "INTRODUCED" || next === "INTERVIEWING" ? (
            <div className="form">
              <div className="field">
                <label htmlFor={`${formId}-note`}>メモ（任意・記録に残ります）</label>
                <input id={`${formId}-note`} type="text" maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
              </div>
              <div className="actions">
                <button
                  type="button"
                  className="button"
                  disabled={advance.pending || (next === "INTRODUCED" && needSide && intro?.status !== "ACCEPTED")}
                  onClick={() =>
                    void advance
                      .run({ id: m.id, to: next, introductionId: next === "INTRODUCED" && intro?.status === "ACCEPTED" ? intro.id : null, note: note.trim() || null, idempotencyKey: stepKey })
                      .then(after(`「${stateLabel(next)}」にしました。`))
                  }
                >
                  「{stateLabel(next)}」にする
                </button>
                {next === "INTRODUCED" && needSide && intro?.status !== "ACCEPTED" ? <span className="hint">紹介依頼が承諾されると押せます。</span> : null}
              </div>
            </div>
          ) : null}
          {next === "CONCLUDED" ? (
            panel === "conclude" ? (
              <form className="form" onSubmit={(e) => void onConclude(e)} noValidate aria-label="成立の記録" data-testid="conclude-form">
                <h3>成立を記録する（就業の記録）</h3>
                <FormProblemMessage problem={conclude.problem} fields={["startDate", "endDate", "placementType", "programId"]} />
                <div className="inline-fields">
                  <div className="field">
                    <label htmlFor={`${formId}-start`}>開始日（必須）</label>
                    <input id={`${formId}-start`} type="date" value={placement.startDate} onChange={(e) => setPlacement({ ...placement, startDate: e.target.value })} {...invalidProps(conclude.problem, "startDate", `${formId}-start-error`)} />
                    <FieldProblem id={`${formId}-start-error`} problem={conclude.problem} field="startDate" />
                  </div>
                  <div className="field">
                    <label htmlFor={`${formId}-end`}>終了日（任意）</label>
                    <input id={`${formId}-end`} type="date" value={placement.endDate} onChange={(e) => setPlacement({ ...placement, endDate: e.target.value })} {...invalidProps(conclude.problem, "endDate", `${formId}-end-error`)} />
                    <FieldProblem id={`${formId}-end-error`} problem={conclude.problem} field="endDate" />
                  </div>
                  <div className="field">
                    <label htmlFor={`${formId}-type`}>就業の種類</label>
                    <select id={`${formId}-type`} value={placement.placementType} onChange={(e) => setPlacement({ ...placement, placementType: e.target.value as PlacementType })}>
                      {PLACEMENT_TYPES.map(([v, l]) => (
                        <option key={v} value={v}>
                          {l}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`${formId}-program`}>事業（任意）</label>
                    <select id={`${formId}-program`} value={placement.programId} onChange={(e) => setPlacement({ ...placement, programId: e.target.value })} {...invalidProps(conclude.problem, "programId", `${formId}-program-error`)}>
                      <option value="">指定しない</option>
                      {programs.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.nameJa}
                        </option>
                      ))}
                    </select>
                    <FieldProblem id={`${formId}-program-error`} problem={conclude.problem} field="programId" />
                  </div>
                </div>
                <div className="actions">
                  <button type="submit" className="button" disabled={conclude.pending}>
                    成立を確定する
                  </button>
                  <button type="button" className="button secondary" onClick={() => setPanel(null)}>
                    やめる
                  </button>
                </div>
              </form>
            ) : (
              <div className="actions">
                <button type="button" className="button" onClick={() => setPanel("conclude")}>
                  成立を記録する…
                </button>
              </div>
            )
          ) : null}
          {panel === "close" ? (
            <form className="form" onSubmit={(e) => void onClose(e)} noValidate aria-label="不成立の記録" data-testid="close-form">
              <h3>不成立として終える</h3>
              <FormProblemMessage problem={close.problem} fields={["reason", "note"]} />
              <div className="field">
                <label htmlFor={`${formId}-reason`}>理由（必須）</label>
                <select id={`${formId}-reason`} value={reason.reason} onChange={(e) => setReason({ ...reason, reason: e.target.value as NotConcludedReason })} {...invalidProps(close.problem, "reason", `${formId}-reason-error`)}>
                  <option value="">選んでください</option>
                  {NOT_CONCLUDED_REASONS.map(([v, l]) => (
                    <option key={v} value={v}>
                      {l}
                    </option>
                  ))}
                </select>
                <FieldProblem id={`${formId}-reason-error`} problem={close.problem} field="reason" />
              </div>
              <div className="field">
                <label htmlFor={`${formId}-reason-note`}>補足（任意・1000文字まで）</label>
                <textarea id={`${formId}-reason-note`} maxLength={1000} value={reason.note} onChange={(e) => setReason({ ...reason, note: e.target.value })} {...invalidProps(close.problem, "note", `${formId}-reason-note-error`)} />
                <FieldProblem id={`${formId}-reason-note-error`} problem={close.problem} field="note" />
              </div>
              <div className="actions">
                <button type="submit" className="button danger" disabled={close.pending}>
                  不成立を確定する
                </button>
                <button type="button" className="button secondary" onClick={() => setPanel(null)}>
                  やめる
                </button>
              </div>
            </form>
          ) : (
            <div className="actions">
              <button type="button" className="button secondary" onClick={() => setPanel("close")}>
                不成立として終える…
              </button>
            </div>
          )}
        </section>
      ) : null}

      <section aria-labelledby="events-h">
        <h2 id="events-h">記録</h2>
        <ol className="timeline" data-testid="matching-events">
          {m.events.map((e) => (
            <li key={e.id}>
              <p className="timeline-year">
                <strong>{e.toStatusLabelJa}</strong> {formatDateTime(e.at)}
              </p>
              <p className="meta">
                {e.actorOperator.nameJa}
                {e.note ? `: ${e.note}` : ""}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
