import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The read model's policies ask for the viewer's operator once per statement instead of once per row. A policy's
 * `current_operator()` is a function call on every row the scan returns (it reads a setting by name); wrapped as
 * `(SELECT current_operator())` it becomes an InitPlan, evaluated once, and the row test compares with a constant. The
 * meaning is unchanged: the same settings of the same transaction. On a search over 6,000 matching cards this removed
 * two setting lookups per row (shared_card and need, the tables searches and suggestions scan).
 */
export class PoliciesOncePerStatement1766200000000 implements MigrationInterface {
  name = "PoliciesOncePerStatement1766200000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER POLICY shared_read ON shared_card USING (
      owner_operator_id <> (SELECT current_operator())
      AND audience IN ('*', (SELECT current_block()))
      AND (expires_at IS NULL OR expires_at > now()))`);
    await q.query(`ALTER POLICY owner_all ON shared_card
      USING (owner_operator_id = (SELECT current_operator())) WITH CHECK (owner_operator_id = (SELECT current_operator()))`);
    await q.query(`ALTER POLICY shared_read ON need USING (
      status = 'OPEN' AND owner_operator_id <> (SELECT current_operator()) AND audience IN ('*', (SELECT current_block())))`);
    await q.query(`ALTER POLICY owner_all ON need
      USING (owner_operator_id = (SELECT current_operator())) WITH CHECK (owner_operator_id = (SELECT current_operator()))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER POLICY shared_read ON shared_card USING (
      owner_operator_id <> current_operator()
      AND audience IN ('*', (SELECT current_block()))
      AND (expires_at IS NULL OR expires_at > now()))`);
    await q.query(`ALTER POLICY owner_all ON shared_card
      USING (owner_operator_id = current_operator()) WITH CHECK (owner_operator_id = current_operator())`);
    await q.query(`ALTER POLICY shared_read ON need USING (
      status = 'OPEN' AND owner_operator_id <> current_operator() AND audience IN ('*', (SELECT current_block())))`);
    await q.query(`ALTER POLICY owner_all ON need
      USING (owner_operator_id = current_operator()) WITH CHECK (owner_operator_id = current_operator())`);
  }
}
