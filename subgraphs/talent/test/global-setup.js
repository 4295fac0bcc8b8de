// Runs once per `jest` run: a template database with this subgraph migrated and seeded (compiled code from dist/).
const path = require("node:path");
const { prepareTemplate } = require("@jinjibu/test-utils");

module.exports = async () => {
  const { subgraph } = require("../dist/index.js");
  await prepareTemplate(path.resolve(__dirname, "../../.."), [subgraph]);
};
