import DataLoader from "dataloader";
import { groupByKeys, orderByKeys } from "@jinjibu/db";
import type { BaseContext } from "@jinjibu/federation";
import { toTalentProfile, type TalentProfile, type TalentProfileRow } from "../entities/talent-profile.entity";
import { toConsent, toContact, type Consent, type ConsentRow, type ContactRow, type TalentContact } from "../entities/records";
import { createDemandLoaders, type DemandLoaders } from "./demand.loaders";

export interface SummaryRow {
  operator_id: string;
  total: number;
  demo_count: number;
  by_kind: Record<string, number>;
}

export interface Loaders extends DemandLoaders {
  /** Profiles visible to the viewer under RLS (callers still check ownership: RLS also shows consented shares). */
  talentProfileById: DataLoader<string, TalentProfile | null>;
  contactByTalentId: DataLoader<string, TalentContact | null>;
  consentsByTalentId: DataLoader<string, Consent[]>;
  poolSummaryByOperatorId: DataLoader<string, SummaryRow | null>;
  /** Contact details behind accepted introductions (keyed by introduction id). Reads only: the contact service audits. */
  introducedContactByIntroductionId: DataLoader<string, TalentContact | null>;
}

/** Build a new set per request: a DataLoader caches, so a shared one would leak rows between viewers and hide revocations. */
export function createLoaders(ctx: BaseContext): Loaders {
  const { db } = ctx;
  return {
    ...createDemandLoaders(ctx),
    talentProfileById: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: TalentProfileRow[] = await em.query(`SELECT * FROM talent_profile WHERE id = ANY($1::text[])`, [[...ids]]);
      return orderByKeys(ids, rows.map(toTalentProfile), (p) => p.id);
    }),
    contactByTalentId: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: ContactRow[] = await em.query(`SELECT * FROM talent_contact WHERE talent_id = ANY($1::text[])`, [[...ids]]);
      const found = orderByKeys(ids, rows, (r) => r.talent_id);
      return found.map((row) => (row ? toContact(row) : null));
    }),
    consentsByTalentId: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: ConsentRow[] = await em.query(
        `SELECT * FROM consent WHERE talent_id = ANY($1::text[]) ORDER BY obtained_at, id`,
        [[...ids]],
      );
      return groupByKeys(ids, rows.map(toConsent), (c) => c.talentId);
    }),
    poolSummaryByOperatorId: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: SummaryRow[] = await em.query(`SELECT * FROM talent_pool_summary WHERE operator_id = ANY($1::text[])`, [[...ids]]);
      return orderByKeys(ids, rows, (r) => r.operator_id);
    }),
    introducedContactByIntroductionId: new DataLoader(async (ids) => {
      const em = await db.manager();
      // RLS shows the contact only to the requester of an ACCEPTED introduction whose consent is still open to it.
      const rows: (ContactRow & { introduction_id: string })[] = await em.query(
        `SELECT c.*, i.id AS introduction_id
         FROM introduction i JOIN talent_contact c ON c.talent_id = i.talent_id
         WHERE i.id = ANY($1::uuid[]) AND i.status = 'ACCEPTED' AND i.requester_operator_id = current_operator()`,
        [[...ids]],
      );
      const found = orderByKeys(ids, rows, (r) => r.introduction_id);
      return found.map((row) => (row ? toContact(row) : null));
    }),
  };
}
