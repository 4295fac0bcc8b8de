import { useMemo } from "react";
import { CHART_FONT, ChartWithTable, type ChartOption } from "../knowhow/shared";
import { fiscalYearLabel } from "./labels";

/** One computed figure as the API gives it: a count on one basis over one period. */
export interface Figure {
  metric: string;
  labelJa: string;
  value: number;
  unit: string;
  countingBasisLabelJa: string;
}

/** The hub's computed figures of one fiscal year (never the documents' reported figures). */
export interface CountedYear {
  fiscalYear: number;
  figures: Figure[];
}

/** The order and the short names of the metrics (basis in the name, so no bar is read as another basis). */
const METRICS: Array<{ metric: string; name: string }> = [
  { metric: "people", name: "実人数（人）" },
  { metric: "companies", name: "社" },
  { metric: "matchings", name: "件（成立）" },
  { metric: "interviews", name: "延べ（面談）" },
];

/**
 * The counted outcomes by fiscal year: one bar series per basis (実人数, 社, 件, 延べ), side by side and never stacked or
 * summed across bases, with the numbers in a table beside the chart.
 */
export function OutcomesChart({ years }: { years: CountedYear[] }) {
  const present = METRICS.filter((m) => years.some((y) => y.figures.some((f) => f.metric === m.metric)));
  const valueOf = (y: CountedYear, metric: string) => y.figures.find((f) => f.metric === metric)?.value ?? null;
  const option = useMemo<ChartOption>(
    () => ({
      xAxis: { type: "category", data: years.map((y) => fiscalYearLabel(y.fiscalYear)), axisLabel: { fontFamily: CHART_FONT } },
      yAxis: { type: "value", minInterval: 1, axisLabel: { fontFamily: CHART_FONT } },
      series: present.map((m) => ({
        type: "bar",
        name: m.name,
        data: years.map((y) => valueOf(y, m.metric)),
        barMaxWidth: 32,
        label: { show: true, position: "top", fontFamily: CHART_FONT },
      })),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [years],
  );
  const head = ["年度", ...present.map((m) => m.name)];
  const rows = years.map((y) => [fiscalYearLabel(y.fiscalYear), ...present.map((m) => valueOf(y, m.metric))]);
  return (
    <ChartWithTable
      id="outcomes"
      title="ハブで数えた成果（年度別）"
      description="実人数・社・件・延べは別々の棒で、足し合わせていません。"
      note="ハブに記録された成立マッチングと就業から数えた値です。実人数は同じ人を1人と数え、件は成立したマッチングの数です。単位（数え方）の違う数は足し合わせません。"
      option={option}
      head={head}
      rows={rows}
      csvName="成果_年度別"
    />
  );
}
