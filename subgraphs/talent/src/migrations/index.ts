import { CreateTalent1764100000000 } from "./1764100000000-create-talent";
import { SharedCardReadModel1764200000000 } from "./1764200000000-shared-card-read-model";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [CreateTalent1764100000000, SharedCardReadModel1764200000000];
