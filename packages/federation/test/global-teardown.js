const { dropTemplate } = require("@jinjibu/test-db");

module.exports = () => dropTemplate();
