import DataLoader from "dataloader";
import { In } from "typeorm";
import { groupByKeys, orderByKeys, type RequestScope } from "@jinjibu/db";
import { Adoption, AdoptionMember, LinkedLawCertification, SchemeFrame, SubsidyScheme } from "../entities";
import { ADOPTION_COLUMNS, ADOPTION_ORDER, toAdoption, type AdoptionRow } from "../services/adoption-rows";

/** An adoption's list code within its year and frame (for list-code ranges and counts). */
export interface FrameListCode {
  fiscalYear: number;
  frame: string;
  listCode: string;
}

export interface Loaders {
  schemeByFiscalYear: DataLoader<number, SubsidyScheme | null>;
  framesByFiscalYear: DataLoader<number, SchemeFrame[]>;
  listCodesByFiscalYear: DataLoader<number, FrameListCode[]>;
  adoptionById: DataLoader<string, Adoption | null>;
  adoptionsByOperatorId: DataLoader<string, Adoption[]>;
  membersByAdoptionId: DataLoader<string, AdoptionMember[]>;
  certificationsByOperatorId: DataLoader<string, LinkedLawCertification[]>;
  certificationById: DataLoader<string, LinkedLawCertification | null>;
}

/** Build a new set per request: a DataLoader caches, so a shared one would leak rows between viewers. */
export function createLoaders(db: RequestScope): Loaders {
  return {
    schemeByFiscalYear: new DataLoader(async (years) => {
      const em = await db.manager();
      const rows = await em.getRepository(SubsidyScheme).findBy({ fiscalYear: In([...years]) });
      return orderByKeys(years, rows, (row) => row.fiscalYear);
    }),
    framesByFiscalYear: new DataLoader(async (years) => {
      const em = await db.manager();
      const rows = await em.getRepository(SchemeFrame).find({
        where: { fiscalYear: In([...years]) },
        order: { fiscalYear: "ASC", sortOrder: "ASC" },
      });
      return groupByKeys(years, rows, (row) => row.fiscalYear);
    }),
    listCodesByFiscalYear: new DataLoader(async (years) => {
      const em = await db.manager();
      const rows: { fiscal_year: number; frame: string; list_code: string }[] = await em.query(
        `SELECT fiscal_year, frame, list_code FROM adoption a WHERE fiscal_year = ANY($1::int[]) ORDER BY ${ADOPTION_ORDER}`,
        [[...years]],
      );
      const codes = rows.map((r) => ({ fiscalYear: r.fiscal_year, frame: r.frame, listCode: r.list_code }));
      return groupByKeys(years, codes, (row) => row.fiscalYear);
    }),
    adoptionById: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: AdoptionRow[] = await em.query(`SELECT ${ADOPTION_COLUMNS} FROM adoption a WHERE a.id = ANY($1::text[])`, [[...ids]]);
      return orderByKeys(ids, rows.map(toAdoption), (row) => row.id);
    }),
    adoptionsByOperatorId: new DataLoader(async (operatorIds) => {
      const em = await db.manager();
      const rows: (AdoptionRow & { operator_id: string })[] = await em.query(
        `SELECT m.operator_id, ${ADOPTION_COLUMNS}
           FROM adoption a JOIN adoption_member m ON m.adoption_id = a.id
          WHERE m.operator_id = ANY($1::text[])
          ORDER BY ${ADOPTION_ORDER}`,
        [[...operatorIds]],
      );
      const withOwner = rows.map((row) => ({ operatorId: row.operator_id, adoption: toAdoption(row) }));
      return groupByKeys(operatorIds, withOwner, (row) => row.operatorId).map((group) => group.map((row) => row.adoption));
    }),
    membersByAdoptionId: new DataLoader(async (adoptionIds) => {
      const em = await db.manager();
      const rows = await em.getRepository(AdoptionMember).find({
        where: { adoptionId: In([...adoptionIds]) },
        order: { adoptionId: "ASC", order: "ASC" },
      });
      return groupByKeys(adoptionIds, rows, (row) => row.adoptionId);
    }),
    certificationsByOperatorId: new DataLoader(async (operatorIds) => {
      const em = await db.manager();
      const rows = await em.getRepository(LinkedLawCertification).find({
        where: { operatorId: In([...operatorIds]) },
        order: { operatorId: "ASC", law: "ASC", id: "ASC" },
      });
      return groupByKeys(operatorIds, rows, (row) => row.operatorId);
    }),
    certificationById: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(LinkedLawCertification).findBy({ id: In([...ids]) });
      return orderByKeys(ids, rows, (row) => row.id);
    }),
  };
}
