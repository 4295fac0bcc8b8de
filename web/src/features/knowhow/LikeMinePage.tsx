import { Link } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import { useQuery, useSession } from "../../lib/hooks";
import { KnowhowNav } from "./KnowhowNav";

const LikeMine = graphql(`
  query KnowhowLikeMine($operatorId: ID!) {
    regionsLikeMine(operatorId: $operatorId, first: 10) {
      score
      reasons
      caseStudy {
        id
        titleJa
        place
        summaryJa
        operator {
          id
          nameJa
        }
      }
    }
  }
`);

export function LikeMinePage() {
  const session = useSession();
  const operatorId = session?.operatorId ?? "";
  const { data, error, loading } = useQuery(LikeMine, { operatorId }, { skip: !operatorId });
  return (
    <Page title="似た地域の事例" lead="主導組織のパターン、地域の規模、法人格、地域ブロック、対象の人材、事業の種類が近い順です。選ばれた理由も示します。">
      <KnowhowNav />
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {data ? (
        data.regionsLikeMine.length === 0 ? (
          <p>似た地域の事例はまだありません。</p>
        ) : (
          <ol className="cards" data-testid="like-mine">
            {data.regionsLikeMine.map((s) => (
              <li className="card" key={s.caseStudy.id}>
                <h3>
                  <Link to={`/knowhow/cases/${encodeURIComponent(s.caseStudy.id)}`}>{s.caseStudy.titleJa}</Link>
                </h3>
                <p className="meta">
                  {s.caseStudy.operator.nameJa}
                  {s.caseStudy.place ? `・${s.caseStudy.place}` : ""}・類似度 {s.score.toFixed(1)}
                </p>
                <ul className="reasons" aria-label="選ばれた理由">
                  {s.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </Page>
  );
}
