import { createApiKey } from "@jinjibu/auth";
import type { Pool } from "pg";
import type { Redis } from "ioredis";
import { DatabaseSiteKeys } from "./site-keys";

/** A pool that answers the key lookup from `rows` and counts it. */
function fakePool(rows: Map<string, { operator_id: string; sha256: string; revoked_at: Date | null }>) {
  const pool = {
    reads: 0,
    async query(_sql: string, [keyId]: [string]) {
      pool.reads += 1;
      const row = rows.get(keyId);
      return { rows: row ? [row] : [] };
    },
    async end() {},
  };
  return pool;
}

/** The part of Redis the store uses, shared between two "gateways". */
function fakeRedis(store: Map<string, number>, failing = { on: false }) {
  return {
    async get(key: string) {
      if (failing.on) throw new Error("redis down");
      return store.has(key) ? String(store.get(key)) : null;
    },
    async incr(key: string) {
      store.set(key, (store.get(key) ?? 0) + 1);
      return store.get(key);
    },
  } as unknown as Redis;
}

describe("site keys from the database", () => {
  const { key, record } = createApiKey("op-meguru", "公式サイト");
  const rows = () => new Map([[record.keyId, { operator_id: "op-meguru", sha256: record.sha256, revoked_at: null as Date | null }]]);

  it("resolves a key by its id and hash, caches the lookup, and refuses a wrong secret or a malformed key", async () => {
    const pool = fakePool(rows());
    const keys = new DatabaseSiteKeys({ pool: pool as unknown as Pool });
    expect(await keys.resolve(key)).toEqual({ role: "SITE", operatorId: "op-meguru", subject: record.keyId });
    expect(await keys.resolve(key)).not.toBeNull();
    expect(pool.reads).toBe(1);
    expect(await keys.resolve(`${key.slice(0, -2)}xx`)).toBeNull();
    expect(await keys.resolve("not-a-key")).toBeNull();
    expect(pool.reads).toBe(1);
  });

  it("a revocation through one gateway makes another read the row again and refuse the key", async () => {
    const data = rows();
    const shared = new Map<string, number>();
    const a = new DatabaseSiteKeys({ pool: fakePool(data) as unknown as Pool, redis: fakeRedis(shared), cacheMs: 600_000 });
    const pool = fakePool(data);
    const b = new DatabaseSiteKeys({ pool: pool as unknown as Pool, redis: fakeRedis(shared), cacheMs: 600_000 });
    expect(await b.resolve(key)).not.toBeNull();
    data.get(record.keyId)!.revoked_at = new Date();
    expect(await b.resolve(key)).not.toBeNull(); // still cached: nobody said so
    await a.revoked();
    expect(await b.resolve(key)).toBeNull();
    expect(pool.reads).toBe(2);
  });

  it("reads the database on every request while Redis cannot be read (never staler)", async () => {
    const failing = { on: false };
    const pool = fakePool(rows());
    const keys = new DatabaseSiteKeys({ pool: pool as unknown as Pool, redis: fakeRedis(new Map(), failing) });
    await keys.resolve(key);
    failing.on = true;
    await keys.resolve(key);
    await keys.resolve(key);
    expect(pool.reads).toBe(3);
  });
});
