import { useId, useRef, useState, type FormEvent } from "react";
import {
  COLUMNS,
  formatBytesJa,
  importTalentRows,
  LIMITS,
  pages,
  POOL_EXPORT_HEADERS,
  poolRow,
  previewRows,
  PROVISION_EXPORT_HEADERS,
  provisionRow,
  TalentImportFileError,
  TEMPLATE_HEADERS,
  type ExportableProfile,
  type ExportableProvisionRecord,
  type PreviewSummary,
  type StagedRow,
  type TalentImportMode,
  type TalentImportProgress,
} from "@jinjibu/talent-import";
import { ErrorMessage, Page } from "../../components/Layout";
import { IMPORT_DOCUMENTS, PoolExportPage, ProvisionExportPage } from "./documents";
import { csvBlob, saveBlob, xlsxBlob } from "./download";
import { readUpload } from "./read-file";
import { apiMessage, transport } from "./transport";
import "./import.css";

async function* each(rows: readonly StagedRow[]): AsyncGenerator<StagedRow> {
  yield* rows;
}

const TEMPLATE_NOTES = {
  sheetName: "記入方法",
  header: "列ごとの記入方法 (1枚目のシート「人材」の2行目は例です。消してから入れてください)",
  rows: [["列見出し", "必須", "入れるもの"], ...COLUMNS.map((c) => [c.header, c.required ? "必須" : "", c.hintJa])],
};

type Format = "csv" | "xlsx";
const today = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, "");

function TemplateSection() {
  const [error, setError] = useState<string | null>(null);
  const download = async (format: Format) => {
    setError(null);
    try {
      const example = [COLUMNS.map((c) => c.example)];
      const blob = format === "csv" ? csvBlob(TEMPLATE_HEADERS, example) : await xlsxBlob("人材", TEMPLATE_HEADERS, example, TEMPLATE_NOTES);
      saveBlob(blob, `人材取り込みテンプレート.${format}`);
    } catch {
      setError("テンプレートを作れませんでした。ページを再読み込みして、もう一度お試しください。");
    }
  };
  return (
    <section aria-labelledby="template-heading">
      <h2 id="template-heading">1. テンプレート</h2>
      <p>
        1行目に列見出し、2行目から1人1行で入れます。「管理番号」は事業者ごとに人を見分ける番号で、同じ番号のファイルをもう一度取り込むと
        新しく登録せずに内容を更新します。必須の列は {COLUMNS.filter((c) => c.required).map((c) => `「${c.header}」`).join("")} です。
      </p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void download("xlsx")}>
          テンプレートをダウンロード (Excel)
        </button>
        <button type="button" className="button secondary" onClick={() => void download("csv")}>
          テンプレートをダウンロード (CSV)
        </button>
      </div>
      <details>
        <summary>列ごとの記入方法</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">列見出し</th>
                <th scope="col">必須</th>
                <th scope="col">入れるもの</th>
              </tr>
            </thead>
            <tbody>
              {COLUMNS.map((c) => (
                <tr key={c.key}>
                  <td>{c.header}</td>
                  <td>{c.required ? "必須" : ""}</td>
                  <td>{c.hintJa}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <ErrorMessage message={error} />
    </section>
  );
}

interface Preview {
  fileName: string;
  encoding: string | null;
  rows: StagedRow[];
  summary: PreviewSummary;
}

function ImportSection() {
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [mode, setMode] = useState<TalentImportMode>("ALL_OR_NOTHING");
  const [phase, setPhase] = useState<{ label: string; done: number; total: number } | null>(null);
  const [result, setResult] = useState<TalentImportProgress | null>(null);
  const [apiError, setApiError] = useState<string | null>(null);
  const busy = reading || phase !== null;

  const check = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setPreview(null);
    setResult(null);
    setApiError(null);
    setFileError(null);
    if (!file) {
      setFileError("取り込むファイルを選んでください (.csv または .xlsx)。");
      return;
    }
    setReading(true);
    try {
      const { rows, encoding } = await readUpload(file);
      const summary = await previewRows(each(rows));
      setPreview({ fileName: file.name, encoding, rows, summary });
    } catch (error) {
      setFileError(
        error instanceof TalentImportFileError
          ? `${error.message}何も登録していません。`
          : "ファイルを読み取れませんでした。CSV (.csv) か Excel ブック (.xlsx) を選んでください。何も登録していません。",
      );
    } finally {
      setReading(false);
    }
  };

  const run = async () => {
    if (!preview) return;
    setApiError(null);
    setResult(null);
    const total = preview.summary.totalRows;
    setPhase({ label: "アップロードして確認しています", done: 0, total });
    try {
      const outcome = await importTalentRows(transport, each(preview.rows), {
        fileName: preview.fileName,
        mode,
        documents: IMPORT_DOCUMENTS,
        onProgress: (event) => {
          if (event.phase === "staging") setPhase({ label: "アップロードして確認しています", done: event.staged, total });
          else setPhase({ label: "登録しています", done: event.progress.processedRows, total: event.progress.stagedRows });
        },
      });
      if (outcome.result) setResult(outcome.result);
      else setApiError("問題のある行があるため、何も登録しませんでした。直してからもう一度選ぶか、「正しい行だけ取り込む」を選んでください。");
    } catch (error) {
      setApiError(apiMessage(error));
    } finally {
      setPhase(null);
    }
  };

  const summary = preview?.summary;
  const blocked = !!summary && mode === "ALL_OR_NOTHING" && summary.invalidRows > 0;
  const nothingValid = !!summary && summary.validRows === 0;
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">2. 取り込み</h2>
      <form className="form" onSubmit={(e) => void check(e)} aria-describedby={`${fileId}-hint`} aria-label="ファイルの確認">
        <div className="field">
          <span className="label" id={`${fileId}-label`}>
            取り込むファイル (.csv または .xlsx)
          </span>
          <div className="file-picker">
            <input
              id={fileId}
              ref={input}
              name="file"
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              aria-labelledby={`${fileId}-label`}
              aria-describedby={`${fileId}-name`}
              onChange={(e) => setChosen(e.currentTarget.files?.[0]?.name ?? null)}
            />
            <label htmlFor={fileId} className="button secondary">
              ファイルを選ぶ
            </label>
            <span className="file-name" id={`${fileId}-name`} data-testid="chosen-file">
              {chosen ?? "まだ選んでいません"}
            </span>
          </div>
          <p className="hint" id={`${fileId}-hint`}>
            CSV は UTF-8 (BOM あり・なし) と Shift_JIS のどちらでも読めます。1ファイル {formatBytesJa(LIMITS.maxFileBytes)}・
            {LIMITS.maxRows.toLocaleString("ja-JP")}行までです。確認の段階では何も登録しません。
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            内容を確認する
          </button>
        </div>
      </form>
      {reading ? (
        <p className="loading" role="status">
          ファイルを読み込んでいます…
        </p>
      ) : null}
      <div data-testid="file-error">
        <ErrorMessage message={fileError} />
      </div>

      {preview && summary ? (
        <div className="panel" data-testid="preview">
          <h3>確認結果: {preview.fileName}</h3>
          <p role="status" data-testid="preview-summary">
            全{summary.totalRows.toLocaleString("ja-JP")}行のうち、正しい行 {summary.validRows.toLocaleString("ja-JP")}行、問題のある行{" "}
            {summary.invalidRows.toLocaleString("ja-JP")}行{preview.encoding ? ` (文字コード: ${preview.encoding})` : ""}。
          </p>
          {summary.problems.length > 0 ? (
            <div className="table-wrap">
              <table data-testid="problems" className="import-problems">
                <caption className="visually-hidden">問題のある行の一覧</caption>
                <thead>
                  <tr>
                    <th scope="col">行</th>
                    <th scope="col">列</th>
                    <th scope="col">内容</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.problems.map((p, i) => (
                    <tr key={`${p.row}-${i}`}>
                      <td className="where">{p.row}行目</td>
                      <td className="where">{p.column ?? "行全体"}</td>
                      <td className="message">{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="success">問題は見つかりませんでした。</p>
          )}

          <fieldset disabled={busy}>
            <legend>取り込み方法</legend>
            <label className="choice">
              <input type="radio" name="mode" value="ALL_OR_NOTHING" checked={mode === "ALL_OR_NOTHING"} onChange={() => setMode("ALL_OR_NOTHING")} />
              <span>すべての行が正しいときだけ取り込む (1行でも問題があれば何も登録しません)</span>
            </label>
            <label className="choice">
              <input type="radio" name="mode" value="VALID_ROWS_ONLY" checked={mode === "VALID_ROWS_ONLY"} onChange={() => setMode("VALID_ROWS_ONLY")} />
              <span>正しい行だけ取り込む (問題のある行は登録しません)</span>
            </label>
          </fieldset>
          {blocked ? (
            <p className="notice">問題のある行があるため、この方法では取り込めません。ファイルを直すか、「正しい行だけ取り込む」を選んでください。</p>
          ) : null}
          <div className="actions">
            <button type="button" className="button" disabled={busy || blocked || nothingValid || result !== null} onClick={() => void run()}>
              取り込む
            </button>
          </div>
        </div>
      ) : null}

      {phase ? (
        <div className="field import-progress" data-testid="progress">
          <label htmlFor={`${fileId}-progress`}>{phase.label}</label>
          <progress id={`${fileId}-progress`} max={Math.max(1, phase.total)} value={phase.done}>
            {phase.done} / {phase.total}
          </progress>
          <p className="hint" aria-live="polite">
            {phase.done.toLocaleString("ja-JP")} / {phase.total.toLocaleString("ja-JP")}行
          </p>
        </div>
      ) : null}
      <ErrorMessage message={apiError} />
      {result ? (
        <div className="panel" data-testid="result">
          <h3>取り込み結果</h3>
          <p className="success" role="status" data-testid="result-summary">
            取り込みが終わりました。新しく登録 {result.created}人、更新 {result.updated}人、変更なし {result.unchanged}人、取り込まなかった行 {result.refused}行。
          </p>
          {result.refused > 0 ? <p>取り込まなかった行は、上の確認結果の一覧にあります。直したファイルをもう一度取り込むと、その行だけが新しく登録されます。</p> : null}
        </div>
      ) : null}
    </section>
  );
}

function ExportSection() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (what: "pool" | "records", format: Format) => {
    setBusy(`${what}-${format}`);
    setError(null);
    setDone(null);
    try {
      const rows: string[][] = [];
      if (what === "pool") for await (const p of pages<ExportableProfile>(transport, PoolExportPage, "myTalentProfiles")) rows.push(poolRow(p));
      else for await (const r of pages<ExportableProvisionRecord>(transport, ProvisionExportPage, "provisionRecords")) rows.push(provisionRow(r));
      const headers = what === "pool" ? POOL_EXPORT_HEADERS : PROVISION_EXPORT_HEADERS;
      const name = what === "pool" ? "人材プール" : "提供記録";
      const blob = format === "csv" ? csvBlob(headers, rows) : await xlsxBlob(name, headers, rows);
      saveBlob(blob, `${name}_${today()}.${format}`);
      setDone(`${name} ${rows.length}件を書き出しました。`);
    } catch (e) {
      setError(apiMessage(e));
    } finally {
      setBusy(null);
    }
  };
  const button = (what: "pool" | "records", format: Format, label: string) => (
    <button type="button" className="button secondary" disabled={busy !== null} onClick={() => void run(what, format)}>
      {busy === `${what}-${format}` ? "書き出しています…" : label}
    </button>
  );
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">3. 書き出し</h2>
      <p>Excel でそのまま開けるファイル (CSV は UTF-8 の BOM 付き) を作ります。人材プールの書き出しは、そのまま取り込みにも使えます。</p>
      <h3>人材プール</h3>
      <div className="actions">
        {button("pool", "xlsx", "人材プールを書き出す (Excel)")}
        {button("pool", "csv", "人材プールを書き出す (CSV)")}
      </div>
      <h3>提供記録</h3>
      <p className="hint">紹介の承諾で他の事業者に連絡先を提供した記録です (個人情報保護法 29条・30条、3年間保存)。</p>
      <div className="actions">
        {button("records", "xlsx", "提供記録を書き出す (Excel)")}
        {button("records", "csv", "提供記録を書き出す (CSV)")}
      </div>
      <ErrorMessage message={error} />
      {done ? (
        <p className="success" role="status">
          {done}
        </p>
      ) : null}
    </section>
  );
}

/** Excel/CSV import and export of the own pool. */
export function ImportPage() {
  return (
    <Page title="取り込み・書き出し" lead="Excel や CSV のファイルから人材をまとめて登録し、人材プールと提供記録を書き出します。">
      <TemplateSection />
      <ImportSection />
      <ExportSection />
    </Page>
  );
}
