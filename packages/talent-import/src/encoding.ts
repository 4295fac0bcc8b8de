import { TalentImportFileError } from "./validate";

/** The text encodings a CSV may use: what Japanese Excel writes ("CSV UTF-8" with a BOM, or "CSV" in Shift_JIS/CP932). */
export type CsvEncoding = "utf-8" | "shift_jis";

export interface DetectedEncoding {
  encoding: CsvEncoding;
  /** Bytes to skip at the start (a UTF-8 BOM). */
  bomLength: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Decides a CSV's encoding from its first bytes (give at least 64 KiB when the file is that long): a UTF-8 BOM, else
 * valid UTF-8, else Shift_JIS/CP932. UTF-16, binary files and a workbook saved as .csv are refused with a Japanese reason.
 */
export function detectEncoding(head: Uint8Array, complete: boolean): DetectedEncoding {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    throw new TalentImportFileError(
      "ENCODING",
      "このファイルは UTF-16 (Unicode テキスト) で保存されています。Excel で「CSV UTF-8 (コンマ区切り)」または「CSV (コンマ区切り)」として保存し直してください。",
    );
  }
  if (startsWith(head, ZIP_MAGIC)) {
    throw new TalentImportFileError("UNREADABLE", "このファイルは CSV ではなく Excel ブック (.xlsx) のようです。ファイル名を .xlsx にして選び直してください。");
  }
  if (head.includes(0)) {
    throw new TalentImportFileError("UNREADABLE", "ファイルを読み取れません (テキストではないデータが含まれています)。CSV (.csv) か Excel ブック (.xlsx) を選んでください。");
  }
  try {
    // `stream: true` lets a multi-byte character cut at the end of `head` pass; a complete file must end cleanly.
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: !complete });
    return { encoding: "utf-8", bomLength: 0 };
  } catch {
    return { encoding: "shift_jis", bomLength: 0 };
  }
}

/** Refuses decoded text that held undecodable bytes (U+FFFD): the file is in neither UTF-8 nor Shift_JIS. */
export function checkDecoded(text: string, encoding: CsvEncoding): void {
  if (text.includes("\uFFFD")) {
    throw new TalentImportFileError(
      "ENCODING",
      encoding === "utf-8"
        ? "UTF-8 として読めない文字があります。文字コードが混ざっていないか確認し、Excel で「CSV UTF-8 (コンマ区切り)」として保存し直してください。"
        : "文字コードを判別できません (UTF-8 でも Shift_JIS でもありません)。Excel で「CSV UTF-8 (コンマ区切り)」として保存し直してください。",
    );
  }
}

/**
 * Decodes a whole CSV held in memory (the browser's path: TextDecoder knows shift_jis there; Node uses iconv-lite
 * through `@jinjibu/talent-import/node`).
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const { encoding, bomLength } = detectEncoding(bytes.subarray(0, 64 * 1024), bytes.length <= 64 * 1024);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  checkDecoded(text, encoding);
  return { text, encoding };
}
