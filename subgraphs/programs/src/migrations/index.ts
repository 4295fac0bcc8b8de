import { CreatePrograms1764100000000 } from "./1764100000000-create-programs";
import { CreateIdempotencyKey1764400000000 } from "./1764400000000-create-idempotency-key";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [CreatePrograms1764100000000, CreateIdempotencyKey1764400000000];
