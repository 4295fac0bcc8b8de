import type { BaseContext } from "@jinjibu/federation";
import { createLoaders, type Loaders } from "./loaders";

export interface FundingContext extends BaseContext {
  loaders: Loaders;
}

export const createContext = (base: BaseContext): FundingContext => ({ ...base, loaders: createLoaders(base.db) });
