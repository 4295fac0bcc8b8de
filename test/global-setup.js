const path = require("node:path");
const { prepareTemplate } = require("@jinjibu/test-utils");
const { loadModules } = require("@jinjibu/launcher");

module.exports = async () => {
  await prepareTemplate(path.resolve(__dirname, ".."), loadModules());
};
