// Reads an upload in the browser with the same rules as the command: size limit first, then CSV (UTF-8 with or
// without BOM, Shift_JIS/CP932 through TextDecoder) or .xlsx (exceljs, loaded only when needed), then the template's
// header mapping and cell checks. Nothing is sent anywhere while reading.
import { parse } from "csv-parse/browser/esm/sync";
import {
  cellsFromExcelRow,
  checkFileSize,
  dataRows,
  decodeCsvBytes,
  TalentImportFileError,
  type FileRecord,
  type StagedRow,
} from "@jinjibu/talent-import";

export type UploadKind = "csv" | "xlsx";

export function kindOf(name: string): UploadKind {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  if (lower.endsWith(".xls")) {
    throw new TalentImportFileError("UNSUPPORTED_TYPE", "古い Excel 形式 (.xls) は読めません。Excel で「Excel ブック (*.xlsx)」か「CSV UTF-8」として保存し直してください。");
  }
  throw new TalentImportFileError("UNSUPPORTED_TYPE", `「${name}」は取り込めない形式です。CSV (.csv) か Excel ブック (.xlsx) を選んでください。`);
}

function csvRecords(bytes: Uint8Array): { records: FileRecord[]; encoding: string } {
  const { text, encoding } = decodeCsvBytes(bytes);
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new TalentImportFileError(
      "UNREADABLE",
      (error as { code?: string }).code === "CSV_QUOTE_NOT_CLOSED"
        ? `CSV を読み取れません: ${line ?? "?"}行目付近で引用符 (") が閉じていません。`
        : `CSV を読み取れません${line ? ` (${line}行目付近)` : ""}。Excel で開いて「CSV UTF-8 (コンマ区切り)」として保存し直してください。`,
    );
  }
  return { records: rows.map((cells, i) => ({ rowNumber: i + 1, cells })), encoding: encoding === "shift_jis" ? "Shift_JIS" : "UTF-8" };
}

async function xlsxRecords(bytes: Uint8Array): Promise<FileRecord[]> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new TalentImportFileError("UNREADABLE", "このファイルは .xlsx 形式ではありません (中身が Excel ブックではありません)。CSV なら拡張子を .csv にしてください。");
  }
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new TalentImportFileError(
      "UNREADABLE",
      "Excel ブックを読み取れません。ファイルが壊れているか、.xlsx 形式ではありません。Excel で開いて「Excel ブック (*.xlsx)」として保存し直してください。",
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TalentImportFileError("UNREADABLE", "Excel ブックにシートがありません。テンプレートの1枚目のシートに入れてください。");
  const records: FileRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => records.push({ rowNumber, cells: cellsFromExcelRow(row.values) }));
  return records;
}

export interface ReadResult {
  rows: StagedRow[];
  /** Shift_JIS / UTF-8 for a CSV; null for .xlsx. */
  encoding: string | null;
}

/** The records (rows of cells) of a .csv or .xlsx upload with the same limits and refusals; for other templates too. */
export async function readRecords(file: File): Promise<{ records: FileRecord[]; encoding: string | null }> {
  const kind = kindOf(file.name);
  checkFileSize(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (kind === "csv") return csvRecords(bytes);
  return { records: await xlsxRecords(bytes), encoding: null };
}

/** Every data row of an upload, or a TalentImportFileError with a Japanese reason. */
export async function readUpload(file: File): Promise<ReadResult> {
  const { records, encoding } = await readRecords(file);
  const rows: StagedRow[] = [];
  for await (const row of dataRows(records)) rows.push(row);
  return { rows, encoding };
}
