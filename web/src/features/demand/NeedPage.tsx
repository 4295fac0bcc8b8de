import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { NeedStatus } from "../../gql/graphql";
import { formatDate, useQuery } from "../../lib/hooks";
import { NEED_STATUSES } from "./labels";
import { StatusBadge } from "./MatchingBoard";
import { ProposeDialog, type ProposeTarget } from "./ProposeDialog";
import { ReasonsList } from "./Reasons";
import { DemoBadge, FormProblemMessage, Props, useDemandMutation } from "./shared";
import "./demand.css";

const NeedDetail = graphql(`
  query DemandNeed($id: ID!, $withSuggestions: Boolean!, $suggestions: Int!) {
    need(id: $id) {
      id
      title
      description
      businessProblem
      kindLabelsJa
      skills
      workFormLabelsJa
      workStyleLabelsJa
      purposeLabelJa
      periodJa
      startsOn
      endsOn
      volumeJa
      compensation {
        textJa
      }
      status
      statusLabelJa
      scopeLabelJa
      discloseCompany
      discloseCompensation
      companyLabelJa
      company {
        id
      }
      ownerOperator {
        id
        nameJa
      }
      viewerIsOwner
      isDemo
      matchings(first: 50) {
        totalCount
        edges {
          node {
            id
            status
            statusLabelJa
            updatedAt
            isDemo
            talentOperator {
              id
              nameJa
            }
            card {
              kindLabelsJa
              homePrefectureNameJa
            }
          }
        }
      }
    }
    needSuggestions(needId: $id, first: $suggestions) @include(if: $withSuggestions) {
      considered
      consideredIsLowerBound
      items {
        score
        matchingId
        reasons {
          kind
          textJa
          points
        }
        card {
          cardId
          kindLabelsJa
          skills
          availabilityLabelJa
          homePrefectureNameJa
          interestInRegionLabelJa
          isDemo
          ownerOperator {
            id
            nameJa
          }
        }
      }
    }
  }
`);

const SetStatus = graphql(`
  mutation DemandSetNeedStatus($id: ID!, $status: NeedStatus!) {
    setNeedStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

/** What the owner may do with a need in each state (the API refuses anything else). */
const STATUS_ACTIONS: Partial<Record<NeedStatus, Array<[NeedStatus, string]>>> = {
  DRAFT: [["OPEN", "募集を始める"], ["CLOSED", "終了にする"]],
  OPEN: [["CLOSED", "募集を終了する"]],
  MATCHED: [["CLOSED", "終了にする"]],
};

/** A need: its content and state; for its owner, the consented people of other regions suggested for it, with reasons. */
export function NeedPage() {
  const { id = "" } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const updated = (location.state as { updated?: boolean } | null)?.updated === true;
  const [shown, setShown] = useState(10);
  const { data, error, loading, reload } = useQuery(NeedDetail, { id, withSuggestions: true, suggestions: shown });
  const setStatus = useDemandMutation(SetStatus);
  const [target, setTarget] = useState<ProposeTarget | null>(null);
  const [proposed, setProposed] = useState<{ id: string; summary: string } | null>(null);

  const need = data?.need;
  if (!data) {
    return (
      <Page title="人材ニーズ">
        <ErrorMessage message={error} />
        <Loading show={loading} />
      </Page>
    );
  }
  if (!need) {
    return (
      <Page title="ニーズが見つかりません">
        <p>
          削除されたか、共有範囲の外のニーズです。<Link to="/demand/companies">支援企業の一覧</Link>から選び直してください。
        </p>
      </Page>
    );
  }

  const suggestions = data.needSuggestions;
  const best = Math.max(0, ...(suggestions?.items.map((s) => s.score) ?? []));
  const actions = need.viewerIsOwner ? STATUS_ACTIONS[need.status] ?? [] : [];

  return (
    <Page title={need.title}>
      <p>
        {need.company && need.viewerIsOwner ? <Link to={`/demand/companies/${need.company.id}`}>← {need.companyLabelJa}</Link> : <span>{need.companyLabelJa}</span>}
      </p>
      {created ? (
        <p className="success" role="status">
          ニーズを登録しました。
        </p>
      ) : null}
      {updated ? (
        <p className="success" role="status" data-testid="need-updated">
          ニーズの内容を保存しました。
        </p>
      ) : null}
      <p>
        <span className={`badge status-${need.status.toLowerCase()}`} data-testid="need-status">
          {need.statusLabelJa}
        </span>
        {need.isDemo ? <DemoBadge /> : null}
      </p>
      <section className="panel demand" aria-labelledby="need-h">
        <h2 id="need-h">ニーズの内容</h2>
        <Props
          testId="need-props"
          items={[
            ["企業", need.companyLabelJa],
            ["経営課題", need.businessProblem],
            ["仕事の内容", need.description],
            ["求める人材", need.kindLabelsJa.join("、")],
            ["スキル", need.skills.join("、")],
            ["働き方", need.workFormLabelsJa.join("、")],
            ["勤務スタイル", need.workStyleLabelsJa.join("、") || "問わない"],
            ["目的", need.purposeLabelJa],
            ["期間", [need.periodJa, need.startsOn && `${need.startsOn}〜${need.endsOn ?? ""}`].filter(Boolean).join(" ")],
            ["稼働量", need.volumeJa],
            ["報酬", need.compensation?.textJa ?? (need.viewerIsOwner ? "" : "非公開または指定なし")],
            ["共有範囲", `${need.scopeLabelJa}${need.viewerIsOwner ? `（企業名を${need.discloseCompany ? "見せる" : "見せない"}・報酬を${need.discloseCompensation ? "見せる" : "見せない"}）` : ""}`],
            ["登録した事業者", need.ownerOperator.nameJa],
          ]}
        />
        {need.viewerIsOwner ? (
          <div className="actions">
            <Link className="button secondary" to={`/demand/needs/${encodeURIComponent(need.id)}/edit`}>
              内容を編集する
            </Link>
            {actions.map(([to, label]) => (
              <button
                key={to}
                type="button"
                className={to === "CLOSED" ? "button secondary" : "button"}
                disabled={setStatus.pending}
                onClick={() => void setStatus.run({ id: need.id, status: to }).then((r) => r && reload())}
              >
                {label}
              </button>
            ))}
          </div>
        ) : null}
        <FormProblemMessage problem={setStatus.problem} fields={[]} />
      </section>

      {proposed ? (
        <p className="success" role="status" data-testid="matching-proposed">
          {proposed.summary}の人材にマッチングを提案しました。 <Link to={`/demand/matchings/${proposed.id}`}>マッチングを開く</Link>
        </p>
      ) : null}

      {need.matchings && need.matchings.totalCount > 0 ? (
        <section aria-labelledby="need-matchings-h">
          <h2 id="need-matchings-h">このニーズのマッチング（{need.matchings.totalCount}件）</h2>
          <ul className="hits" data-testid="need-matchings">
            {need.matchings.edges.map(({ node }) => (
              <li key={node.id} className="hit">
                <StatusBadge status={node.status} label={node.statusLabelJa} /> <Link to={`/demand/matchings/${node.id}`}>
                  {node.card ? `${node.card.kindLabelsJa.join("、")}（${node.card.homePrefectureNameJa ?? "都道府県不明"}）` : "人材（同意の範囲外）"}
                </Link>{" "}
                <span className="meta">
                  {node.talentOperator.nameJa}・更新 {formatDate(node.updatedAt)}
                </span>
                {node.isDemo ? <DemoBadge /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {need.viewerIsOwner ? (
        <section aria-labelledby="suggestions-h">
          <h2 id="suggestions-h">提案できる人材</h2>
          {need.status !== "OPEN" ? <p className="notice">提案できるのは「{NEED_STATUSES.find((s) => s[0] === "OPEN")![1]}」のニーズだけです。</p> : null}
          {suggestions ? (
            <>
              <p className="hint" data-testid="suggestions-considered">
                本人が「{need.purposeLabelJa}」の目的と、この事業者への共有に同意した人だけを、一致度の高い順に表示しています（条件に合う
                {suggestions.considered.toLocaleString("ja-JP")}人{suggestions.consideredIsLowerBound ? "以上" : ""}から）。氏名と連絡先は紹介が承諾されるまで表示されません。
              </p>
              {suggestions.items.length === 0 ? <p>今は条件に合う人材がいません。</p> : null}
              <ul className="suggestions" data-testid="suggestions">
                {suggestions.items.map((s) => {
                  const summary = `${s.card.homePrefectureNameJa ?? "都道府県不明"}・${s.card.kindLabelsJa.join("、")}`;
                  return (
                    <li key={s.card.cardId} className="suggestion" data-testid="suggestion">
                      <h3>
                        {s.card.kindLabelsJa.join("、")} {s.card.isDemo ? <DemoBadge /> : null}
                      </h3>
                      <div>
                        <p className="meta">登録: {s.card.ownerOperator.nameJa}</p>
                        <Props
                          items={[
                            ["スキル", s.card.skills.join("、")],
                            ["稼働形態", s.card.availabilityLabelJa],
                            ["都道府県", s.card.homePrefectureNameJa],
                            ["地域への関心", s.card.interestInRegionLabelJa],
                          ]}
                        />
                      </div>
                      <div>
                        <ReasonsList id={`s-${s.card.cardId}`} score={s.score} best={best} reasons={s.reasons} />
                        <div className="actions">
                          {s.matchingId ? (
                            <Link className="button secondary" to={`/demand/matchings/${s.matchingId}`}>
                              進行中のマッチングを見る
                            </Link>
                          ) : need.status === "OPEN" ? (
                            <button type="button" className="button" onClick={() =>
                                setTarget({
                                  needId: need.id,
                                  cardId: s.card.cardId,
                                  summary,
                                  explanation: `${s.card.ownerOperator.nameJa}が登録した人材（${summary}）を「${need.title}」に提案します。次に紹介を依頼し、相手の事業者が本人に確認して承諾すると「紹介済み」に進めます。`,
                                })
                              }>
                              マッチングを提案する…
                            </button>
                          ) : null}
                        </div>
                      </div>
                    </li>
                  );
                })}
              </ul>
              {suggestions.items.length === shown && shown < 50 ? (
                <div className="actions">
                  <button type="button" className="button secondary" disabled={loading} onClick={() => setShown(50)}>
                    さらに表示する（50人まで）
                  </button>
                </div>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}

      <ProposeDialog
        target={target}
        onClose={() => setTarget(null)}
        onProposed={(matchingId, t) => {
          setProposed({ id: matchingId, summary: t.summary });
          reload();
        }}
      />
    </Page>
  );
}
