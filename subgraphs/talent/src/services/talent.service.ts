import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { normalizeForSearch, prefectureByCode, TalentKind } from "@jinjibu/domain";
import { badUserInput, notFound, toConnection, type ConnectionShape, type PageWindow } from "@jinjibu/federation";
import { toTalentProfile, type TalentProfile, type TalentProfileRow } from "../entities/talent-profile.entity";
import type { ErasureResult } from "../entities/records";
import type { RegisterTalentProfileInput, UpdateTalentProfileInput } from "../inputs/talent-profile.input";
import { actingOperatorId, ownsPool } from "@jinjibu/auth";
import type { BaseContext } from "@jinjibu/federation";
import type { Loaders } from "../loaders";
import { assertCleanInput, assertCleanText } from "./input-rules";

export const MAX_REGISTER_BATCH = 100;

export interface InvalidField {
  index: number;
  field: string;
  message: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9+\-() ]{6,20}$/;
const KIND_VALUES = new Set<string>(Object.values(TalentKind));

/** Checks the fields an input sets; `partial` inputs (updates) only check what they carry. */
export function validateProfileFields(
  input: Partial<RegisterTalentProfileInput> | UpdateTalentProfileInput,
  index: number,
  partial: boolean,
): InvalidField[] {
  const errors: InvalidField[] = [];
  const fail = (field: string, message: string) => errors.push({ index, field, message });
  if (!partial || input.displayName !== undefined) {
    const name = input.displayName?.trim() ?? "";
    if (name.length < 1 || name.length > 100) fail("displayName", "displayName must be 1 to 100 characters.");
  }
  if (!partial || input.kinds !== undefined) {
    const kinds = input.kinds ?? [];
    if (kinds.length < 1 || kinds.length > 5) fail("kinds", "kinds must list 1 to 5 talent kinds.");
    else if (new Set(kinds).size !== kinds.length) fail("kinds", "kinds must not repeat a kind.");
    else if (kinds.some((k) => !KIND_VALUES.has(k))) fail("kinds", "kinds must be TalentKind values.");
  }
  if (input.skills != null) {
    if (input.skills.length > 20) fail("skills", "skills may list at most 20 entries.");
    else if (input.skills.some((s) => s.trim().length < 1 || s.trim().length > 50)) fail("skills", "each skill must be 1 to 50 characters.");
  }
  if (input.yearsOfExperience != null && (input.yearsOfExperience < 0 || input.yearsOfExperience > 70)) {
    fail("yearsOfExperience", "yearsOfExperience must be between 0 and 70.");
  }
  if (partial && input.availability === null) fail("availability", "availability cannot be cleared; pass an Availability value.");
  if (input.homePrefectureCode != null && !prefectureByCode(input.homePrefectureCode)) {
    fail("homePrefectureCode", "homePrefectureCode must be a JIS X 0401 code from \"01\" to \"47\".");
  }
  if (input.email != null && (input.email.length > 254 || !EMAIL.test(input.email))) {
    fail("email", "email must be an e-mail address like name@example.jp, at most 254 characters.");
  }
  if (input.phone != null && !PHONE.test(input.phone)) {
    fail("phone", "phone must be 6 to 20 characters of digits, spaces, +, - and parentheses.");
  }
  return errors;
}

const searchTextOf = (skills: string[]): string => skills.map(normalizeForSearch).join("\n");
const cleanSkills = (skills: string[] | null | undefined): string[] => (skills ?? []).map((s) => s.trim());

/** Recomputes one operator's aggregate row from its own profiles (readable to it under RLS). */
export async function refreshPoolSummary(em: EntityManager, operatorId: string): Promise<void> {
  await em.query(
    `INSERT INTO talent_pool_summary (operator_id, total, demo_count, by_kind)
     SELECT $1, count(*), count(*) FILTER (WHERE is_demo),
       coalesce((SELECT jsonb_object_agg(kind, n) FROM (
         SELECT unnest(kinds) AS kind, count(*) AS n FROM talent_profile WHERE operator_id = $1 GROUP BY 1) k), '{}'::jsonb)
     FROM talent_profile WHERE operator_id = $1
     ON CONFLICT (operator_id) DO UPDATE
       SET total = EXCLUDED.total, demo_count = EXCLUDED.demo_count, by_kind = EXCLUDED.by_kind`,
    [operatorId],
  );
}

/** A change of an operator's pool: people added (+) or removed (−), in all, of them demo people, and by kind. */
export interface PoolDelta {
  total: number;
  demo: number;
  byKind: Record<string, number>;
}

/** The change that adding (sign 1) or removing (sign −1) these people's kinds makes. */
export function poolDeltaOf(kindLists: ReadonlyArray<readonly string[]>, sign: 1 | -1, demo = 0): PoolDelta {
  const byKind: Record<string, number> = {};
  for (const kinds of kindLists) for (const kind of kinds) byKind[kind] = (byKind[kind] ?? 0) + sign;
  return { total: sign * kindLists.length, demo: sign * demo, byKind };
}

/**
 * Applies a change to the operator's aggregate row in one statement that reads only that row (no pass over the pool), so
 * an import of 100-row batches costs the same whatever the pool's size. Kinds whose count reaches 0 leave `by_kind`, as
 * in a recount. Without a row yet (a pool never counted), it recounts once, which includes the change.
 */
export async function adjustPoolSummary(em: EntityManager, operatorId: string, delta: PoolDelta): Promise<void> {
  const byKind = Object.fromEntries(Object.entries(delta.byKind).filter(([, n]) => n !== 0));
  if (delta.total === 0 && delta.demo === 0 && Object.keys(byKind).length === 0) return;
  const [rows] = (await em.query(
    `UPDATE talent_pool_summary s
     SET total = s.total + $2, demo_count = s.demo_count + $3,
       by_kind = coalesce((
         SELECT jsonb_object_agg(kind, n) FROM (
           SELECT kind, sum(n)::int AS n FROM (
             SELECT key AS kind, value::int AS n FROM jsonb_each_text(s.by_kind)
             UNION ALL SELECT key, value::int FROM jsonb_each_text($4::jsonb)) d
           GROUP BY kind HAVING sum(n) > 0) k), '{}'::jsonb)
     WHERE s.operator_id = $1 RETURNING s.operator_id`,
    [operatorId, delta.total, delta.demo, JSON.stringify(byKind)],
  )) as [unknown[], number];
  if (rows.length === 0) await refreshPoolSummary(em, operatorId);
}

/** Registers every row or none; reports every invalid row by its position. */
export async function registerProfiles(
  em: EntityManager,
  operatorId: string,
  inputs: RegisterTalentProfileInput[],
): Promise<TalentProfile[]> {
  if (inputs.length < 1 || inputs.length > MAX_REGISTER_BATCH) {
    throw badUserInput(`input must hold 1 to ${MAX_REGISTER_BATCH} profiles; got ${inputs.length}.`);
  }
  inputs.forEach((input, index) => assertCleanInput(`input[${index}]`, input));
  const invalid = inputs.flatMap((input, index) => validateProfileFields(input, index, false));
  if (invalid.length > 0) {
    const rows = new Set(invalid.map((e) => e.index)).size;
    throw badUserInput(`${rows} of ${inputs.length} profiles are invalid; nothing was registered. See extensions.invalidRows.`, {
      invalidRows: invalid,
    });
  }
  const profiles = inputs.map((input) => {
    const skills = cleanSkills(input.skills);
    return {
      id: `tp-${randomUUID()}`,
      operator_id: operatorId,
      card_id: `card-${randomUUID()}`,
      kinds: input.kinds,
      skills,
      search_text: searchTextOf(skills),
      years_of_experience: input.yearsOfExperience ?? null,
      availability: input.availability,
      preferred_work_styles: input.preferredWorkStyles ?? [],
      interest_in_region: input.interestInRegion ?? null,
      home_prefecture_code: input.homePrefectureCode ?? null,
      display_name: input.displayName.trim(),
      email: input.email ?? null,
      phone: input.phone ?? null,
    };
  });
  const json = JSON.stringify(profiles);
  const inserted: TalentProfileRow[] = await em.query(
    `INSERT INTO talent_profile (id, operator_id, card_id, kinds, skills, search_text, years_of_experience, availability,
       preferred_work_styles, interest_in_region, home_prefecture_code, is_demo)
     SELECT id, operator_id, card_id, kinds, skills, search_text, years_of_experience, availability,
       preferred_work_styles, interest_in_region, home_prefecture_code, false
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, operator_id text, card_id text, kinds text[], skills text[],
       search_text text, years_of_experience int, availability text, preferred_work_styles text[], interest_in_region text,
       home_prefecture_code text)
     RETURNING *`,
    [json],
  );
  await em.query(
    `INSERT INTO talent_contact (talent_id, operator_id, display_name, email, phone)
     SELECT id, operator_id, display_name, email, phone
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, operator_id text, display_name text, email text, phone text)`,
    [json],
  );
  await adjustPoolSummary(em, operatorId, poolDeltaOf(inserted.map((row) => row.kinds), 1));
  const byId = new Map(inserted.map((row) => [row.id, toTalentProfile(row)]));
  return profiles.map((p) => byId.get(p.id)!);
}

/** Updates a profile of the viewer's own pool; another operator's id is NOT_FOUND (RLS: 0 rows). */
export async function updateProfile(
  em: EntityManager,
  operatorId: string,
  id: string,
  input: UpdateTalentProfileInput,
): Promise<TalentProfile> {
  assertCleanText("id", id);
  assertCleanInput("input", input);
  const invalid = validateProfileFields(input, 0, true);
  if (invalid.length > 0) {
    throw badUserInput(invalid.map((e) => e.message).join(" "), { invalidFields: invalid.map(({ field, message }) => ({ field, message })) });
  }
  const sets: string[] = ["updated_at = now()"];
  const params: unknown[] = [id, operatorId];
  const set = (column: string, value: unknown, cast = "") => {
    params.push(value);
    sets.push(`${column} = $${params.length}${cast}`);
  };
  if (input.kinds != null) set("kinds", input.kinds, "::text[]");
  if (input.skills !== undefined) {
    const skills = cleanSkills(input.skills);
    set("skills", skills, "::text[]");
    set("search_text", searchTextOf(skills));
  }
  if (input.yearsOfExperience !== undefined) set("years_of_experience", input.yearsOfExperience);
  if (input.availability != null) set("availability", input.availability);
  if (input.preferredWorkStyles !== undefined) set("preferred_work_styles", input.preferredWorkStyles ?? [], "::text[]");
  if (input.interestInRegion !== undefined) set("interest_in_region", input.interestInRegion);
  if (input.homePrefectureCode !== undefined) set("home_prefecture_code", input.homePrefectureCode);
  // The kinds before the change come back with the row (the sub-select reads the row as it was), for the summary.
  const [rows] = (await em.query(
    `UPDATE talent_profile p SET ${sets.join(", ")} FROM (SELECT id, kinds AS old_kinds FROM talent_profile WHERE id = $1 AND operator_id = $2 FOR UPDATE) o
     WHERE p.id = o.id RETURNING p.*, o.old_kinds`,
    params,
  )) as [(TalentProfileRow & { old_kinds: string[] })[], number];
  const row = rows[0];
  if (!row) throw notFound("No talent profile with that id in your operator's pool.");
  const contactSets: string[] = [];
  const contactParams: unknown[] = [id];
  const setContact = (column: string, value: unknown) => {
    contactParams.push(value);
    contactSets.push(`${column} = $${contactParams.length}`);
  };
  if (input.displayName != null) setContact("display_name", input.displayName.trim());
  if (input.email !== undefined) setContact("email", input.email);
  if (input.phone !== undefined) setContact("phone", input.phone);
  if (contactSets.length > 0) await em.query(`UPDATE talent_contact SET ${contactSets.join(", ")} WHERE talent_id = $1`, contactParams);
  if (input.kinds != null) {
    const removed = poolDeltaOf([row.old_kinds], -1);
    const added = poolDeltaOf([row.kinds], 1);
    const byKind: Record<string, number> = { ...removed.byKind };
    for (const [kind, n] of Object.entries(added.byKind)) byKind[kind] = (byKind[kind] ?? 0) + n;
    await adjustPoolSummary(em, operatorId, { total: 0, demo: 0, byKind });
  }
  return toTalentProfile(row);
}

/**
 * Applies many updates, each as `updateProfile` takes it and under the same rules, in a constant number of statements
 * (one for the profiles, one for their contact details, one for the pool summary), however many people change: a
 * re-import changing 1,000 people sent 3,000 statements one person at a time. A column is written only for the people
 * whose update carries it. Every id must be in the operator's pool, else NOT_FOUND and the caller's transaction rolls back.
 * Row triggers (the shared-card read model) fire per changed row as they do for single updates.
 */
export async function updateProfiles(em: EntityManager, operatorId: string, updates: ReadonlyArray<{ id: string; input: UpdateTalentProfileInput }>): Promise<void> {
  if (updates.length === 0) return;
  const invalid = updates.flatMap(({ id, input }, index) => {
    assertCleanText("id", id);
    assertCleanInput("input", input);
    return validateProfileFields(input, index, true);
  });
  if (invalid.length > 0) {
    throw badUserInput(invalid.map((e) => e.message).join(" "), { invalidFields: invalid.map(({ index, field, message }) => ({ index, field, message })) });
  }
  if (new Set(updates.map((u) => u.id)).size !== updates.length) throw badUserInput("Each person may be updated once per call.");
  const rows = updates.map(({ id, input }) => {
    const skills = input.skills !== undefined ? cleanSkills(input.skills) : null;
    return {
      id,
      set_kinds: input.kinds != null,
      kinds: input.kinds ?? null,
      set_skills: skills !== null,
      skills,
      search_text: skills !== null ? searchTextOf(skills) : null,
      set_years: input.yearsOfExperience !== undefined,
      years_of_experience: input.yearsOfExperience ?? null,
      set_availability: input.availability != null,
      availability: input.availability ?? null,
      set_styles: input.preferredWorkStyles !== undefined,
      preferred_work_styles: input.preferredWorkStyles ?? [],
      set_interest: input.interestInRegion !== undefined,
      interest_in_region: input.interestInRegion ?? null,
      set_prefecture: input.homePrefectureCode !== undefined,
      home_prefecture_code: input.homePrefectureCode ?? null,
      set_name: input.displayName != null,
      display_name: input.displayName?.trim() ?? null,
      set_email: input.email !== undefined,
      email: input.email ?? null,
      set_phone: input.phone !== undefined,
      phone: input.phone ?? null,
    };
  });
  // The kinds before the change come back with each row (the sub-select reads the rows as they were), for the summary.
  const [changed] = (await em.query(
    `UPDATE talent_profile p SET updated_at = now(),
       kinds = CASE WHEN x.set_kinds THEN x.kinds ELSE p.kinds END,
       skills = CASE WHEN x.set_skills THEN x.skills ELSE p.skills END,
       search_text = CASE WHEN x.set_skills THEN x.search_text ELSE p.search_text END,
       years_of_experience = CASE WHEN x.set_years THEN x.years_of_experience ELSE p.years_of_experience END,
       availability = CASE WHEN x.set_availability THEN x.availability ELSE p.availability END,
       preferred_work_styles = CASE WHEN x.set_styles THEN x.preferred_work_styles ELSE p.preferred_work_styles END,
       interest_in_region = CASE WHEN x.set_interest THEN x.interest_in_region ELSE p.interest_in_region END,
       home_prefecture_code = CASE WHEN x.set_prefecture THEN x.home_prefecture_code ELSE p.home_prefecture_code END
     FROM jsonb_to_recordset($2::jsonb) AS x(id text, set_kinds boolean, kinds text[], set_skills boolean, skills text[], search_text text,
            set_years boolean, years_of_experience int, set_availability boolean, availability text, set_styles boolean,
            preferred_work_styles text[], set_interest boolean, interest_in_region text, set_prefecture boolean, home_prefecture_code text),
          (SELECT id, kinds AS old_kinds FROM talent_profile WHERE operator_id = $1 AND id = ANY($3::text[]) FOR UPDATE) o
     WHERE p.id = x.id AND o.id = p.id
     RETURNING p.kinds, o.old_kinds, x.set_kinds`,
    [operatorId, JSON.stringify(rows), rows.map((r) => r.id)],
  )) as [{ kinds: string[]; old_kinds: string[]; set_kinds: boolean }[], number];
  if (changed.length !== updates.length) throw notFound("No talent profile with that id in your operator's pool.");
  const contacts = rows.filter((r) => r.set_name || r.set_email || r.set_phone);
  if (contacts.length > 0) {
    await em.query(
      `UPDATE talent_contact c SET
         display_name = CASE WHEN x.set_name THEN x.display_name ELSE c.display_name END,
         email = CASE WHEN x.set_email THEN x.email ELSE c.email END,
         phone = CASE WHEN x.set_phone THEN x.phone ELSE c.phone END
       FROM jsonb_to_recordset($1::jsonb) AS x(id text, set_name boolean, display_name text, set_email boolean, email text, set_phone boolean, phone text)
       WHERE c.talent_id = x.id`,
      [JSON.stringify(contacts.map(({ id, set_name, display_name, set_email, email, set_phone, phone }) => ({ id, set_name, display_name, set_email, email, set_phone, phone })))],
    );
  }
  const moved = changed.filter((c) => c.set_kinds);
  if (moved.length > 0) {
    const byKind: Record<string, number> = { ...poolDeltaOf(moved.map((c) => c.old_kinds), -1).byKind };
    for (const [kind, n] of Object.entries(poolDeltaOf(moved.map((c) => c.kinds), 1).byKind)) byKind[kind] = (byKind[kind] ?? 0) + n;
    await adjustPoolSummary(em, operatorId, { total: 0, demo: 0, byKind });
  }
}

/**
 * Erases a person (APPI 35条): the profile, its contact details, consents and introductions go (foreign-key cascades);
 * provision records stay, as they hold only a reference and the item names. Calling it again after an erasure reports
 * what is kept; an id never seen in the viewer's pool is NOT_FOUND.
 */
export async function erasePerson(em: EntityManager, operatorId: string, talentId: string): Promise<ErasureResult> {
  const [counts]: { consents: string; introductions: string; profiles: string; records: string }[] = await em.query(
    `SELECT (SELECT count(*) FROM talent_profile WHERE id = $1 AND operator_id = $2) AS profiles,
            (SELECT count(*) FROM consent WHERE talent_id = $1 AND operator_id = $2) AS consents,
            (SELECT count(*) FROM introduction WHERE talent_id = $1 AND owner_operator_id = $2) AS introductions,
            (SELECT count(*) FROM provision_record WHERE talent_ref = $1 AND provider_operator_id = $2) AS records`,
    [talentId, operatorId],
  );
  const kept = Number(counts!.records);
  if (Number(counts!.profiles) === 0) {
    if (kept === 0) throw notFound("No talent profile with that id in your operator's pool.");
    return { talentId, consentsRemoved: 0, introductionsRemoved: 0, provisionRecordsKept: kept };
  }
  const [deleted] = (await em.query(`DELETE FROM talent_profile WHERE id = $1 AND operator_id = $2 RETURNING kinds, is_demo`, [talentId, operatorId])) as [
    { kinds: string[]; is_demo: boolean }[],
    number,
  ];
  await adjustPoolSummary(em, operatorId, poolDeltaOf(deleted.map((d) => d.kinds), -1, deleted.filter((d) => d.is_demo).length));
  return {
    talentId,
    consentsRemoved: Number(counts!.consents),
    introductionsRemoved: Number(counts!.introductions),
    provisionRecordsKept: kept,
  };
}

/** The operator's own pool, oldest first, optionally one kind. */
export async function listOwnProfiles(em: EntityManager, operatorId: string, kind: string | null, window: PageWindow): Promise<ConnectionShape<TalentProfile>> {
  const where = `WHERE operator_id = $1 AND ($2::text IS NULL OR $2::text = ANY(kinds))`;
  const [{ total }]: { total: string }[] = await em.query(`SELECT count(*) AS total FROM talent_profile ${where}`, [operatorId, kind]);
  const rows: TalentProfileRow[] = await em.query(
    `SELECT * FROM talent_profile ${where} ORDER BY registered_at, id OFFSET ${window.offset} LIMIT ${window.limit}`,
    [operatorId, kind],
  );
  return toConnection(rows.map(toTalentProfile), Number(total), window);
}

/** The profile only for the operator that owns it; anyone else (consented shares included) gets null, as if it did not exist. */
export async function loadOwnProfile(ctx: BaseContext & { loaders: Loaders }, id: string): Promise<TalentProfile | null> {
  if (!actingOperatorId(ctx.viewer)) return null;
  const profile = await ctx.loaders.talentProfileById.load(id);
  return profile && ownsPool(ctx.viewer, profile.operatorId) ? profile : null;
}
