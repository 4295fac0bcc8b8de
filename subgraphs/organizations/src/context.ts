import { deniedAttemptLog, type BaseContext, type DenialLog } from "@jinjibu/federation";
import { createLoaders, type Loaders } from "./loaders";

export interface OrganizationsContext extends BaseContext {
  loaders: Loaders;
  /** Refused administrative attempts go to admin_denied_attempt, in their own short transaction. */
  denials: DenialLog;
}

export const createContext = (base: BaseContext): OrganizationsContext => ({
  ...base,
  loaders: createLoaders(base.db),
  denials: deniedAttemptLog(base),
});
