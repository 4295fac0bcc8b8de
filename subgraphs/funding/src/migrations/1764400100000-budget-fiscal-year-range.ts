import type { MigrationInterface, QueryRunner } from "typeorm";

// Recurring municipal budgets: a fiscal-year range (from / to, to null = open-ended) so a query for any year inside finds them.
export class BudgetFiscalYearRange1764400100000 implements MigrationInterface {
  name = "BudgetFiscalYearRange1764400100000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipal_budget ADD COLUMN from_fiscal_year integer, ADD COLUMN to_fiscal_year integer, ADD COLUMN recurring boolean NOT NULL DEFAULT false`);
    await q.query(`UPDATE municipal_budget SET from_fiscal_year = fiscal_year, to_fiscal_year = fiscal_year WHERE fiscal_year IS NOT NULL`);
    await q.query(`CREATE INDEX municipal_budget_fy_range ON municipal_budget (from_fiscal_year, to_fiscal_year)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipal_budget DROP COLUMN from_fiscal_year, DROP COLUMN to_fiscal_year, DROP COLUMN recurring`);
  }
}
