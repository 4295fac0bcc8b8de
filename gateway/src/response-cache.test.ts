import { MemoryResponseCache } from "./response-cache";

describe("the memory response cache", () => {
  it("serves an entry until one of its tags is invalidated, and only then", async () => {
    const cache = new MemoryResponseCache();
    const [org, fund] = await cache.versions(["organizations", "funding"]);
    await cache.set("directory", "D", { organizations: org! }, 60);
    await cache.set("operator", "O", { organizations: org!, funding: fund! }, 60);
    await cache.invalidate(["funding"]);
    expect(await cache.get("directory")).toBe("D");
    expect(await cache.get("operator")).toBeNull();
    await cache.invalidate([]);
    expect(await cache.get("directory")).toBe("D");
  });

  it("drops an answer computed while its data changed (the invalidation wins)", async () => {
    const cache = new MemoryResponseCache();
    const [before] = await cache.versions(["funding"]);
    await cache.invalidate(["funding"]);
    await cache.set("operator", "stale", { funding: before! }, 60);
    expect(await cache.get("operator")).toBeNull();
  });

  it("keeps at most maxEntries, least recently used out first", async () => {
    const cache = new MemoryResponseCache(2);
    await cache.set("a", "A", {}, 60);
    await cache.set("b", "B", {}, 60);
    await cache.get("a");
    await cache.set("c", "C", {}, 60);
    expect(await cache.get("b")).toBeNull();
    expect(await cache.get("a")).toBe("A");
  });

  it("holds a bounded number of characters and never stores one oversized answer", async () => {
    const cache = new MemoryResponseCache({ maxEntries: 100, maxChars: 10, maxEntryChars: 6 });
    await cache.set("a", "aaaa", {}, 60);
    await cache.set("b", "bbbb", {}, 60);
    await cache.set("c", "cccc", {}, 60); // 12 characters: the least recently used goes
    expect(await cache.get("a")).toBeNull();
    expect(cache.heldChars).toBe(8);
    await cache.set("huge", "x".repeat(7), {}, 60);
    expect(await cache.get("huge")).toBeNull();
    await cache.set("b", "bb", {}, 60); // replacing an entry counts only the new answer
    expect(cache.heldChars).toBe(6);
    expect(cache.size).toBe(2);
  });
});
