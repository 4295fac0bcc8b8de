import "reflect-metadata";
import type { SubgraphModule } from "@jinjibu/federation";
import { createContext, type OrganizationsContext } from "./context";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { buildOrganizationsSchema } from "./schema";
import { seedOrganizations } from "./seeds/seed";
import { startOutboxRelay } from "./workers/outbox-relay";

/** The organizations subgraph: who the operators and their partners are, where they work, and the directory. */
export const subgraph: SubgraphModule<OrganizationsContext> = {
  name: "organizations",
  entities,
  migrations,
  buildSchema: buildOrganizationsSchema,
  createContext,
  seed: seedOrganizations,
  startWorkers: (deps) => startOutboxRelay(deps),
};
