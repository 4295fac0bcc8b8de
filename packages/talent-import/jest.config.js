const { jestConfig } = require("@jinjibu/test-utils");

module.exports = jestConfig(__dirname);
