/**
 * Normalises Japanese text for matching: NFKC (full-width → half-width ASCII, half-width kana → full-width), lower case,
 * and no white space, so "K A Z A M I", "ＫＡＺＡＭＩ" and "kazami" compare equal.
 */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\u3000]+/g, "");
}
