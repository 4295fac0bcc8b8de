import { cloneTemplateDatabase, TEST_ENV } from "./databases";

describe("cloneTemplateDatabase", () => {
  it("says how to get a template when the global setup did not run", async () => {
    const saved = process.env[TEST_ENV.serverUrl];
    delete process.env[TEST_ENV.serverUrl];
    try {
      await expect(cloneTemplateDatabase()).rejects.toThrow("no test template: run the tests through jest with the package's globalSetup");
    } finally {
      if (saved !== undefined) process.env[TEST_ENV.serverUrl] = saved;
    }
  });
});
