import { createReadStream, promises as fs } from "node:fs";
import path from "node:path";
import { once } from "node:events";
import { Readable, type Writable } from "node:stream";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { COLUMNS, TEMPLATE_HEADERS } from "./columns";
import { checkDecoded, detectEncoding, type CsvEncoding } from "./encoding";
import { cellsFromExcelRow } from "./excel-cells";
import { csvLine, UTF8_BOM } from "./export";
import { LIMITS } from "./limits";
import { dataRows, type FileRecord, type StagedRow } from "./pipeline";
import { companyDataRows, type CompanyFileRow } from "./companies";
import { checkFileSize, TalentImportFileError } from "./validate";

export * from "./index";

const HEAD_BYTES = 64 * 1024;

/** Counts bytes as they stream and refuses a file over the limit even when its size was not known in advance. */
async function* limitBytes(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    checkFileSize(Math.max(total, 1));
    yield buffer;
  }
  if (total === 0) checkFileSize(0);
}

/**
 * A CSV's records, streaming: the encoding is detected from the first 64 KiB (UTF-8 with or without BOM, else
 * Shift_JIS/CP932 through iconv-lite), then csv-parse reads record by record. Memory holds one chunk at a time.
 */
export async function* readCsvRecords(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, onEncoding?: (encoding: CsvEncoding) => void): AsyncGenerator<FileRecord> {
  const chunks = limitBytes(source)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < HEAD_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const first = Buffer.concat(head);
  const { encoding, bomLength } = detectEncoding(first, ended);
  onEncoding?.(encoding);
  const decoder = iconv.getDecoder(encoding === "utf-8" ? "utf8" : "cp932", { stripBOM: false });
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: false, max_record_size: LIMITS.maxCellChars * LIMITS.maxColumns });
  const feed = async (text: string) => {
    checkDecoded(text, encoding);
    if (text.length > 0 && !parser.write(text)) await once(parser, "drain");
  };
  const pump = (async () => {
    await feed(decoder.write(first.subarray(bomLength)));
    if (!ended) {
      for (;;) {
        const next = await chunks.next();
        if (next.done) break;
        await feed(decoder.write(next.value));
      }
    }
    const rest = decoder.end();
    if (rest) await feed(rest);
    parser.end();
  })();
  pump.catch((error: unknown) => parser.destroy(error as Error));
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      yield { rowNumber, cells: record };
    }
  } catch (error) {
    if (error instanceof TalentImportFileError) throw error;
    const code = (error as { code?: string }).code ?? "";
    const line = (error as { lines?: number }).lines;
    throw new TalentImportFileError(
      "UNREADABLE",
      code === "CSV_QUOTE_NOT_CLOSED"
        ? `CSV を読み取れません: ${line ?? rowNumber + 1}行目付近で引用符 (") が閉じていません。`
        : `CSV を読み取れません (${line ?? rowNumber + 1}行目付近)。Excel で開いて「CSV UTF-8 (コンマ区切り)」として保存し直してください。`,
      rowNumber + 1,
    );
  }
  await pump;
}

/** The first worksheet's records of an .xlsx, streaming (exceljs WorkbookReader; shared strings cached, styles for dates). */
export async function* readXlsxRecords(source: Readable): AsyncGenerator<FileRecord> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "emit",
  } as ExcelJS.stream.xlsx.WorkbookStreamReaderOptions);
  let sheet = 0;
  let lastRow = 0;
  // True while the consumer holds a row. If it stops there (a later stage refused the file), exceljs may reject while its
  // iterators close; that is cleanup, not a broken workbook, and must not replace the consumer's own refusal.
  let suspended = false;
  try {
    for await (const worksheet of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row>>) {
      sheet += 1;
      for await (const row of worksheet) {
        if (sheet !== 1) continue;
        // Empty rows in between are missing from the stream: their numbers still count.
        lastRow = row.number;
        const record = { rowNumber: row.number, cells: cellsFromExcelRow(row.values) };
        suspended = true;
        yield record;
        suspended = false;
      }
    }
  } catch (error) {
    if (suspended) return;
    if (error instanceof TalentImportFileError) throw error;
    throw new TalentImportFileError(
      "UNREADABLE",
      `Excel ブックを読み取れません${lastRow > 0 ? ` (${lastRow}行目付近)` : ""}。ファイルが壊れているか、.xlsx 形式ではありません。Excel で開いて「Excel ブック (*.xlsx)」として保存し直してください。`,
    );
  }
  if (sheet === 0) throw new TalentImportFileError("UNREADABLE", "Excel ブックにシートがありません。テンプレートの1枚目のシートに入れてください。");
}

export type FileKind = "csv" | "xlsx";

/** The kind of an upload by its name; anything but .csv/.xlsx is refused. */
export function fileKindOf(fileName: string): FileKind {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return "csv";
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".xls") throw new TalentImportFileError("UNSUPPORTED_TYPE", "古い Excel 形式 (.xls) は読めません。Excel で「Excel ブック (*.xlsx)」か「CSV UTF-8」として保存し直してください。");
  throw new TalentImportFileError("UNSUPPORTED_TYPE", `「${path.basename(fileName)}」は取り込めない形式です。CSV (.csv) か Excel ブック (.xlsx) を選んでください。`);
}

/** The data rows of a file on disk (.csv or .xlsx), streaming; the size limit is checked first. */
export async function* readTalentFile(file: string, onEncoding?: (encoding: CsvEncoding) => void): AsyncGenerator<StagedRow> {
  const kind = fileKindOf(file);
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || !stat.isFile()) throw new TalentImportFileError("UNREADABLE", `ファイル「${path.basename(file)}」が見つかりません。`);
  checkFileSize(stat.size);
  if (kind === "xlsx") {
    const head = Buffer.alloc(4);
    const handle = await fs.open(file, "r");
    await handle.read(head, 0, 4, 0).finally(() => handle.close());
    if (head.readUInt32BE(0) !== 0x504b0304) {
      throw new TalentImportFileError("UNREADABLE", "このファイルは .xlsx 形式ではありません (中身が Excel ブックではありません)。CSV なら拡張子を .csv にしてください。");
    }
    yield* dataRows(readXlsxRecords(createReadStream(file)));
  } else {
    yield* dataRows(readCsvRecords(createReadStream(file, { highWaterMark: 64 * 1024 }), onEncoding));
  }
}

/** The same for bytes in memory (tests, uploads held by a server). */
export async function* readTalentBytes(fileName: string, bytes: Uint8Array): AsyncGenerator<StagedRow> {
  const kind = fileKindOf(fileName);
  checkFileSize(bytes.length);
  if (kind === "xlsx") yield* dataRows(readXlsxRecords(Readable.from([Buffer.from(bytes)])));
  else yield* dataRows(readCsvRecords([Buffer.from(bytes)]));
}

// --- writers --------------------------------------------------------------------------------------------------------

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, "drain");
}

/** Writes an Excel-friendly CSV (UTF-8 with BOM, CRLF) row by row. */
export async function writeCsv(out: Writable, headers: readonly string[], rows: AsyncIterable<readonly string[]> | Iterable<readonly string[]>): Promise<number> {
  await write(out, UTF8_BOM + csvLine(headers));
  let n = 0;
  for await (const row of rows) {
    await write(out, csvLine(row));
    n += 1;
  }
  return n;
}

/** Writes an .xlsx with one sheet, streaming (exceljs WorkbookWriter: rows are committed as they come). */
export async function writeXlsx(
  out: Writable,
  sheetName: string,
  headers: readonly string[],
  rows: AsyncIterable<readonly string[]> | Iterable<readonly string[]>,
  notes?: { header: string; rows: readonly (readonly string[])[]; sheetName: string },
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map((h) => ({ header: h, width: Math.max(12, Math.min(40, h.length * 2 + 4)), style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let n = 0;
  for await (const row of rows) {
    sheet.addRow([...row]).commit();
    n += 1;
  }
  sheet.commit();
  if (notes) {
    const help = workbook.addWorksheet(notes.sheetName);
    help.columns = [{ width: 22 }, { width: 10 }, { width: 90 }];
    help.addRow([notes.header]).commit();
    for (const r of notes.rows) help.addRow([...r]).commit();
    help.commit();
  }
  await workbook.commit();
  return n;
}

/** The template as .xlsx: the 人材 sheet (headers, one example row) and a 記入方法 sheet describing each column. */
export async function writeTemplateXlsx(out: Writable): Promise<void> {
  await writeXlsx(out, "人材", TEMPLATE_HEADERS, [COLUMNS.map((c) => c.example)], {
    sheetName: "記入方法",
    header: "列ごとの記入方法 (1枚目のシート「人材」の2行目は例です。消してから入れてください)",
    rows: [["列見出し", "必須", "入れるもの"], ...COLUMNS.map((c) => [c.header, c.required ? "必須" : "", c.hintJa])],
  });
}

/** The template as a UTF-8 CSV with BOM. */
export async function writeTemplateCsv(out: Writable): Promise<void> {
  await writeCsv(out, TEMPLATE_HEADERS, [COLUMNS.map((c) => c.example)]);
}

// --- regional companies (issue 15 §1) -------------------------------------------------------------------------------

/** The data rows of a regional-company list in memory (.csv UTF-8/Shift_JIS or .xlsx), with the pool import's refusals. */
export async function* readCompanyBytes(fileName: string, bytes: Uint8Array): AsyncGenerator<CompanyFileRow> {
  const kind = fileKindOf(fileName);
  checkFileSize(bytes.length);
  if (kind === "xlsx") {
    if (bytes.length < 4 || Buffer.from(bytes).readUInt32BE(0) !== 0x504b0304) {
      throw new TalentImportFileError("UNREADABLE", "このファイルは .xlsx 形式ではありません (中身が Excel ブックではありません)。CSV なら拡張子を .csv にしてください。");
    }
    yield* companyDataRows(readXlsxRecords(Readable.from([Buffer.from(bytes)])));
  } else {
    yield* companyDataRows(readCsvRecords([Buffer.from(bytes)]));
  }
}
