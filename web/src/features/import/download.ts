// Files the screen hands to the browser: the template and the exports, as CSV (UTF-8 with BOM) or .xlsx.
import { csvLine, UTF8_BOM } from "@jinjibu/talent-import";

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function csvBlob(headers: readonly string[], rows: readonly (readonly string[])[]): Blob {
  const parts = [UTF8_BOM + csvLine(headers), ...rows.map((r) => csvLine(r))];
  return new Blob(parts, { type: "text/csv;charset=utf-8" });
}

export interface SheetNotes {
  sheetName: string;
  header: string;
  rows: readonly (readonly string[])[];
}

/** An .xlsx with one sheet of text cells (and an optional notes sheet), made by exceljs (loaded only when needed). */
export async function xlsxBlob(sheetName: string, headers: readonly string[], rows: readonly (readonly string[])[], notes?: SheetNotes): Promise<Blob> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = headers.map((h) => ({ header: h, width: Math.max(12, Math.min(40, h.length * 2 + 4)), style: { numFmt: "@" } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  if (notes) {
    const help = workbook.addWorksheet(notes.sheetName);
    help.columns = [{ width: 22 }, { width: 10 }, { width: 90 }];
    help.addRow([notes.header]);
    for (const r of notes.rows) help.addRow([...r]);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
