module.exports = require("../../jest.base.js").jestConfig(__dirname, { globalSetup: "test/global-setup.js", globalTeardown: "test/global-teardown.js" });
