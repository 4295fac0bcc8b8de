import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import type { TypedDocumentString } from "../../gql/graphql";
import { request } from "../../lib/client";
import { ApiError, messageOf } from "../../lib/errors";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/** The fonts the page uses, so the canvas draws Japanese with the same face (installed fonts only; nothing is downloaded). */
export const CHART_FONT = '"Noto Sans JP", "IPAGothic", "IPAexGothic", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif';
/** Colours with at least 4.5:1 contrast on white, told apart by more than hue (bars vs line, dashed target). */
export const CHART_COLOURS = ["#0b4ea2", "#b35900", "#1b6b33", "#6b2c91", "#a4161a"];

export type ChartOption = echarts.EChartsCoreOption;

/**
 * One Apache ECharts chart (bundled, canvas). The chart is an image for screen readers; its numbers are in the table
 * that always accompanies it (see ChartWithTable).
 */
export function EChart({ option, label, height = 320, testId }: { option: ChartOption; label: string; height?: number; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!box.current) return;
    const instance = echarts.init(box.current, undefined, { renderer: "canvas" });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(
      {
        textStyle: { fontFamily: CHART_FONT, fontSize: 13, color: "#1b1b1b" },
        color: CHART_COLOURS,
        animation: false,
        tooltip: { trigger: "axis", confine: true, textStyle: { fontFamily: CHART_FONT } },
        legend: { top: 0, textStyle: { fontFamily: CHART_FONT, fontSize: 13 } },
        grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
        ...option,
      },
      true,
    );
  }, [option]);
  return <div ref={box} className="chart" role="img" aria-label={label} data-testid={testId} style={{ height }} />;
}

/** Quoted CSV with a BOM (Excel opens UTF-8 then), cells that would start a formula defused. */
export function csvBlob(rows: Array<Array<string | number | null | undefined>>): Blob {
  const cell = (raw: string | number | null | undefined) => {
    const v = raw === null || raw === undefined ? "" : String(raw);
    return `"${(/^[=+\-@\t\r]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"`;
  };
  return new Blob(["\uFEFF", rows.map((r) => r.map(cell).join(",")).join("\r\n"), "\r\n"], { type: "text/csv;charset=utf-8" });
}

export function downloadCsv(name: string, rows: Array<Array<string | number | null | undefined>>): void {
  const url = URL.createObjectURL(csvBlob(rows));
  const a = document.createElement("a");
  a.href = url;
  a.download = `${name}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A chart with its numbers as a table beside it (below on a phone) and a CSV download of the same numbers. */
export function ChartWithTable({
  id,
  title,
  description,
  option,
  head,
  rows,
  csvName,
  note,
  height,
}: {
  id: string;
  title: string;
  description: string;
  option: ChartOption;
  head: string[];
  rows: Array<Array<string | number | null>>;
  csvName: string;
  note?: ReactNode;
  /** Chart height in px (default 320); taller for many categories. */
  height?: number;
}) {
  return (
    <section className="chart-block" aria-labelledby={`${id}-h`} data-testid={`chart-${id}`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {note ? <p className="hint">{note}</p> : null}
      <div className="chart-grid">
        <EChart option={option} label={`${title}のグラフ。${description}数値は横（下）の表にあります。`} testId={`chart-canvas-${id}`} height={height} />
        <div className="chart-table">
          <div className="table-wrap">
            <table data-testid={`table-${id}`}>
              <caption>{title}（数値）</caption>
              <thead>
                <tr>
                  {head.map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i}>
                    {r.map((c, j) =>
                      j === 0 ? (
                        <th scope="row" key={j}>
                          {c ?? "—"}
                        </th>
                      ) : (
                        <td key={j}>{c ?? "—"}</td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button type="button" className="button secondary small" onClick={() => downloadCsv(csvName, [head, ...rows])} data-testid={`csv-${id}`}>
            CSVで書き出す
          </button>
        </div>
      </div>
    </section>
  );
}

/** Marks every occurrence of the search words in a snippet with <mark> (the API normalises with NFKC; so do we). */
export function Highlight({ text, words }: { text: string; words: string[] }) {
  const wanted = words.map((w) => w.normalize("NFKC").replace(/\s+/g, "")).filter(Boolean);
  if (wanted.length === 0) return <>{text}</>;
  const escaped = wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const parts = text.split(new RegExp(`(${escaped.join("|")})`, "gi"));
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}

/** A fresh idempotency key (a UUID) per intended creation: kept across retries and double clicks, renewed after success. */
export function useIdempotencyKey(): [string, () => void] {
  const make = () => (typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `k-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const [key, setKey] = useState(make);
  return [key, useCallback(() => setKey(make()), [])];
}

/** Why a form's mutation failed. */
export interface FormError {
  /** A Japanese sentence for the failure (the screen's own explanation, or one for the code; for network failures too). */
  message: string;
  /** Input fields the API named. */
  fields: string[];
  /** The business rule that refused the request (extensions.rule). */
  rule: string | null;
  code: string | null;
  /** The API's own Japanese sentence (extensions.messageJa); null when the request never got an answer. */
  messageJa: string | null;
  /** The field the API says the refusal concerns (extensions.field). */
  field: string | null;
}

/**
 * A mutation that keeps the refusing rule and the named fields, so a form can put the Japanese sentence next to the field.
 * While a request is in flight a second submit is ignored (and the idempotency key makes a retry record once anyway).
 */
export function useFormMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, explain?: (e: ApiError) => string | null) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const busy = useRef(false);
  const run = useCallback(
    async (variables: TVariables): Promise<TResult | null> => {
      if (busy.current) return null;
      busy.current = true;
      setPending(true);
      setError(null);
      try {
        return await (request as (d: typeof document, v: TVariables) => Promise<TResult>)(document, variables);
      } catch (e) {
        if (e instanceof ApiError) {
          setError({ message: explain?.(e) ?? e.message, fields: e.fields, rule: e.rule, code: e.code, messageJa: e.messageJa, field: e.field });
        } else setError({ message: messageOf(e), fields: [], rule: null, code: null, messageJa: null, field: null });
        return null;
      } finally {
        busy.current = false;
        setPending(false);
      }
    },
    [document, explain],
  );
  return { run, pending, error, setError };
}

/** The error sentence shown under one field, when the API named that field (or the rule concerns it). */
export function FieldError({ id, show, message }: { id: string; show: boolean; message: string | null | undefined }) {
  if (!show || !message) return null;
  return (
    <p className="error field-error" id={id} role="alert">
      {message}
    </p>
  );
}
