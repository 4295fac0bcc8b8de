import type DataLoader from "dataloader";
import type { BaseContext } from "@jinjibu/federation";
import { createLoaders, type Loaders } from "./loaders";
import type { AuditEntryInput } from "./services/audit.service";
import { createAuditBatcher } from "./services/contact-access.service";

export interface TalentContext extends BaseContext {
  /** Batched reads (no writes). */
  loaders: Loaders;
  /** Batched audit writes of allowed contact reads (one multi-row insert per tick, in the request's transaction). */
  auditBatch: DataLoader<AuditEntryInput, true>;
}

export const createContext = (base: BaseContext): TalentContext => ({
  ...base,
  loaders: createLoaders(base),
  auditBatch: createAuditBatcher(base),
});
