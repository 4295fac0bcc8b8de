import { writeFileSync } from "node:fs";
import path from "node:path";
import { printSubgraphSchema } from "@apollo/subgraph";
import { subgraph } from "./index";

// Writes schema.graphql (checked in; CI regenerates it and fails on a difference).
void subgraph.buildSchema().then((schema) => {
  writeFileSync(path.resolve(__dirname, "..", "schema.graphql"), `${printSubgraphSchema(schema).trim()}\n`);
});
