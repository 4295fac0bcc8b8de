import { writeFileSync } from "node:fs";
import path from "node:path";
import { composeSupergraph, readSubgraphSdls, supergraphPath } from "./compose";

// `npm run compose`: regenerate gateway/supergraph.graphql from the subgraphs' checked-in SDL.
const repoRoot = path.resolve(__dirname, "..", "..");
writeFileSync(supergraphPath(), composeSupergraph(readSubgraphSdls(repoRoot)));
process.stdout.write(`wrote ${path.relative(repoRoot, supergraphPath())}\n`);
