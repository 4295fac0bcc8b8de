import { CreateOperators1764000000000 } from "./1764000000000-create-operators";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [CreateOperators1764000000000];
