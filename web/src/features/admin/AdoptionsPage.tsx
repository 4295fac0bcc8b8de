import { useEffect, useMemo, useState, type FormEvent } from "react";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { LinkedLaw, SubsidyFrame } from "../../gql/graphql";
import { request } from "../../lib/client";
import { useQuery } from "../../lib/hooks";
import { FieldError, useFormMutation, useIdempotencyKey } from "../knowhow/shared";
import { FRAME_LABELS, LAW_LABELS, fyLabel } from "./labels";
import { AdminNav, OperatorSelect, operatorLabel, useAllOperators } from "./shared";

const Schemes = graphql(`
  query AdminSchemes {
    subsidySchemes {
      fiscalYear
      frames {
        frame
        labelJa
        listCodePrefix
        adoptionCount
        listCodeRange
      }
    }
  }
`);

const List = graphql(`
  query AdminAdoptions($fiscalYear: Int, $frame: SubsidyFrame, $after: String) {
    adoptions(fiscalYear: $fiscalYear, frame: $frame, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fiscalYear
          listCode
          frameLabelJa
          projectTitle
          linkedLawLabelJa
          members {
            order
            operator {
              id
              nameJa
            }
          }
        }
      }
    }
  }
`);

const RecordAdoption = graphql(`
  mutation AdminRecordAdoption($input: RecordAdoptionInput!) {
    recordAdoption(input: $input) {
      replayed
      adoption {
        id
        fiscalYear
        frame
      }
    }
  }
`);

const CapReasons = graphql(`
  query AdminCapReasons($id: ID!, $fiscalYear: Int!, $frame: SubsidyFrame!) {
    operator(id: $id) {
      id
      nameJa
      eligibility(fiscalYear: $fiscalYear, frame: $frame) {
        status
        reasonDetails {
          reasonCode
          reasonJa
        }
      }
    }
  }
`);

interface Draft {
  fiscalYear: number;
  frame: SubsidyFrame | "";
  listCode: string;
  members: string[];
  pick: string;
  projectTitle: string;
  targetArea: string;
  linkedLaw: LinkedLaw | "";
}

/** What the form says, before anything is sent, about a field it refuses itself. */
const FIELD_MESSAGES: Record<string, string> = {
  listCode: "リスト番号は、枠の英字と数字で入力してください（例: A20）。枠ごとに決まった英字で始まります。",
  memberOperatorIds: "採択事業者を1〜10件、重複なく選んでください。",
  linkedLaw: "法制度連携枠では連携する法律を選んでください。ほかの枠では選べません。",
  projectTitle: "事業名は300文字以内で入力してください。",
  targetArea: "対象地域は300文字以内で入力してください。",
  fiscalYear: "年度は2022〜2026年度から選んでください。",
  frame: "その年度に設けられた枠を選んでください。",
};

/** The fields that show their refusal beside them; a refusal naming another field (or none) shows above the buttons. */
const SHOWN_BESIDE: ReadonlySet<string> = new Set(["frame", "listCode", "memberOperatorIds", "linkedLaw", "projectTitle", "targetArea"]);

export function AdminAdoptionsPage() {
  const schemes = useQuery(Schemes, {});
  const { operators, error: operatorsError } = useAllOperators();
  const [filter, setFilter] = useState<{ fiscalYear: number | null; frame: SubsidyFrame | null }>({ fiscalYear: null, frame: null });
  const [after, setAfter] = useState<string | null>(null);
  const list = useQuery(List, { ...filter, after });
  const years = schemes.data?.subsidySchemes ?? [];
  const filterFrames = filter.fiscalYear ? years.find((s) => s.fiscalYear === filter.fiscalYear)?.frames ?? [] : [];
  const allFrames = useMemo(() => [...new Set(years.flatMap((s) => s.frames.map((f) => f.frame)))], [years]);

  const [draft, setDraft] = useState<Draft>({ fiscalYear: 2026, frame: "RIGHT_ARM", listCode: "", members: [], pick: "", projectTitle: "", targetArea: "", linkedLaw: "" });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [detail, setDetail] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const [key, renewKey] = useIdempotencyKey();
  const record = useFormMutation(RecordAdoption);
  const frames = years.find((s) => s.fiscalYear === draft.fiscalYear)?.frames ?? [];
  const prefix = frames.find((f) => f.frame === draft.frame)?.listCodePrefix ?? null;
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const nameOf = (id: string) => {
    const o = operators.find((x) => x.id === id);
    return o ? operatorLabel(o) : id;
  };

  // The API's refusal: its own Japanese sentence (extensions.messageJa), beside the field it names (extensions.field), or
  // above the buttons when it names none. A request that got no answer says so in the screen's own words.
  const apiProblem = useMemo(() => {
    const e = record.error;
    if (!e) return null;
    return { field: e.field, message: e.messageJa ?? e.message };
  }, [record.error]);
  const fieldMessage = (field: string) => problems[field] ?? (apiProblem?.field === field ? apiProblem.message : null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setDetail([]);
    const found: Record<string, string> = {};
    const code = draft.listCode.trim().toUpperCase();
    if (!draft.frame) found.frame = FIELD_MESSAGES.frame!;
    if (!/^[A-Z][0-9]{1,3}$/.test(code)) found.listCode = FIELD_MESSAGES.listCode!;
    else if (prefix && !code.startsWith(prefix)) found.listCode = `この年度の${FRAME_LABELS[draft.frame as SubsidyFrame]}のリスト番号は「${prefix}」で始まります（例: ${prefix}1）。`;
    if (draft.members.length < 1 || draft.members.length > 10) found.memberOperatorIds = FIELD_MESSAGES.memberOperatorIds!;
    if (draft.frame === "LEGAL_SYSTEM_LINKAGE" && !draft.linkedLaw) found.linkedLaw = FIELD_MESSAGES.linkedLaw!;
    if (draft.projectTitle.length > 300) found.projectTitle = FIELD_MESSAGES.projectTitle!;
    if (draft.targetArea.length > 300) found.targetArea = FIELD_MESSAGES.targetArea!;
    setProblems(found);
    if (Object.keys(found).length) return;
    const result = await record.run({
      input: {
        fiscalYear: draft.fiscalYear,
        frame: draft.frame as SubsidyFrame,
        listCode: code,
        memberOperatorIds: draft.members,
        projectTitle: draft.projectTitle.trim() || null,
        targetArea: draft.targetArea.trim() || null,
        linkedLaw: draft.frame === "LEGAL_SYSTEM_LINKAGE" ? (draft.linkedLaw as LinkedLaw) : null,
        idempotencyKey: key,
      },
    });
    if (result) {
      renewKey();
      const a = result.recordAdoption.adoption;
      setDone(`${a.id} を登録しました${result.recordAdoption.replayed ? "（同じ内容の再送のため、新たには書き込んでいません）" : ""}。`);
      setDraft((d) => ({ ...d, listCode: "", members: [], pick: "", projectTitle: "", targetArea: "" }));
      setFilter({ fiscalYear: a.fiscalYear, frame: null });
      setAfter(null);
      list.reload();
    }
  };

  // For a refused cap, show each member's own reason in Japanese (from the eligibility rules of the funding API).
  const loadCapReasons = async () => {
    if (!draft.frame) return;
    const lines: string[] = [];
    for (const id of draft.members) {
      const r = await request(CapReasons, { id, fiscalYear: draft.fiscalYear, frame: draft.frame as SubsidyFrame }).catch(() => null);
      const e = r?.operator?.eligibility;
      if (e && e.status === "NOT_ELIGIBLE") {
        for (const d of e.reasonDetails.filter((x) => x.reasonCode === "ADOPTION_CAP_REACHED")) lines.push(`${r?.operator?.nameJa ?? id}: ${d.reasonJa}`);
      }
    }
    setDetail(lines);
  };
  useEffect(() => {
    if (record.error?.rule === "ADOPTION_CAP") void loadCapReasons();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [record.error]);

  const otherError = apiProblem && !(apiProblem.field && SHOWN_BESIDE.has(apiProblem.field)) ? apiProblem.message : null;

  const move = (i: number, delta: number) => {
    const next = [...draft.members];
    const [m] = next.splice(i, 1);
    next.splice(i + delta, 0, m!);
    set("members", next);
  };

  return (
    <Page title="採択" lead="年度と枠ごとの採択の一覧です。新しい採択を、コンソーシアムの構成員を公表の順に並べて登録できます。">
      <AdminNav />
      <ErrorMessage message={schemes.error ?? operatorsError} />
      <section aria-labelledby="ad-form-h" className="panel">
        <h2 id="ad-form-h">採択を登録する</h2>
        <form className="form wide" onSubmit={(e) => void onSubmit(e)} noValidate data-testid="adoption-form">
          <div className="toolbar">
            <div className="field">
              <label htmlFor="ad-year">年度</label>
              <select
                id="ad-year"
                value={draft.fiscalYear}
                onChange={(e) => {
                  const y = Number(e.target.value);
                  const first = years.find((s) => s.fiscalYear === y)?.frames[0]?.frame ?? "";
                  setDraft((d) => ({ ...d, fiscalYear: y, frame: first, linkedLaw: "" }));
                }}
              >
                {(years.length ? years.map((s) => s.fiscalYear) : [2026]).map((y) => (
                  <option key={y} value={y}>
                    {fyLabel(y)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="ad-frame">枠</label>
              <select id="ad-frame" value={draft.frame} aria-describedby="ad-frame-error" aria-invalid={Boolean(fieldMessage("frame")) || undefined} onChange={(e) => set("frame", e.target.value as SubsidyFrame)}>
                {frames.map((f) => (
                  <option key={f.frame} value={f.frame}>
                    {f.labelJa}
                  </option>
                ))}
              </select>
              <FieldError id="ad-frame-error" show={Boolean(fieldMessage("frame"))} message={fieldMessage("frame")} />
            </div>
            <div className="field">
              <label htmlFor="ad-code">リスト番号{prefix ? `（${prefix}で始まる。例: ${prefix}1）` : "（例: A1）"}</label>
              <input id="ad-code" type="text" value={draft.listCode} maxLength={4} autoCapitalize="characters" aria-describedby="ad-code-error" aria-invalid={Boolean(fieldMessage("listCode")) || undefined} onChange={(e) => set("listCode", e.target.value)} />
              <FieldError id="ad-code-error" show={Boolean(fieldMessage("listCode"))} message={fieldMessage("listCode")} />
            </div>
          </div>
          <fieldset aria-describedby="ad-members-error">
            <legend>採択事業者（公表の順。(1)が先頭）</legend>
            {draft.members.length ? (
              <ol className="member-list" data-testid="ad-members">
                {draft.members.map((id, i) => (
                  <li key={id}>
                    <span>
                      ({i + 1}) {nameOf(id)}
                    </span>
                    <span className="member-actions">
                      <button type="button" className="button secondary small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${nameOf(id)}を上へ`}>
                        上へ
                      </button>
                      <button type="button" className="button secondary small" disabled={i === draft.members.length - 1} onClick={() => move(i, 1)} aria-label={`${nameOf(id)}を下へ`}>
                        下へ
                      </button>
                      <button type="button" className="button secondary small" onClick={() => set("members", draft.members.filter((m) => m !== id))} aria-label={`${nameOf(id)}を外す`}>
                        外す
                      </button>
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="hint">まだ選ばれていません。</p>
            )}
            <div className="row member-pick">
              <OperatorSelect id="ad-pick" label="追加する事業者" value={draft.pick} onChange={(v) => set("pick", v)} operators={operators.filter((o) => !draft.members.includes(o.id))} />
              <button
                type="button"
                className="button secondary"
                disabled={!draft.pick || draft.members.length >= 10}
                onClick={() => setDraft((d) => ({ ...d, members: [...d.members, d.pick], pick: "" }))}
              >
                構成員に追加
              </button>
            </div>
            <FieldError id="ad-members-error" show={Boolean(fieldMessage("memberOperatorIds"))} message={fieldMessage("memberOperatorIds")} />
            {detail.length && record.error?.rule === "ADOPTION_CAP" ? (
              <ul className="error field-error cap-detail" data-testid="ad-cap-detail">
                {detail.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </fieldset>
          {draft.frame === "LEGAL_SYSTEM_LINKAGE" ? (
            <div className="field">
              <label htmlFor="ad-law">連携する法律（法制度連携枠では必須）</label>
              <select id="ad-law" value={draft.linkedLaw} aria-describedby="ad-law-error" aria-invalid={Boolean(fieldMessage("linkedLaw")) || undefined} onChange={(e) => set("linkedLaw", e.target.value as LinkedLaw)}>
                <option value="">選んでください</option>
                {(Object.keys(LAW_LABELS) as LinkedLaw[]).map((l) => (
                  <option key={l} value={l}>
                    {LAW_LABELS[l]}
                  </option>
                ))}
              </select>
              <FieldError id="ad-law-error" show={Boolean(fieldMessage("linkedLaw"))} message={fieldMessage("linkedLaw")} />
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="ad-title">事業名（任意）</label>
            <input id="ad-title" type="text" value={draft.projectTitle} aria-describedby="ad-title-error" onChange={(e) => set("projectTitle", e.target.value)} />
            <FieldError id="ad-title-error" show={Boolean(fieldMessage("projectTitle"))} message={fieldMessage("projectTitle")} />
          </div>
          <div className="field">
            <label htmlFor="ad-area">対象地域（任意）</label>
            <input id="ad-area" type="text" value={draft.targetArea} aria-describedby="ad-area-error" onChange={(e) => set("targetArea", e.target.value)} />
            <FieldError id="ad-area-error" show={Boolean(fieldMessage("targetArea"))} message={fieldMessage("targetArea")} />
          </div>
          {otherError ? (
            <p className="error" role="alert">
              {otherError}
            </p>
          ) : null}
          {done ? (
            <p className="success" role="status" data-testid="ad-done">
              {done}
            </p>
          ) : null}
          <div className="actions">
            <button type="submit" className="button" disabled={record.pending}>
              {record.pending ? "登録しています…" : "採択を登録する"}
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="ad-list-h">
        <h2 id="ad-list-h">採択の一覧</h2>
        <div className="toolbar" role="search" aria-label="採択の絞り込み">
          <div className="field">
            <label htmlFor="ad-f-year">年度で絞り込む</label>
            <select
              id="ad-f-year"
              value={filter.fiscalYear ?? ""}
              onChange={(e) => {
                setFilter({ fiscalYear: e.target.value ? Number(e.target.value) : null, frame: null });
                setAfter(null);
              }}
            >
              <option value="">すべての年度</option>
              {years.map((s) => (
                <option key={s.fiscalYear} value={s.fiscalYear}>
                  {fyLabel(s.fiscalYear)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="ad-f-frame">枠で絞り込む</label>
            <select
              id="ad-f-frame"
              value={filter.frame ?? ""}
              onChange={(e) => {
                setFilter((f) => ({ ...f, frame: (e.target.value || null) as SubsidyFrame | null }));
                setAfter(null);
              }}
            >
              <option value="">すべての枠</option>
              {(filter.fiscalYear ? filterFrames.map((f) => f.frame) : allFrames).map((f) => (
                <option key={f} value={f}>
                  {FRAME_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ErrorMessage message={list.error} />
        <Loading show={list.loading && !list.data} />
        {list.data ? (
          <>
            <p role="status" data-testid="ad-count">
              {list.data.adoptions.totalCount}件
            </p>
            <div className="table-wrap">
              <table data-testid="ad-table">
                <caption className="visually-hidden">採択の一覧</caption>
                <thead>
                  <tr>
                    <th scope="col">採択</th>
                    <th scope="col">枠</th>
                    <th scope="col">採択事業者（公表順）</th>
                    <th scope="col">事業名</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.adoptions.edges.map(({ node: a }) => (
                    <tr key={a.id} data-id={a.id}>
                      <th scope="row">{a.id}</th>
                      <td>
                        {a.frameLabelJa}
                        {a.linkedLawLabelJa ? `（${a.linkedLawLabelJa}）` : ""}
                      </td>
                      <td>{a.members.map((m) => `(${m.order}) ${m.operator.nameJa}`).join("、")}</td>
                      <td>{a.projectTitle ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="pager">
              {after ? (
                <button type="button" className="button secondary small" onClick={() => setAfter(null)}>
                  最初から表示
                </button>
              ) : null}
              {list.data.adoptions.pageInfo.hasNextPage ? (
                <button type="button" className="button secondary small" onClick={() => setAfter(list.data?.adoptions.pageInfo.endCursor ?? null)}>
                  次の50件
                </button>
              ) : null}
            </div>
          </>
        ) : null}
      </section>
    </Page>
  );
}
