const { jestConfig } = require("@jinjibu/test-utils");

// Unit tests of the gateway's own rules (no database, no network).
module.exports = jestConfig(__dirname);
