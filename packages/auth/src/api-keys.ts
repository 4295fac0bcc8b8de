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

/** Looks keys up by hash in constant time per record. */
export class ApiKeyRegistry {
  private readonly byHash: Map<string, ApiKeyRecord>;

  constructor(records: readonly ApiKeyRecord[]) {
    this.byHash = new Map(records.filter((r) => !r.revokedAt).map((r) => [r.sha256, r]));
  }

  /** The site viewer for `key`, or null when the key is unknown or revoked. */
  resolve(key: string): Viewer | null {
    const digest = hashApiKey(key);
    const record = this.byHash.get(digest);
    if (!record) return null;
    if (!timingSafeEqual(Buffer.from(record.sha256, "hex"), Buffer.from(digest, "hex"))) return null;
    return { role: "SITE", operatorId: record.operatorId, subject: record.keyId };
  }

  get size(): number {
    return this.byHash.size;
  }
}
