import "reflect-metadata";
import type { SubgraphModule } from "@jinjibu/federation";
import { createContext, type FundingContext } from "./context";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { buildFundingSchema } from "./schema";
import { seedFunding } from "./seeds/seed";

/** The funding subgraph: METI's subsidy schemes, the adoptions, the FY2026 eligibility rules and linked-law certifications. */
export const subgraph: SubgraphModule<FundingContext> = {
  name: "funding",
  entities,
  migrations,
  buildSchema: buildFundingSchema,
  createContext,
  seed: seedFunding,
};
