import { CreatePrograms1764100000000 } from "./1764100000000-create-programs";
import { CreateIdempotencyKey1764400000000 } from "./1764400000000-create-idempotency-key";
import { DeskYearsAndTextKinds1765200001000 } from "./1765200001000-desk-years-and-text-kinds";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [CreatePrograms1764100000000, CreateIdempotencyKey1764400000000, DeskYearsAndTextKinds1765200001000];
