import { CreatePrograms1764100000000 } from "./1764100000000-create-programs";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [CreatePrograms1764100000000];
