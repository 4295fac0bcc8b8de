import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * The one paging helper of the hub: a page of rows plus the count of the whole list. Services call it; GraphQL's
 * connections (`@jinjibu/federation`'s `toConnection`) are built from what it returns.
 */

/** Which slice of a list: skip `offset` rows, return at most `limit`. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** One page of rows and how many rows the whole list holds. */
export interface Page<T> {
  rows: T[];
  total: number;
}

/** Anything that runs SQL with positional parameters: an EntityManager, a DataSource, a QueryRunner. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * A list query in three parts, so the helper can count and page it: `SELECT <select> <from> ORDER BY <orderBy>`.
 * `from` holds FROM, JOINs and WHERE (with `$1…` parameters from `params`); `orderBy` must make the order total
 * (end it with a unique column) or pages may overlap.
 */
export interface ListQuery {
  select: string;
  from: string;
  params?: readonly unknown[];
  orderBy: string;
}

const TOTAL_COLUMN = "paging_total";

/**
 * One page and the total in a single statement (`count(*) OVER ()` is computed before OFFSET/LIMIT). Only a page past
 * the end, which has no row to carry the total, costs a second statement that counts.
 */
export async function pageQuery<T extends object>(db: Queryable, query: ListQuery, window: PageWindow): Promise<Page<T>> {
  checkWindow(window);
  const params = [...(query.params ?? [])];
  const offset = `$${params.length + 1}`;
  const limit = `$${params.length + 2}`;
  const rows: (T & { [TOTAL_COLUMN]?: string | number })[] = await db.query(
    `SELECT ${query.select}, count(*) OVER () AS ${TOTAL_COLUMN} ${query.from} ORDER BY ${query.orderBy} OFFSET ${offset}::int LIMIT ${limit}::int`,
    [...params, window.offset, window.limit],
  );
  if (rows.length === 0) {
    if (window.offset === 0) return { rows: [], total: 0 };
    const [{ n }]: { n: string | number }[] = await db.query(`SELECT count(*) AS n ${query.from}`, params);
    return { rows: [], total: Number(n) };
  }
  const total = Number(rows[0]![TOTAL_COLUMN]);
  for (const row of rows) delete row[TOTAL_COLUMN];
  return { rows, total };
}

/** One page of entities from a TypeORM query builder (which must already be ordered) and the total. */
export async function pageQueryBuilder<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, window: PageWindow): Promise<Page<T>> {
  checkWindow(window);
  const [rows, total] = await qb.skip(window.offset).take(window.limit).getManyAndCount();
  return { rows, total };
}

/** One page of a list already in memory (filtered and ordered). */
export function pageArray<T>(items: readonly T[], window: PageWindow): Page<T> {
  checkWindow(window);
  return { rows: items.slice(window.offset, window.offset + window.limit), total: items.length };
}

/** Windows come from validated client input; anything else is a programming error, never SQL. */
function checkWindow(window: PageWindow): void {
  const ok = (n: number, min: number) => Number.isSafeInteger(n) && n >= min;
  if (!ok(window.offset, 0) || !ok(window.limit, 1)) {
    throw new Error(`invalid page window: offset ${window.offset}, limit ${window.limit}`);
  }
}
