import type { DataSource } from "typeorm";
import type { KeyLike } from "@jinjibu/auth";
import type { Logger } from "@jinjibu/logger";

/** Where a subgraph receives other subgraphs' domain events (only with a valid service token of an accepted source). */
export const EVENTS_PATH = "/internal/events";
/** Most events one delivery may carry. */
export const MAX_EVENTS_PER_DELIVERY = 500;

/** One domain event as a transactional outbox delivers it: ids grow with each append; `aggregateId` orders per aggregate. */
export interface DomainEventEnvelope {
  /** The outbox row's id (a bigint as text), unique per source. */
  id: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  occurredAt: string;
}

/** What a consuming subgraph does with a delivery: apply it idempotently, in one transaction, and say what was new. */
export interface EventConsumer {
  /** The services whose signed deliveries this subgraph accepts (e.g. `["organizations"]`). */
  sources: readonly string[];
  apply(dataSource: DataSource, source: string, events: DomainEventEnvelope[]): Promise<{ applied: number; duplicates: number }>;
}

/** What a subgraph's background workers (e.g. an outbox relay) get from the process that runs them. */
export interface WorkerDeps {
  /** Connections of the subgraph's application role of their own (so requests' statement counts do not include them). */
  dataSource: DataSource;
  logger: Logger;
  /** This subgraph's own signing identity (SERVICE_PRIVATE_KEY); null: nothing is delivered, events wait. */
  serviceKey: KeyLike | null;
  /** Event endpoints of other subgraphs, by name. */
  eventUrls: Readonly<Record<string, string>>;
}

export interface Workers {
  /** Asks the workers to look for work now (e.g. right after a commit wrote to the outbox). */
  wake(): void;
  stop(): Promise<void>;
}

/** Checks a delivery's body: `{ events: DomainEventEnvelope[] }` with 1–500 well-formed events; a problem in words, or the events. */
export function parseDelivery(body: unknown): { ok: true; events: DomainEventEnvelope[] } | { ok: false; problem: string } {
  const events = (body as { events?: unknown } | null)?.events;
  if (!Array.isArray(events) || events.length < 1 || events.length > MAX_EVENTS_PER_DELIVERY) {
    return { ok: false, problem: `events must be a list of 1 to ${MAX_EVENTS_PER_DELIVERY} events.` };
  }
  for (const [i, e] of events.entries()) {
    const event = e as Partial<DomainEventEnvelope> | null;
    if (!event || typeof event.id !== "string" || !/^[1-9][0-9]{0,18}$/.test(event.id)) return { ok: false, problem: `events[${i}].id must be a positive integer as text.` };
    if (typeof event.type !== "string" || !/^[A-Z][A-Za-z]{1,63}$/.test(event.type)) return { ok: false, problem: `events[${i}].type must be an event type name.` };
    if (typeof event.aggregateId !== "string" || event.aggregateId.length < 1 || event.aggregateId.length > 200) return { ok: false, problem: `events[${i}].aggregateId must be 1 to 200 characters.` };
    if (!event.payload || typeof event.payload !== "object" || Array.isArray(event.payload)) return { ok: false, problem: `events[${i}].payload must be an object.` };
    if (typeof event.occurredAt !== "string" || Number.isNaN(Date.parse(event.occurredAt))) return { ok: false, problem: `events[${i}].occurredAt must be a time.` };
  }
  return { ok: true, events: events as DomainEventEnvelope[] };
}
