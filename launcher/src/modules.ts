import { SUBGRAPH_NAMES } from "@jinjibu/config";
import type { SubgraphModule } from "@jinjibu/federation";

/** The subgraph names, in the order of the one list in `@jinjibu/config`. */
export const SUBGRAPHS = SUBGRAPH_NAMES;

/** The four subgraph modules, loaded from their built packages (the launcher is an application: it may import them). */
export function loadModules(): SubgraphModule[] {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const byName: Record<string, () => SubgraphModule> = {
    organizations: () => require("@jinjibu/subgraph-organizations").subgraph,
    talent: () => require("@jinjibu/subgraph-talent").subgraph,
    programs: () => require("@jinjibu/subgraph-programs").subgraph,
    funding: () => require("@jinjibu/subgraph-funding").subgraph,
  };
  return SUBGRAPH_NAMES.map((name) => {
    const load = byName[name];
    if (!load) throw new Error(`the launcher does not know how to load the ${name} subgraph: add it to launcher/src/modules.ts`);
    return load();
  });
}
