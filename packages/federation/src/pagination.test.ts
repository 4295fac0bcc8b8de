import { boundedPageToConnection, pageWindow, paginate, toConnection } from "./pagination";

describe("connections", () => {
  it("turns first/after into a window and back into cursors that continue the list", () => {
    const first = paginate(["a", "b", "c", "d", "e"], { first: 2 });
    expect(first.edges.map((e) => e.node)).toEqual(["a", "b"]);
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const second = paginate(["a", "b", "c", "d", "e"], { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node)).toEqual(["c", "d"]);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const last = paginate(["a", "b", "c", "d", "e"], { first: 2, after: second.pageInfo.endCursor });
    expect(last.edges.map((e) => e.node)).toEqual(["e"]);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it("defaults to 20 and refuses first outside 1 to 100 or a foreign cursor", () => {
    expect(pageWindow({})).toEqual({ offset: 0, limit: 20 });
    expect(() => pageWindow({ first: 0 })).toThrow("`first` must be between 1 and 100; got 0.");
    expect(() => pageWindow({ first: 101 })).toThrow("`first` must be between 1 and 100; got 101.");
    expect(() => pageWindow({ after: "bm90LWEtY3Vyc29y" })).toThrow("`after` is not a cursor this list issued");
  });

  it("builds an empty connection with null cursors", () => {
    expect(toConnection([], 0, { offset: 0, limit: 20 })).toEqual({
      edges: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});

describe("a connection over a bounded page", () => {
  it("takes hasNextPage from the row read past the page and says when the count is a lower bound", () => {
    const window = { offset: 9_998, limit: 2 };
    const page = { rows: [{ id: 1 }, { id: 2 }], total: 10_000, totalIsLowerBound: true, hasMore: true };
    const connection = boundedPageToConnection(page, ["a", "b"], window);
    // The count alone (10,000 = offset + rows) would say the list ends here.
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(connection).toMatchObject({ totalCount: 10_000, totalCountIsLowerBound: true, edges: [{ node: "a" }, { node: "b" }] });
    const last = boundedPageToConnection({ ...page, total: 12, totalIsLowerBound: false, hasMore: false }, ["a"], { offset: 11, limit: 2 });
    expect([last.pageInfo.hasNextPage, last.totalCountIsLowerBound]).toEqual([false, false]);
  });
});
