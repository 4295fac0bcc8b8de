import { useEffect, useMemo, useState } from "react";
import { ErrorMessage, Loading, Page } from "../../components/Layout";
import { graphql } from "../../gql";
import type { AdminAdoptionBlocksQuery } from "../../gql/graphql";
import { request } from "../../lib/client";
import { messageOf } from "../../lib/errors";
import { useQuery } from "../../lib/hooks";
import { ELEMENTS } from "../knowhow/labels";
import { CHART_COLOURS, ChartWithTable, type ChartOption } from "../knowhow/shared";
import { currentFiscalYear, shortElement } from "../self-assessment/maturity";
import { fyLabel } from "./labels";
import { AdminNav } from "./shared";

const Figures = graphql(`
  query AdminFigures {
    applicationsToAdoptions {
      fiscalYear
      applications
      adoptions
      recordedAdoptions
      ratio
    }
    continuationRates {
      fiscalYear
      nextFiscalYear
      operatorsAdopted
      operatorsContinued
      rate
      target
      meetsTarget
    }
    regionalBlocks {
      code
      nameJa
    }
  }
`);

const AdoptionBlocks = graphql(`
  query AdminAdoptionBlocks($after: String) {
    adoptions(first: 100, after: $after) {
      edges {
        node {
          id
          fiscalYear
          members {
            order
            operator {
              id
              regionalBlock
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Distribution = graphql(`
  query AdminSelfAssessmentDistribution($fiscalYear: Int!) {
    selfAssessmentDistribution(fiscalYear: $fiscalYear) {
      fiscalYear
      operators
      elements {
        element
        levelCounts {
          level
          operators
        }
        statements {
          level
          agreePercent
          baselineAgreePercent
        }
      }
    }
  }
`);

type AdoptionNode = AdminAdoptionBlocksQuery["adoptions"]["edges"][number]["node"];

function useAllAdoptions() {
  const [adoptions, setAdoptions] = useState<AdoptionNode[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const all: AdoptionNode[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i++) {
        const page: AdminAdoptionBlocksQuery = await request(AdoptionBlocks, { after });
        all.push(...page.adoptions.edges.map((e) => e.node));
        if (!page.adoptions.pageInfo.hasNextPage) break;
        after = page.adoptions.pageInfo.endCursor ?? null;
      }
      if (live) setAdoptions(all);
    })().catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);
  return { adoptions, error };
}

const pct = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? null : Math.round(ratio * 1000) / 10);
const YEARS = Array.from({ length: 16 }, (_, i) => 2015 + i);

export function AdminOverviewPage() {
  const figures = useQuery(Figures, {});
  const { adoptions, error: adoptionsError } = useAllAdoptions();
  const [year, setYear] = useState(currentFiscalYear());
  const distribution = useQuery(Distribution, { fiscalYear: year });
  const f = figures.data;

  const applications = useMemo(() => {
    if (!f) return null;
    const rows = f.applicationsToAdoptions;
    const option: ChartOption = {
      xAxis: { type: "category", data: rows.map((r) => fyLabel(r.fiscalYear)) },
      yAxis: { type: "value", name: "件", minInterval: 1 },
      series: [
        { name: "応募件数", type: "bar", data: rows.map((r) => r.applications), itemStyle: { color: CHART_COLOURS[1] } },
        { name: "採択件数（ハブに登録）", type: "bar", data: rows.map((r) => r.recordedAdoptions), itemStyle: { color: CHART_COLOURS[0] } },
      ],
    };
    return {
      option,
      rows: rows.map((r) => [fyLabel(r.fiscalYear), r.applications ?? null, r.adoptions ?? null, r.recordedAdoptions, pct(r.ratio)]),
    };
  }, [f]);

  const continuation = useMemo(() => {
    if (!f) return null;
    const rows = f.continuationRates;
    const target = pct(rows[0]?.target ?? 0.8) ?? 80;
    const option: ChartOption = {
      xAxis: { type: "category", data: rows.map((r) => `${fyLabel(r.fiscalYear)}→${r.nextFiscalYear}`) },
      yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
      tooltip: { trigger: "axis", valueFormatter: (v: unknown) => (v === null || v === undefined ? "—" : `${String(v)}%`) },
      series: [
        {
          name: "継続率",
          type: "bar",
          data: rows.map((r) => pct(r.rate)),
          itemStyle: { color: CHART_COLOURS[0] },
          label: { show: true, position: "top", formatter: "{c}%", color: "#1b1b1b" },
          markLine: {
            symbol: "none",
            lineStyle: { color: CHART_COLOURS[4], type: "dashed", width: 2 },
            label: { formatter: `目標 ${target}%`, color: CHART_COLOURS[4], position: "insideEndTop" },
            data: [{ yAxis: target }],
          },
        },
      ],
    };
    return {
      option,
      target,
      rows: rows.map((r) => [
        `${fyLabel(r.fiscalYear)}→${fyLabel(r.nextFiscalYear)}`,
        r.operatorsAdopted,
        r.operatorsContinued,
        pct(r.rate),
        r.meetsTarget === null || r.meetsTarget === undefined ? "未確定" : r.meetsTarget ? "達成" : "未達",
      ]),
    };
  }, [f]);

  const blocks = useMemo(() => {
    if (!f || !adoptions) return null;
    const years = [...new Set(adoptions.map((a) => a.fiscalYear))].sort();
    const count = new Map<string, number>();
    let unknown = 0;
    for (const a of adoptions) {
      // A consortium counts once in each block its members come from.
      const inBlocks = new Set(a.members.map((m) => m.operator.regionalBlock ?? "UNKNOWN"));
      for (const b of inBlocks) {
        if (b === "UNKNOWN") unknown++;
        count.set(`${b}|${a.fiscalYear}`, (count.get(`${b}|${a.fiscalYear}`) ?? 0) + 1);
      }
    }
    const list: Array<{ code: string; nameJa: string }> = [...f.regionalBlocks, ...(unknown ? [{ code: "UNKNOWN", nameJa: "地域ブロック未登録" }] : [])];
    const option: ChartOption = {
      grid: { left: 8, right: 16, top: 72, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1, name: "件" },
      yAxis: { type: "category", data: list.map((b) => b.nameJa), inverse: true },
      series: years.map((y, i) => ({
        name: fyLabel(y),
        type: "bar",
        stack: "total",
        data: list.map((b) => count.get(`${b.code}|${y}`) ?? 0),
        itemStyle: { color: CHART_COLOURS[i % CHART_COLOURS.length] },
      })),
    };
    return {
      option,
      head: ["地域ブロック", ...years.map(fyLabel), "合計"],
      rows: list.map((b) => {
        const cells = years.map((y) => count.get(`${b.code}|${y}`) ?? 0);
        return [b.nameJa, ...cells, cells.reduce((s, n) => s + n, 0)];
      }),
    };
  }, [f, adoptions]);

  const spread = useMemo(() => {
    const d = distribution.data?.selfAssessmentDistribution;
    if (!d) return null;
    const labelOf = (element: string) => shortElement(ELEMENTS.find(([v]) => v === element)?.[1] ?? element);
    const statements = d.elements.flatMap((e) => e.statements.map((s) => ({ name: `${labelOf(e.element)} L${s.level}`, ...s })));
    const option: ChartOption = {
      grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", valueFormatter: (v: unknown) => `${String(v)}%` },
      xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: statements.map((s) => s.name), inverse: true },
      series: [
        { name: `ハブの事業者（${d.operators}）`, type: "bar", data: statements.map((s) => s.agreePercent), itemStyle: { color: CHART_COLOURS[0] } },
        {
          name: "全国調査（n=27）",
          type: "bar",
          data: statements.map((s) => s.baselineAgreePercent),
          itemStyle: { color: "#ffffff", borderColor: CHART_COLOURS[1], borderWidth: 2, decal: { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 3], color: CHART_COLOURS[1] } },
        },
      ],
    };
    return {
      operators: d.operators,
      option,
      rows: d.elements.flatMap((e) =>
        e.statements.map((s) => [
          `${labelOf(e.element)} レベル${s.level}`,
          s.agreePercent,
          s.baselineAgreePercent,
          s.level === 1 ? e.levelCounts.map((c) => `L${c.level}: ${c.operators}`).join(" / ") : "",
        ]),
      ),
    };
  }, [distribution.data]);

  return (
    <Page title="管理コンソール" lead="採択、ロゴマーク利用、法制度の認定、採択要件、変更の記録を扱います。グラフの数値は横（スマートフォンでは下）の表にあり、CSVで書き出せます。">
      <AdminNav />
      <ErrorMessage message={figures.error ?? adoptionsError} />
      <Loading show={figures.loading && !f} />
      {applications ? (
        <ChartWithTable
          id="applications"
          title="年度ごとの応募件数と採択件数"
          description="年度ごとの応募件数と、ハブに登録された採択件数の棒グラフです。"
          option={applications.option}
          head={["年度", "応募件数", "採択件数（公表）", "採択件数（ハブに登録）", "採択率（%）"]}
          rows={applications.rows}
          csvName="applications-adoptions"
          note="応募件数が公表されていない年度は「—」です。"
        />
      ) : null}
      {continuation ? (
        <ChartWithTable
          id="continuation"
          title={`継続率と目標（${continuation.target}%）`}
          description={`年度ごとの継続率の棒グラフと、目標${continuation.target}%の破線です。`}
          option={continuation.option}
          head={["年度", "採択事業者数", "翌年度も採択", "継続率（%）", "目標"]}
          rows={continuation.rows}
          csvName="continuation-rates"
          note="ハブは翌年度の活動記録を持たないため、翌年度にも採択された事業者を「継続」として数えています（実際の継続率の下限です）。"
        />
      ) : null}
      {blocks ? (
        <ChartWithTable
          id="blocks"
          title="地域ブロックごとの採択件数"
          description="地域ブロックごとの採択件数を年度別に積み上げた横棒グラフです。"
          option={blocks.option}
          head={blocks.head}
          rows={blocks.rows}
          csvName="adoptions-by-block"
          height={400}
          note="コンソーシアムは、構成員の地域ブロックごとに1件として数えます。"
        />
      ) : adoptionsError ? null : (
        <Loading show />
      )}
      <div className="chart-year">
        <div className="field">
          <label htmlFor="dist-year">自己診断の年度</label>
          <select id="dist-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {fyLabel(y)}
              </option>
            ))}
          </select>
        </div>
        <ErrorMessage message={distribution.error} />
        {spread ? (
          spread.operators === 0 ? (
            <section aria-labelledby="dist-empty-h">
              <h2 id="dist-empty-h">自己診断の分布と全国調査（{fyLabel(year)}）</h2>
              <p data-testid="dist-empty">{fyLabel(year)}に自己診断を記録した事業者はまだありません。</p>
            </section>
          ) : (
            <ChartWithTable
              id="distribution"
              title={`自己診断の分布と全国調査（${fyLabel(year)}）`}
              description="15の状態それぞれについて「あてはまる」「ややあてはまる」と答えた事業者の割合を、全国調査と比べた横棒グラフです。"
              option={spread.option}
              head={["状態", "ハブの事業者（%）", "全国調査（%）", "レベル別の事業者数"]}
              rows={spread.rows}
              csvName={`self-assessment-distribution-${year}`}
              height={560}
            />
          )
        ) : null}
      </div>
    </Page>
  );
}
