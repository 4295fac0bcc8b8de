import { ApiKeyRegistry, createApiKey, hashApiKey, keyIdOf } from "./api-keys";

describe("site API keys", () => {
  it("creates a key whose record keeps only its SHA-256, and resolves it to a site viewer bound to the operator", () => {
    const { key, record } = createApiKey("op-meguru", "website");
    expect(key).toMatch(/^jhk_[0-9a-f]{12}_[A-Za-z0-9_-]{32}$/);
    expect(record).toMatchObject({ operatorId: "op-meguru", label: "website", sha256: hashApiKey(key) });
    expect(JSON.stringify(record)).not.toContain(key.slice("jhk_".length + 12 + 1));
    expect(keyIdOf(key)).toBe(record.keyId);
    expect(new ApiKeyRegistry([record]).resolve(key)).toEqual({ role: "SITE", operatorId: "op-meguru", subject: record.keyId });
  });

  it("refuses a wrong secret for a known key id, a malformed key and a revoked key", () => {
    const { key, record } = createApiKey("op-meguru");
    const registry = new ApiKeyRegistry([record]);
    const forged = `${key.slice(0, -4)}${key.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect(registry.resolve(forged)).toBeNull();
    expect(registry.resolve("not-a-key")).toBeNull();
    expect(registry.resolve("")).toBeNull();
    expect(new ApiKeyRegistry([{ ...record, revokedAt: "2026-04-01T00:00:00Z" }]).resolve(key)).toBeNull();
  });

  it("keeps keys of different operators apart", () => {
    const a = createApiKey("op-a");
    const b = createApiKey("op-b");
    const registry = new ApiKeyRegistry([a.record, b.record]);
    expect(registry.size).toBe(2);
    expect(registry.resolve(a.key)?.operatorId).toBe("op-a");
    expect(registry.resolve(b.key)?.operatorId).toBe("op-b");
  });
});
