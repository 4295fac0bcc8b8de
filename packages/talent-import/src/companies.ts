import { companySizeClassLabels, jsicDivisionLabels, type CompanySizeClass, type CompanyVisibility, type JsicDivision } from "@jinjibu/domain";
import { LIST_SEPARATORS } from "./columns";
import { LIMITS } from "./limits";
import { cellText, type FileRecord } from "./pipeline";
import { checkCellText, columnLetter, TalentImportFileError, tooManyRows, type RowProblem } from "./validate";
import { foldLabel, prefectureCodeOf, Vocabulary } from "./vocabulary";

// The regional companies template (issue 15 §1): an operator's list of supported companies (地域企業), read with the same
// readers, limits and refusals as the talent pool (Shift_JIS/UTF-8 CSV or .xlsx, no formulas, no control characters).

export const COMPANY_COLUMN_KEYS = ["companyNumber", "nameJa", "nameVariants", "industry", "sizeClass", "prefecture", "municipality", "visibility"] as const;
export type CompanyColumnKey = (typeof COMPANY_COLUMN_KEYS)[number];

export interface CompanyColumn {
  key: CompanyColumnKey;
  header: string;
  required: boolean;
  aliases: string[];
  example: string;
}

export const COMPANY_COLUMNS: readonly CompanyColumn[] = [
  { key: "companyNumber", header: "管理番号", required: true, aliases: ["企業番号", "番号"], example: "C-001" },
  { key: "nameJa", header: "企業名", required: true, aliases: ["会社名", "名称"], example: "株式会社丸山組" },
  { key: "nameVariants", header: "別名", required: false, aliases: ["表記ゆれ", "略称"], example: "丸山組、㈱丸山組" },
  { key: "industry", header: "業種", required: false, aliases: ["産業分類", "業種 (日本標準産業分類)"], example: "D 建設業" },
  { key: "sizeClass", header: "規模", required: false, aliases: ["企業規模"], example: "中小企業 (小)" },
  { key: "prefecture", header: "都道府県", required: false, aliases: [], example: "新潟県" },
  { key: "municipality", header: "市区町村", required: false, aliases: ["所在地"], example: "燕市" },
  { key: "visibility", header: "公開範囲", required: false, aliases: ["公開"], example: "ネットワーク内のみ" },
];
export const COMPANY_TEMPLATE_HEADERS: readonly string[] = COMPANY_COLUMNS.map((c) => c.header);

export type RawCompanyRow = Partial<Record<CompanyColumnKey, string>>;

/** A company row as the organizations subgraph stores it. */
export interface NormalizedCompanyRow {
  companyNumber: string;
  nameJa: string;
  nameVariants: string[];
  jsicDivision: JsicDivision | null;
  sizeClass: CompanySizeClass;
  prefectureCode: string | null;
  municipalityJa: string | null;
  visibility: CompanyVisibility;
}

export type CompanyRowResult = { ok: true; row: NormalizedCompanyRow } | { ok: false; problems: RowProblem[] };

const COLUMN_BY_KEY = Object.fromEntries(COMPANY_COLUMNS.map((c) => [c.key, c])) as Record<CompanyColumnKey, CompanyColumn>;
const foldHeader = (text: string) =>
  foldLabel(text)
    .replace(/[(（][^)）]*[)）]$/, "")
    .replace(/^[*＊※]+|[*＊※]+$/g, "");
const headerIndex = new Map<string, CompanyColumnKey>();
for (const column of COMPANY_COLUMNS) for (const name of [column.header, ...column.aliases, column.key]) headerIndex.set(foldHeader(name), column.key);

const SIZE = new Vocabulary<CompanySizeClass>("規模", companySizeClassLabels, { 小規模: "MICRO", 中小企業: "SMALL", 中堅: "MEDIUM", 大企業: "LARGE" });
const VISIBILITY = new Vocabulary<CompanyVisibility>("公開範囲", { PUBLIC: "公開", NETWORK: "ネットワーク内のみ" }, { 非公開: "NETWORK", ネットワーク: "NETWORK", 一般公開: "PUBLIC" });
const COMPANY_NUMBER = /^[A-Za-z0-9][A-Za-z0-9_\-]{0,49}$/;

/** JSIC major division from "D", "D 建設業", "建設業" or "Ｄ". */
export function jsicDivisionOf(text: string): JsicDivision | null {
  const folded = foldLabel(text);
  const letter = /^([A-T])(?![A-Z])/.exec(folded)?.[1];
  if (letter) return letter as JsicDivision;
  const found = (Object.entries(jsicDivisionLabels) as [JsicDivision, string][]).find(([, label]) => {
    const l = foldLabel(label);
    return l === folded || l.split(/[，,・]/).includes(folded);
  });
  return found?.[0] ?? null;
}

/** Maps the header row; an unknown or repeated column or a missing required one refuses the file. */
export function mapCompanyHeader(cells: readonly string[]): (CompanyColumnKey | undefined)[] {
  const headers = cells.map((c) => (c ?? "").trim());
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  if (headers.length === 0) throw new TalentImportFileError("EMPTY", "ファイルが空です。1行目に列見出し (テンプレートの見出し) を入れてください。", 1);
  if (headers.length > LIMITS.maxColumns) throw new TalentImportFileError("UNKNOWN_COLUMN", `列が多すぎます (${headers.length}列)。`, 1);
  const keys: (CompanyColumnKey | undefined)[] = [];
  const present = new Set<CompanyColumnKey>();
  for (const [i, header] of headers.entries()) {
    const key = headerIndex.get(foldHeader(header));
    if (!key) {
      throw new TalentImportFileError("UNKNOWN_COLUMN", `1行目の${columnLetter(i)}列「${header}」は企業一覧の列ではありません。テンプレートの見出し (${COMPANY_TEMPLATE_HEADERS.join("、")}) を使ってください。`, 1, header);
    }
    if (present.has(key)) throw new TalentImportFileError("DUPLICATE_COLUMN", `列「${COLUMN_BY_KEY[key].header}」が2回あります (${columnLetter(i)}列)。`, 1, header);
    present.add(key);
    keys.push(key);
  }
  const missing = COMPANY_COLUMNS.filter((c) => c.required && !present.has(c.key)).map((c) => c.header);
  if (missing.length > 0) throw new TalentImportFileError("MISSING_COLUMN", `必須の列「${missing.join("」「")}」がありません。`, 1);
  return keys;
}

/** Validates one company row (the same rules run in the browser, the command and the organizations subgraph). */
export function validateCompanyRow(raw: RawCompanyRow, rowNumber: number): CompanyRowResult {
  const problems: RowProblem[] = [];
  const problem = (key: CompanyColumnKey, message: string) => problems.push({ row: rowNumber, column: COLUMN_BY_KEY[key].header, message });
  for (const key of COMPANY_COLUMN_KEYS) {
    const value = raw[key];
    if (value != null) {
      try {
        checkCellText(value, rowNumber, COLUMN_BY_KEY[key].header);
      } catch (error) {
        problem(key, (error as Error).message);
      }
    }
  }
  const text = (key: CompanyColumnKey) => (raw[key] ?? "").trim();
  const companyNumber = text("companyNumber");
  if (!COMPANY_NUMBER.test(companyNumber)) problem("companyNumber", `${rowNumber}行目「管理番号」は英数字・「-」「_」の1〜50文字で入れてください。`);
  const nameJa = text("nameJa");
  if (Array.from(nameJa).length < 1 || Array.from(nameJa).length > 200) problem("nameJa", `${rowNumber}行目「企業名」は1〜200文字で入れてください。`);
  const nameVariants = [...new Set(text("nameVariants").split(LIST_SEPARATORS).map((s) => s.trim()).filter(Boolean))];
  if (nameVariants.length > 20) problem("nameVariants", `${rowNumber}行目「別名」は20個までです。`);
  let jsicDivision: JsicDivision | null = null;
  if (text("industry")) {
    jsicDivision = jsicDivisionOf(text("industry"));
    if (!jsicDivision) problem("industry", `${rowNumber}行目「業種」の「${text("industry")}」は日本標準産業分類の大分類 (A〜T またはその名称、例: D 建設業) ではありません。`);
  }
  let sizeClass: CompanySizeClass = "UNKNOWN" as CompanySizeClass;
  if (text("sizeClass")) {
    const found = SIZE.lookup(text("sizeClass"));
    if (found) sizeClass = found;
    else problem("sizeClass", `${rowNumber}行目「規模」の「${text("sizeClass")}」は ${Object.values(companySizeClassLabels).join("、")} のどれかにしてください。`);
  }
  let prefectureCode: string | null = null;
  if (text("prefecture")) {
    prefectureCode = prefectureCodeOf(text("prefecture"));
    if (!prefectureCode) problem("prefecture", `${rowNumber}行目「都道府県」の「${text("prefecture")}」は都道府県名ではありません。`);
  }
  const municipality = text("municipality");
  if (Array.from(municipality).length > 100) problem("municipality", `${rowNumber}行目「市区町村」は100文字までです。`);
  let visibility: CompanyVisibility = "NETWORK" as CompanyVisibility;
  if (text("visibility")) {
    const found = VISIBILITY.lookup(text("visibility"));
    if (found) visibility = found;
    else problem("visibility", `${rowNumber}行目「公開範囲」は「公開」か「ネットワーク内のみ」にしてください。`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, row: { companyNumber, nameJa, nameVariants, jsicDivision, sizeClass, prefectureCode, municipalityJa: municipality || null, visibility } };
}

export interface CompanyFileRow {
  rowNumber: number;
  raw: RawCompanyRow;
}

/** The data rows of a company file's records: header first, empty rows skipped, limits and cell refusals applied. */
export async function* companyDataRows(records: AsyncIterable<FileRecord> | Iterable<FileRecord>): AsyncGenerator<CompanyFileRow> {
  let keys: (CompanyColumnKey | undefined)[] | null = null;
  let count = 0;
  for await (const record of records) {
    if (keys === null) {
      const cells = record.cells.map((c, i) => cellText(c, record.rowNumber, `${i + 1}列目の見出し`));
      if (cells.every((c) => c.trim() === "")) continue;
      keys = mapCompanyHeader(cells);
      continue;
    }
    const raw: RawCompanyRow = {};
    let empty = true;
    for (const [i, cell] of record.cells.entries()) {
      const key = keys[i];
      const value = cellText(cell, record.rowNumber, key ? COLUMN_BY_KEY[key].header : `${i + 1}列目`);
      if (!key) {
        if (value.trim() !== "") throw new TalentImportFileError("UNKNOWN_COLUMN", `${record.rowNumber}行目の${i + 1}列目に、見出しのない値があります。`, record.rowNumber);
        continue;
      }
      if (value.trim() !== "") empty = false;
      raw[key] = value;
    }
    if (empty) continue;
    count += 1;
    if (count > LIMITS.maxRows) throw tooManyRows(record.rowNumber);
    yield { rowNumber: record.rowNumber, raw };
  }
  if (keys === null) throw new TalentImportFileError("EMPTY", "ファイルが空です。1行目に列見出し、2行目から1社1行で入れてください。");
  if (count === 0) throw new TalentImportFileError("EMPTY", "見出ししかありません。2行目から1社1行で入れてください。");
}

/** The companies template as CSV text (header and one example row). */
export const companyTemplateCsvRows = (): string[][] => [[...COMPANY_TEMPLATE_HEADERS], COMPANY_COLUMNS.map((c) => c.example)];
