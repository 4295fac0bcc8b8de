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

/** One page of a list whose count stops at a bound (long lists: audit trails, records). */
export interface BoundedPage<T> extends Page<T> {
  /** True when the list holds more than the bound: `total` is then the bound, a lower bound of the real count. */
  totalIsLowerBound: boolean;
  /** True when rows follow the page, whatever the bounded count says. */
  hasMore: boolean;
}

const POSITION_COLUMN = "paging_position";

/**
 * A list query whose count stops at a bound. `countFrom` (default `from`) is what is counted: the same rows, possibly read
 * more cheaply (e.g. only the ids of two index scans, where the page needs whole rows); it shares `params` with `from`.
 */
export interface BoundedListQuery extends ListQuery {
  countFrom?: string;
}

/** The one statement `pageQueryBounded` sends (exported so a test can EXPLAIN it). */
export function boundedPageSql(query: BoundedListQuery, window: PageWindow, bound: number): { text: string; params: unknown[] } {
  checkWindow(window);
  if (!Number.isSafeInteger(bound) || bound < 1) throw new Error(`invalid count bound: ${bound}`);
  const params = [...(query.params ?? [])];
  const n = params.length;
  return {
    // The count reads at most bound + 1 rows; the page one row past its end (which tells whether another page follows).
    // The count is the left side of the join, so a page past the end still carries it (as one row of NULLs).
    text: `WITH paging_count AS (SELECT count(*) AS n FROM (SELECT 1 ${query.countFrom ?? query.from} LIMIT $${n + 1}::int) AS bounded),
      paging_page AS (
        SELECT ${query.select}, row_number() OVER (ORDER BY ${query.orderBy}) AS ${POSITION_COLUMN} ${query.from}
        ORDER BY ${query.orderBy} OFFSET $${n + 2}::int LIMIT $${n + 3}::int)
      SELECT paging_page.*, paging_count.n AS ${TOTAL_COLUMN} FROM paging_count LEFT JOIN paging_page ON true ORDER BY paging_page.${POSITION_COLUMN}`,
    params: [...params, bound + 1, window.offset, window.limit + 1],
  };
}

/**
 * One page and a count that stops at `bound`, in one statement that reads at most bound + 1 rows to count and one row
 * past the page (as the talent search does): long lists stay fast, and the answer says when the count is a lower bound.
 */
export async function pageQueryBounded<T extends object>(db: Queryable, query: BoundedListQuery, window: PageWindow, bound: number): Promise<BoundedPage<T>> {
  const sql = boundedPageSql(query, window, bound);
  type Answer = T & { [TOTAL_COLUMN]?: string | number; [POSITION_COLUMN]?: string | number | null };
  const answer: Answer[] = await db.query(sql.text, sql.params);
  const counted = Number(answer[0]?.[TOTAL_COLUMN] ?? 0);
  const rows = answer.filter((row) => row[POSITION_COLUMN] != null);
  for (const row of rows) {
    delete row[TOTAL_COLUMN];
    delete row[POSITION_COLUMN];
  }
  return { rows: rows.slice(0, window.limit), total: Math.min(counted, bound), totalIsLowerBound: counted > bound, hasMore: rows.length > window.limit };
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
