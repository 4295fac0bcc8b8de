import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Viewer } from "./viewer";

/** A regional site's API key as the gateway stores it: only the SHA-256 of the key, never the key. */
export interface ApiKeyRecord {
  /** Public identifier, used as the viewer's subject in audit trails. */
  keyId: string;
  operatorId: string;
  sha256: string;
  label?: string;
  createdAt: string;
  revokedAt?: string | null;
}

export const hashApiKey = (key: string): string => createHash("sha256").update(key, "utf8").digest("hex");

/** Creates a key: the plaintext is shown once; the record is what the gateway keeps. */
export function createApiKey(operatorId: string, label?: string): { key: string; record: ApiKeyRecord } {
  const keyId = `site_${randomBytes(6).toString("hex")}`;
  const key = `jhk_${keyId.slice(5)}_${randomBytes(24).toString("base64url")}`;
  return { key, record: { keyId, operatorId, sha256: hashApiKey(key), label, createdAt: new Date().toISOString() } };
}

/** The key id a key names (`jhk_<id>_<secret>` → `site_<id>`), or null when the key is not in that form. */
export function keyIdOf(key: string): string | null {
  const match = /^jhk_([0-9a-f]{12})_[A-Za-z0-9_-]+$/.exec(key);
  return match ? `site_${match[1]}` : null;
}

/**
 * Resolves keys: the key names its record (by key id), and the stored SHA-256 is compared with the presented key's in
 * constant time, so neither a lookup by secret nor the comparison leaks how much of a guess was right.
 */
export class ApiKeyRegistry {
  private readonly byId: Map<string, ApiKeyRecord>;

  constructor(records: readonly ApiKeyRecord[]) {
    this.byId = new Map(records.filter((r) => !r.revokedAt).map((r) => [r.keyId, r]));
  }

  /** The site viewer for `key`, or null when the key is unknown, malformed or revoked. */
  resolve(key: string): Viewer | null {
    const keyId = keyIdOf(key);
    const record = keyId ? this.byId.get(keyId) : undefined;
    if (!record) return null;
    const stored = Buffer.from(record.sha256, "hex");
    const presented = Buffer.from(hashApiKey(key), "hex");
    if (stored.length !== presented.length || !timingSafeEqual(stored, presented)) return null;
    return { role: "SITE", operatorId: record.operatorId, subject: record.keyId };
  }

  get size(): number {
    return this.byId.size;
  }
}
