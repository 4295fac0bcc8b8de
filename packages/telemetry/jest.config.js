module.exports = require("../../jest.base.js").jestConfig(__dirname);
