const { jestConfig } = require("@jinjibu/test-utils");

// End-to-end tests: four subgraphs and the gateway over real HTTP, on a database cloned from a seeded template.
module.exports = jestConfig(__dirname, { globalSetup: "global-setup.js", globalTeardown: "global-teardown.js", testTimeout: 120_000 });
