import type { DataSource, EntityManager } from "typeorm";
import adoptions from "./data/adoptions.json";
import linkedLaws from "./data/linked-laws.json";
import municipalBudgets from "./data/municipal-budgets.json";
import operators from "./data/operators.json";
import schemes from "./data/subsidy-schemes.json";

export const INFERRED_FROM_ADOPTION = "inferred from FY2025 adoption";

async function insert(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const inserted: unknown[] = await em.query(`${sql} ON CONFLICT DO NOTHING RETURNING 1`, params);
  return inserted.length;
}

/**
 * Loads the documents' funding facts. Idempotent: rows that exist are left as they are (an administrator may have
 * recorded more since).
 */
export async function seedFunding(dataSource: DataSource): Promise<Record<string, number>> {
  return dataSource.transaction(async (em) => {
    const report: Record<string, number> = {
      subsidy_scheme: 0, scheme_frame: 0, adoption: 0, adoption_member: 0, linked_law: 0, linked_law_certification: 0,
      known_operator: 0, municipal_budget: 0,
    };
    for (const s of schemes) {
      report.subsidy_scheme! += await insert(
        em,
        `INSERT INTO subsidy_scheme (fiscal_year, official_name, budget_jpy, budget_status, budget_note, rates, rates_note, caps_jpy,
           applications, adoptions, announced, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [s.fiscal_year, s.official_name, s.budget_jpy, s.budget_status, s.budget_note, s.rates, s.rates_note, s.caps_jpy,
          s.applications, s.adoptions, s.announced, s.note],
      );
      for (const f of s.frames) {
        report.scheme_frame! += await insert(
          em,
          `INSERT INTO scheme_frame (fiscal_year, frame, label_ja, list_code_prefix, sort_order) VALUES ($1, $2, $3, $4, $5)`,
          [s.fiscal_year, f.frame, f.label_ja, f.list_code_prefix, f.sort_order],
        );
      }
    }
    for (const a of adoptions) {
      report.adoption! += await insert(
        em,
        `INSERT INTO adoption (id, fiscal_year, list_code, list_no, frame, project_title, target_area, linked_law, printed_names)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [a.id, a.fiscal_year, a.list_code, a.list_no, a.frame, a.project_title, a.target_area, a.linked_law, JSON.stringify(a.printed_names)],
      );
      for (const [i, operatorId] of a.members.entries()) {
        report.adoption_member! += await insert(
          em,
          `INSERT INTO adoption_member (adoption_id, member_order, operator_id) VALUES ($1, $2, $3)`,
          [a.id, i + 1, operatorId],
        );
      }
    }
    for (const l of linkedLaws) {
      report.linked_law! += await insert(
        em,
        `INSERT INTO linked_law (code, short_name_ja, full_name_ja, alt_names_ja, eligible_operator, instrument, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [l.code, l.short_name_ja, l.full_name_ja, l.alt_names_ja, l.eligible_operator, l.instrument, l.sort_order],
      );
    }
    for (const o of operators) {
      report.known_operator! += await insert(em, `INSERT INTO known_operator (id, name_ja) VALUES ($1, $2)`, [o.id, o.name_ja]);
    }
    // The documents name no certificate: an operator adopted under 法制度連携枠 relying on law X must hold a certification
    // under X, so both sources (operators[].linked_laws and the FY2025 B list) yield the same inferred rows.
    const certifications = new Set<string>();
    for (const o of operators) for (const law of o.linked_laws) certifications.add(`${o.id}|${law}`);
    for (const a of adoptions) {
      if (a.fiscal_year === 2025 && a.frame === "LEGAL_SYSTEM_LINKAGE" && a.linked_law) {
        for (const operatorId of a.members) certifications.add(`${operatorId}|${a.linked_law}`);
      }
    }
    for (const key of [...certifications].sort()) {
      const [operatorId, law] = key.split("|");
      report.linked_law_certification! += await insert(
        em,
        `INSERT INTO linked_law_certification (id, operator_id, law, source) VALUES ($1, $2, $3, $4)`,
        [`cert-${operatorId}-${law!.toLowerCase().replace(/_/g, "-")}`, operatorId, law, INFERRED_FROM_ADOPTION],
      );
    }
    for (const b of municipalBudgets) {
      report.municipal_budget! += await insert(
        em,
        `INSERT INTO municipal_budget (id, municipality_id, fiscal_year, period_note, amount_jpy, instrument, purpose, recipient,
           from_fiscal_year, to_fiscal_year, recurring)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [b.id, b.municipality_id, b.fiscal_year, b.period_note, b.amount_jpy, b.instrument, b.purpose, b.recipient,
          b.from_fiscal_year !== undefined ? b.from_fiscal_year : b.fiscal_year,
          b.to_fiscal_year !== undefined ? b.to_fiscal_year : b.fiscal_year, b.recurring ?? false],
      );
    }
    return report;
  });
}
