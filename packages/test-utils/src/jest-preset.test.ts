import { jestConfig } from "./jest-preset";

function withKind<T>(kind: string | undefined, fn: () => T): T {
  const before = process.env.TEST_KIND;
  if (kind === undefined) delete process.env.TEST_KIND;
  else process.env.TEST_KIND = kind;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TEST_KIND;
    else process.env.TEST_KIND = before;
  }
}

describe("the shared Jest preset", () => {
  const options = { globalSetup: "test/global-setup.js", globalTeardown: "test/global-teardown.js" };

  it("runs every test and fails a package with none when no kind is chosen", () => {
    const config = withKind(undefined, () => jestConfig("/repo/subgraphs/talent", options));
    expect(config.testMatch).toEqual(["<rootDir>/**/*.test.ts"]);
    expect(config.passWithNoTests).toBe(false);
    expect(config.globalSetup).toBe("/repo/subgraphs/talent/test/global-setup.js");
  });

  it("unit runs skip integration, end-to-end and browser files, and never start a database", () => {
    const config = withKind("unit", () => jestConfig("/repo/subgraphs/talent", options));
    const ignored = (config.testPathIgnorePatterns as string[]).map((p) => new RegExp(p));
    const skipped = (file: string) => ignored.some((re) => re.test(file));
    expect(skipped("/repo/subgraphs/talent/src/text.test.ts")).toBe(false);
    expect(skipped("/repo/subgraphs/talent/test/sharing.int.test.ts")).toBe(true);
    expect(skipped("/repo/test/src/foundation.e2e.test.ts")).toBe(true);
    expect(skipped("/repo/test/src/directory.browser.test.ts")).toBe(true);
    expect(config.globalSetup).toBeUndefined();
  });

  it("integration and end-to-end runs pick their suffixes and keep the database setup", () => {
    const integration = withKind("integration", () => jestConfig("/repo/p", options));
    expect(integration.testMatch).toEqual(["<rootDir>/**/*.int.test.ts"]);
    expect(integration.globalSetup).toBe("/repo/p/test/global-setup.js");
    const e2e = withKind("e2e", () => jestConfig("/repo/p", options));
    expect(e2e.testMatch).toEqual(["<rootDir>/**/*.e2e.test.ts", "<rootDir>/**/*.browser.test.ts"]);
  });

  it("refuses an unknown kind, naming the allowed ones", () => {
    expect(() => withKind("smoke", () => jestConfig("/repo/p"))).toThrow('TEST_KIND must be unit, integration or e2e (got "smoke")');
  });
});
