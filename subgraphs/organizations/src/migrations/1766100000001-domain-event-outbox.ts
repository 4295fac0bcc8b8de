import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The transactional outbox of organizations (replaces talent's `publish_company`, a channel through the database):
 * - domain_event: append-only; every regional company create, update and import appends `RegionalCompanyChanged` in the
 *   same transaction as the change. Ids grow with each append; a company's events are appended under its row lock, so their
 *   id order is their commit order.
 * - domain_event_delivery: one row per (consumer, event) once the consumer confirmed it; the relay sends what has none.
 * The application role may read and append, never rewrite or delete. Existing companies get one event each, so a
 * consumer that has never heard of them converges.
 */
export class DomainEventOutbox1766100000001 implements MigrationInterface {
  name = "DomainEventOutbox1766100000001";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE domain_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      type text NOT NULL CHECK (type ~ '^[A-Z][A-Za-z]{1,63}$'),
      aggregate_type text NOT NULL,
      aggregate_id text NOT NULL,
      payload jsonb NOT NULL,
      request_id text,
      occurred_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX domain_event_aggregate_idx ON domain_event (aggregate_id, id)`);
    await q.query(`CREATE TABLE domain_event_delivery (
      consumer text NOT NULL,
      event_id bigint NOT NULL REFERENCES domain_event (id),
      delivered_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer, event_id)
    )`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON domain_event, domain_event_delivery FROM hub_organizations_app`);
    await q.query(`INSERT INTO domain_event (type, aggregate_type, aggregate_id, payload)
      SELECT 'RegionalCompanyChanged', 'RegionalCompany', id,
        jsonb_build_object('id', id, 'nameJa', name_ja, 'supportingOperatorIds', to_jsonb(supporting_operator_ids),
          'prefectureCode', prefecture_code, 'isDemo', is_demo)
      FROM regional_company ORDER BY id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE domain_event_delivery`);
    await q.query(`DROP TABLE domain_event`);
  }
}
