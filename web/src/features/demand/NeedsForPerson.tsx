import { useState } from "react";
import { Link } from "react-router";
import { ErrorMessage, Loading } from "../../components/Layout";
import { graphql } from "../../gql";
import { useQuery } from "../../lib/hooks";
import { ProposeDialog, type ProposeTarget } from "./ProposeDialog";
import { ReasonsList } from "./Reasons";
import { DemoBadge, Props } from "./shared";
import "./demand.css";

const NeedsForTalent = graphql(`
  query DemandNeedsForTalent($talentId: ID!, $first: Int!) {
    needsForTalent(talentId: $talentId, first: $first) {
      score
      matchingId
      reasons {
        kind
        textJa
        points
      }
      need {
        id
        title
        companyLabelJa
        kindLabelsJa
        workFormLabelsJa
        workStyleLabelsJa
        purposeLabelJa
        periodJa
        volumeJa
        compensation {
          textJa
        }
        isDemo
        ownerOperator {
          id
          nameJa
        }
      }
    }
  }
`);

/**
 * 「この人に合う他地域の案件」 on a person's page of the own pool: the open needs of other regions the person fits (their
 * consent covers the need's operator and purpose), ranked with the reasons in words and a score, each with the action
 * that proposes the person for it.
 */
export function NeedsForPerson({ talentId, personName }: { talentId: string; personName: string }) {
  const [shown, setShown] = useState(10);
  const { data, error, loading, reload } = useQuery(NeedsForTalent, { talentId, first: shown });
  const [target, setTarget] = useState<ProposeTarget | null>(null);
  const [proposed, setProposed] = useState<{ id: string; summary: string } | null>(null);
  const items = data?.needsForTalent ?? [];
  const best = Math.max(0, ...items.map((s) => s.score));
  return (
    <section aria-labelledby="needs-for-person-h" data-testid="needs-for-person">
      <h2 id="needs-for-person-h">この人に合う他地域の案件</h2>
      <p className="hint">
        ほかの地域で募集中の人材ニーズのうち、本人の同意（共有範囲と目的）がその事業者を含むものだけを、一致度の高い順に表示しています。提案すると、相手の事業者に本人の氏名や連絡先は伝わりません（紹介が承諾されるまで）。
      </p>
      {error ? (
        <div data-testid="needs-for-person-error">
          <ErrorMessage message={`他地域の案件を読み込めませんでした。${error}`} />
          <button type="button" className="button secondary" onClick={reload}>
            もう一度読み込む
          </button>
        </div>
      ) : null}
      <Loading show={loading && !data} />
      {proposed ? (
        <p className="success" role="status" data-testid="person-matching-proposed">
          「{proposed.summary}」にマッチングを提案しました。 <Link to={`/demand/matchings/${proposed.id}`}>マッチングを開く</Link>
        </p>
      ) : null}
      {data && items.length === 0 ? (
        <p data-testid="needs-for-person-empty">
          今はこの人に合う他地域の募集中の案件はありません。スキルや働き方を更新するか、同意の共有範囲と目的を本人と確認してください。
        </p>
      ) : null}
      {items.length > 0 ? (
        <ul className="suggestions" data-testid="person-needs">
          {items.map((s) => (
            <li key={s.need.id} className="suggestion" data-testid="person-need">
              <h3>
                <Link to={`/demand/needs/${encodeURIComponent(s.need.id)}`}>{s.need.title}</Link> {s.need.isDemo ? <DemoBadge /> : null}
              </h3>
              <div>
                <p className="meta">
                  {s.need.companyLabelJa}・登録: {s.need.ownerOperator.nameJa}
                </p>
                <Props
                  items={[
                    ["求める人材", s.need.kindLabelsJa.join("、")],
                    ["働き方", s.need.workFormLabelsJa.join("、")],
                    ["勤務スタイル", s.need.workStyleLabelsJa.join("、") || "問わない"],
                    ["目的", s.need.purposeLabelJa],
                    ["期間", s.need.periodJa],
                    ["稼働量", s.need.volumeJa],
                    ["報酬", s.need.compensation?.textJa ?? "非公開または指定なし"],
                  ]}
                />
              </div>
              <div>
                <ReasonsList id={`pn-${s.need.id}`} score={s.score} best={best} reasons={s.reasons} />
                <div className="actions">
                  {s.matchingId ? (
                    <Link className="button secondary" to={`/demand/matchings/${s.matchingId}`}>
                      進行中のマッチングを見る
                    </Link>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-describedby={`pn-${s.need.id}-score`}
                      onClick={() =>
                        setTarget({
                          needId: s.need.id,
                          talentId,
                          summary: s.need.title,
                          explanation: `${personName}さんを、${s.need.ownerOperator.nameJa}の「${s.need.title}」（${s.need.companyLabelJa}）に提案します。相手の事業者が紹介を依頼し、本人が承諾すると「紹介済み」に進みます。`,
                        })
                      }
                    >
                      提案する…
                    </button>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {items.length === shown && shown < 50 ? (
        <div className="actions">
          <button type="button" className="button secondary" disabled={loading} onClick={() => setShown(50)}>
            さらに表示する（50件まで）
          </button>
        </div>
      ) : null}
      <ProposeDialog
        target={target}
        onClose={() => setTarget(null)}
        onProposed={(matchingId, t) => {
          setProposed({ id: matchingId, summary: t.summary });
          reload();
        }}
      />
    </section>
  );
}
