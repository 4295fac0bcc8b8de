import { CreateTalent1764100000000 } from "./1764100000000-create-talent";
import { TalentImport1764350000000 } from "./1764350000000-talent-import";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [CreateTalent1764100000000, TalentImport1764350000000];
