import type { DataSource } from "typeorm";
import { normalizeForSearch } from "@jinjibu/domain";
import operators from "./data/operators.json";

/** Loads the documents' operators. Idempotent: rows that exist are left as they are (an administrator may have edited them). */
export async function seedOrganizations(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (em) => {
    let inserted = 0;
    for (const op of operators) {
      const names = [op.name_ja, ...op.name_variants];
      const result = await em.query(
        `INSERT INTO operator (id, name_ja, name_variants, prefecture_ja, search_text)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [op.id, op.name_ja, op.name_variants, op.prefecture, names.map(normalizeForSearch).join("\n")],
      );
      inserted += Array.isArray(result) ? (result[1] as number) : 0;
    }
    return { operator: inserted };
  });
}
