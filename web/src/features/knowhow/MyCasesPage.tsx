import { Link } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import { formatDateTime, useQuery, useSession } from "../../lib/hooks";
import { KnowhowNav } from "./KnowhowNav";
import { VISIBILITY_BADGE } from "./SearchPage";

const MyCases = graphql(`
  query KnowhowMyCases($operatorId: ID!) {
    caseStudies(operatorId: $operatorId, first: 100) {
      totalCount
      edges {
        node {
          id
          titleJa
          status
          visibility
          intendedVisibility
          updatedAt
        }
      }
    }
  }
`);

export function MyCasesPage() {
  const session = useSession();
  const operatorId = session?.operatorId ?? "";
  const { data, error, loading } = useQuery(MyCases, { operatorId }, { skip: !operatorId });
  return (
    <Page title="自事業者の事例" lead="下書きは自事業者と全国管理者だけが見られます。公開すると、選んだ公開範囲の人が検索で見つけられます。">
      <KnowhowNav />
      <div className="actions">
        <Link className="button" to="/knowhow/new">
          事例を書く
        </Link>
      </div>
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {data ? (
        data.caseStudies.totalCount === 0 ? (
          <p>まだ事例がありません。</p>
        ) : (
          <div className="table-wrap">
            <table className="stack" data-testid="my-cases">
              <thead>
                <tr>
                  <th scope="col">タイトル</th>
                  <th scope="col">状態</th>
                  <th scope="col">公開範囲</th>
                  <th scope="col">最終更新</th>
                </tr>
              </thead>
              <tbody>
                {data.caseStudies.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td data-label="タイトル">
                      <Link to={`/knowhow/cases/${encodeURIComponent(node.id)}`}>{node.titleJa}</Link>
                    </td>
                    <td data-label="状態">{node.status === "DRAFT" ? <span className="badge warn">下書き</span> : <span className="badge ok">公開済み</span>}</td>
                    <td data-label="公開範囲">
                      {VISIBILITY_BADGE[node.visibility]}
                      {node.status === "DRAFT" ? `（公開後: ${VISIBILITY_BADGE[node.intendedVisibility]}）` : ""}
                    </td>
                    <td data-label="最終更新">{formatDateTime(node.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </Page>
  );
}
