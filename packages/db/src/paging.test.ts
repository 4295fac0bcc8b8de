import { boundedReadLimit, pageArray, pageQuery, pageQueryBounded, type Queryable } from "./paging";

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

  it("reads the page, one row past it and the bounded count in one statement that reads the list once", async () => {
    const db = fakeDb([row("op-c", 3, 5), row("op-d", 4, 5), row("op-e", 5, 5)]);
    const page = await pageQueryBounded(db, query, { offset: 2, limit: 2 }, 10);
    expect(page).toEqual({ rows: [{ id: "op-c", name_ja: "OP-C" }, { id: "op-d", name_ja: "OP-D" }], total: 5, totalIsLowerBound: false, hasMore: true });
    expect(db.calls).toHaveLength(1);
    expect(db.calls[0]!.sql.replace(/\s+/g, " ")).toBe(
      "WITH paging_list AS ( SELECT o.id, o.name_ja, row_number() OVER (ORDER BY o.id) AS paging_position FROM operator o WHERE o.prefecture_code = $1 " +
        "ORDER BY o.id LIMIT $2::int) SELECT *, (SELECT count(*) FROM paging_list) AS paging_total FROM paging_list " +
        "WHERE paging_position > $3::int ORDER BY paging_position LIMIT $4::int",
    );
    // bound + 1 rows are read (to tell "more than the bound"), the page asks for one row more than it shows.
    expect(db.calls[0]!.params).toEqual(["20", 11, 2, 3]);
  });

  it("reports the bound and a lower bound when the list is longer, and reads far enough for a page beyond the bound", async () => {
    const db = fakeDb([row("op-x", 11, 11)]);
    expect(await pageQueryBounded(db, query, { offset: 0, limit: 1 }, 10)).toMatchObject({ total: 10, totalIsLowerBound: true, hasMore: false });
    expect(boundedReadLimit({ offset: 0, limit: 20 }, 10_000)).toBe(10_001);
    expect(boundedReadLimit({ offset: 10_990, limit: 20 }, 10_000)).toBe(11_011);
  });

  it("answers an empty first page without a second statement, and counts (bounded) only past the end", async () => {
    const empty = fakeDb([]);
    expect(await pageQueryBounded(empty, query, { offset: 0, limit: 20 }, 10)).toEqual({ rows: [], total: 0, totalIsLowerBound: false, hasMore: false });
    expect(empty.calls).toHaveLength(1);
    const past = fakeDb([], [{ n: "3" }]);
    expect(await pageQueryBounded(past, query, { offset: 40, limit: 20 }, 10)).toMatchObject({ rows: [], total: 3, totalIsLowerBound: false });
    expect(past.calls[1]).toEqual({ sql: "SELECT count(*) AS n FROM (SELECT 1 FROM operator o WHERE o.prefecture_code = $1 LIMIT $2::int) AS bounded", params: ["20", 11] });
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
