import type { DataSource } from "typeorm";
import { prefectureByName } from "@jinjibu/domain";
import type { CaseStudy, Program } from "../entities";
import { caseStudySearchText, programSearchText } from "../services/search-text";
import caseStudies from "./data/case-studies.json";
import profiles from "./data/operator-profiles.json";
import programs from "./data/programs.json";

// TypeORM returns an INSERT's rows, not its count; the inserts say RETURNING 1, so the rows are the inserted ones.
const count = (result: unknown): number => (Array.isArray(result) ? result.length : 0);

/**
 * Loads the documents' programs, case studies and operator profiles. Idempotent: rows that exist are left as they are
 * (an operator may have edited its case studies).
 */
export async function seedPrograms(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (em) => {
    const report = { operator_profile: 0, program: 0, case_study: 0 };
    const blockOf = new Map<string, string | null>();
    const profileById = new Map(profiles.map((p) => [p.id, p]));
    for (const p of profiles) {
      const block = prefectureByName(p.prefecture)?.block ?? null;
      blockOf.set(p.id, block);
      report.operator_profile += count(
        await em.query(
          `INSERT INTO operator_profile (id, name_ja, prefecture, regional_block, corporate_category, leadership_model, kanto_region_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING RETURNING 1`,
          [p.id, p.nameJa, p.prefecture, block, p.corporateCategory, p.leadershipModel, p.kantoRegionId],
        ),
      );
    }
    const areaSizesOf = new Map<string, Set<string>>();
    for (const c of caseStudies) {
      const set = areaSizesOf.get(c.operatorId) ?? new Set<string>();
      c.areaSizeClasses.forEach((s) => set.add(s));
      areaSizesOf.set(c.operatorId, set);
    }
    for (const p of programs) {
      const lead = p.leadOperatorId;
      const profile = lead ? profileById.get(lead) : undefined;
      const text = programSearchText(p as unknown as Program);
      report.program += count(
        await em.query(
          `INSERT INTO program (id, name_ja, kind, operator_ids, partner_ids, region_id, phases, phase_labels_ja, target_talent_kinds,
             fiscal_years, started_year, funding_sources, budget_fy2024_jpy, url, place, source, notes, outcomes, visibility,
             regional_block, org_class, leadership_model, area_size_classes, search_title, search_summary, search_body)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,'PUBLIC',$19,$20,$21,$22,$23,$24,$25)
           -- Outcomes are the documents' facts, written by the seed only: a corrected text reaches databases seeded earlier.
           ON CONFLICT (id) DO UPDATE SET outcomes = EXCLUDED.outcomes, search_body = EXCLUDED.search_body
             WHERE program.outcomes IS DISTINCT FROM EXCLUDED.outcomes
           RETURNING 1`,
          [
            p.id, p.nameJa, p.kind, p.operatorIds, p.partnerIds, p.regionId, p.phases, p.phaseLabelsJa, p.targetTalentKinds,
            p.fiscalYears, p.startedYear, p.fundingSources, p.budgetFy2024Jpy, p.url ?? null, p.place, p.source, p.notes,
            JSON.stringify(p.outcomes), lead ? (blockOf.get(lead) ?? null) : (p.partnerIds as string[]).includes("org-kanto-meti") ? "KANTO" : null,
            profile?.corporateCategory ?? null, profile?.leadershipModel ?? null, [...(lead ? (areaSizesOf.get(lead) ?? []) : [])],
            text.searchTitle, text.searchSummary, text.searchBody,
          ],
        ),
      );
    }
    for (const c of caseStudies) {
      const text = caseStudySearchText(c as unknown as CaseStudy);
      const phaseCodes = [...new Set(c.phases.map((p) => p.phase))];
      const elements = [...new Set(c.devices.map((d) => d.element))];
      report.case_study += count(
        await em.query(
          `INSERT INTO case_study (id, operator_id, co_operator_ids, title_ja, summary_ja, place, area_size_classes, org_class,
             leadership_model, background, goal, phases, devices, stumbling_points, voices, outcomes, plans_ahead, evolution,
             fiscal_years, target_talent_kinds, program_kinds, program_ids, phase_codes, elements, regional_block, source,
             kanto_region_id, status, visibility, intended_visibility, search_title, search_summary, search_body)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,
             'PUBLISHED','PUBLIC','PUBLIC',$28,$29,$30)
           ON CONFLICT (id) DO NOTHING RETURNING 1`,
          [
            c.id, c.operatorId, c.coOperatorIds, c.titleJa, c.summaryJa, c.place, c.areaSizeClasses, c.orgClass, c.leadershipModel,
            c.background, c.goal, JSON.stringify(c.phases), JSON.stringify(c.devices), JSON.stringify(c.stumblingPoints),
            JSON.stringify(c.voices), JSON.stringify(c.outcomes), JSON.stringify(c.plansAhead), JSON.stringify(c.evolution),
            c.fiscalYears, c.targetTalentKinds, c.programKinds, c.programIds, phaseCodes, elements, blockOf.get(c.operatorId) ?? null,
            c.source, c.kantoRegionId, text.searchTitle, text.searchSummary, text.searchBody,
          ],
        ),
      );
    }
    return report;
  });
}
