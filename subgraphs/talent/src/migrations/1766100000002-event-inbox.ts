import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Talent learns regional companies from organizations' domain events (POST /internal/events, signed with organizations'
 * service identity) instead of `publish_company`, a SECURITY DEFINER function organizations called across schemas.
 * - applied_event: the inbox, one row per applied (source, event id); a delivery sent twice changes nothing.
 * - company_ref.source_event_id: the newest event a row reflects; an older event arriving late never overwrites it.
 * - company_ref is written by the application role only inside an event delivery's transaction (`app.event_source` set
 *   there, never by a GraphQL request); the seed still writes it as the owner.
 * The function and organizations' grants on this schema are gone. Migration 1765000000000 stays as merged.
 */
export class EventInbox1766100000002 implements MigrationInterface {
  name = "EventInbox1766100000002";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE applied_event (
      source text NOT NULL,
      event_id bigint NOT NULL,
      type text NOT NULL,
      aggregate_id text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (source, event_id)
    )`);
    await q.query(`ALTER TABLE applied_event ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE applied_event FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY event_delivery ON applied_event FOR ALL
      USING (current_setting('app.event_source', true) = source) WITH CHECK (current_setting('app.event_source', true) = source)`);
    await q.query(`CREATE POLICY owner_all ON applied_event FOR ALL USING (current_user <> 'hub_talent_app') WITH CHECK (current_user <> 'hub_talent_app')`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON applied_event FROM hub_talent_app`);

    await q.query(`ALTER TABLE company_ref ADD COLUMN source_event_id bigint`);
    await q.query(`DROP POLICY owner_write ON company_ref`);
    await q.query(`CREATE POLICY owner_write ON company_ref FOR ALL USING (current_user <> 'hub_talent_app') WITH CHECK (current_user <> 'hub_talent_app')`);
    await q.query(`CREATE POLICY organizations_events ON company_ref FOR ALL
      USING (current_setting('app.event_source', true) = 'organizations') WITH CHECK (current_setting('app.event_source', true) = 'organizations')`);
    await q.query(`GRANT INSERT, UPDATE ON company_ref TO hub_talent_app`);

    await q.query(`DROP FUNCTION publish_company(text, text, text[], text, boolean)`);
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hub_organizations_app') THEN
        REVOKE USAGE ON SCHEMA talent FROM hub_organizations_app;
      END IF;
    END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION publish_company(id text, name_ja text, operators text[], prefecture_code text, is_demo boolean)
      RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = talent, pg_catalog AS $$
        INSERT INTO talent.company_ref (company_id, name_ja, supporting_operator_ids, prefecture_code, is_demo)
        VALUES (id, name_ja, operators, prefecture_code, is_demo)
        ON CONFLICT (company_id) DO UPDATE SET name_ja = EXCLUDED.name_ja, supporting_operator_ids = EXCLUDED.supporting_operator_ids,
          prefecture_code = EXCLUDED.prefecture_code, is_demo = EXCLUDED.is_demo, updated_at = now()
      $$`);
    await q.query(`REVOKE EXECUTE ON FUNCTION publish_company(text, text, text[], text, boolean) FROM PUBLIC`);
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hub_organizations_app') THEN
        GRANT USAGE ON SCHEMA talent TO hub_organizations_app;
        GRANT EXECUTE ON FUNCTION talent.publish_company(text, text, text[], text, boolean) TO hub_organizations_app;
      END IF;
    END $$`);
    await q.query(`REVOKE INSERT, UPDATE ON company_ref FROM hub_talent_app`);
    await q.query(`DROP POLICY organizations_events ON company_ref`);
    await q.query(`DROP POLICY owner_write ON company_ref`);
    await q.query(`CREATE POLICY owner_write ON company_ref FOR ALL USING (true) WITH CHECK (true)`);
    await q.query(`ALTER TABLE company_ref DROP COLUMN source_event_id`);
    await q.query(`DROP TABLE applied_event`);
  }
}
