// Once per `jest` run: a template database with the one-table note module migrated and seeded.
const path = require("node:path");
const { prepareTemplate } = require("@jinjibu/test-db");
const { noteModule } = require("./note-module");

module.exports = () => prepareTemplate(path.resolve(__dirname, "../../.."), [noteModule]);
