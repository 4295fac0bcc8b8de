import { pageArray, pageQuery, pageQueryBounded, type Queryable } from "./paging";

/** Records every statement and answers from a list of canned results, in order. */
function fakeDb(...answers: unknown[][]): Queryable & { calls: { sql: string; params: unknown[] }[] } {
  const calls: { sql: string; params: unknown[] }[] = [];
  return {
    calls,
    async query(sql: string, params: unknown[] = []) {
      calls.push({ sql, params });
      return answers.shift() ?? [];
    },
  };
}

const query = { select: "o.id, o.name_ja", from: "FROM operator o WHERE o.prefecture_code = $1", params: ["20"], orderBy: "o.id" };

describe("pageQuery", () => {
  it("reads a page and the total in one statement, with the window as the last two parameters", async () => {
    const db = fakeDb([
      { id: "op-a", name_ja: "A", paging_total: "7" },
      { id: "op-b", name_ja: "B", paging_total: "7" },
    ]);
    const page = await pageQuery(db, query, { offset: 2, limit: 2 });
    expect(page).toEqual({ rows: [{ id: "op-a", name_ja: "A" }, { id: "op-b", name_ja: "B" }], total: 7 });
    expect(db.calls).toHaveLength(1);
    expect(db.calls[0]!.sql).toBe(
      "SELECT o.id, o.name_ja, count(*) OVER () AS paging_total FROM operator o WHERE o.prefecture_code = $1 ORDER BY o.id OFFSET $2::int LIMIT $3::int",
    );
    expect(db.calls[0]!.params).toEqual(["20", 2, 2]);
  });

  it("answers an empty first page with total 0 and no second statement", async () => {
    const db = fakeDb([]);
    expect(await pageQuery(db, query, { offset: 0, limit: 20 })).toEqual({ rows: [], total: 0 });
    expect(db.calls).toHaveLength(1);
  });

  it("counts separately only for a page past the end, with the list's own parameters", async () => {
    const db = fakeDb([], [{ n: "3" }]);
    expect(await pageQuery(db, query, { offset: 40, limit: 20 })).toEqual({ rows: [], total: 3 });
    expect(db.calls[1]).toEqual({ sql: "SELECT count(*) AS n FROM operator o WHERE o.prefecture_code = $1", params: ["20"] });
  });

  it("refuses a window that did not come from validated input", async () => {
    await expect(pageQuery(fakeDb(), query, { offset: -1, limit: 20 })).rejects.toThrow("invalid page window");
    await expect(pageQuery(fakeDb(), query, { offset: 0, limit: 0 })).rejects.toThrow("invalid page window");
    await expect(pageQuery(fakeDb(), query, { offset: 0.5, limit: 1 })).rejects.toThrow("invalid page window");
  });
});

describe("pageQueryBounded", () => {
  const row = (id: string, position: number, total: number) => ({ id, name_ja: id.toUpperCase(), paging_position: String(position), paging_total: String(total) });

  it("reads the page, one row past it and a count stopping past the bound, in one statement", async () => {
    const db = fakeDb([row("op-c", 3, 5), row("op-d", 4, 5), row("op-e", 5, 5)]);
    const page = await pageQueryBounded(db, query, { offset: 2, limit: 2 }, 10);
    expect(page).toEqual({ rows: [{ id: "op-c", name_ja: "OP-C" }, { id: "op-d", name_ja: "OP-D" }], total: 5, totalIsLowerBound: false, hasMore: true });
    expect(db.calls).toHaveLength(1);
    expect(db.calls[0]!.sql.replace(/\s+/g, " ")).toBe(
      "WITH paging_count AS (SELECT count(*) AS n FROM (SELECT 1 FROM operator o WHERE o.prefecture_code = $1 LIMIT $2::int) AS bounded), " +
        "paging_page AS ( SELECT o.id, o.name_ja, row_number() OVER (ORDER BY o.id) AS paging_position FROM operator o WHERE o.prefecture_code = $1 " +
        "ORDER BY o.id OFFSET $3::int LIMIT $4::int) " +
        "SELECT paging_page.*, paging_count.n AS paging_total FROM paging_count LEFT JOIN paging_page ON true ORDER BY paging_page.paging_position",
    );
    // bound + 1 rows counted at most (to tell "more than the bound"); the page asks for one row more than it shows.
    expect(db.calls[0]!.params).toEqual(["20", 11, 2, 3]);
  });

  it("counts what countFrom names, with the list's parameters", async () => {
    const db = fakeDb([row("op-a", 1, 1)]);
    await pageQueryBounded(db, { ...query, countFrom: "FROM operator_id_index WHERE prefecture_code = $1" }, { offset: 0, limit: 20 }, 10);
    expect(db.calls[0]!.sql).toContain("(SELECT 1 FROM operator_id_index WHERE prefecture_code = $1 LIMIT $2::int)");
  });

  it("reports the bound and a lower bound when the list is longer", async () => {
    const db = fakeDb([row("op-a", 1, 11)]);
    expect(await pageQueryBounded(db, query, { offset: 0, limit: 1 }, 10)).toMatchObject({ total: 10, totalIsLowerBound: true, hasMore: false });
  });

  it("keeps the count of a page past the end, which comes as one row without a position, in the same statement", async () => {
    const past = fakeDb([{ id: null, name_ja: null, paging_position: null, paging_total: "3" }]);
    expect(await pageQueryBounded(past, query, { offset: 40, limit: 20 }, 10)).toEqual({ rows: [], total: 3, totalIsLowerBound: false, hasMore: false });
    expect(past.calls).toHaveLength(1);
  });

  it("refuses a window or a bound that did not come from the code", async () => {
    await expect(pageQueryBounded(fakeDb(), query, { offset: -1, limit: 20 }, 10)).rejects.toThrow("invalid page window");
    await expect(pageQueryBounded(fakeDb(), query, { offset: 0, limit: 20 }, 0)).rejects.toThrow("invalid count bound");
  });
});

describe("pageArray", () => {
  it("slices an in-memory list and counts all of it", () => {
    expect(pageArray(["a", "b", "c", "d", "e"], { offset: 1, limit: 2 })).toEqual({ rows: ["b", "c"], total: 5 });
    expect(pageArray(["a"], { offset: 5, limit: 2 })).toEqual({ rows: [], total: 1 });
  });
});
