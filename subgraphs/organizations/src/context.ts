import type { BaseContext } from "@jinjibu/federation";
import { createLoaders, type Loaders } from "./loaders";

export interface OrganizationsContext extends BaseContext {
  loaders: Loaders;
}

export const createContext = (base: BaseContext): OrganizationsContext => ({ ...base, loaders: createLoaders(base.db) });
