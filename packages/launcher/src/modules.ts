import type { SubgraphModule } from "@jinjibu/federation";

export const SUBGRAPHS = ["organizations", "talent", "programs", "funding"] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

/** The four subgraph modules, loaded from their built packages. */
export function loadModules(): SubgraphModule[] {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return [
    require("@jinjibu/subgraph-organizations").subgraph,
    require("@jinjibu/subgraph-talent").subgraph,
    require("@jinjibu/subgraph-programs").subgraph,
    require("@jinjibu/subgraph-funding").subgraph,
  ] as SubgraphModule[];
}
