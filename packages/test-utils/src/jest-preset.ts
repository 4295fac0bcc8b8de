/**
 * Jest settings every workspace shares: @swc/jest with decorator metadata (type-graphql and TypeORM read it), the Node
 * environment, test kinds told apart by suffix (`TEST_KIND`), and the global setup that prepares a migrated, seeded
 * template database. The settings live in the repository's `jest.base.js` so that packages below this one (which this one
 * depends on) use the same preset without a dependency cycle.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const base = require("../../../jest.base.js") as {
  jestConfig(packageDir: string, options?: JestPresetOptions): Record<string, unknown>;
};

export interface JestPresetOptions {
  globalSetup?: string;
  globalTeardown?: string;
  testTimeout?: number;
}

export function jestConfig(packageDir: string, options: JestPresetOptions = {}): Record<string, unknown> {
  return base.jestConfig(packageDir, options);
}
