import "reflect-metadata";
import type { SubgraphModule } from "@jinjibu/federation";
import { tenantSettings } from "./access";
import { createContext, type TalentContext } from "./context";
import { entities } from "./entities";
import { migrations } from "./migrations";
import { buildTalentSchema } from "./schema";
import { seedTalent } from "./seeds/seed";
import { talentEvents } from "./services/company-events.service";

/** The talent subgraph: operators' talent pools, consent-scoped sharing across regions, introductions, provision records, audit. */
export const subgraph: SubgraphModule<TalentContext> = {
  name: "talent",
  entities,
  migrations,
  buildSchema: buildTalentSchema,
  createContext,
  tenantSettings,
  seed: seedTalent,
  events: talentEvents,
};
