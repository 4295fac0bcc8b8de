import { createHash } from "node:crypto";
import { Redis } from "ioredis";

/**
 * Whole-response cache for public (anonymous) directory answers. Entries are keyed by a generation number that every
 * successful mutation through the gateway bumps, so an administrator's change is visible on the very next request;
 * in Redis the generation is shared, so every gateway instance agrees.
 */
export interface ResponseCache {
  readonly kind: "memory" | "redis";
  generation(): Promise<number>;
  get(generation: number, key: string): Promise<string | null>;
  set(generation: number, key: string, body: string, ttlSeconds: number): Promise<void>;
  /** Invalidates every entry (on any successful mutation). */
  bump(): Promise<void>;
  close(): Promise<void>;
}

export const cacheKey = (query: string, variables: unknown, operationName: unknown): string =>
  createHash("sha256").update(JSON.stringify([query, variables ?? null, operationName ?? null])).digest("hex");

/** In-process LRU: the default when REDIS_URL is not set. */
export class MemoryResponseCache implements ResponseCache {
  readonly kind = "memory" as const;
  private gen = 0;
  private readonly entries = new Map<string, { body: string; expires: number }>();

  constructor(private readonly maxEntries = 500) {}

  async generation(): Promise<number> {
    return this.gen;
  }
  async get(generation: number, key: string): Promise<string | null> {
    const id = `${generation}:${key}`;
    const entry = this.entries.get(id);
    if (!entry) return null;
    if (entry.expires < Date.now()) {
      this.entries.delete(id);
      return null;
    }
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.body;
  }
  async set(generation: number, key: string, body: string, ttlSeconds: number): Promise<void> {
    if (generation !== this.gen) return;
    this.entries.set(`${generation}:${key}`, { body, expires: Date.now() + ttlSeconds * 1000 });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }
  async bump(): Promise<void> {
    this.gen += 1;
    this.entries.clear();
  }
  async close(): Promise<void> {}
}

/** Shared by every gateway instance that points at the same Redis. */
export class RedisResponseCache implements ResponseCache {
  readonly kind = "redis" as const;
  constructor(
    private readonly redis: Redis,
    private readonly prefix = "jinjibu:response-cache",
  ) {}

  async generation(): Promise<number> {
    return Number((await this.redis.get(`${this.prefix}:generation`)) ?? 0);
  }
  async get(generation: number, key: string): Promise<string | null> {
    return this.redis.get(`${this.prefix}:${generation}:${key}`);
  }
  async set(generation: number, key: string, body: string, ttlSeconds: number): Promise<void> {
    await this.redis.set(`${this.prefix}:${generation}:${key}`, body, "EX", ttlSeconds);
  }
  async bump(): Promise<void> {
    await this.redis.incr(`${this.prefix}:generation`);
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
