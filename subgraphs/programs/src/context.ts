import type { BaseContext } from "@jinjibu/federation";
import { createLoaders, type Loaders } from "./loaders";

export interface ProgramsContext extends BaseContext {
  loaders: Loaders;
}

export const createContext = (base: BaseContext): ProgramsContext => ({ ...base, loaders: createLoaders(base.db, base.viewer) });
