import { canonicalJson, checkIdempotencyKey } from "./idempotency";

describe("idempotency keys", () => {
  it("accepts 8 to 200 characters after trimming, and returns the trimmed key", () => {
    expect(checkIdempotencyKey("  abcdefgh  ")).toBe("abcdefgh");
    expect(checkIdempotencyKey("x".repeat(200))).toBe("x".repeat(200));
  });

  it("refuses shorter or longer keys with BAD_USER_INPUT naming the rule", () => {
    for (const key of ["", "1234567", "   1234567   ", "x".repeat(201)]) {
      expect(() => checkIdempotencyKey(key)).toThrow("idempotencyKey must be 8 to 200 characters (a UUID is a good choice).");
    }
    try {
      checkIdempotencyKey("short");
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe("BAD_USER_INPUT");
    }
  });

  it("fingerprints payloads by content, whatever the key order or undefined members", () => {
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: "x" }] })).toBe(canonicalJson({ a: [1, { c: "x" }], b: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: "1" }));
  });
});
