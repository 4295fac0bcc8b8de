import { Link, useParams } from "react-router";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import { useQuery } from "../../lib/hooks";
import { labelOf, TALENT_KINDS } from "../../lib/labels";
import { OutcomeTable } from "./CasePage";
import { KnowhowNav } from "./KnowhowNav";

const ProgramQuery = graphql(`
  query KnowhowProgram($id: ID!) {
    program(id: $id) {
      id
      nameJa
      kindLabelJa
      phaseLabelsJa
      targetTalentKinds
      fiscalYears
      startedYear
      fundingSources
      budgetFy2024Jpy
      place
      notes
      source
      operators {
        id
        nameJa
      }
      outcomes {
        metric
        valueText
        unit
        countingBasis
        basisNote
        period
        companies
        note
      }
    }
  }
`);

export function ProgramPage() {
  const { id = "" } = useParams();
  const { data, error, loading } = useQuery(ProgramQuery, { id });
  const p = data?.program;
  if (loading && !data) return <Loading show />;
  if (!p) {
    return (
      <Page title="事業が見つかりません">
        <ErrorMessage message={error} />
        <p>この事業は存在しないか、閲覧できる範囲にありません。</p>
        <p>
          <Link to="/knowhow">ノウハウ検索に戻る</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={p.nameJa}>
      <KnowhowNav />
      <dl className="props">
        <dt>種類</dt>
        <dd>{p.kindLabelJa}</dd>
        <dt>運営する事業者</dt>
        <dd>{p.operators.map((o) => o.nameJa).join("、")}</dd>
        <dt>場所</dt>
        <dd>{p.place ?? "記載なし"}</dd>
        <dt>支援の段階</dt>
        <dd>{p.phaseLabelsJa.join("、") || "記載なし"}</dd>
        <dt>対象の人材</dt>
        <dd>{p.targetTalentKinds.map((k) => labelOf(TALENT_KINDS, k)).join("、") || "記載なし"}</dd>
        <dt>実施年度</dt>
        <dd>{p.fiscalYears.length ? p.fiscalYears.map((y) => `${y}年度`).join("、") : "記載なし"}{p.startedYear ? `（${p.startedYear}年開始）` : ""}</dd>
        <dt>財源</dt>
        <dd>{p.fundingSources.join("、") || "記載なし"}</dd>
        {p.budgetFy2024Jpy !== null && p.budgetFy2024Jpy !== undefined ? (
          <>
            <dt>2024年度予算</dt>
            <dd>{p.budgetFy2024Jpy.toLocaleString("ja-JP")}円</dd>
          </>
        ) : null}
        {p.notes ? (
          <>
            <dt>備考</dt>
            <dd>{p.notes}</dd>
          </>
        ) : null}
        <dt>出典</dt>
        <dd>{p.source}</dd>
      </dl>
      <h2>成果（単位・数え方・期間つき）</h2>
      <OutcomeTable outcomes={p.outcomes} testId="outcomes" />
    </Page>
  );
}
