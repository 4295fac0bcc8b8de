import DataLoader from "dataloader";
import { groupByKeys, orderByKeys } from "@jinjibu/db";
import type { BaseContext } from "@jinjibu/federation";
import { toMatchingEvent, toNeed, toPlacement, type MatchingEvent, type MatchingEventRow, type Need, type NeedRow, type Placement, type PlacementRow } from "../entities/demand";
import { TalentCard } from "../entities/talent-profile.entity";
import type { Availability, InterestInRegion } from "../enums";
import type { TalentKind as DomainTalentKind } from "@jinjibu/domain";

export interface DemandLoaders {
  /** Needs visible to the viewer under RLS (own, shared OPEN ones, those of its matchings). */
  needById: DataLoader<string, Need | null>;
  eventsByMatchingId: DataLoader<string, MatchingEvent[]>;
  placementByMatchingId: DataLoader<string, Placement | null>;
  /** The card as shared with the viewer now (RLS on shared_card): null once the consent is revoked or expired. */
  sharedCardByCardId: DataLoader<string, TalentCard | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createDemandLoaders(ctx: BaseContext): DemandLoaders {
  const { db, viewer } = ctx;
  const operatorId = viewer.role === "COORDINATOR" || viewer.role === "SITE" ? viewer.operatorId : null;
  return {
    needById: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: NeedRow[] = await em.query(`SELECT * FROM need WHERE id = ANY($1::uuid[])`, [ids.filter((id) => UUID.test(id))]);
      return orderByKeys(ids, rows.map((r) => toNeed(r, operatorId)), (n) => n.id);
    }),
    eventsByMatchingId: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: MatchingEventRow[] = await em.query(`SELECT * FROM matching_event WHERE matching_id = ANY($1::uuid[]) ORDER BY id`, [[...ids]]);
      const grouped = groupByKeys(ids, rows, (r) => r.matching_id);
      return grouped.map((list) => list.map(toMatchingEvent));
    }),
    placementByMatchingId: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: PlacementRow[] = await em.query(`SELECT * FROM placement WHERE matching_id = ANY($1::uuid[])`, [[...ids]]);
      const found = orderByKeys(ids, rows, (r) => r.matching_id!);
      return found.map((r) => (r ? toPlacement(r, operatorId, viewer.role === "NATIONAL_ADMIN") : null));
    }),
    sharedCardByCardId: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows: {
        card_id: string;
        talent_id: string;
        consent_id: string;
        owner_operator_id: string;
        kinds: string[];
        skills: string[];
        years_of_experience: number | null;
        availability: string;
        interest_in_region: string | null;
        home_prefecture_code: string | null;
        is_demo: boolean;
      }[] = await em.query(
        `SELECT DISTINCT ON (card_id) card_id, talent_id, consent_id, owner_operator_id, kinds, skills, years_of_experience, availability,
           interest_in_region, home_prefecture_code, is_demo
         FROM shared_card WHERE card_id = ANY($1::text[]) AND owner_operator_id <> current_operator() ORDER BY card_id, obtained_at DESC`,
        [[...ids]],
      );
      const found = orderByKeys(ids, rows, (r) => r.card_id);
      return found.map((r) =>
        r
          ? Object.assign(new TalentCard(), {
              cardId: r.card_id,
              talentId: r.talent_id,
              consentId: r.consent_id,
              operatorId: r.owner_operator_id,
              kinds: r.kinds as DomainTalentKind[],
              skills: r.skills,
              yearsOfExperience: r.years_of_experience,
              availability: r.availability as Availability,
              interestInRegion: r.interest_in_region as InterestInRegion | null,
              homePrefectureCode: r.home_prefecture_code,
              isDemo: r.is_demo,
            })
          : null,
      );
    }),
  };
}
