const { dropTemplate } = require("@jinjibu/test-utils");

module.exports = () => dropTemplate();
