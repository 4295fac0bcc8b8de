import DataLoader from "dataloader";
import { In, type ObjectLiteral, type EntityTarget } from "typeorm";
import { groupByKeys, orderByKeys, type RequestScope } from "@jinjibu/db";
import {
  Agreement,
  AgreementParty,
  LogoLicense,
  ModelRegion,
  Municipality,
  Operator,
  PartnerOrganization,
  Partnership,
  RegionalCompany,
  KeyPerson,
  PartnerRelation,
} from "../entities";

export interface Loaders {
  operatorById: DataLoader<string, Operator | null>;
  municipalityById: DataLoader<string, Municipality | null>;
  partnerById: DataLoader<string, PartnerOrganization | null>;
  modelRegionById: DataLoader<string, ModelRegion | null>;
  agreementById: DataLoader<string, Agreement | null>;
  municipalitiesByOperator: DataLoader<string, Municipality[]>;
  operatorsByMunicipality: DataLoader<string, Operator[]>;
  licenseByOperator: DataLoader<string, LogoLicense | null>;
  partnershipsByRegion: DataLoader<string, Partnership[]>;
  partiesByAgreement: DataLoader<string, AgreementParty[]>;
  regionalCompanyById: DataLoader<string, RegionalCompany | null>;
  relationsByPartner: DataLoader<string, PartnerRelation[]>;
  relationsByRegion: DataLoader<string, PartnerRelation[]>;
  relationsByOperator: DataLoader<string, PartnerRelation[]>;
  relationsByProgram: DataLoader<string, PartnerRelation[]>;
  keyPersonsByRegion: DataLoader<string, KeyPerson[]>;
}

/** Build a new set per request: a DataLoader caches, so a shared one would leak rows between viewers. */
export function createLoaders(db: RequestScope): Loaders {
  const byId = <T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(entity).findBy({ id: In([...ids]) } as never);
      return orderByKeys(ids, rows, (row) => row.id);
    });

  // One batched read per kind of owner; rows in id order (the facts' order).
  const relationsBy = (key: "partnerId" | "modelRegionId" | "operatorId" | "programId") =>
    new DataLoader<string, PartnerRelation[]>(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(PartnerRelation).find({ where: { [key]: In([...ids]) }, order: { id: "ASC" } });
      return groupByKeys(ids, rows, (row) => row[key] as string);
    });

  return {
    operatorById: byId(Operator),
    regionalCompanyById: byId(RegionalCompany),
    municipalityById: byId(Municipality),
    partnerById: byId(PartnerOrganization),
    modelRegionById: byId(ModelRegion),
    agreementById: byId(Agreement),

    municipalitiesByOperator: new DataLoader(async (operatorIds) => {
      const em = await db.manager();
      const links: { operator_id: string; municipality_id: string }[] = await em.query(
        `SELECT operator_id, municipality_id FROM operator_municipality WHERE operator_id = ANY($1) ORDER BY operator_id, position`,
        [[...operatorIds]],
      );
      const rows = links.length
        ? await em.getRepository(Municipality).findBy({ id: In([...new Set(links.map((l) => l.municipality_id))]) })
        : [];
      const byId = new Map(rows.map((m) => [m.id, m]));
      const pairs = links.map((l) => ({ operatorId: l.operator_id, municipality: byId.get(l.municipality_id)! }));
      return groupByKeys(operatorIds, pairs, (p) => p.operatorId).map((group) => group.map((p) => p.municipality));
    }),

    operatorsByMunicipality: new DataLoader(async (municipalityIds) => {
      const em = await db.manager();
      const links: { operator_id: string; municipality_id: string }[] = await em.query(
        `SELECT operator_id, municipality_id FROM operator_municipality WHERE municipality_id = ANY($1) ORDER BY operator_id`,
        [[...municipalityIds]],
      );
      const operators = links.length
        ? await em.getRepository(Operator).findBy({ id: In([...new Set(links.map((l) => l.operator_id))]) })
        : [];
      const byId = new Map(operators.map((o) => [o.id, o]));
      const pairs = links.map((l) => ({ municipalityId: l.municipality_id, operator: byId.get(l.operator_id)! }));
      return groupByKeys(municipalityIds, pairs, (p) => p.municipalityId).map((group) => group.map((p) => p.operator));
    }),

    licenseByOperator: new DataLoader(async (operatorIds) => {
      const em = await db.manager();
      const rows = await em.getRepository(LogoLicense).findBy({ operatorId: In([...operatorIds]) });
      return orderByKeys(operatorIds, rows, (row) => row.operatorId);
    }),

    partnershipsByRegion: new DataLoader(async (regionIds) => {
      const em = await db.manager();
      const rows = await em
        .getRepository(Partnership)
        .find({ where: { modelRegionId: In([...regionIds]) }, order: { modelRegionId: "ASC", source: "ASC", position: "ASC" } });
      return groupByKeys(regionIds, rows, (row) => row.modelRegionId);
    }),

    partiesByAgreement: new DataLoader(async (agreementIds) => {
      const em = await db.manager();
      const rows = await em
        .getRepository(AgreementParty)
        .find({ where: { agreementId: In([...agreementIds]) }, order: { agreementId: "ASC", position: "ASC" } });
      return groupByKeys(agreementIds, rows, (row) => row.agreementId);
    }),

    relationsByPartner: relationsBy("partnerId"),
    relationsByRegion: relationsBy("modelRegionId"),
    relationsByOperator: relationsBy("operatorId"),
    relationsByProgram: relationsBy("programId"),

    keyPersonsByRegion: new DataLoader(async (regionIds) => {
      const em = await db.manager();
      const rows = await em
        .getRepository(KeyPerson)
        .find({ where: { modelRegionId: In([...regionIds]) }, order: { modelRegionId: "ASC", position: "ASC" } });
      return groupByKeys(regionIds, rows, (row) => row.modelRegionId);
    }),
  };
}
