import DataLoader from "dataloader";
import { In } from "typeorm";
import { orderByKeys, type RequestScope } from "@jinjibu/db";
import { Operator } from "../entities";

export interface Loaders {
  operatorById: DataLoader<string, Operator | null>;
}

/** Build a new set per request: a DataLoader caches, so a shared one would leak rows between viewers. */
export function createLoaders(db: RequestScope): Loaders {
  return {
    operatorById: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(Operator).findBy({ id: In([...ids]) });
      return orderByKeys(ids, rows, (row) => row.id);
    }),
  };
}
