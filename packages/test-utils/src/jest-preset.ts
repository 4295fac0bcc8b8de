import path from "node:path";

/**
 * Jest settings every package shares: @swc/jest with decorator metadata (type-graphql and TypeORM read it), Node
 * environment, and the global setup that prepares a migrated, seeded template database.
 */
export function jestConfig(packageDir: string, options: { globalSetup?: string; globalTeardown?: string; testTimeout?: number } = {}) {
  return {
    rootDir: packageDir,
    testEnvironment: "node",
    testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
    transform: {
      "^.+\\.ts$": [
        require.resolve("@swc/jest"),
        {
          jsc: {
            parser: { syntax: "typescript", decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: "es2022",
          },
          module: { type: "commonjs", ignoreDynamic: true },
        },
      ],
    },
    moduleFileExtensions: ["ts", "js", "json"],
    testTimeout: options.testTimeout ?? 60_000,
    globalSetup: options.globalSetup ? path.resolve(packageDir, options.globalSetup) : undefined,
    globalTeardown: options.globalTeardown ? path.resolve(packageDir, options.globalTeardown) : undefined,
  };
}
