import { Link, useParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import { formatDate, useQuery } from "../../lib/hooks";
import { DemoBadge, Props } from "./shared";
import "./demand.css";

const Company = graphql(`
  query DemandCompany($id: ID!) {
    regionalCompany(id: $id) {
      id
      nameJa
      nameVariants
      jsicDivisionLabelJa
      industryNoteJa
      sizeClassLabelJa
      prefecture {
        nameJa
      }
      municipalityJa
      visibility
      storyJa
      isDemo
      supportingOperators {
        id
        nameJa
      }
    }
    ownNeeds(companyId: $id, first: 100) {
      totalCount
      edges {
        node {
          id
          title
          status
          statusLabelJa
          scopeLabelJa
          workFormLabelsJa
          kindLabelsJa
          isDemo
          updatedAt
        }
      }
    }
  }
`);

/** One company: what the operator knows of it and its needs (案件) with their state. */
export function CompanyPage() {
  const { id = "" } = useParams();
  const { data, error, loading } = useQuery(Company, { id });
  const company = data?.regionalCompany;
  if (!data) {
    return (
      <Page title="支援企業">
        <ErrorMessage message={error} />
        <Loading show={loading} />
      </Page>
    );
  }
  if (!company) {
    return (
      <Page title="企業が見つかりません">
        <p>
          削除されたか、見る権限のない企業です。<Link to="/demand/companies">支援企業の一覧</Link>から選び直してください。
        </p>
      </Page>
    );
  }
  const needs = data.ownNeeds;
  return (
    <Page title={company.nameJa}>
      <p>
        <Link to="/demand/companies">← 支援企業の一覧</Link>
      </p>
      {company.isDemo ? <DemoBadge /> : null}
      <section className="panel demand" aria-labelledby="company-h">
        <h2 id="company-h">企業の情報</h2>
        <Props
          testId="company-props"
          items={[
            ["別名", company.nameVariants.join("、")],
            ["業種", company.jsicDivisionLabelJa ?? company.industryNoteJa],
            ["規模", company.sizeClassLabelJa],
            ["所在地", [company.prefecture?.nameJa, company.municipalityJa].filter(Boolean).join(" ")],
            ["公開範囲", company.visibility === "PUBLIC" ? "公開" : "ネットワーク内のみ"],
            ["支援する事業者", company.supportingOperators.map((o) => o.nameJa).join("、")],
            ["資料の記述", company.storyJa],
          ]}
        />
      </section>
      <section aria-labelledby="needs-h">
        <h2 id="needs-h">人材ニーズ（案件）</h2>
        <div className="actions">
          <Link className="button" to={`/demand/companies/${company.id}/needs/new`}>
            ニーズを登録する
          </Link>
        </div>
        {needs.totalCount === 0 ? (
          <p>まだニーズを登録していません。</p>
        ) : (
          <div className="table-wrap">
            <table className="stack" data-testid="need-table">
              <caption>{needs.totalCount}件のニーズ</caption>
              <thead>
                <tr>
                  <th scope="col">タイトル</th>
                  <th scope="col">状態</th>
                  <th scope="col">働き方</th>
                  <th scope="col">共有範囲</th>
                  <th scope="col">更新</th>
                </tr>
              </thead>
              <tbody>
                {needs.edges.map(({ node }) => (
                  <tr key={node.id} data-testid="need-row">
                    <td data-label="タイトル">
                      <Link to={`/demand/needs/${node.id}`}>{node.title}</Link> {node.isDemo ? <DemoBadge /> : null}
                      <span className="meta"> {node.kindLabelsJa.join("、")}</span>
                    </td>
                    <td data-label="状態">
                      <span className={`badge status-${node.status.toLowerCase()}`}>{node.statusLabelJa}</span>
                    </td>
                    <td data-label="働き方">{node.workFormLabelsJa.join("、")}</td>
                    <td data-label="共有範囲">{node.scopeLabelJa}</td>
                    <td data-label="更新" className="nowrap">
                      {formatDate(node.updatedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Page>
  );
}
