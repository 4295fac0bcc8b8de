import type { DataSource, EntityManager } from "typeorm";
import {
  AreaSizeClass,
  CorporateCategory,
  LeadershipModel,
  REGIONAL_BLOCKS,
  areaSizeClassLabels,
  leadershipModelLabels,
  normalizeForSearch,
  prefectureByName,
} from "@jinjibu/domain";
import agreements from "./data/agreements.json";
import modelRegions from "./data/model-regions.json";
import municipalities from "./data/municipalities.json";
import operators from "./data/operators.json";
import partners from "./data/partner-organizations.json";
import regionalCompanies from "./data/regional-companies.json";
import partnerRelations from "./data/partner-relations.json";
import keyPersons from "./data/key-persons.json";
import operatorSurveys from "./data/operator-surveys.json";
import policyPositions from "./data/policy-positions.json";

// The facts are hand-checked; a value this seed cannot map is a data error, so it stops the seed rather than guessing.
function prefectureCode(nameJa: string | null | undefined): string | null {
  if (nameJa == null) return null;
  const prefecture = prefectureByName(nameJa);
  if (!prefecture) throw new Error(`seed: unknown prefecture ${nameJa}`);
  return prefecture.code;
}

function blockFromBureau(text: string | null | undefined): string | null {
  if (text == null) return null;
  const block = REGIONAL_BLOCKS.find((b) => text.includes(b.bureauJa));
  if (!block) throw new Error(`seed: unknown regional block ${text}`);
  return block.code;
}

function corporateCategory(label: string | null): CorporateCategory | null {
  if (label == null) return null;
  if (label === "営利法人") return CorporateCategory.FOR_PROFIT;
  if (label === "非営利法人") return CorporateCategory.NON_PROFIT;
  throw new Error(`seed: unknown corporate category ${label}`);
}

function sizeClass(label: string | null | undefined): AreaSizeClass | null {
  if (label == null) return null;
  const found = (Object.entries(areaSizeClassLabels) as [AreaSizeClass, string][]).find(([, ja]) => label.startsWith(ja));
  if (!found) throw new Error(`seed: unknown size class ${label}`);
  return found[0];
}

function leadershipModel(label: string): LeadershipModel {
  const found = (Object.entries(leadershipModelLabels) as [LeadershipModel, string][]).find(([, ja]) => ja === label);
  if (!found) throw new Error(`seed: unknown leadership model ${label}`);
  return found[0];
}

const searchText = (names: string[]): string => names.map(normalizeForSearch).join("\n");
const asList = (value: string | string[] | null | undefined): string[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];

/** Runs an INSERT … ON CONFLICT DO NOTHING and returns how many rows it inserted. */
async function insert(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  // TypeORM returns an INSERT's rows, not its count: RETURNING makes the rows the inserted ones.
  const result: unknown = await em.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params);
  return Array.isArray(result) ? result.length : 0;
}

/** Loads the documents' facts. Idempotent: rows that exist are left as they are (an administrator may have edited them). */
export async function seedOrganizations(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (em) => {
    const counts: Record<string, number> = {
      municipality: 0,
      partner_organization: 0,
      operator: 0,
      operator_municipality: 0,
      logo_license: 0,
      model_region: 0,
      partnership: 0,
      agreement: 0,
      agreement_party: 0,
      partner_relation: 0,
      key_person: 0,
      operator_survey: 0,
      policy_position: 0,
    };

    for (const m of municipalities) {
      const variants = m.name_variants ?? [];
      counts.municipality += await insert(
        em,
        `INSERT INTO municipality (id, name_ja, name_variants, kind, district, prefecture_code, population, population_as_of,
           population_source, size_class, main_industries, resources, notes, search_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [
          m.id, m.name_ja, variants, m.kind ?? "municipality", m.district ?? null, prefectureCode(m.prefecture),
          m.population, m.population_as_of, m.population_source, sizeClass(m.size_class), m.main_industries ?? [],
          m.resources ?? [], m.notes ?? null, searchText([m.name_ja, ...variants]),
        ],
      );
    }

    for (const p of partners) {
      counts.partner_organization += await insert(
        em,
        `INSERT INTO partner_organization (id, name_ja, name_variants, org_form, institution_kind, prefecture_code, unit, notes,
           search_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          p.id, p.name_ja, p.name_variants, p.org_form, p.institution_kind, prefectureCode(p.prefecture), p.unit ?? null,
          p.notes ?? null, searchText([p.name_ja, ...p.name_variants]),
        ],
      );
    }

    for (const op of operators) {
      const headcount = op.headcount
        ? { value: op.headcount.value ?? null, unit: op.headcount.unit ?? null, note: op.headcount.note ?? null, asOf: op.headcount.as_of ?? null }
        : null;
      counts.operator += await insert(
        em,
        `INSERT INTO operator (id, name_ja, name_variants, org_form, corporate_category, prefecture_code, prefecture_source,
           regional_block, regional_block_source, institution_kind, url, address, representative, founded, headcount,
           main_business, is_adopted_operator, kanto_model_region_ids, search_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
        [
          op.id, op.name_ja, op.name_variants, op.org_form, corporateCategory(op.corporate_category),
          prefectureCode(op.prefecture), op.prefecture_source, blockFromBureau(op.regional_block),
          op.regional_block_source ?? null, op.institution_kind, op.url ?? null, op.address ?? null, op.representative ?? null,
          op.founded ?? null, headcount === null ? null : JSON.stringify(headcount), op.main_business ?? [],
          op.is_adopted_operator, asList(op.kanto_model_region_id), searchText([op.name_ja, ...op.name_variants]),
        ],
      );
      for (const [index, municipalityId] of op.municipalities_served.entries()) {
        counts.operator_municipality += await insert(
          em,
          `INSERT INTO operator_municipality (operator_id, municipality_id, position) VALUES ($1, $2, $3)`,
          [op.id, municipalityId, index + 1],
        );
      }
      if (op.logo_license_status === "ADOPTED") {
        counts.logo_license += await insert(
          em,
          `INSERT INTO logo_license (operator_id, status, basis, granted_on, updated_by)
           VALUES ($1, 'ADOPTED', 'ADOPTION', NULL, 'seed')`,
          [op.id],
        );
      } else if (op.logo_license_status != null) {
        throw new Error(`seed: unexpected logo licence status ${op.logo_license_status}`);
      }
    }

    for (const a of agreements) {
      const exactDate = a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date) ? a.date : null;
      counts.agreement += await insert(
        em,
        `INSERT INTO agreement (id, name, signed_on, date_text, first_in_japan, scope_items, reason, note, source)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          a.id, a.name, exactDate, a.date, a.first_in_japan ?? false, a.scope_article2 ?? [], a.reason ?? null,
          [a.note, a.party_count_note].filter(Boolean).join("; ") || null, a.source,
        ],
      );
      for (const [index, partyId] of a.parties.entries()) {
        counts.agreement_party += await insert(
          em,
          `INSERT INTO agreement_party (agreement_id, position, party_id) VALUES ($1, $2, $3)`,
          [a.id, index + 1, partyId],
        );
      }
    }

    for (const r of modelRegions) {
      counts.model_region += await insert(
        em,
        `INSERT INTO model_region (id, name_ja, municipality_id, lead_operator_id, successor_lead_operator_id, co_lead_partner_id,
           attribute_ja, leadership_model, department_brand, area, catchcopy, featured_activities, structure_fy2022,
           membership_timeline, problem_statements, vision, mission, stumbling_points, agreement_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
        [
          r.id, r.name_ja, r.municipality_id, r.lead_operator_id, r.lead_from_fy2025 ?? null, r.co_lead ?? null, r.attribute,
          leadershipModel(r.leadership_model), r.department_brand ?? null, r.area ?? null, r.catchcopy, r.featured_activities,
          r.fy2022_structure_s4, JSON.stringify(r.membership_timeline.map((t) => ({ fiscalYear: t.fy, change: t.change }))),
          r.problem_statements, r.vision ?? null, r.mission ?? null,
          JSON.stringify(r.stumbling_points.map((s) => ({ fiscalYear: s.fy, problem: s.problem, response: s.response }))),
          r.agreements ?? [],
        ],
      );
      const roles = [
        ...r.roles_s0.map((role, i) => ({ ...role, source: "S0", position: i + 1 })),
        ...(r.roles_s2 ?? []).map((role, i) => ({ ...role, source: "S2", position: i + 1 })),
      ];
      for (const role of roles) {
        counts.partnership += await insert(
          em,
          `INSERT INTO partnership (model_region_id, source, position, party_text, role_ja, role_en, partner_kind,
             since_fiscal_year, collaboration_mode)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            r.id, role.source, role.position, role.organization, role.role_ja, role.role_en ?? null, role.partner_kind ?? null,
            role.since_fy ?? null, role.collaboration_mode ?? null,
          ],
        );
      }
    }
    // The documents' named companies (source set) and the demo companies (is_demo, 「デモ」 in the name): issue 15 §1, §7.
    counts.regional_company = 0;
    for (const c of regionalCompanies) {
      counts.regional_company += await insert(
        em,
        `INSERT INTO regional_company (id, name_ja, name_variants, jsic_division, industry_note_ja, size_class, prefecture_code,
           municipality_ja, supporting_operator_ids, visibility, story_ja, source, is_demo, search_text, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, '2026-04-01T09:00:00+09:00', '2026-04-01T09:00:00+09:00')`,
        [
          c.id, c.nameJa, c.nameVariants, c.jsicDivision, c.industryNoteJa, c.sizeClass, c.prefectureCode, c.municipalityJa,
          c.supportingOperatorIds, c.visibility, c.storyJa, c.source, c.isDemo, searchText([c.nameJa, ...c.nameVariants]),
        ],
      );
    }
    // No outbox events here: talent's seed writes its company_ref from the same file (a test checks the two files agree).

    for (const r of partnerRelations) {
      counts.partner_relation += await insert(
        em,
        `INSERT INTO partner_relation (id, partner_id, model_region_id, operator_id, program_id, kind, role_ja, since_fiscal_year,
           planned, participant_count, participant_unit_ja, participant_note_ja, evidence, facts_path, source_document, source_line)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          r.id, r.partnerId, r.modelRegionId, r.operatorId, r.programId, r.kind, r.roleJa, r.sinceFiscalYear, r.planned,
          r.participantCount, r.participantUnitJa, r.participantNoteJa, r.evidence, r.factsPath, r.sourceDocument, r.sourceLine,
        ],
      );
    }

    for (const k of keyPersons) {
      counts.key_person += await insert(
        em,
        `INSERT INTO key_person (id, model_region_id, position, name_ja, name_variants, organization_id, organization_name_ja,
           printed_label_ja, role_ja, source_document, source_line, search_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          k.id, k.modelRegionId, k.position, k.nameJa, k.nameVariants, k.organizationId, k.organizationNameJa, k.printedLabelJa,
          k.roleJa, k.sourceDocument, k.sourceLine, searchText([k.nameJa, ...k.nameVariants, k.printedLabelJa]),
        ],
      );
    }

    for (const survey of operatorSurveys) {
      counts.operator_survey += await insert(
        em,
        `INSERT INTO operator_survey (id, fiscal_year, period_from, period_to, population_ja, responses, source_document,
           source_section, findings)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          survey.id, survey.fiscalYear, survey.periodFrom, survey.periodTo, survey.populationJa, survey.responses,
          survey.sourceDocument, survey.sourceSection,
          JSON.stringify(survey.findings.map((f) => ({ position: f.position, topicJa: f.topicJa, textJa: f.textJa, textKind: f.textKind }))),
        ],
      );
    }

    for (const p of policyPositions) {
      counts.policy_position += await insert(
        em,
        `INSERT INTO policy_position (position, document_ja, decided_on, text_ja, text_kind, source_document)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [p.position, p.documentJa, p.decidedOn, p.textJa, p.textKind, p.sourceDocument],
      );
    }
    return counts;
  });
}
