import { createHash, timingSafeEqual } from "node:crypto";
import type { Redis } from "ioredis";
import { Pool } from "pg";
import { keyIdOf, type Viewer } from "@jinjibu/auth";
import type { Logger } from "./logger";

/** Turns a presented `x-api-key` into a regional site's viewer, or null when it is unknown, malformed or revoked. */
export interface SiteKeyResolver {
  resolve(key: string): Viewer | null | Promise<Viewer | null>;
}

/** Root mutation fields after whose success cached key lookups are stale (every gateway forgets them). */
export const SITE_KEY_MUTATIONS = new Set(["revokeSiteApiKey"]);

/** How long a successful lookup is reused without reading the database again (ms). */
export const DEFAULT_SITE_KEY_CACHE_MS = 30_000;

interface KeyRow {
  operator_id: string;
  sha256: string;
  revoked_at: Date | null;
}

interface Cached {
  operatorId: string;
  sha256: Buffer;
  at: number;
  generation: string;
}

const sha256 = (key: string): Buffer => createHash("sha256").update(key, "utf8").digest();

export interface DatabaseSiteKeysOptions {
  /** A pool on the hub database whose role may read organizations.site_api_key (e.g. the organizations application role). */
  pool: Pool;
  /** Shared revocation: every gateway pointing at this Redis and prefix drops its cached lookups when any one revokes. */
  redis?: Redis | null;
  /** Key prefix in Redis (e.g. `jinjibu` → `jinjibu:site-keys:generation`). */
  prefix?: string;
  cacheMs?: number;
  logger?: Logger;
}

/**
 * Site API keys from the database, as every gateway instance sees them. A key names its row (`jhk_<id>_…` → `site_<id>`);
 * the stored SHA-256 is compared with the presented key's in constant time. A successful lookup is kept for `cacheMs`
 * together with the revocation generation it was read under; the generation lives in Redis, and a gateway through which
 * a key is revoked increments it, so every gateway reads the row again on its next request with that key and refuses it.
 * Unknown keys are never cached (failed sign-ins are rate-limited instead). When Redis cannot be read, the cache is
 * bypassed: a lookup may be slower, never staler.
 */
export class DatabaseSiteKeys implements SiteKeyResolver {
  private readonly cache = new Map<string, Cached>();
  private readonly cacheMs: number;
  private readonly generationKey: string;
  private localGeneration = 0;
  /** Database reads of key rows (tests and benchmarks count them). */
  lookups = 0;

  constructor(private readonly options: DatabaseSiteKeysOptions) {
    this.cacheMs = options.cacheMs ?? DEFAULT_SITE_KEY_CACHE_MS;
    this.generationKey = `${options.prefix ?? "jinjibu"}:site-keys:generation`;
  }

  /** The current revocation generation; null when the shared one cannot be read (then nothing cached is trusted). */
  private async generation(): Promise<string | null> {
    if (!this.options.redis) return String(this.localGeneration);
    try {
      return `${this.localGeneration}:${(await this.options.redis.get(this.generationKey)) ?? "0"}`;
    } catch (error) {
      this.options.logger?.warn({ error: (error as Error).message }, "site-key revocation generation unreadable; reading keys from the database");
      return null;
    }
  }

  async resolve(key: string): Promise<Viewer | null> {
    const keyId = keyIdOf(key);
    if (!keyId) return null;
    const generation = await this.generation();
    const now = Date.now();
    let entry = this.cache.get(keyId);
    if (!entry || generation === null || entry.generation !== generation || now - entry.at > this.cacheMs) {
      this.cache.delete(keyId);
      this.lookups += 1;
      const { rows } = await this.options.pool.query<KeyRow>(
        `SELECT operator_id, sha256, revoked_at FROM organizations.site_api_key WHERE key_id = $1`,
        [keyId],
      );
      const row = rows[0];
      if (!row || row.revoked_at) return null;
      entry = { operatorId: row.operator_id, sha256: Buffer.from(row.sha256, "hex"), at: now, generation: generation ?? "" };
      if (generation !== null) {
        this.cache.set(keyId, entry);
        if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value as string);
      }
    }
    const presented = sha256(key);
    if (entry.sha256.length !== presented.length || !timingSafeEqual(entry.sha256, presented)) return null;
    return { role: "SITE", operatorId: entry.operatorId, subject: keyId };
  }

  /** A key was revoked through this gateway: forget every cached lookup here and, through Redis, in every gateway. */
  async revoked(): Promise<void> {
    this.localGeneration += 1;
    this.cache.clear();
    if (!this.options.redis) return;
    try {
      await this.options.redis.incr(this.generationKey);
    } catch (error) {
      this.options.logger?.error({ error: (error as Error).message }, `could not publish a site-key revocation; other gateways refuse the key within ${this.cacheMs} ms`);
    }
  }

  async close(): Promise<void> {
    await this.options.pool.end();
  }
}

/** A pool for DatabaseSiteKeys: small, read-only work, short timeouts (a slow database must not hold sign-ins). */
export function siteKeyPool(url: string): Pool {
  return new Pool({ connectionString: url, max: 4, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 2_000, statement_timeout: 2_000, application_name: "jinjibu-gateway-site-keys" });
}

/** Tries each resolver in order (e.g. the database, then a static keys file); the first that knows the key answers. */
export function chainSiteKeys(...resolvers: SiteKeyResolver[]): SiteKeyResolver {
  return {
    async resolve(key: string): Promise<Viewer | null> {
      for (const resolver of resolvers) {
        const viewer = await resolver.resolve(key);
        if (viewer) return viewer;
      }
      return null;
    },
  };
}
