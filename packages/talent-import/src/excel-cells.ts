import type { CellValue } from "./pipeline";

/**
 * An exceljs cell value (from the streaming reader in Node or `workbook.xlsx.load` in the browser) as a `CellValue`:
 * rich text and hyperlinks become their text, formulas (shared ones included) stay formulas so the file is refused,
 * and error values (#N/A …) become their text.
 */
export function cellFromExcel(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.formula === "string") return { formula: v.formula };
    if (typeof v.sharedFormula === "string") return { formula: v.sharedFormula };
    if ("formula" in v || "sharedFormula" in v) return { formula: "" };
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof v.text === "string") return v.text;
    if (v.text && typeof v.text === "object" && Array.isArray((v.text as { richText?: unknown }).richText)) {
      return ((v.text as { richText: { text?: string }[] }).richText).map((r) => r.text ?? "").join("");
    }
    if (typeof v.error === "string") return v.error;
  }
  return String(value);
}

/** exceljs `row.values` is 1-based and sparse: the cells from column A on, holes as null. */
export function cellsFromExcelRow(values: unknown): CellValue[] {
  if (!Array.isArray(values)) return [];
  const cells: CellValue[] = [];
  for (let i = 1; i < values.length; i += 1) cells.push(cellFromExcel(values[i]));
  return cells;
}
