import "reflect-metadata";
import type { SubgraphModule } from "@jinjibu/federation";
import { createContext, type ProgramsContext } from "./context";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { buildProgramsSchema } from "./schema";
import { seedPrograms } from "./seeds/seed";

/** The programs subgraph: what operators do, their outcomes, case studies as know-how, and the maturity self-assessment. */
export const subgraph: SubgraphModule<ProgramsContext> = {
  name: "programs",
  entities,
  migrations,
  buildSchema: buildProgramsSchema,
  createContext,
  seed: seedPrograms,
};
