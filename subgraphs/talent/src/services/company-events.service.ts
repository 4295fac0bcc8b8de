import type { DataSource } from "typeorm";
import { prefectureByCode } from "@jinjibu/domain";
import type { DomainEventEnvelope, EventConsumer } from "@jinjibu/federation";

interface CompanyChange {
  eventId: string;
  id: string;
  nameJa: string;
  supportingOperatorIds: string[];
  prefectureCode: string | null;
  isDemo: boolean;
}

/** A `RegionalCompanyChanged` payload as talent keeps it, or null when it is not one (recorded as applied, and ignored). */
function companyChange(event: DomainEventEnvelope): CompanyChange | null {
  const p = event.payload as Partial<Omit<CompanyChange, "eventId">>;
  const operators = p.supportingOperatorIds;
  if (
    typeof p.id !== "string" || p.id !== event.aggregateId ||
    typeof p.nameJa !== "string" || p.nameJa.length < 1 ||
    !Array.isArray(operators) || operators.length < 1 || !operators.every((o) => typeof o === "string" && o.length > 0) ||
    (p.prefectureCode != null && (typeof p.prefectureCode !== "string" || !prefectureByCode(p.prefectureCode))) ||
    typeof p.isDemo !== "boolean"
  ) return null;
  return { eventId: event.id, id: p.id, nameJa: p.nameJa, supportingOperatorIds: operators, prefectureCode: p.prefectureCode ?? null, isDemo: p.isDemo };
}

/**
 * Applies one delivery of organizations' events in one transaction: the inbox (`applied_event`) keeps each event id once, so
 * a redelivered event changes nothing; each company's row takes its newest event's facts, and never goes back to an older
 * one (`source_event_id`). Unknown event types are recorded and skipped, so organizations may add types first.
 */
export async function applyOrganizationsEvents(dataSource: DataSource, source: string, events: DomainEventEnvelope[]): Promise<{ applied: number; duplicates: number }> {
  return dataSource.transaction(async (em) => {
    await em.query(`SELECT set_config('app.event_source', $1, true)`, [source]);
    const inserted: { event_id: string }[] = await em.query(
      `INSERT INTO talent.applied_event (source, event_id, type, aggregate_id)
       SELECT $1, x.id::bigint, x.type, x."aggregateId" FROM jsonb_to_recordset($2::jsonb) AS x(id text, type text, "aggregateId" text)
       ON CONFLICT (source, event_id) DO NOTHING RETURNING event_id::text`,
      [source, JSON.stringify(events.map(({ id, type, aggregateId }) => ({ id, type, aggregateId })))],
    );
    const fresh = new Set(inserted.map((r) => r.event_id));
    const changes = events
      .filter((e) => fresh.has(e.id) && e.type === "RegionalCompanyChanged")
      .map(companyChange)
      .filter((c): c is CompanyChange => c !== null);
    if (changes.length > 0) {
      await em.query(
        `INSERT INTO talent.company_ref (company_id, name_ja, supporting_operator_ids, prefecture_code, is_demo, source_event_id, updated_at)
         SELECT DISTINCT ON (x.id) x.id, x."nameJa", x."supportingOperatorIds", x."prefectureCode", x."isDemo", x."eventId"::bigint, now()
         FROM jsonb_to_recordset($1::jsonb) AS x("eventId" text, id text, "nameJa" text, "supportingOperatorIds" text[], "prefectureCode" text, "isDemo" boolean)
         ORDER BY x.id, x."eventId"::bigint DESC
         ON CONFLICT (company_id) DO UPDATE SET name_ja = EXCLUDED.name_ja, supporting_operator_ids = EXCLUDED.supporting_operator_ids,
           prefecture_code = EXCLUDED.prefecture_code, is_demo = EXCLUDED.is_demo, source_event_id = EXCLUDED.source_event_id, updated_at = now()
         WHERE company_ref.source_event_id IS NULL OR company_ref.source_event_id < EXCLUDED.source_event_id`,
        [JSON.stringify(changes)],
      );
    }
    return { applied: fresh.size, duplicates: events.length - fresh.size };
  });
}

/** Talent consumes organizations' events (regional companies). */
export const talentEvents: EventConsumer = { sources: ["organizations"], apply: applyOrganizationsEvents };
