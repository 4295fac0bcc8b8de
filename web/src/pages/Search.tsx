import { useRef, useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { Select, TextField } from "../components/Field";
import { ErrorMessage, Loading, Page } from "../components/Layout";
import { graphql } from "../gql";
import type { Availability, InterestInRegion, RegionalBlock, SharingPurpose, TalentKind, WorkStyle } from "../gql/graphql";
import { useMutation, useQuery } from "../lib/hooks";
import { AVAILABILITIES, INTERESTS, INTRODUCTION_STATUSES, labelOf, PREFECTURES, PURPOSES, REGIONAL_BLOCKS, TALENT_KINDS, WORK_STYLES } from "../lib/labels";

const PAGE_SIZE = 20;

/** 「1,234件」, or 「1,000件以上」 when the API says the figure is a lower bound. */
const countLabel = (count: number, isLowerBound: boolean) => `${count.toLocaleString("ja-JP")}件${isLowerBound ? "以上" : ""}`;

/** Toggles a value in a list (checkbox groups). */
const toggled = <T,>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

const SearchTalent = graphql(`
  query WorkspaceSearch($filter: SharedTalentFilter!, $first: Int, $after: String) {
    searchSharedTalent(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountIsLowerBound
      facets {
        byKind {
          kind
          kindLabelJa
          count
        }
        byBlock {
          block
          blockLabelJa
          count
        }
        isLowerBound
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          cardId
          kindLabelsJa
          skills
          yearsOfExperience
          availabilityLabelJa
          interestInRegionLabelJa
          homePrefectureNameJa
          isDemo
          ownerOperator {
            id
            nameJa
          }
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
  }
`);

const RequestIntroduction = graphql(`
  mutation WorkspaceRequestIntroduction($cardId: ID!, $purpose: SharingPurpose!, $message: String!) {
    requestIntroduction(cardId: $cardId, purpose: $purpose, message: $message) {
      id
      status
    }
  }
`);

interface Card {
  cardId: string;
  ownerOperator: { nameJa: string };
  kindLabelsJa: string[];
}

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const purpose = (params.get("purpose") ?? "") as SharingPurpose | "";
  const kinds = params.getAll("kind") as TalentKind[];
  const skill = params.get("skill") ?? "";
  const availability = (params.get("availability") ?? "") as Availability | "";
  const block = (params.get("block") ?? "") as RegionalBlock | "";
  const prefectureCode = params.get("pref") ?? "";
  const workStyles = params.getAll("ws") as WorkStyle[];
  const interests = params.getAll("interest") as InterestInRegion[];
  const after = params.get("after");
  const [form, setForm] = useState({ purpose: purpose || "SIDE_JOB_MATCHING", kinds, skill, availability, block, prefectureCode, workStyles, interests });
  const [problem, setProblem] = useState<string | null>(null);
  const [target, setTarget] = useState<Card | null>(null);
  const [message, setMessage] = useState("");
  const [messageProblem, setMessageProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const ask = useMutation(RequestIntroduction);

  const filter = {
    purpose: (purpose || "SIDE_JOB_MATCHING") as SharingPurpose,
    ...(kinds.length ? { kinds } : {}),
    ...(skill ? { skill } : {}),
    ...(availability ? { availability } : {}),
    ...(block ? { block } : {}),
    ...(prefectureCode ? { prefectureCode } : {}),
    ...(workStyles.length ? { workStyles } : {}),
    ...(interests.length ? { interestInRegion: interests } : {}),
  };
  const { data, error, loading, reload } = useQuery(SearchTalent, { filter, first: PAGE_SIZE, after }, { skip: !purpose });
  const statusByCard = new Map<string, string>();
  for (const { node } of data?.outgoingIntroductionRequests.edges ?? []) {
    if (!statusByCard.has(node.cardId) || node.status === "OPEN" || node.status === "ACCEPTED") statusByCard.set(node.cardId, node.status);
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (form.skill.trim().length > 50) {
      setProblem("スキルは50文字までで入力してください。");
      return;
    }
    setProblem(null);
    apply(form);
  };
  /** Puts a filter in the address (the search reads it from there), starting again at the first page. */
  const apply = (f: typeof form) => {
    const next = new URLSearchParams();
    next.set("purpose", f.purpose);
    for (const k of f.kinds) next.append("kind", k);
    if (f.skill.trim()) next.set("skill", f.skill.trim());
    if (f.availability) next.set("availability", f.availability);
    if (f.block) next.set("block", f.block);
    if (f.prefectureCode) next.set("pref", f.prefectureCode);
    for (const w of f.workStyles) next.append("ws", w);
    for (const i of f.interests) next.append("interest", i);
    setParams(next);
  };
  /** A facet narrows the current search (the filter as searched, not unsent edits of the form). */
  const narrow = (change: Partial<typeof form>) => {
    const next = { purpose: filter.purpose, kinds, skill, availability, block, prefectureCode, workStyles, interests, ...change };
    setForm(next);
    apply(next);
  };
  const open = (card: Card) => {
    setTarget(card);
    setMessage("");
    setMessageProblem(null);
    ask.setError(null);
    dialog.current?.showModal();
  };
  const onAsk = async (event: FormEvent) => {
    event.preventDefault();
    if (!target) return;
    const text = message.trim();
    if (text.length < 1 || text.length > 2000) {
      setMessageProblem("メッセージを1〜2000文字で入力してください。");
      return;
    }
    const result = await ask.run({ cardId: target.cardId, purpose: filter.purpose, message: text });
    if (result) {
      dialog.current?.close();
      setSent(`${target.ownerOperator.nameJa}に紹介を依頼しました。返事は「紹介依頼」の送信一覧で確認できます。`);
      reload();
    }
  };
  const result = data?.searchSharedTalent;

  return (
    <Page title="全国の人材検索" lead="ほかの地域の事業者が登録した人材のうち、本人が同意した範囲と目的に合う人だけが、氏名と連絡先を除いたカードで表示されます。表示はすべて記録されます。">
      <form className="panel form" onSubmit={onSubmit} role="search" aria-label="人材の検索条件">
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="toolbar">
          <Select id="s-purpose" label="目的（必須）" required options={PURPOSES} value={form.purpose} onChange={(v) => v && setForm({ ...form, purpose: v })} />
          <TextField id="s-skill" label="スキル（自由語）" type="search" maxLength={50} value={form.skill} onChange={(v) => setForm({ ...form, skill: v })} />
          <Select id="s-availability" label="稼働形態" emptyLabel="すべて" options={AVAILABILITIES} value={form.availability} onChange={(v) => setForm({ ...form, availability: v })} />
          <Select id="s-block" label="地域ブロック" emptyLabel="すべて" options={REGIONAL_BLOCKS} value={form.block} onChange={(v) => setForm({ ...form, block: v, prefectureCode: "" })} />
          <Select
            id="s-pref"
            label="都道府県"
            emptyLabel="すべて"
            options={PREFECTURES.filter((p) => !form.block || p[2] === form.block)}
            value={form.prefectureCode}
            onChange={(v) => setForm({ ...form, prefectureCode: v })}
          />
        </div>
        <div className="choice-groups">
          <fieldset>
            <legend>勤務スタイル（いずれかを希望する人）</legend>
            <div className="choices compact">
              {WORK_STYLES.map(([v, l]) => (
                <label className="choice" key={v}>
                  <input type="checkbox" name="ws" value={v} checked={form.workStyles.includes(v)} onChange={() => setForm({ ...form, workStyles: toggled(form.workStyles, v) })} />
                  {l}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>地域への関心（いずれかに当てはまる人）</legend>
            <div className="choices compact">
              {INTERESTS.map(([v, l]) => (
                <label className="choice" key={v}>
                  <input type="checkbox" name="interest" value={v} checked={form.interests.includes(v)} onChange={() => setForm({ ...form, interests: toggled(form.interests, v) })} />
                  {l}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <details>
          <summary>人材の種類で絞り込む{form.kinds.length ? `（${form.kinds.length}件選択中）` : ""}</summary>
          <fieldset>
            <legend>人材の種類（いずれかに当てはまる人）</legend>
            <div className="choices">
              {TALENT_KINDS.map(([v, l]) => (
                <label className="choice" key={v}>
                  <input
                    type="checkbox"
                    checked={form.kinds.includes(v)}
                    onChange={() => setForm({ ...form, kinds: form.kinds.includes(v) ? form.kinds.filter((k) => k !== v) : [...form.kinds, v] })}
                  />
                  {l}
                </label>
              ))}
            </div>
          </fieldset>
        </details>
        <div className="actions">
          <button type="submit" className="button">
            検索する
          </button>
        </div>
      </form>
      {sent ? (
        <p className="success" role="status" data-testid="request-sent">
          {sent} <Link to="/introductions?box=outbox">送信一覧を見る</Link>
        </p>
      ) : null}
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {!purpose ? <p>目的を選んで「検索する」を押してください。目的ごとに本人の同意を確認します。</p> : null}
      {result ? (
        <>
          <h2 id="results-heading">検索結果</h2>
          <p role="status" data-testid="search-count">
            {labelOf(PURPOSES, filter.purpose)}の目的で{" "}
            {result.totalCountIsLowerBound ? countLabel(result.totalCount, true) : `${result.totalCount.toLocaleString("ja-JP")}人`}
          </p>
          {result.totalCount > 0 ? (
            <section className="panel facet-panel" aria-labelledby="facets-heading" data-testid="search-facets">
              <h3 id="facets-heading">この条件での内訳{result.facets.isLowerBound ? "（新しく登録された1,000人までの集計）" : ""}</h3>
              <p className="hint">項目を押すと、その条件で絞り込みます。</p>
              <div className="facet-groups">
                <div role="group" aria-labelledby="facet-kind-heading">
                  <h4 id="facet-kind-heading">人材の種類</h4>
                  <ul className="facet-list" data-testid="facet-kinds">
                    {result.facets.byKind.map((f) => {
                      const active = kinds.length === 1 && kinds[0] === f.kind;
                      return (
                        <li key={f.kind}>
                          <button type="button" className="facet" aria-pressed={active} onClick={() => narrow({ kinds: [f.kind] })}>
                            <span>{f.kindLabelJa}</span> <span className="facet-count">{countLabel(f.count, result.facets.isLowerBound)}</span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
                <div role="group" aria-labelledby="facet-block-heading">
                  <h4 id="facet-block-heading">地域ブロック（本人の都道府県）</h4>
                  <ul className="facet-list" data-testid="facet-blocks">
                    {result.facets.byBlock.map((f) => {
                      const active = block === f.block;
                      return (
                        <li key={f.block}>
                          <button type="button" className="facet" aria-pressed={active} onClick={() => narrow({ block: f.block, prefectureCode: "" })}>
                            <span>{f.blockLabelJa}</span> <span className="facet-count">{countLabel(f.count, result.facets.isLowerBound)}</span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              </div>
            </section>
          ) : null}
          {result.totalCount === 0 ? <p>条件に合う人材はいません。条件を広げてみてください。</p> : null}
          <ul className="cards" aria-labelledby="results-heading">
            {result.edges.map(({ node }) => {
              const status = statusByCard.get(node.cardId);
              return (
                <li className="card" key={node.cardId} data-testid="talent-card">
                  <h3>{node.kindLabelsJa.join("、")}</h3>
                  <p className="meta">登録: {node.ownerOperator.nameJa}</p>
                  <dl className="props">
                    <dt>スキル</dt>
                    <dd>{node.skills.join("、") || "—"}</dd>
                    <dt>稼働形態</dt>
                    <dd>{node.availabilityLabelJa}</dd>
                    <dt>経験年数</dt>
                    <dd>{node.yearsOfExperience == null ? "—" : `${node.yearsOfExperience}年`}</dd>
                    <dt>都道府県</dt>
                    <dd>{node.homePrefectureNameJa ?? "—"}</dd>
                    <dt>地域への関心</dt>
                    <dd>{node.interestInRegionLabelJa ?? "—"}</dd>
                  </dl>
                  {node.isDemo ? <span className="badge demo">デモデータ</span> : null}
                  {status === "OPEN" || status === "ACCEPTED" ? (
                    <p className="badge warn" data-testid="card-status">
                      紹介依頼: {labelOf(INTRODUCTION_STATUSES, status)}
                    </p>
                  ) : (
                    <div className="actions">
                      <button type="button" className="button" onClick={() => open(node)}>
                        紹介を依頼する
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {after || result.pageInfo.hasNextPage ? <nav className="pager" aria-label="ページ送り">
            {after ? (
              <button
                type="button"
                className="button secondary small"
                onClick={() => {
                  const next = new URLSearchParams(params);
                  next.delete("after");
                  setParams(next);
                }}
              >
                最初のページ
              </button>
            ) : null}
            <button
              type="button"
              className="button secondary small"
              disabled={!result.pageInfo.hasNextPage}
              onClick={() => {
                const next = new URLSearchParams(params);
                next.set("after", result.pageInfo.endCursor ?? "");
                setParams(next);
              }}
            >
              次のページ
            </button>
          </nav> : null}
        </>
      ) : null}
      <dialog ref={dialog} aria-labelledby="ask-heading">
        <form onSubmit={(e) => void onAsk(e)} className="form" noValidate>
          <h2 id="ask-heading">紹介を依頼する</h2>
          {target ? (
            <p>
              {target.ownerOperator.nameJa}に、この人材（{target.kindLabelsJa.join("、")}）の紹介を依頼します。目的: {labelOf(PURPOSES, filter.purpose)}
            </p>
          ) : null}
          <ErrorMessage message={ask.error} />
          <TextField
            id="ask-message"
            label="メッセージ（必須・2000文字まで）"
            hint="依頼の内容、相手の企業、条件などを書いてください。相手の事業者が読み、本人に取り次ぐか判断します。"
            rows={5}
            maxLength={2000}
            value={message}
            onChange={setMessage}
            error={messageProblem}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={ask.pending}>
              {ask.pending ? "送信中…" : "依頼を送る"}
            </button>
            <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
              やめる
            </button>
          </div>
        </form>
      </dialog>
    </Page>
  );
}
