import { COLUMN_BY_KEY, COLUMNS, CONSENT_KEYS, LIST_SEPARATORS, type ColumnKey, type RawTalentRow } from "./columns";
import { LIMITS, formatBytesJa } from "./limits";
import {
  availability as availabilityVocabulary,
  consentMethod as consentMethodVocabulary,
  consentScope as consentScopeVocabulary,
  foldLabel,
  interestInRegion as interestVocabulary,
  kinds as kindVocabulary,
  prefectureCodeOf,
  sharingPurposes as purposeVocabulary,
  workStyles as workStyleVocabulary,
  type Availability,
  type ConsentMethod,
  type ConsentScope,
  type InterestInRegion,
  type SharingPurpose,
  type Vocabulary,
  type WorkStyle,
} from "./vocabulary";

/** Why a whole file is refused (nothing of it is staged). `code` is for programs; `message` is the Japanese sentence. */
export type FileProblemCode =
  | "EMPTY"
  | "TOO_LARGE"
  | "TOO_MANY_ROWS"
  | "UNREADABLE"
  | "ENCODING"
  | "UNKNOWN_COLUMN"
  | "MISSING_COLUMN"
  | "DUPLICATE_COLUMN"
  | "FORMULA"
  | "INVALID_TEXT"
  | "UNSUPPORTED_TYPE";

export class TalentImportFileError extends Error {
  constructor(
    readonly code: FileProblemCode,
    message: string,
    /** The file row (1 = header) and column, when the problem is in one cell. */
    readonly row: number | null = null,
    readonly column: string | null = null,
  ) {
    super(message);
    this.name = "TalentImportFileError";
  }
}

/** One problem in one row: `row` is the file's row number (the header is row 1), `column` the Japanese header. */
export interface RowProblem {
  row: number;
  column: string | null;
  message: string;
}

export interface ImportConsent {
  scope: ConsentScope;
  purposes: SharingPurpose[];
  method: ConsentMethod;
  /** YYYY-MM-DD (Japan time). */
  obtainedOn: string;
  expiresOn: string | null;
}

/** A valid row, normalised to the API's codes. */
export interface NormalizedTalentRow {
  personNumber: string;
  displayName: string;
  kinds: string[];
  skills: string[];
  yearsOfExperience: number | null;
  availability: Availability;
  preferredWorkStyles: WorkStyle[];
  interestInRegion: InterestInRegion | null;
  homePrefectureCode: string | null;
  email: string | null;
  phone: string | null;
  consent: ImportConsent | null;
}

export type RowResult = { ok: true; row: NormalizedTalentRow } | { ok: false; problems: RowProblem[] };

// --- header mapping -------------------------------------------------------------------------------------------------

const headerIndex = new Map<string, ColumnKey>();
for (const column of COLUMNS) {
  for (const name of [column.header, ...column.aliases, column.key]) headerIndex.set(foldHeader(name), column.key);
}

function foldHeader(text: string): string {
  // "氏名 (必須)" and "＊氏名" are the same column as "氏名".
  return foldLabel(text)
    .replace(/[(（][^)）]*[)）]$/, "")
    .replace(/^[*＊※]+|[*＊※]+$/g, "");
}

/** Columns a pool export adds after the template's: read back without complaint and ignored. */
export const EXPORT_ONLY_HEADERS: ReadonlySet<string> = new Set(["プロフィールID", "登録日時"]);

/** Which column each position of the header row holds. */
export interface HeaderMap {
  /** For each position: the column key, or null for an export-only column that is ignored. */
  keys: (ColumnKey | null)[];
  present: ReadonlySet<ColumnKey>;
}

/**
 * Maps a header row to the template's columns. An unknown or repeated header, a missing required column, or no known
 * header at all (usually a wrong encoding) refuses the file.
 */
export function mapHeader(cells: readonly string[]): HeaderMap {
  const headers = cells.map((c) => (c ?? "").trim());
  while (headers.length > 0 && headers[headers.length - 1] === "") headers.pop();
  if (headers.length === 0) throw new TalentImportFileError("EMPTY", "ファイルが空です。1行目に列見出し (テンプレートの見出し) を入れてください。", 1);
  if (headers.length > LIMITS.maxColumns) {
    throw new TalentImportFileError("UNKNOWN_COLUMN", `列が多すぎます (${headers.length}列)。テンプレートの${COLUMNS.length}列だけにしてください。`, 1);
  }
  const keys: (ColumnKey | null)[] = [];
  const present = new Set<ColumnKey>();
  const unknown: string[] = [];
  for (const [i, header] of headers.entries()) {
    if (header === "") {
      throw new TalentImportFileError("UNKNOWN_COLUMN", `1行目の${columnLetter(i)}列に見出しがありません。見出しのない列を削除してください。`, 1, columnLetter(i));
    }
    if (EXPORT_ONLY_HEADERS.has(header)) {
      keys.push(null);
      continue;
    }
    const key = headerIndex.get(foldHeader(header)) ?? null;
    if (key === null) {
      unknown.push(header);
      keys.push(null);
      continue;
    }
    if (present.has(key)) {
      throw new TalentImportFileError("DUPLICATE_COLUMN", `列「${COLUMN_BY_KEY[key].header}」が2回あります (${columnLetter(i)}列)。1列だけにしてください。`, 1, header);
    }
    present.add(key);
    keys.push(key);
  }
  if (present.size === 0) {
    throw new TalentImportFileError(
      "ENCODING",
      "1行目にテンプレートの列見出しが見つかりません。文字化けしている場合は、Excel で「CSV UTF-8」または「CSV (コンマ区切り)」として保存し直してください。テンプレートをダウンロードして使うこともできます。",
      1,
    );
  }
  if (unknown.length > 0) {
    const known = COLUMNS.map((c) => c.header).join("、");
    throw new TalentImportFileError(
      "UNKNOWN_COLUMN",
      `知らない列があります: ${unknown.map((u) => `「${truncate(u, 30)}」`).join("、")}。使える列は ${known} です。`,
      1,
      unknown[0]!,
    );
  }
  const missing = COLUMNS.filter((c) => c.required && !present.has(c.key)).map((c) => `「${c.header}」`);
  if (missing.length > 0) throw new TalentImportFileError("MISSING_COLUMN", `必須の列がありません: ${missing.join("、")}。`, 1);
  return { keys, present };
}

/** Excel's column letter for a zero-based position (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** At most `max` characters (code points: a surrogate pair is never cut in half). */
const truncate = (text: string, max: number) => {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : text;
};

// --- cell checks ----------------------------------------------------------------------------------------------------

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// C0 controls except tab and line breaks, DEL, and the C1 block.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// What Excel (and LibreOffice) would evaluate when the text is opened: =…, or +/-/@ followed by a function call.
const FORMULA = /^\s*(=|[+\-@]\s*[A-Za-z_][A-Za-z0-9_.]*\s*\()/;

/**
 * Refuses text no cell may hold: NUL and other control characters, lone surrogates (broken UTF-16), formulas, and
 * overlong cells. A failure refuses the whole file: such a file was not written by a person filling in the template.
 */
export function checkCellText(text: string, row: number, column: string): void {
  if (text.includes("\u0000") || CONTROL.test(text)) {
    throw new TalentImportFileError("INVALID_TEXT", `${row}行目「${column}」に制御文字 (NUL など) が含まれています。テキストとして保存し直してください。`, row, column);
  }
  if (LONE_SURROGATE.test(text)) {
    throw new TalentImportFileError("INVALID_TEXT", `${row}行目「${column}」に壊れた文字 (対になっていないサロゲート) が含まれています。`, row, column);
  }
  if (FORMULA.test(text)) {
    throw new TalentImportFileError(
      "FORMULA",
      `${row}行目「${column}」に数式 (${truncate(text.trim(), 20)}) があります。数式は取り込めません。値だけを貼り付けて保存し直してください。`,
      row,
      column,
    );
  }
  if (text.length > LIMITS.maxCellChars) {
    throw new TalentImportFileError("INVALID_TEXT", `${row}行目「${column}」が長すぎます (${text.length}文字)。1つのセルは${LIMITS.maxCellChars}文字までです。`, row, column);
  }
}

// --- row validation -------------------------------------------------------------------------------------------------

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+\-() ]{6,20}$/;
const PERSON_NUMBER = /^[A-Za-z0-9][A-Za-z0-9_\-]{0,49}$/;

function list(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** "2026-04-01", "2026/4/1", "2026年4月1日", "20260401" → "2026-04-01"; anything else (or an impossible date) → null. */
export function parseDateJa(text: string): string | null {
  const t = text.normalize("NFKC").trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900) return null;
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Today in Japan (YYYY-MM-DD). */
export const todayInJapan = (now: Date = new Date()): string => new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);

export interface ValidateOptions {
  /** Today's date (YYYY-MM-DD) for "not in the future"; defaults to today in Japan. */
  today?: string;
}

/**
 * Validates one data row (`rowNumber` is the file's row number, the header being row 1) and normalises it to the API's
 * codes. Every problem is reported, each by column, in Japanese, with what is allowed.
 */
export function validateRow(raw: RawTalentRow, rowNumber: number, options: ValidateOptions = {}): RowResult {
  const problems: RowProblem[] = [];
  const fail = (key: ColumnKey | null, message: string) => problems.push({ row: rowNumber, column: key ? COLUMN_BY_KEY[key].header : null, message });
  const text = (key: ColumnKey) => (raw[key] ?? "").trim();

  for (const key of Object.keys(raw) as ColumnKey[]) {
    const value = raw[key];
    if (value === undefined) continue;
    try {
      checkCellText(value, rowNumber, COLUMN_BY_KEY[key]?.header ?? key);
    } catch (error) {
      if (error instanceof TalentImportFileError) fail(key, error.message.replace(/^\d+行目「[^」]+」/, "セル"));
      else throw error;
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const personNumber = text("personNumber").normalize("NFKC");
  if (personNumber === "") fail("personNumber", "管理番号を入れてください (1〜50文字の英数字・ハイフン・アンダースコア)。");
  else if (!PERSON_NUMBER.test(personNumber)) fail("personNumber", `管理番号「${truncate(personNumber, 20)}」は使えません。1〜50文字の英数字・ハイフン・アンダースコアで、英数字から始めてください。`);

  const displayName = text("displayName");
  if (displayName.length < 1) fail("displayName", "氏名を入れてください (1〜100文字)。");
  else if (displayName.length > 100) fail("displayName", `氏名が長すぎます (${displayName.length}文字)。100文字までです。`);

  const pick = <C extends string>(key: ColumnKey, vocabulary: Vocabulary<C>, required: boolean): C | null => {
    const value = text(key);
    if (value === "") {
      if (required) fail(key, `${COLUMN_BY_KEY[key].header}を入れてください。使える値: ${vocabulary.allowed()}。`);
      return null;
    }
    const code = vocabulary.lookup(value);
    if (code === null) fail(key, `「${truncate(value, 30)}」は${COLUMN_BY_KEY[key].header}として使えません。使える値: ${vocabulary.allowed()}。`);
    return code;
  };
  const pickMany = <C extends string>(key: ColumnKey, vocabulary: Vocabulary<C>, min: number, max: number): C[] => {
    const values = list(vocabulary.protectLabels(raw[key] ?? ""));
    const header = COLUMN_BY_KEY[key].header;
    if (values.length < min) {
      fail(key, `${header}を${min}個以上入れてください。使える値: ${vocabulary.allowed()}。`);
      return [];
    }
    const codes: C[] = [];
    const unknown: string[] = [];
    for (const v of values) {
      const code = vocabulary.lookup(v);
      if (code === null) unknown.push(v);
      else if (!codes.includes(code)) codes.push(code);
    }
    if (unknown.length > 0) {
      fail(key, `${unknown.map((u) => `「${truncate(u, 30)}」`).join("、")}は${header}として使えません。使える値: ${vocabulary.allowed()}。`);
    } else if (codes.length > max) {
      fail(key, `${header}は${max}個までです (${codes.length}個あります)。`);
    }
    return codes;
  };

  const kinds = pickMany("kinds", kindVocabulary, 1, 5);
  const skills = list(raw.skills);
  if (skills.length > 20) fail("skills", `スキルは20個までです (${skills.length}個あります)。`);
  const longSkill = skills.find((s) => s.length > 50);
  if (longSkill) fail("skills", `スキル「${truncate(longSkill, 20)}」が長すぎます。1つ50文字までです。`);

  let yearsOfExperience: number | null = null;
  const years = text("yearsOfExperience").normalize("NFKC").replace(/年$/, "");
  if (years !== "") {
    if (!/^\d{1,3}$/.test(years) || Number(years) > 70) fail("yearsOfExperience", `経験年数「${truncate(years, 10)}」は使えません。0〜70の整数で入れてください。`);
    else yearsOfExperience = Number(years);
  }

  const availability = pick("availability", availabilityVocabulary, true);
  const preferredWorkStyles = pickMany("preferredWorkStyles", workStyleVocabulary, 0, 4);
  const interestInRegion = pick("interestInRegion", interestVocabulary, false);

  let homePrefectureCode: string | null = null;
  const prefecture = text("homePrefecture");
  if (prefecture !== "") {
    homePrefectureCode = prefectureCodeOf(prefecture);
    if (homePrefectureCode === null) fail("homePrefecture", `「${truncate(prefecture, 20)}」は都道府県として使えません。都道府県名 (例: 北海道、長野県) か JIS コード 01〜47 を入れてください。`);
  }

  const email = text("email").normalize("NFKC") || null;
  if (email !== null && (email.length > 254 || !EMAIL.test(email))) fail("email", `メールアドレス「${truncate(email, 30)}」の形が正しくありません (例: name@example.jp、254文字まで)。`);
  const phone = text("phone").normalize("NFKC") || null;
  if (phone !== null && !PHONE.test(phone)) fail("phone", `電話番号「${truncate(phone, 20)}」は使えません。数字・空白・+・-・括弧で6〜20文字にしてください。`);

  let consent: ImportConsent | null = null;
  if (CONSENT_KEYS.some((k) => text(k) !== "")) {
    const scope = pick("consentScope", consentScopeVocabulary, true);
    const purposes = pickMany("consentPurposes", purposeVocabulary, 1, 5);
    const method = pick("consentMethod", consentMethodVocabulary, true);
    const today = options.today ?? todayInJapan();
    const obtainedText = text("consentObtainedAt");
    let obtainedOn: string | null = null;
    if (obtainedText === "") fail("consentObtainedAt", "同意を記録する行には同意の取得日を入れてください (例: 2026-04-01)。");
    else {
      obtainedOn = parseDateJa(obtainedText);
      if (obtainedOn === null) fail("consentObtainedAt", `同意の取得日「${truncate(obtainedText, 20)}」は日付として読めません (例: 2026-04-01、2026/4/1)。`);
      else if (obtainedOn > today) fail("consentObtainedAt", `同意の取得日 ${obtainedOn} は未来の日付です。同意を得た日を入れてください。`);
    }
    const expiresText = text("consentExpiresAt");
    let expiresOn: string | null = null;
    if (expiresText !== "") {
      expiresOn = parseDateJa(expiresText);
      if (expiresOn === null) fail("consentExpiresAt", `同意の有効期限「${truncate(expiresText, 20)}」は日付として読めません (例: 2029-03-31)。`);
      else if (obtainedOn !== null && expiresOn <= obtainedOn) fail("consentExpiresAt", `同意の有効期限 ${expiresOn} は取得日 ${obtainedOn} より後にしてください。`);
    }
    if (scope && method && obtainedOn && purposes.length > 0) consent = { scope, purposes, method, obtainedOn, expiresOn };
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    row: {
      personNumber,
      displayName,
      kinds,
      skills,
      yearsOfExperience,
      availability: availability!,
      preferredWorkStyles,
      interestInRegion,
      homePrefectureCode,
      email,
      phone,
      consent,
    },
  };
}

/** The file-size check every reader applies first. */
export function checkFileSize(bytes: number): void {
  if (bytes === 0) throw new TalentImportFileError("EMPTY", "ファイルが空です (0 バイト)。テンプレートに1行以上入れて保存してください。");
  if (bytes > LIMITS.maxFileBytes) {
    throw new TalentImportFileError(
      "TOO_LARGE",
      `ファイルが大きすぎます (${formatBytesJa(bytes)})。1ファイル ${formatBytesJa(LIMITS.maxFileBytes)} まで、${LIMITS.maxRows.toLocaleString("ja-JP")}行までです。分けて取り込んでください。`,
    );
  }
}

export function tooManyRows(row: number): TalentImportFileError {
  return new TalentImportFileError(
    "TOO_MANY_ROWS",
    `行が多すぎます。1ファイル ${LIMITS.maxRows.toLocaleString("ja-JP")}行 (見出しを除く) までです。${row}行目以降は分けて取り込んでください。`,
    row,
  );
}
