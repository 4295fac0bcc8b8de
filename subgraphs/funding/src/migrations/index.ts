import { CreateFunding1764000000000 } from "./1764000000000-create-funding";
import { AuditAppendOnly1764000000001 } from "./1764000000001-audit-append-only";
import { ShareIdempotencyTable1764000002000 } from "./1764000002000-share-idempotency-table";
import { DeniedAttempts1764400000000 } from "./1764400000000-denied-attempts";
import { BudgetFiscalYearRange1764400100000 } from "./1764400100000-budget-fiscal-year-range";

/** In order. Never edit a migration once it is merged: add a new one. */
export const migrations = [
  CreateFunding1764000000000, AuditAppendOnly1764000000001, ShareIdempotencyTable1764000002000, DeniedAttempts1764400000000, BudgetFiscalYearRange1764400100000,
];
