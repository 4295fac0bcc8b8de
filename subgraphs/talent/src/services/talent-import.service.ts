import type { EntityManager } from "typeorm";
import { badUserInput, conflict, notFound } from "@jinjibu/federation";
import {
  COLUMN_BY_KEY,
  COLUMN_KEYS,
  japanDate,
  LIMITS,
  validateRow,
  type ColumnKey,
  type NormalizedTalentRow,
  type RawTalentRow,
  type RowProblem,
} from "@jinjibu/talent-import";
import { TalentImportMode, TalentImportStatus, toTalentImport, type TalentImport, type TalentImportRow } from "../entities/talent-import.entity";
import type { CreateTalentImportInput, TalentImportRowInput } from "../inputs/talent-import.input";
import type { GrantConsentInput, RegisterTalentProfileInput, UpdateTalentProfileInput } from "../inputs/talent-profile.input";
import { ConsentMethod, ConsentScope, SharingPurpose, Availability, InterestInRegion, WorkStyle } from "../enums";
import { grantConsent } from "./sharing.service";
import { MAX_REGISTER_BATCH, registerProfiles, updateProfiles } from "./talent.service";

const PERSON_NUMBER = /^[A-Za-z0-9][A-Za-z0-9_\-]{0,49}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Sessions not committed within this many days are deleted (with their staged personal data) by the next create. */
export const ABANDONED_AFTER_DAYS = 7;

const notFoundImport = () => notFound("No import session with that id in your operator's pool.");

async function lockImport(em: EntityManager, operatorId: string, importId: string): Promise<TalentImportRow> {
  if (!UUID.test(importId)) throw notFoundImport();
  const rows: TalentImportRow[] = await em.query(`SELECT * FROM talent_import WHERE id = $1 AND operator_id = $2 FOR UPDATE`, [importId, operatorId]);
  if (!rows[0]) throw notFoundImport();
  return rows[0];
}

export async function loadImport(em: EntityManager, operatorId: string, importId: string): Promise<TalentImport | null> {
  if (!UUID.test(importId)) return null;
  const rows: TalentImportRow[] = await em.query(`SELECT * FROM talent_import WHERE id = $1 AND operator_id = $2`, [importId, operatorId]);
  return rows[0] ? toTalentImport(rows[0]) : null;
}

/** Starts a session; the same idempotency key from the same user returns the first session. */
export async function createImport(em: EntityManager, operatorId: string, subject: string | null, input: CreateTalentImportInput): Promise<TalentImport> {
  const fileName = input.fileName.trim();
  if (fileName.length < 1 || fileName.length > 200) throw badUserInput("fileName must be 1 to 200 characters.");
  if (/[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(fileName)) {
    throw badUserInput("fileName must not contain control characters or broken (lone surrogate) characters.");
  }
  const key = input.idempotencyKey ?? null;
  if (key !== null && (key.length < 8 || key.length > 200)) throw badUserInput("idempotencyKey must be 8 to 200 characters.");
  if (key !== null) {
    const existing: TalentImportRow[] = await em.query(
      `SELECT * FROM talent_import WHERE operator_id = $1 AND created_by IS NOT DISTINCT FROM $2 AND idempotency_key = $3`,
      [operatorId, subject, key],
    );
    if (existing[0]) {
      if (existing[0].file_name !== fileName) {
        throw conflict(`idempotencyKey "${key}" was already used for another file. Use a new key for a new import.`);
      }
      return toTalentImport(existing[0]);
    }
  }
  await em.query(
    `DELETE FROM talent_import WHERE operator_id = $1 AND status <> 'COMMITTED' AND updated_at < now() - make_interval(days => $2)`,
    [operatorId, ABANDONED_AFTER_DAYS],
  );
  const [row]: TalentImportRow[] = await em.query(
    `INSERT INTO talent_import (operator_id, created_by, file_name, idempotency_key) VALUES ($1, $2, $3, $4) RETURNING *`,
    [operatorId, subject, fileName, key],
  );
  return toTalentImport(row!);
}

const rawOf = (input: TalentImportRowInput): RawTalentRow => {
  const raw: RawTalentRow = {};
  for (const key of COLUMN_KEYS) {
    const value = (input as unknown as Record<ColumnKey, string | null | undefined>)[key];
    if (value !== null && value !== undefined) raw[key] = value;
  }
  return raw;
};

async function refreshCounters(em: EntityManager, importId: string): Promise<TalentImportRow> {
  const [rows] = (await em.query(
    `UPDATE talent_import i SET updated_at = now(),
       staged_rows = s.staged, valid_rows = s.valid, invalid_rows = s.staged - s.valid,
       processed_rows = s.processed, created = s.created, updated = s.updated, unchanged = s.unchanged, refused = s.refused
     FROM (SELECT count(*)::int AS staged,
             count(*) FILTER (WHERE problems = '[]'::jsonb)::int AS valid,
             count(outcome)::int AS processed,
             count(*) FILTER (WHERE outcome = 'CREATED')::int AS created,
             count(*) FILTER (WHERE outcome = 'UPDATED')::int AS updated,
             count(*) FILTER (WHERE outcome = 'UNCHANGED')::int AS unchanged,
             count(*) FILTER (WHERE outcome = 'REFUSED')::int AS refused
           FROM talent_import_row WHERE import_id = $1) s
     WHERE i.id = $1 RETURNING i.*`,
    [importId],
  )) as [TalentImportRow[], number];
  return rows[0]!;
}

/**
 * Stages up to 1000 rows: each is validated with the preview's rules (Japanese problems by row and column), and a person
 * number repeated in the file is a problem of the later row. Sending a batch again (same row numbers) replaces it, so
 * a retried request stages nothing twice.
 */
export async function stageRows(em: EntityManager, operatorId: string, importId: string, inputs: TalentImportRowInput[]): Promise<TalentImport> {
  if (inputs.length < 1 || inputs.length > LIMITS.stageBatchRows) {
    throw badUserInput(`rows must hold 1 to ${LIMITS.stageBatchRows} rows per call; got ${inputs.length}.`);
  }
  const numbers = inputs.map((r) => r.rowNumber);
  if (numbers.some((n) => !Number.isInteger(n) || n < 2 || n > LIMITS.maxRows + 1_000_000)) {
    throw badUserInput("rowNumber must be the row's number in the file: an integer of 2 or more (the header is row 1).");
  }
  if (new Set(numbers).size !== numbers.length) throw badUserInput("rowNumber must not repeat within one call.");
  const current = await lockImport(em, operatorId, importId);
  if (current.status !== TalentImportStatus.STAGING) {
    throw conflict("This import is already being committed: start a new import (createTalentImport) to upload more rows.");
  }
  await em.query(`DELETE FROM talent_import_row WHERE import_id = $1 AND row_number = ANY($2::int[])`, [importId, numbers]);
  if (current.staged_rows + inputs.length > LIMITS.maxRows) {
    const [{ n }]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM talent_import_row WHERE import_id = $1`, [importId]);
    if (n + inputs.length > LIMITS.maxRows) throw badUserInput(`An import holds at most ${LIMITS.maxRows} rows.`);
  }

  const validated = inputs.map((input) => {
    const raw = rawOf(input);
    const result = validateRow(raw, input.rowNumber);
    // An invalid row keeps its person number only when it is well-formed (for the duplicate check): never raw text.
    const candidate = result.ok ? result.row.personNumber : (raw.personNumber ?? "").normalize("NFKC").trim();
    const personNumber = PERSON_NUMBER.test(candidate) ? candidate : null;
    return { rowNumber: input.rowNumber, personNumber, normalized: result.ok ? result.row : null, problems: result.ok ? [] : result.problems };
  });
  // A person number already staged under another row number, or earlier in this batch.
  const personNumbers = [...new Set(validated.map((v) => v.personNumber).filter((n): n is string => n !== null))];
  const earlier: { person_number: string; row_number: number }[] = personNumbers.length
    ? await em.query(
        `SELECT person_number, min(row_number)::int AS row_number FROM talent_import_row
         WHERE import_id = $1 AND person_number = ANY($2::text[]) GROUP BY person_number`,
        [importId, personNumbers],
      )
    : [];
  const firstRow = new Map(earlier.map((e) => [e.person_number, e.row_number]));
  for (const v of [...validated].sort((a, b) => a.rowNumber - b.rowNumber)) {
    if (v.personNumber === null) continue;
    const first = firstRow.get(v.personNumber);
    if (first === undefined || first > v.rowNumber) {
      firstRow.set(v.personNumber, v.rowNumber);
      continue;
    }
    v.problems.push({
      row: v.rowNumber,
      column: COLUMN_BY_KEY.personNumber.header,
      message: `管理番号「${v.personNumber}」は${first}行目と重複しています。1人1行にしてください。`,
    });
    v.normalized = null;
  }
  await em.query(
    `INSERT INTO talent_import_row (import_id, row_number, operator_id, person_number, normalized, problems)
     SELECT $1, x.row_number, $2, x.person_number, x.normalized, x.problems
     FROM jsonb_to_recordset($3::jsonb) AS x(row_number int, person_number text, normalized jsonb, problems jsonb)`,
    [
      importId,
      operatorId,
      JSON.stringify(validated.map((v) => ({ row_number: v.rowNumber, person_number: v.personNumber, normalized: v.normalized, problems: v.problems }))),
    ],
  );
  return toTalentImport(await refreshCounters(em, importId));
}

/** Problems of an import in row order, one page. */
export async function importProblems(em: EntityManager, importId: string, offset: number, limit: number): Promise<{ total: number; problems: RowProblem[] }> {
  const [{ total }]: { total: number }[] = await em.query(
    `SELECT coalesce(sum(jsonb_array_length(problems)), 0)::int AS total FROM talent_import_row WHERE import_id = $1`,
    [importId],
  );
  const rows: { value: RowProblem }[] = await em.query(
    `SELECT p.value FROM talent_import_row r CROSS JOIN LATERAL jsonb_array_elements(r.problems) WITH ORDINALITY AS p(value, n)
     WHERE r.import_id = $1 AND r.problems <> '[]'::jsonb ORDER BY r.row_number, p.n OFFSET $2 LIMIT $3`,
    [importId, offset, limit],
  );
  return { total, problems: rows.map((r) => r.value) };
}

/** Deletes a session that is still staging (and its staged rows). */
export async function cancelImport(em: EntityManager, operatorId: string, importId: string): Promise<boolean> {
  const current = await lockImport(em, operatorId, importId);
  if (current.status !== TalentImportStatus.STAGING) {
    throw conflict("This import is already being committed or done; it can no longer be cancelled.");
  }
  await em.query(`DELETE FROM talent_import WHERE id = $1`, [importId]);
  return true;
}

// --- commit ---------------------------------------------------------------------------------------------------------

interface ExistingPerson {
  id: string;
  person_number: string;
  kinds: string[];
  skills: string[];
  years_of_experience: number | null;
  availability: string;
  preferred_work_styles: string[];
  interest_in_region: string | null;
  home_prefecture_code: string | null;
  display_name: string | null;
  email: string | null;
  phone: string | null;
}
interface ActiveConsent {
  talent_id: string;
  scope: string;
  purposes: string[];
  method: string;
  obtained_at: Date;
  expires_at: Date | null;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

/** The changes that bring an existing person in line with the row (an empty object: nothing to change). */
function changesFor(person: ExistingPerson, row: NormalizedTalentRow): UpdateTalentProfileInput {
  const changes: UpdateTalentProfileInput = {};
  if (person.display_name !== row.displayName) changes.displayName = row.displayName;
  if (!sameList(person.kinds, row.kinds)) changes.kinds = row.kinds as UpdateTalentProfileInput["kinds"];
  if (!sameList(person.skills, row.skills)) changes.skills = row.skills;
  if (person.years_of_experience !== row.yearsOfExperience) changes.yearsOfExperience = row.yearsOfExperience;
  if (person.availability !== row.availability) changes.availability = row.availability as Availability;
  if (!sameList(person.preferred_work_styles, row.preferredWorkStyles)) changes.preferredWorkStyles = row.preferredWorkStyles as WorkStyle[];
  if (person.interest_in_region !== row.interestInRegion) changes.interestInRegion = row.interestInRegion as InterestInRegion | null;
  if (person.home_prefecture_code !== row.homePrefectureCode) changes.homePrefectureCode = row.homePrefectureCode;
  if (person.email !== row.email) changes.email = row.email;
  if (person.phone !== row.phone) changes.phone = row.phone;
  return changes;
}

/** The consent a row records, as `grantConsent` takes it: dates are Japan dates (start of the day; expiry at its end). */
function consentInput(row: NormalizedTalentRow): GrantConsentInput | null {
  if (!row.consent) return null;
  return {
    scope: row.consent.scope as ConsentScope,
    purposes: row.consent.purposes as SharingPurpose[],
    method: row.consent.method as ConsentMethod,
    obtainedAt: `${row.consent.obtainedOn}T00:00:00+09:00`,
    expiresAt: row.consent.expiresOn ? `${row.consent.expiresOn}T23:59:59+09:00` : null,
  };
}

const consentRecorded = (consents: ActiveConsent[], row: NormalizedTalentRow) =>
  consents.some(
    (c) =>
      c.scope === row.consent!.scope &&
      sameSet(c.purposes, row.consent!.purposes) &&
      c.method === row.consent!.method &&
      japanDate(new Date(c.obtained_at).toISOString()) === row.consent!.obtainedOn &&
      (c.expires_at ? japanDate(new Date(c.expires_at).toISOString()) : null) === row.consent!.expiresOn,
  );

type Outcome = "CREATED" | "UPDATED" | "UNCHANGED" | "REFUSED";

/** Writes one chunk of valid rows, keyed by person number: new people are registered, known ones updated or left alone. */
async function applyRows(em: EntityManager, operatorId: string, rows: { rowNumber: number; row: NormalizedTalentRow }[]) {
  const outcomes = new Map<number, { outcome: Outcome; talentId: string }>();
  if (rows.length === 0) return outcomes;
  const existing: ExistingPerson[] = await em.query(
    `SELECT p.id, p.person_number, p.kinds, p.skills, p.years_of_experience, p.availability, p.preferred_work_styles,
            p.interest_in_region, p.home_prefecture_code, c.display_name, c.email, c.phone
     FROM talent_profile p LEFT JOIN talent_contact c ON c.talent_id = p.id
     WHERE p.operator_id = $1 AND p.person_number = ANY($2::text[])`,
    [operatorId, rows.map((r) => r.row.personNumber)],
  );
  const byNumber = new Map(existing.map((p) => [p.person_number, p]));
  const consents: ActiveConsent[] = existing.length
    ? await em.query(
        `SELECT talent_id, scope, purposes, method, obtained_at, expires_at FROM consent
         WHERE operator_id = $1 AND talent_id = ANY($2::text[]) AND revoked_at IS NULL`,
        [operatorId, existing.map((p) => p.id)],
      )
    : [];

  const fresh = rows.filter((r) => !byNumber.has(r.row.personNumber));
  for (let i = 0; i < fresh.length; i += MAX_REGISTER_BATCH) {
    const slice = fresh.slice(i, i + MAX_REGISTER_BATCH);
    const inputs = slice.map(({ row }) => ({
      displayName: row.displayName,
      kinds: row.kinds,
      skills: row.skills,
      yearsOfExperience: row.yearsOfExperience,
      availability: row.availability,
      preferredWorkStyles: row.preferredWorkStyles,
      interestInRegion: row.interestInRegion,
      homePrefectureCode: row.homePrefectureCode,
      email: row.email,
      phone: row.phone,
    })) as RegisterTalentProfileInput[];
    const profiles = await registerProfiles(em, operatorId, inputs);
    await em.query(
      `UPDATE talent_profile p SET person_number = x.person_number
       FROM unnest($1::text[], $2::text[]) AS x(id, person_number) WHERE p.id = x.id AND p.operator_id = $3`,
      [profiles.map((p) => p.id), slice.map((s) => s.row.personNumber), operatorId],
    );
    slice.forEach((s, j) => outcomes.set(s.rowNumber, { outcome: "CREATED", talentId: profiles[j]!.id }));
  }

  // Known people: every changed one in the same few statements (one at a time, 1,000 changed rows took 12.7 s).
  const updates: { id: string; input: UpdateTalentProfileInput }[] = [];
  for (const { rowNumber, row } of rows) {
    const person = byNumber.get(row.personNumber);
    if (!person) continue;
    const changes = changesFor(person, row);
    const changed = Object.keys(changes).length > 0;
    if (changed) updates.push({ id: person.id, input: changes });
    outcomes.set(rowNumber, { outcome: changed ? "UPDATED" : "UNCHANGED", talentId: person.id });
  }
  await updateProfiles(em, operatorId, updates);

  const grants: { talentId: string; input: GrantConsentInput }[] = [];
  for (const { rowNumber, row } of rows) {
    const input = consentInput(row);
    if (!input) continue;
    const done = outcomes.get(rowNumber)!;
    if (done.outcome !== "CREATED" && consentRecorded(consents.filter((c) => c.talent_id === done.talentId), row)) continue;
    grants.push({ talentId: done.talentId, input });
    if (done.outcome === "UNCHANGED") done.outcome = "UPDATED";
  }
  await grantConsents(em, operatorId, grants);
  return outcomes;
}

/**
 * Records the consents of a chunk. One consent goes through `grantConsent` (sharing.service) as any other; many are
 * written by one statement of the same shape (500 single inserts took ~1 s of a chunk's time), after the checks
 * `grantConsent` applies (distinct purposes, not in the future, expiry after obtaining), which the rows already passed.
 */
async function grantConsents(em: EntityManager, operatorId: string, grants: { talentId: string; input: GrantConsentInput }[]): Promise<void> {
  if (grants.length === 0) return;
  if (grants.length === 1) {
    await grantConsent(em, operatorId, grants[0]!.talentId, grants[0]!.input);
    return;
  }
  for (const { input } of grants) {
    const obtained = new Date(input.obtainedAt).getTime();
    if (input.purposes.length < 1 || new Set(input.purposes).size !== input.purposes.length) throw badUserInput("purposes must list 1 or more distinct SharingPurpose values.");
    if (!(obtained <= Date.now() + 60_000)) throw badUserInput("obtainedAt must not be in the future.");
    if (input.expiresAt != null && !(new Date(input.expiresAt).getTime() > obtained)) throw badUserInput("expiresAt must be after obtainedAt.");
  }
  const inserted: unknown[] = await em.query(
    `INSERT INTO consent (talent_id, operator_id, scope, purposes, obtained_at, method, expires_at)
     SELECT p.id, p.operator_id, x.scope, x.purposes, x.obtained_at, x.method, x.expires_at
     FROM jsonb_to_recordset($2::jsonb) AS x(talent_id text, scope text, purposes text[], obtained_at timestamptz, method text, expires_at timestamptz)
     JOIN talent_profile p ON p.id = x.talent_id AND p.operator_id = $1
     RETURNING id`,
    [
      operatorId,
      JSON.stringify(
        grants.map(({ talentId, input }) => ({
          talent_id: talentId,
          scope: input.scope,
          purposes: input.purposes,
          obtained_at: input.obtainedAt,
          method: input.method,
          expires_at: input.expiresAt ?? null,
        })),
      ),
    ],
  );
  if (inserted.length !== grants.length) throw notFound("No talent profile with that id in your operator's pool.");
}

/**
 * Commits the next chunk (at most 500 rows) of a staged import in the request's transaction, and returns the progress;
 * call it again until `done`. ALL_OR_NOTHING refuses at once, writing nothing, when any staged row is invalid.
 * A chunk that fails rolls back whole and is simply retried: rows are keyed by person number, so nothing is written twice.
 */
export async function commitImport(
  em: EntityManager,
  operatorId: string,
  importId: string,
  mode: TalentImportMode,
  expectedRows: number,
  maxRows: number = LIMITS.commitChunkRows,
): Promise<TalentImport> {
  if (!Number.isInteger(maxRows) || maxRows < 1 || maxRows > LIMITS.commitChunkRows) {
    throw badUserInput(`maxRows must be an integer from 1 to ${LIMITS.commitChunkRows}.`);
  }
  // One committer per operator at a time: two imports never race to register the same person number.
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('talent-import:' || $1))`, [operatorId]);
  const current = await lockImport(em, operatorId, importId);
  if (current.status === TalentImportStatus.COMMITTED) return toTalentImport(current);
  if (current.status === TalentImportStatus.STAGING) {
    if (current.staged_rows === 0) throw badUserInput("Nothing is staged in this import: stage rows with stageTalentImportRows first.");
    if (expectedRows !== current.staged_rows) {
      throw badUserInput(
        `expectedRows is ${expectedRows} but ${current.staged_rows} rows are staged: stage the missing rows (or start a new import) before committing.`,
        { stagedRows: current.staged_rows },
      );
    }
    if (mode === TalentImportMode.ALL_OR_NOTHING && current.invalid_rows > 0) {
      throw badUserInput(
        `${current.invalid_rows} of ${current.staged_rows} rows are invalid, so an ALL_OR_NOTHING import writes nothing. ` +
          "Fix the rows listed in talentImport.problems, or commit with mode VALID_ROWS_ONLY.",
        { invalidRows: current.invalid_rows },
      );
    }
    await em.query(`UPDATE talent_import SET status = 'COMMITTING', mode = $2 WHERE id = $1`, [importId, mode]);
  } else if (current.mode !== mode) {
    throw conflict(`This import is being committed with mode ${current.mode}; continue with the same mode.`);
  }

  const pending: { row_number: number; normalized: NormalizedTalentRow | null }[] = await em.query(
    `SELECT row_number, normalized FROM talent_import_row WHERE import_id = $1 AND outcome IS NULL ORDER BY row_number LIMIT $2`,
    [importId, maxRows],
  );
  const valid = pending.filter((p) => p.normalized !== null).map((p) => ({ rowNumber: p.row_number, row: p.normalized! }));
  const outcomes = await applyRows(em, operatorId, valid);
  const updates = pending.map((p) => ({ n: p.row_number, ...(outcomes.get(p.row_number) ?? { outcome: "REFUSED" as Outcome, talentId: null }) }));
  if (updates.length > 0) {
    // The validated row is personal data: cleared once the row is handled (problems stay for the report).
    await em.query(
      // The rows by primary key (= ANY), their values by position: a join with unnest() was planned as a scan of the
      // whole table once it held dead rows of a cancelled session (800 ms per chunk instead of a few).
      `UPDATE talent_import_row r
       SET outcome = ($3::text[])[array_position($2::int[], r.row_number)],
           talent_id = ($4::text[])[array_position($2::int[], r.row_number)],
           normalized = NULL
       WHERE r.import_id = $1 AND r.row_number = ANY($2::int[])`,
      [importId, updates.map((u) => u.n), updates.map((u) => u.outcome), updates.map((u) => u.talentId)],
    );
  }
  let row = await refreshCounters(em, importId);
  if (row.processed_rows >= row.staged_rows) {
    const [done] = (await em.query(`UPDATE talent_import SET status = 'COMMITTED', committed_at = now() WHERE id = $1 RETURNING *`, [
      importId,
    ])) as [TalentImportRow[], number];
    row = done[0]!;
  }
  return toTalentImport(row);
}
