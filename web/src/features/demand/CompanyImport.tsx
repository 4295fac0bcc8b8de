import { useId, useRef, useState, type FormEvent } from "react";
import { COMPANY_COLUMNS, COMPANY_TEMPLATE_HEADERS, companyDataRows, TalentImportFileError } from "@jinjibu/talent-import";
import { ErrorMessage } from "../../components/Layout";
import { graphql } from "../../gql";
import type { DemandImportCompaniesMutation, RegionalCompanyRowInput } from "../../gql/graphql";
import { request } from "../../lib/client";
import { ApiError, messageOf } from "../../lib/errors";
import { csvBlob, saveBlob, xlsxBlob } from "../import/download";
import { readRecords } from "../import/read-file";
import "../import/import.css";

const ImportCompanies = graphql(`
  mutation DemandImportCompanies($rows: [RegionalCompanyRowInput!]!, $dryRun: Boolean!) {
    importRegionalCompanies(rows: $rows, dryRun: $dryRun) {
      written
      created
      updated
      unchanged
      problems {
        row
        column
        message
      }
    }
  }
`);

type Outcome = DemandImportCompaniesMutation["importRegionalCompanies"];

/** At most this many rows per request (the API's limit); a longer file is refused before anything is sent. */
const MAX_ROWS = 2000;

/**
 * The operator's company list from CSV (UTF-8 or Shift_JIS) or Excel: read in the browser with the import screen's
 * readers, checked by the API without writing (dry run), then imported all or nothing after the person confirms.
 */
export function CompanyImport({ onImported }: { onImported: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [rows, setRows] = useState<RegionalCompanyRowInput[] | null>(null);
  const [check, setCheck] = useState<Outcome | null>(null);
  const [done, setDone] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const template = async (format: "csv" | "xlsx") => {
    const example = [COMPANY_COLUMNS.map((c) => c.example)];
    const blob = format === "csv" ? csvBlob(COMPANY_TEMPLATE_HEADERS, example) : await xlsxBlob("企業", COMPANY_TEMPLATE_HEADERS, example);
    saveBlob(blob, `企業取り込みテンプレート.${format}`);
  };

  const read = async (event: FormEvent) => {
    event.preventDefault();
    setRows(null);
    setCheck(null);
    setDone(null);
    setError(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setError("取り込むファイルを選んでください (.csv または .xlsx)。");
      return;
    }
    setBusy(true);
    try {
      const { records } = await readRecords(file);
      const staged: RegionalCompanyRowInput[] = [];
      for await (const row of companyDataRows(records)) staged.push({ rowNumber: row.rowNumber, ...row.raw });
      if (staged.length > MAX_ROWS) {
        setError(`1回に取り込めるのは${MAX_ROWS.toLocaleString("ja-JP")}社までです（${staged.length.toLocaleString("ja-JP")}社ありました）。ファイルを分けてください。何も登録していません。`);
        return;
      }
      const result = await request(ImportCompanies, { rows: staged, dryRun: true });
      setRows(staged);
      setCheck(result.importRegionalCompanies);
    } catch (e) {
      setError(
        e instanceof TalentImportFileError
          ? `${e.message}何も登録していません。`
          : e instanceof ApiError
            ? messageOf(e)
            : "ファイルを読み取れませんでした。CSV (.csv) か Excel ブック (.xlsx) を選んでください。何も登録していません。",
      );
    } finally {
      setBusy(false);
    }
  };

  const write = async () => {
    if (!rows) return;
    setBusy(true);
    setError(null);
    try {
      const result = await request(ImportCompanies, { rows, dryRun: false });
      if (result.importRegionalCompanies.written) {
        setDone(result.importRegionalCompanies);
        setRows(null);
        setCheck(null);
        onImported();
      } else setCheck(result.importRegionalCompanies);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>企業の一覧を取り込む（CSV・Excel）</h2>
      <p>
        1行目に列見出し、2行目から1社1行で入れます。「管理番号」が同じ行は、もう一度取り込むと新しく登録せずに内容を更新します。必須の列は
        {COMPANY_COLUMNS.filter((c) => c.required).map((c) => `「${c.header}」`).join("")}です。
      </p>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void template("xlsx")}>
          テンプレートをダウンロード (Excel)
        </button>
        <button type="button" className="button secondary" onClick={() => void template("csv")}>
          テンプレートをダウンロード (CSV)
        </button>
      </div>
      <form className="form" onSubmit={(e) => void read(e)} aria-label="企業の一覧ファイルの確認">
        <div className="field">
          <span className="label" id={`${id}-label`}>
            取り込むファイル (.csv または .xlsx)
          </span>
          <div className="file-picker">
            <input
              id={`${id}-file`}
              ref={input}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              disabled={busy}
              aria-labelledby={`${id}-label`}
              aria-describedby={`${id}-name`}
              data-testid="company-file"
              onChange={(e) => setChosen(e.currentTarget.files?.[0]?.name ?? null)}
            />
            <label htmlFor={`${id}-file`} className="button secondary">
              ファイルを選ぶ
            </label>
            <span className="file-name" id={`${id}-name`}>
              {chosen ?? "まだ選んでいません"}
            </span>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button secondary" disabled={busy}>
            内容を確認する（まだ登録しません）
          </button>
        </div>
      </form>
      <ErrorMessage message={error} />
      {check ? (
        <div data-testid="company-import-check">
          {check.problems.length > 0 ? (
            <>
              <p className="error" role="alert">
                問題のある行が{check.problems.length}件あるため、何も登録していません。直してから、もう一度選んでください。
              </p>
              <div className="table-wrap">
                <table className="import-problems">
                  <caption>問題のある行</caption>
                  <thead>
                    <tr>
                      <th scope="col">場所</th>
                      <th scope="col">内容</th>
                    </tr>
                  </thead>
                  <tbody>
                    {check.problems.map((p, i) => (
                      <tr key={i}>
                        <td className="where">
                          {p.row}行目{p.column ? `「${p.column}」` : ""}
                        </td>
                        <td className="message">{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <div className="panel demand">
              <p role="status">
                確認しました: 新規 {check.created}社・更新 {check.updated}社・変更なし {check.unchanged}社。まだ登録していません。
              </p>
              <button type="button" className="button" disabled={busy} onClick={() => void write()}>
                この内容で取り込む
              </button>
            </div>
          )}
        </div>
      ) : null}
      {done ? (
        <p className="success" role="status" data-testid="company-import-done">
          取り込みました: 新規 {done.created}社・更新 {done.updated}社・変更なし {done.unchanged}社。
        </p>
      ) : null}
    </section>
  );
}
