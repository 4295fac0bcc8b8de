// Once per `jest` run: a test PostgreSQL server (embedded, or TEST_DATABASE_URL) with an empty template database.
const path = require("node:path");
const { prepareTemplate } = require("@jinjibu/test-db");

module.exports = () => prepareTemplate(path.resolve(__dirname, "../../.."), []);
