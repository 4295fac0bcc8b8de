import { COLUMN_BY_KEY, type RawTalentRow } from "./columns";
import { LIMITS } from "./limits";
import { checkCellText, mapHeader, TalentImportFileError, tooManyRows, validateRow, type HeaderMap, type RowProblem, type ValidateOptions } from "./validate";

/** A cell as a reader hands it over: text, a number, a boolean, a date, empty, or a formula (always refused). */
export type CellValue = string | number | boolean | Date | null | undefined | { formula: string };

/** One record of the file with its row number (1 = the header row). */
export interface FileRecord {
  rowNumber: number;
  cells: readonly CellValue[];
}

/** A data row ready to stage: the row number and the cells by column. */
export interface StagedRow {
  rowNumber: number;
  raw: RawTalentRow;
}

/** YYYY-MM-DD of a date cell (Excel dates are wall-clock dates, which exceljs hands over as UTC midnight). */
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A cell as text, refusing formulas and impossible text; `column` names it in a message. */
export function cellText(cell: CellValue, row: number, column: string): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") {
    checkCellText(cell, row, column);
    return cell;
  }
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : isoDate(cell);
  throw new TalentImportFileError(
    "FORMULA",
    `${row}行目「${column}」に数式 (=${cell.formula.slice(0, 20)}) があります。数式は取り込めません。値だけを貼り付けて保存し直してください。`,
    row,
    column,
  );
}

/**
 * Turns a file's records into data rows: the first record is the header (mapped to the template's columns), entirely
 * empty rows are skipped, and a file with no data row, too many rows, or a bad cell is refused.
 */
export async function* dataRows(records: AsyncIterable<FileRecord> | Iterable<FileRecord>): AsyncGenerator<StagedRow> {
  let header: HeaderMap | null = null;
  let count = 0;
  for await (const record of records) {
    if (header === null) {
      const cells = record.cells.map((c, i) => cellText(c, record.rowNumber, `${i + 1}列目の見出し`));
      // Blank lines before the header do not count.
      if (cells.every((c) => c.trim() === "")) continue;
      header = mapHeader(cells);
      continue;
    }
    const raw: RawTalentRow = {};
    let empty = true;
    for (const [i, cell] of record.cells.entries()) {
      const key = header.keys[i];
      if (key === null) continue;
      if (key === undefined) {
        if (cell !== null && cell !== undefined && String(cellText(cell, record.rowNumber, `${i + 1}列目`)).trim() !== "") {
          throw new TalentImportFileError(
            "UNKNOWN_COLUMN",
            `${record.rowNumber}行目の${i + 1}列目に、見出しのない値があります。見出しのある列だけに値を入れてください。`,
            record.rowNumber,
          );
        }
        continue;
      }
      const text = cellText(cell, record.rowNumber, COLUMN_BY_KEY[key].header);
      if (text.trim() !== "") empty = false;
      raw[key] = text;
    }
    if (empty) continue;
    count += 1;
    if (count > LIMITS.maxRows) throw tooManyRows(record.rowNumber);
    yield { rowNumber: record.rowNumber, raw };
  }
  if (header === null) throw new TalentImportFileError("EMPTY", "ファイルが空です。1行目に列見出し、2行目から1人1行で入れてください。");
  if (count === 0) throw new TalentImportFileError("EMPTY", "見出しの行しかありません。2行目から1人1行で入れてください。");
}

/** What a preview found: counts, every problem (by row and column, in Japanese), and which rows are valid. */
export interface PreviewSummary {
  totalRows: number;
  validRows: number;
  invalidRows: number;
  problems: RowProblem[];
}

export interface PreviewOptions extends ValidateOptions {
  /** Receives the rows in batches of at most `batchRows` (e.g. to stage them on the server while the file streams). */
  onBatch?: (rows: StagedRow[]) => Promise<void> | void;
  batchRows?: number;
  /** Stops collecting problems beyond this many (counts stay exact). Default: all. */
  maxProblems?: number;
}

/**
 * Validates every data row of a file (streaming: memory holds one batch and the set of person numbers), reporting a
 * person number repeated within the file as a problem of each later row.
 */
export async function previewRows(rows: AsyncIterable<StagedRow>, options: PreviewOptions = {}): Promise<PreviewSummary> {
  const batchRows = options.batchRows ?? LIMITS.stageBatchRows;
  const seen = new Map<string, number>();
  const summary: PreviewSummary = { totalRows: 0, validRows: 0, invalidRows: 0, problems: [] };
  let batch: StagedRow[] = [];
  const report = (problems: RowProblem[]) => {
    for (const p of problems) {
      if (options.maxProblems === undefined || summary.problems.length < options.maxProblems) summary.problems.push(p);
    }
  };
  for await (const row of rows) {
    summary.totalRows += 1;
    const result = validateRow(row.raw, row.rowNumber, options);
    const problems = result.ok ? [] : [...result.problems];
    const number = result.ok ? result.row.personNumber : (row.raw.personNumber ?? "").normalize("NFKC").trim();
    if (number !== "") {
      const first = seen.get(number);
      if (first !== undefined) {
        problems.push({ row: row.rowNumber, column: COLUMN_BY_KEY.personNumber.header, message: `管理番号「${number}」は${first}行目と重複しています。1人1行にしてください。` });
      } else seen.set(number, row.rowNumber);
    }
    if (problems.length > 0) {
      summary.invalidRows += 1;
      report(problems);
    } else summary.validRows += 1;
    if (options.onBatch) {
      batch.push(row);
      if (batch.length >= batchRows) {
        await options.onBatch(batch);
        batch = [];
      }
    }
  }
  if (options.onBatch && batch.length > 0) await options.onBatch(batch);
  return summary;
}
