import { createHash } from "node:crypto";
import { Redis } from "ioredis";

/**
 * Whole-response cache for public (anonymous) directory answers.
 *
 * Every entry is tagged with the subgraphs whose data it holds (the ones the gateway actually fetched from to build it),
 * together with each tag's version at the time the execution started. A mutation that succeeded in subgraph S bumps
 * S's version, so exactly the entries built from S's data stop being served; entries built only from other subgraphs
 * stay. A mutation that changed nothing (e.g. `mutation { __typename }`, or one that failed) bumps nothing. Each
 * subgraph owns its tables, so a write through S can only change answers that S contributed to. In Redis the versions
 * are shared, so every gateway instance agrees.
 */
export interface ResponseCache {
  readonly kind: "memory" | "redis";
  /** The current version of each tag, in order. */
  versions(tags: readonly string[]): Promise<number[]>;
  /** A stored answer whose tags all still have the versions it was stored with, or null. */
  get(key: string): Promise<string | null>;
  /** Stores an answer with the tag versions read before it was computed (a concurrent invalidation wins). */
  set(key: string, body: string, tags: Record<string, number>, ttlSeconds: number): Promise<void>;
  /** Makes every entry carrying one of `tags` stale. */
  invalidate(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export const cacheKey = (query: string, variables: unknown, operationName: unknown): string =>
  createHash("sha256").update(JSON.stringify([query, variables ?? null, operationName ?? null])).digest("hex");

interface Stored {
  body: string;
  tags: Record<string, number>;
}

/** Bounds of the in-memory response cache (documented in the README, "Metrics and traces" → memory bounds). */
export const MEMORY_CACHE_LIMITS = {
  /** Entries held at most. */
  maxEntries: 500,
  /** Characters of stored answers held at most (V8 keeps Japanese text at 2 bytes a character: ≤ 32 MiB). */
  maxChars: 16 * 1024 * 1024,
  /** A larger answer is served but not stored (an anonymous client must not fill the cache with a few huge answers). */
  maxEntryChars: 1024 * 1024,
};

/**
 * In-process LRU: the default when REDIS_URL is not set. Bounded in entries and in characters held; expired and
 * stale entries are dropped when read or pushed out first.
 */
export class MemoryResponseCache implements ResponseCache {
  readonly kind = "memory" as const;
  private readonly tagVersions = new Map<string, number>();
  private readonly entries = new Map<string, Stored & { expires: number }>();
  private chars = 0;
  private readonly limits: typeof MEMORY_CACHE_LIMITS;

  constructor(limits: Partial<typeof MEMORY_CACHE_LIMITS> | number = {}) {
    this.limits = { ...MEMORY_CACHE_LIMITS, ...(typeof limits === "number" ? { maxEntries: limits } : limits) };
  }

  async versions(tags: readonly string[]): Promise<number[]> {
    return tags.map((tag) => this.tagVersions.get(tag) ?? 0);
  }
  async get(key: string): Promise<string | null> {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const fresh = entry.expires >= Date.now() && Object.entries(entry.tags).every(([tag, v]) => (this.tagVersions.get(tag) ?? 0) === v);
    this.remove(key);
    if (!fresh) return null;
    this.add(key, entry);
    return entry.body;
  }
  async set(key: string, body: string, tags: Record<string, number>, ttlSeconds: number): Promise<void> {
    if (!Object.entries(tags).every(([tag, v]) => (this.tagVersions.get(tag) ?? 0) === v)) return;
    this.remove(key);
    if (body.length > this.limits.maxEntryChars) return;
    this.add(key, { body, tags, expires: Date.now() + ttlSeconds * 1000 });
    while (this.entries.size > this.limits.maxEntries || this.chars > this.limits.maxChars) this.remove(this.entries.keys().next().value as string);
  }
  async invalidate(tags: readonly string[]): Promise<void> {
    for (const tag of tags) this.tagVersions.set(tag, (this.tagVersions.get(tag) ?? 0) + 1);
  }
  /** Entries held (stale ones included until they are read or pushed out). */
  get size(): number {
    return this.entries.size;
  }
  /** Characters of answers held. */
  get heldChars(): number {
    return this.chars;
  }
  async close(): Promise<void> {}

  private add(key: string, entry: Stored & { expires: number }): void {
    this.entries.set(key, entry);
    this.chars += entry.body.length;
  }
  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.chars -= entry.body.length;
  }
}

/** Shared by every gateway instance that points at the same Redis. */
export class RedisResponseCache implements ResponseCache {
  readonly kind = "redis" as const;
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "jinjibu:response-cache",
  ) {}

  private tagKey(tag: string): string {
    return `${this.prefix}:tag:${tag}`;
  }
  async versions(tags: readonly string[]): Promise<number[]> {
    if (tags.length === 0) return [];
    const values = await this.redis.mget(...tags.map((t) => this.tagKey(t)));
    return values.map((v) => Number(v ?? 0));
  }
  async get(key: string): Promise<string | null> {
    const raw = await this.redis.get(`${this.prefix}:entry:${key}`);
    if (raw === null) return null;
    const entry = JSON.parse(raw) as Stored;
    const tags = Object.keys(entry.tags);
    const current = await this.versions(tags);
    return tags.every((tag, i) => current[i] === entry.tags[tag]) ? entry.body : null;
  }
  async set(key: string, body: string, tags: Record<string, number>, ttlSeconds: number): Promise<void> {
    await this.redis.set(`${this.prefix}:entry:${key}`, JSON.stringify({ body, tags } satisfies Stored), "EX", ttlSeconds);
  }
  async invalidate(tags: readonly string[]): Promise<void> {
    if (tags.length === 0) return;
    const multi = this.redis.multi();
    for (const tag of tags) multi.incr(this.tagKey(tag));
    await multi.exec();
  }
  async close(): Promise<void> {
    await this.redis.quit();
  }
}

/**
 * The cache a gateway uses: Redis when `redisUrl` is given, memory otherwise. Gateways of one deployment share a
 * `prefix`; deployments (or test runs) that share a Redis must not, or they would serve each other's answers.
 */
export async function createResponseCache(redisUrl: string | undefined, prefix = "jinjibu:response-cache"): Promise<ResponseCache> {
  if (!redisUrl) return new MemoryResponseCache();
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: false });
  await redis.connect();
  return new RedisResponseCache(redis, prefix);
}
