import { pageArray, pageQuery, type Queryable } from "./paging";

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

describe("pageArray", () => {
  it("slices an in-memory list and counts all of it", () => {
    expect(pageArray(["a", "b", "c", "d", "e"], { offset: 1, limit: 2 })).toEqual({ rows: ["b", "c"], total: 5 });
    expect(pageArray(["a"], { offset: 5, limit: 2 })).toEqual({ rows: [], total: 1 });
  });
});
