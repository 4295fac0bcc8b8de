import type { EntityManager } from "typeorm";
import type { OrganizationsContext } from "../context";
import type { RegionalCompany } from "../entities";

/** Rung after a commit that appended events: the relay in this process delivers at once instead of at its next poll. */
const listeners = new Set<() => void>();
export const onOutboxAppended = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const ring = (): void => listeners.forEach((listener) => listener());

export type CompanyFacts = Pick<RegionalCompany, "id" | "nameJa" | "supportingOperatorIds" | "prefectureCode" | "isDemo">;

/** The payload of `RegionalCompanyChanged`: what other subgraphs' rules need of a company (supporting operators, place). */
export const companyChangedPayload = (c: CompanyFacts) => ({
  id: c.id,
  nameJa: c.nameJa,
  supportingOperatorIds: c.supportingOperatorIds,
  prefectureCode: c.prefectureCode,
  isDemo: c.isDemo,
});

/**
 * Appends one `RegionalCompanyChanged` per company to the outbox, in the caller's transaction (so the event exists exactly
 * when the change does), and wakes the relay once that transaction has committed. Call after the company rows are written:
 * their row locks order a company's events by commit.
 */
export async function appendCompanyChanged(ctx: Pick<OrganizationsContext, "db" | "requestId">, em: EntityManager, companies: readonly CompanyFacts[]): Promise<void> {
  if (companies.length === 0) return;
  await em.query(
    `INSERT INTO domain_event (type, aggregate_type, aggregate_id, payload, request_id)
     SELECT 'RegionalCompanyChanged', 'RegionalCompany', e.payload->>'id', e.payload, $2
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(payload, n) ORDER BY e.n`,
    [JSON.stringify(companies.map(companyChangedPayload)), ctx.requestId],
  );
  ctx.db.afterCommit(ring);
}
