import { useState } from "react";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import { useQuery, useSession } from "../../lib/hooks";
import { labelOf, REGIONAL_BLOCKS } from "../../lib/labels";
import { FIRST_OUTCOME_FISCAL_YEAR, fiscalYearLabel, fiscalYearPeriod, selectableFiscalYears } from "./labels";
import { OutcomesChart } from "./OutcomesChart";
import { DemoBadge } from "./shared";
import "./demand.css";

const Outcomes = graphql(`
  query DemandOutcomes($operatorId: ID!, $fiscalYear: Int!, $previousYear: Int!, $withPrevious: Boolean!) {
    operator(id: $operatorId) {
      id
      nameJa
      chosen: demandOutcomes(fiscalYear: $fiscalYear) {
        ...DemandOutcomeYear
      }
      previous: demandOutcomes(fiscalYear: $previousYear) @include(if: $withPrevious) {
        ...DemandOutcomeYear
      }
      programs(first: 100) {
        edges {
          node {
            id
            nameJa
            outcomes {
              metric
              valueText
              unit
              countingBasis
              period
              companies
              source
            }
          }
        }
      }
    }
  }

  fragment DemandOutcomeYear on DemandOutcomeReport {
    fiscalYear
    periodJa
    includesDemoData
    sourceNoteJa
    figures {
      metric
      labelJa
      value
      unit
      countingBasisLabelJa
      basisNoteJa
      periodJa
    }
  }
`);

const Operators = graphql(`
  query DemandOutcomeOperators {
    operators(first: 100) {
      edges {
        node {
          id
          nameJa
        }
      }
    }
  }
`);

const ByBlock = graphql(`
  query DemandOutcomesByBlock($fiscalYear: Int!) {
    demandOutcomesByBlock(fiscalYear: $fiscalYear) {
      block
      periodJa
      operatorCount
      figures {
        metric
        value
        unit
        countingBasisLabelJa
      }
    }
  }
`);

/** The national administrator's view: one fiscal year's computed figures by regional block (distinct over the block). */
function BlockOutcomes({ fiscalYear }: { fiscalYear: number }) {
  const { data, error, loading } = useQuery(ByBlock, { fiscalYear });
  const metrics: Array<[string, string]> = [["people", "実人数（人）"], ["companies", "社"], ["matchings", "件"], ["interviews", "延べ（面談）"]];
  return (
    <section aria-labelledby="blocks-h" data-testid="block-outcomes">
      <h2 id="blocks-h">地域ブロック別（{fiscalYearLabel(fiscalYear)}・ハブで数えた値）</h2>
      <ErrorMessage message={error} />
      <Loading show={loading && !data} />
      {data ? (
        data.demandOutcomesByBlock.length === 0 ? (
          <p>この年度の記録はありません。</p>
        ) : (
          <div className="table-wrap">
            <table className="stack">
              <caption>{data.demandOutcomesByBlock[0]?.periodJa}</caption>
              <thead>
                <tr>
                  <th scope="col">地域ブロック</th>
                  <th scope="col">事業者数</th>
                  {metrics.map(([, l]) => (
                    <th scope="col" key={l}>
                      {l}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.demandOutcomesByBlock.map((b) => (
                  <tr key={b.block ?? "none"}>
                    <td data-label="地域ブロック">{b.block ? labelOf(REGIONAL_BLOCKS, b.block) : "都道府県不明"}</td>
                    <td data-label="事業者数">{b.operatorCount}</td>
                    {metrics.map(([m, l]) => (
                      <td data-label={l} key={m}>
                        {b.figures.find((f) => f.metric === m)?.value ?? "—"}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </section>
  );
}

const BASIS_LABELS: Record<string, string> = { CUMULATIVE: "延べ", UNIQUE_PERSONS: "実人数", CASES: "件", COMPANIES: "社", PERCENT: "割合", OTHER: "数え方の記載なし" };

/**
 * An operator's outcomes by fiscal year: what the hub counted from its own matchings and placements (chart + table), and
 * beside it, never added to it, what the ministry's documents report for the operator's programs. The national
 * administrator chooses the operator; a coordinator sees its own.
 */
export function OutcomesPage() {
  const session = useSession();
  const admin = session?.role === "NATIONAL_ADMIN";
  const [chosen, setChosen] = useState<string>("");
  const operators = useQuery(Operators, {}, { skip: !admin });
  const operatorId = admin ? chosen : session?.operatorId ?? "";
  // Derived from today's date, so a new fiscal year appears on 1 April without a release.
  const [fiscalYears] = useState(() => selectableFiscalYears(new Date()));
  const [fiscalYear, setFiscalYear] = useState(fiscalYears[0]!);
  const withPrevious = fiscalYear > FIRST_OUTCOME_FISCAL_YEAR;
  const { data, error, loading } = useQuery(
    Outcomes,
    { operatorId, fiscalYear, previousYear: fiscalYear - 1, withPrevious },
    { skip: !operatorId },
  );
  const op = data?.operator;
  // The chart compares the chosen year with the one before it (oldest first), when that one is offered too.
  const reports = op ? [op.previous, op.chosen].filter((r): r is NonNullable<typeof r> => r != null) : [];
  const reported = (data?.operator?.programs?.edges ?? []).flatMap(({ node }) => node.outcomes.map((o) => ({ program: node.nameJa, ...o })));
  return (
    <Page
      title="成果（年度別）"
      lead={`${fiscalYearLabel(fiscalYear)}（${fiscalYearPeriod(fiscalYear)}）の成果です。ハブで数えた値と、資料に報告された値を分けて示します。`}
    >
      <div className="toolbar">
        <div className="field">
          <label htmlFor="outcome-fiscal-year">年度</label>
          <select id="outcome-fiscal-year" value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))}>
            {fiscalYears.map((fy) => (
              <option key={fy} value={fy}>
                {fiscalYearLabel(fy)}（{fy}年4月〜{fy + 1}年3月）
              </option>
            ))}
          </select>
        </div>
        {admin ? (
          <div className="field">
            <label htmlFor="outcome-operator">事業者</label>
            <select id="outcome-operator" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <option value="">選んでください</option>
              {operators.data?.operators.edges.map(({ node }) => (
                <option key={node.id} value={node.id}>
                  {node.nameJa}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <ErrorMessage message={error ?? operators.error} />
      <Loading show={loading && !data} />
      {data ? (
        <>
          <p>
            <strong>{data.operator?.nameJa}</strong> {reports.some((r) => r.includesDemoData) ? <DemoBadge /> : null}
          </p>
          {reports.some((r) => r.includesDemoData) ? <p className="notice">デモデータを含みます。実際の成果ではありません。</p> : null}
          <OutcomesChart years={reports.map((r) => ({ fiscalYear: r.fiscalYear, figures: r.figures }))} />
          <details>
            <summary>数え方と対象期間</summary>
            <ul data-testid="outcome-bases">
              {reports.flatMap((r) =>
                r.figures.map((f) => (
                  <li key={`${r.fiscalYear}-${f.metric}`}>
                    {f.periodJa}: {f.labelJa} {f.value.toLocaleString("ja-JP")}
                    {f.unit}（{f.countingBasisLabelJa}）— {f.basisNoteJa}
                  </li>
                )),
              )}
            </ul>
            {reports[0] ? <p className="hint">{reports[0].sourceNoteJa}</p> : null}
          </details>
          <section className="chart-block reported" aria-labelledby="reported-h" data-testid="reported-outcomes">
            <h2 id="reported-h">資料に報告された成果（参考・ハブの値とは足し合わせません）</h2>
            <p className="hint">経済産業省の資料に事業者が報告した数値です。数え方（延べ・実人数・件・社）と期間は資料の記載のままです。</p>
            {reported.length === 0 ? (
              <p>資料に報告された数値はありません。</p>
            ) : (
              <div className="table-wrap">
                <table className="stack" data-testid="table-reported">
                  <caption>資料に報告された成果</caption>
                  <thead>
                    <tr>
                      <th scope="col">事業</th>
                      <th scope="col">数値</th>
                      <th scope="col">数え方</th>
                      <th scope="col">期間</th>
                      <th scope="col">出典</th>
                    </tr>
                  </thead>
                  <tbody>
                    {reported.map((o, i) => (
                      <tr key={i}>
                        <td data-label="事業">{o.program}</td>
                        <td data-label="数値">
                          {o.valueText}
                          {o.unit}
                          {o.companies != null ? <span className="meta">（{o.companies.toLocaleString("ja-JP")}社）</span> : null}
                        </td>
                        <td data-label="数え方">
                          {BASIS_LABELS[o.countingBasis] ?? o.countingBasis}
                        </td>
                        <td data-label="期間">{o.period ?? "記載なし"}</td>
                        <td data-label="出典">{o.source}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      ) : null}
      {admin ? <BlockOutcomes fiscalYear={fiscalYear} /> : null}
    </Page>
  );
}
