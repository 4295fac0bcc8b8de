import type { LinkedLaw, SubsidyFrame } from "@jinjibu/domain";
import { Adoption } from "../entities";

/** Columns of `adoption a` for raw queries that join other tables. */
export const ADOPTION_COLUMNS =
  "a.id, a.fiscal_year, a.list_code, a.list_no, a.frame, a.project_title, a.target_area, a.linked_law, a.printed_names";

/** Published order: fiscal year, then list letter, then list number (A2 before A10). */
export const ADOPTION_ORDER = "a.fiscal_year, left(a.list_code, 1), substring(a.list_code from 2)::int";

export interface AdoptionRow {
  id: string;
  fiscal_year: number;
  list_code: string;
  list_no: number | null;
  frame: string;
  project_title: string | null;
  target_area: string | null;
  linked_law: string | null;
  printed_names: Record<string, string>;
}

export function toAdoption(row: AdoptionRow): Adoption {
  return Object.assign(new Adoption(), {
    id: row.id,
    fiscalYear: row.fiscal_year,
    listCode: row.list_code,
    listNo: row.list_no,
    frame: row.frame as SubsidyFrame,
    projectTitle: row.project_title,
    targetArea: row.target_area,
    linkedLaw: row.linked_law as LinkedLaw | null,
    printedNames: row.printed_names,
  });
}

/** "A1–A38" for a run; runs joined with ", " when a frame's codes interleave with another frame's (FY2023). */
export function listCodeRange(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  const parsed = codes
    .map((code) => ({ prefix: code.slice(0, 1), n: Number(code.slice(1)) }))
    .sort((a, b) => a.prefix.localeCompare(b.prefix) || a.n - b.n);
  const runs: string[] = [];
  let start = parsed[0]!;
  let prev = start;
  const close = () => runs.push(start.n === prev.n ? `${start.prefix}${start.n}` : `${start.prefix}${start.n}–${prev.prefix}${prev.n}`);
  for (const item of parsed.slice(1)) {
    if (item.prefix === prev.prefix && item.n === prev.n + 1) {
      prev = item;
      continue;
    }
    close();
    start = item;
    prev = item;
  }
  close();
  return runs.join(", ");
}
