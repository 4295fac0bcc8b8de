// @deprecated The organizations suites' former harness, kept (as a thin wrapper on @jinjibu/test-utils' openSubgraph) for
// suites written against it on other branches. New suites: `openSubgraph(subgraph, prefix)` (`app` for `conn`, `url` for
// `ownerUrl`) and `viewers`. Delete this file once nothing imports it.
import type { CountedDataSource } from "@jinjibu/db";
import { openSubgraph, viewers, type SubgraphHarness } from "@jinjibu/test-utils";
import { subgraph } from "../src";

/** @deprecated `viewers.nationalAdmin("admin-tanaka")` */
export const ADMIN = viewers.nationalAdmin("admin-tanaka");
/** @deprecated `viewers.coordinator(operatorId, \`coord-${operatorId}\`)` */
export const coordinatorOf = (operatorId: string) => viewers.coordinator(operatorId, `coord-${operatorId}`);

/** @deprecated `SubgraphHarness` */
export type LocalSubgraph = SubgraphHarness & { conn: CountedDataSource; ownerUrl: string };

/** @deprecated `openSubgraph(subgraph, prefix)` */
export async function openLocal(prefix: string): Promise<LocalSubgraph> {
  const hub = await openSubgraph(subgraph, prefix);
  return { ...hub, conn: hub.app, ownerUrl: hub.url };
}
