const { jestConfig } = require("@jinjibu/test-utils");

module.exports = jestConfig(__dirname, { globalSetup: "test/global-setup.js", globalTeardown: "test/global-teardown.js" });
