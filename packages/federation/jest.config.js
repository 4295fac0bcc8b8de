// Unit tests only (no database): the hub's shared Jest settings, without the template database.
const { jestConfig } = require("@jinjibu/test-utils");

module.exports = jestConfig(__dirname);
