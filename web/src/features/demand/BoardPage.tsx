import { useSearchParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { MatchingSide } from "../../gql/graphql";
import { useQuery, useSession } from "../../lib/hooks";
import { MatchingBoard, type BoardColumn } from "./MatchingBoard";
import "./demand.css";

const Board = graphql(`
  query DemandBoard($side: MatchingSide, $perColumn: Int) {
    matchingBoard(side: $side, perColumn: $perColumn) {
      status
      count
      items {
        id
        status
        updatedAt
        isDemo
        need {
          id
          title
          companyLabelJa
        }
        card {
          kindLabelsJa
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
      }
    }
  }
`);

const SIDES: Array<[MatchingSide | "", string]> = [
  ["", "すべて"],
  ["NEED", "自地域の企業のニーズ"],
  ["TALENT", "自地域の人材"],
];

/** The matchings of the viewer's operator (either side) by state. */
export function BoardPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const side = (params.get("side") ?? "") as MatchingSide | "";
  const { data, error, loading } = useQuery(Board, { side: side || null, perColumn: 20 });
  const columns: BoardColumn[] =
    data?.matchingBoard.map((c) => ({
      status: c.status,
      count: c.count,
      items: c.items.map((m) => {
        const needSide = m.needOperator.id === session?.operatorId;
        return {
          id: m.id,
          status: m.status,
          needTitle: m.need?.title ?? "（共有範囲外のニーズ）",
          companyName: m.need?.companyLabelJa ?? "—",
          talentSummary: m.card ? `${m.card.kindLabelsJa.join("、")}（${m.card.homePrefectureNameJa ?? "都道府県不明"}）` : "人材（同意の範囲外）",
          otherOperatorName: needSide ? m.talentOperator.nameJa : m.needOperator.nameJa,
          side: needSide ? "NEED" : "TALENT",
          updatedAt: m.updatedAt,
          isDemo: m.isDemo,
        };
      }),
    })) ?? [];
  return (
    <Page title="マッチング" lead="自地域の企業のニーズと、自地域の人材にかかわるマッチングを、状態ごとに表示します。項目を開くと、次の段階へ進めたり、成立・不成立を記録したりできます。">
      <div className="tabs" role="group" aria-label="表示するマッチング">
        {SIDES.map(([value, label]) => (
          <button key={value} type="button" aria-pressed={side === value} onClick={() => setParams(value ? { side: value } : {})}>
            {label}
          </button>
        ))}
      </div>
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {data ? <MatchingBoard columns={columns} /> : null}
    </Page>
  );
}
