// @deprecated The programs suites' former harness, kept (as a thin wrapper on @jinjibu/test-utils' openSubgraph) for suites
// written against it on other branches. New suites: `openSubgraph(subgraph, prefix)`. Delete this file once nothing imports it.
import { openSubgraph, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

/** @deprecated `openSubgraph(subgraph, prefix)` */
export const openPrograms = (prefix: string): Promise<SubgraphHarness> => openSubgraph(subgraph, prefix);
