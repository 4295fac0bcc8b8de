import { normalizeForSearch } from "@jinjibu/domain";
import { badUserInput } from "@jinjibu/federation";

/** Validates a free-text `search` argument and normalises it the way search_text was built. */
export function searchNeedle(search: string | null | undefined): string | null {
  if (search == null) return null;
  const needle = normalizeForSearch(search);
  if (needle.length === 0 || needle.length > 100) throw badUserInput("`search` must be 1 to 100 characters (spaces are ignored).");
  return needle;
}
