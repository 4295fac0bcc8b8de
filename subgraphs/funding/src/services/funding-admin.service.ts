import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import { LinkedLaw, SubsidyFrame, linkedLawLabels } from "@jinjibu/domain";
import { badUserInput, conflict, notFound, runAdministrativeChange } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import type { RecordAdoptionInput, RecordLinkedLawCertificationInput } from "../inputs/admin.inputs";
import { assessEligibility, type CertificationFact, type PriorAdoption } from "./eligibility.service";
import { ADOPTION_CAP, CAP_FROM_FISCAL_YEAR, assertFrameOffered, frameLabel } from "./scheme-rules";

const LIST_CODE = /^[A-Z][1-9][0-9]{0,2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_MEMBERS = 10;
const MAX_TEXT = 300;

function optionalText(value: string | null | undefined, field: string): string | null {
  const text = value?.trim() ?? "";
  if (text.length > MAX_TEXT) throw badUserInput(`${field} must be at most ${MAX_TEXT} characters.`);
  return text.length ? text : null;
}

function isoDate(value: string | null | undefined, field: string): string | null {
  if (value == null || value === "") return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${field} must be an ISO date (YYYY-MM-DD); got "${value}".`);
  }
  return value;
}

/** Refuses ids outside funding's copy of the seeded operator ids (see KnownOperator for why funding keeps one). */
async function assertKnownOperators(em: EntityManager, ids: readonly string[]): Promise<void> {
  const rows: { id: string }[] = await em.query(`SELECT id FROM known_operator WHERE id = ANY($1::text[])`, [[...ids]]);
  const known = new Set(rows.map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw notFound(
      `No operator exists with id ${unknown.map((id) => `"${id}"`).join(", ")}.`,
      "登録されていない事業者が含まれています。一覧から選び直してください。（規則: 事業者の登録）",
      { rule: "OPERATOR_EXISTS", field: "memberOperatorIds" },
    );
  }
}

interface RecordedAdoptionResult {
  adoptionId: string;
}

/** Records one adoption for the national administrator, refusing it when it breaks a rule of the scheme. */
export async function recordAdoption(ctx: FundingContext, input: RecordAdoptionInput) {
  const { idempotencyKey, ...payload } = input;
  return runAdministrativeChange<RecordedAdoptionResult>(ctx, { action: "recordAdoption", idempotencyKey, payload }, async (em) => {
    const { fiscalYear, frame } = input;
    assertFrameOffered(fiscalYear, frame);
    const listCode = input.listCode.trim().toUpperCase();
    if (!LIST_CODE.test(listCode)) throw badUserInput(`listCode must be a letter and a number (e.g. A20); got "${input.listCode}".`);
    const members = input.memberOperatorIds.map((id) => id.trim());
    if (members.length < 1 || members.length > MAX_MEMBERS) {
      throw badUserInput(`memberOperatorIds must list 1 to ${MAX_MEMBERS} operators; got ${members.length}.`);
    }
    if (new Set(members).size !== members.length) throw badUserInput("memberOperatorIds must not repeat an operator.");
    const linkedLaw = input.linkedLaw ?? null;
    if (frame === SubsidyFrame.LEGAL_SYSTEM_LINKAGE && !linkedLaw) {
      throw badUserInput("linkedLaw is required for 法制度連携枠: name the law the adoptee's certification is under.");
    }
    if (frame !== SubsidyFrame.LEGAL_SYSTEM_LINKAGE && linkedLaw) {
      throw badUserInput(`linkedLaw applies only to 法制度連携枠, not to ${frameLabel(frame)}.`);
    }
    const projectTitle = optionalText(input.projectTitle, "projectTitle");
    const targetArea = optionalText(input.targetArea, "targetArea");

    const [frameRow] = (await em.query(`SELECT list_code_prefix FROM scheme_frame WHERE fiscal_year = $1 AND frame = $2`, [
      fiscalYear, frame,
    ])) as { list_code_prefix: string | null }[];
    const prefix = frameRow?.list_code_prefix ?? null;
    if (prefix && !listCode.startsWith(prefix)) {
      throw badUserInput(`FY${fiscalYear} ${frameLabel(frame)} list codes start with ${prefix}; got "${listCode}".`);
    }
    await assertKnownOperators(em, members);
    const id = `FY${fiscalYear}-${listCode}`;
    const taken: { id: string }[] = await em.query(`SELECT id FROM adoption WHERE fiscal_year = $1 AND list_code = $2`, [fiscalYear, listCode]);
    if (taken.length) {
      throw conflict(
        `List code ${listCode} is already used in FY${fiscalYear} (${taken[0]!.id}); each list code appears once per fiscal year.`,
        `リスト番号${listCode}は、${fiscalYear}年度にすでに使われています（${taken[0]!.id}）。リスト番号は年度ごとに1回だけ使えます。（規則: リスト番号の重複）`,
        { rule: "LIST_CODE_UNIQUE", field: "listCode" },
      );
    }

    const history: { operator_id: string; id: string; fiscal_year: number }[] = await em.query(
      `SELECT m.operator_id, a.id, a.fiscal_year FROM adoption a JOIN adoption_member m ON m.adoption_id = a.id
        WHERE m.operator_id = ANY($1::text[])`,
      [members],
    );
    const certs: { operator_id: string; law: LinkedLaw; certified_on: string | null; valid_until: string | null }[] = await em.query(
      `SELECT operator_id, law, to_char(certified_on, 'YYYY-MM-DD') AS certified_on, to_char(valid_until, 'YYYY-MM-DD') AS valid_until
         FROM linked_law_certification WHERE operator_id = ANY($1::text[])`,
      [members],
    );
    for (const operatorId of members) {
      const adoptions: PriorAdoption[] = history.filter((h) => h.operator_id === operatorId).map((h) => ({ id: h.id, fiscalYear: h.fiscal_year }));
      const certifications: CertificationFact[] = certs
        .filter((c) => c.operator_id === operatorId && c.law === linkedLaw)
        .map((c) => ({ law: c.law, certifiedOn: c.certified_on, validUntil: c.valid_until }));
      const verdict = assessEligibility({ fiscalYear, frame, adoptions, certifications });
      if (fiscalYear >= CAP_FROM_FISCAL_YEAR && verdict.nextAdoptionNumber === null) {
        throw badUserInput(
          `Refused under the FY${CAP_FROM_FISCAL_YEAR} adoption cap: ${operatorId}: ${verdict.reasons[0]}`,
          `${CAP_FROM_FISCAL_YEAR}年度からは、同じ事業者の採択は2022年度以降のすべての枠を通算して${ADOPTION_CAP}回までです。上限に達した事業者は採択できません。（規則: 採択回数の上限）`,
          { rule: "ADOPTION_CAP", field: "memberOperatorIds" },
        );
      }
      if (frame === SubsidyFrame.LEGAL_SYSTEM_LINKAGE && certifications.length > 0 && !verdict.eligible) {
        throw badUserInput(
          `Refused: ${operatorId}'s certification under ${linkedLawLabels[linkedLaw!]} does not cover FY${fiscalYear}.`,
          `登録されている${linkedLawLabels[linkedLaw!]}の認定は、${fiscalYear}年度を含んでいません。認定の期間を「法制度の認定」で確認してください。（規則: 法制度連携枠の認定）`,
          { rule: "LINKED_LAW_CERTIFICATION", field: "linkedLaw" },
        );
      }
      if (frame === SubsidyFrame.LEGAL_SYSTEM_LINKAGE && certifications.length === 0) {
        throw badUserInput(
          `Refused: 法制度連携枠 requires a certification under the linked law; ${operatorId} has none recorded under ${linkedLawLabels[linkedLaw!]}.`,
          `法制度連携枠には、${linkedLawLabels[linkedLaw!]}による承認・認定が必要です。採択事業者の認定が登録されていません。先に「法制度の認定」で登録してください。（規則: 法制度連携枠の認定）`,
          { rule: "LINKED_LAW_CERTIFICATION", field: "linkedLaw" },
        );
      }
    }

    const [{ n }] = (await em.query(`SELECT count(*)::int AS n FROM adoption WHERE fiscal_year = $1 AND frame = $2`, [fiscalYear, frame])) as {
      n: number;
    }[];
    await em.query(
      `INSERT INTO adoption (id, fiscal_year, list_code, list_no, frame, project_title, target_area, linked_law)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, fiscalYear, listCode, n! + 1, frame, projectTitle, targetArea, linkedLaw],
    );
    for (const [i, operatorId] of members.entries()) {
      await em.query(`INSERT INTO adoption_member (adoption_id, member_order, operator_id) VALUES ($1, $2, $3)`, [id, i + 1, operatorId]);
    }
    const after = { id, fiscalYear, listCode, listNo: n! + 1, frame, projectTitle, targetArea, linkedLaw, memberOperatorIds: members };
    return { targetId: id, before: null, after, result: () => ({ adoptionId: id }) };
  });
}

interface RecordedCertificationResult {
  certificationId: string;
}

/** Records a linked-law certification for the national administrator. */
export async function recordLinkedLawCertification(ctx: FundingContext, input: RecordLinkedLawCertificationInput) {
  const { idempotencyKey, ...payload } = input;
  return runAdministrativeChange<RecordedCertificationResult>(ctx, { action: "recordLinkedLawCertification", idempotencyKey, payload }, async (em) => {
    const operatorId = input.operatorId.trim();
    const certifiedOn = isoDate(input.certifiedOn, "certifiedOn");
    const validUntil = isoDate(input.validUntil, "validUntil");
    if (certifiedOn && validUntil && validUntil < certifiedOn) {
      throw badUserInput(`validUntil (${validUntil}) must not be before certifiedOn (${certifiedOn}).`);
    }
    const certifyingBody = optionalText(input.certifyingBody, "certifyingBody");
    const source = optionalText(input.source, "source") ?? "recorded by the national administrator";
    await assertKnownOperators(em, [operatorId]);
    const id = `cert-${randomUUID()}`;
    await em.query(
      `INSERT INTO linked_law_certification (id, operator_id, law, certifying_body, certified_on, valid_until, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, operatorId, input.law, certifyingBody, certifiedOn, validUntil, source],
    );
    const after = { id, operatorId, law: input.law, certifyingBody, certifiedOn, validUntil, source };
    return { targetId: id, before: null, after, result: () => ({ certificationId: id }) };
  });
}
