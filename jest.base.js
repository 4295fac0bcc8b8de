// Jest settings every workspace shares (packages low in the dependency graph require this file directly; the others go
// through @jinjibu/test-utils). Test kinds are told apart by file suffix:
//   *.test.ts        unit: no database, no network, no child process (npm run test:unit)
//   *.int.test.ts    integration: real PostgreSQL (npm run test:integration)
//   *.e2e.test.ts    end-to-end: real processes / the whole hub over HTTP (npm run test:e2e; browser tests included)
const path = require("node:path");

const KINDS = {
  unit: { match: ["**/?(*.)test.ts"], ignore: ["\\.int\\.test\\.ts$", "\\.e2e\\.test\\.ts$", "\\.browser\\.test\\.ts$"] },
  integration: { match: ["**/*.int.test.ts"], ignore: [] },
  e2e: { match: ["**/*.e2e.test.ts", "**/*.browser.test.ts"], ignore: [] },
};

/** `TEST_KIND` (unit | integration | e2e) narrows a run to one kind; unset runs every test. */
function jestConfig(packageDir, options = {}) {
  const kind = process.env.TEST_KIND;
  const roots = ["<rootDir>/src", "<rootDir>/test"];
  const selected = kind ? KINDS[kind] : undefined;
  if (kind && !selected) throw new Error(`TEST_KIND must be unit, integration or e2e (got "${kind}")`);
  const needsDatabase = kind !== "unit";
  return {
    rootDir: packageDir,
    roots: roots.filter((r) => require("node:fs").existsSync(r.replace("<rootDir>", packageDir))),
    testEnvironment: "node",
    testMatch: selected ? selected.match.map((m) => `<rootDir>/${m}`) : ["<rootDir>/**/*.test.ts"],
    testPathIgnorePatterns: ["/node_modules/", "/dist/", ...(selected ? selected.ignore : [])],
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
    // A package with no test of one kind passes that kind's run; the full run (no TEST_KIND) fails a package with no test.
    passWithNoTests: Boolean(kind),
    globalSetup: needsDatabase && options.globalSetup ? path.resolve(packageDir, options.globalSetup) : undefined,
    globalTeardown: needsDatabase && options.globalTeardown ? path.resolve(packageDir, options.globalTeardown) : undefined,
  };
}

module.exports = { jestConfig };
