import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Excel/CSV import of an operator's pool (issue 9 §5):
 * - `talent_profile.person_number`: the operator's own person number (管理番号), unique per operator, so a re-upload
 *   updates people instead of registering them twice.
 * - `talent_import` / `talent_import_row`: an import session and its staged rows (validated server-side, problems in
 *   Japanese by row and column), committed in chunks. Both are visible and writable only to the importing operator (RLS).
 *   The file's cells are not kept: only the validated row (cleared once handled) and its problems.
 */
export class TalentImport1764350000000 implements MigrationInterface {
  name = "TalentImport1764350000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE talent_profile ADD COLUMN person_number text`);
    await q.query(`ALTER TABLE talent_profile ADD CONSTRAINT talent_profile_person_number_check
      CHECK (person_number IS NULL OR (length(person_number) BETWEEN 1 AND 50))`);
    await q.query(`CREATE UNIQUE INDEX talent_profile_person_number_idx ON talent_profile (operator_id, person_number)
      WHERE person_number IS NOT NULL`);

    await q.query(`CREATE TABLE talent_import (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      operator_id text NOT NULL,
      created_by text,
      file_name text NOT NULL,
      idempotency_key text,
      status text NOT NULL DEFAULT 'STAGING' CHECK (status IN ('STAGING', 'COMMITTING', 'COMMITTED')),
      mode text CHECK (mode IN ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')),
      staged_rows integer NOT NULL DEFAULT 0,
      valid_rows integer NOT NULL DEFAULT 0,
      invalid_rows integer NOT NULL DEFAULT 0,
      processed_rows integer NOT NULL DEFAULT 0,
      created integer NOT NULL DEFAULT 0,
      updated integer NOT NULL DEFAULT 0,
      unchanged integer NOT NULL DEFAULT 0,
      refused integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      committed_at timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX talent_import_idempotency_idx ON talent_import (operator_id, created_by, idempotency_key)
      WHERE idempotency_key IS NOT NULL`);
    await q.query(`CREATE INDEX talent_import_operator_idx ON talent_import (operator_id, created_at)`);

    await q.query(`CREATE TABLE talent_import_row (
      import_id uuid NOT NULL REFERENCES talent_import(id) ON DELETE CASCADE,
      row_number integer NOT NULL CHECK (row_number >= 2),
      operator_id text NOT NULL,
      person_number text,
      normalized jsonb,
      problems jsonb NOT NULL DEFAULT '[]'::jsonb,
      outcome text CHECK (outcome IN ('CREATED', 'UPDATED', 'UNCHANGED', 'REFUSED')),
      talent_id text,
      PRIMARY KEY (import_id, row_number)
    )`);
    await q.query(`CREATE INDEX talent_import_row_person_idx ON talent_import_row (import_id, person_number)`);
    await q.query(`CREATE INDEX talent_import_row_pending_idx ON talent_import_row (import_id, row_number) WHERE outcome IS NULL`);

    for (const table of ["talent_import", "talent_import_row"]) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY owner_all ON ${table} FOR ALL
        USING (operator_id = current_operator()) WITH CHECK (operator_id = current_operator())`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE talent_import_row`);
    await q.query(`DROP TABLE talent_import`);
    await q.query(`DROP INDEX talent_profile_person_number_idx`);
    await q.query(`ALTER TABLE talent_profile DROP CONSTRAINT talent_profile_person_number_check`);
    await q.query(`ALTER TABLE talent_profile DROP COLUMN person_number`);
  }
}
