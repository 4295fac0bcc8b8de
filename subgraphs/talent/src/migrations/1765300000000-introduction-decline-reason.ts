import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Declining an introduction takes a reason (issue 9 §7):
 * - `introduction.decline_reason` (a code) and `decline_note` (free text, required for OTHER), stored with the decline and
 *   shown to both operators. A DECLINED row written from now on must carry a code (older rows are left as they are).
 * - `introduction_event`: an append-only trail of every change of an introduction (requested, accepted, declined,
 *   withdrawn): who (subject, operator, role), when, the request id and, for a decline, the reason code. It keeps no free
 *   text and has no foreign key, so it outlives the person's erasure without holding what they said. Both operators of the
 *   introduction and the national administrator read it; the application cannot change or delete a row.
 */
export class IntroductionDeclineReason1765300000000 implements MigrationInterface {
  name = "IntroductionDeclineReason1765300000000";

  async up(q: QueryRunner): Promise<void> {
    const codes = `'PERSON_UNAVAILABLE', 'PERSON_NOT_INTERESTED', 'CONDITIONS_MISMATCH', 'ALREADY_ENGAGED', 'INSUFFICIENT_INFORMATION', 'OTHER'`;
    await q.query(`ALTER TABLE introduction ADD COLUMN decline_reason text CHECK (decline_reason IN (${codes}))`);
    await q.query(`ALTER TABLE introduction ADD COLUMN decline_note text CHECK (decline_note IS NULL OR length(decline_note) BETWEEN 1 AND 500)`);
    await q.query(`ALTER TABLE introduction ADD CONSTRAINT introduction_declined_has_reason
      CHECK (status <> 'DECLINED' OR (decline_reason IS NOT NULL AND (decline_reason <> 'OTHER' OR decline_note IS NOT NULL))) NOT VALID`);

    await q.query(`CREATE TABLE introduction_event (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      introduction_id uuid NOT NULL,
      owner_operator_id text NOT NULL,
      requester_operator_id text NOT NULL,
      event text NOT NULL CHECK (event IN ('REQUESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
      actor_subject text,
      actor_operator_id text NOT NULL,
      actor_role text NOT NULL,
      decline_reason text CHECK (decline_reason IN (${codes})),
      request_id text NOT NULL
    )`);
    await q.query(`CREATE INDEX introduction_event_introduction_idx ON introduction_event (introduction_id, id)`);
    await q.query(`ALTER TABLE introduction_event ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE introduction_event FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY party_read ON introduction_event FOR SELECT USING (
      owner_operator_id = current_operator() OR requester_operator_id = current_operator()
      OR current_viewer_role() = 'NATIONAL_ADMIN')`);
    await q.query(`CREATE POLICY actor_insert ON introduction_event FOR INSERT WITH CHECK (
      actor_operator_id = current_operator()
      AND (owner_operator_id = current_operator() OR requester_operator_id = current_operator()))`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON introduction_event FROM hub_talent_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE introduction_event`);
    await q.query(`ALTER TABLE introduction DROP CONSTRAINT introduction_declined_has_reason`);
    await q.query(`ALTER TABLE introduction DROP COLUMN decline_note`);
    await q.query(`ALTER TABLE introduction DROP COLUMN decline_reason`);
  }
}
