import type { BaseContext } from "@jinjibu/federation";
import { createLoaders, type Loaders } from "./loaders";

export interface TalentContext extends BaseContext {
  loaders: Loaders;
}

export const createContext = (base: BaseContext): TalentContext => ({ ...base, loaders: createLoaders(base) });
