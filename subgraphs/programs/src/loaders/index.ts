import DataLoader from "dataloader";
import { ArrayOverlap, In } from "typeorm";
import { groupByKeys, orderByKeys, type RequestScope } from "@jinjibu/db";
import type { Viewer } from "@jinjibu/auth";
import { CaseStudy, OperatorProfile, Program, SelfAssessmentAnswer } from "../entities";
import { canSee, caseOwners } from "../services/visibility";

export interface Loaders {
  programById: DataLoader<string, Program | null>;
  caseStudyById: DataLoader<string, CaseStudy | null>;
  programsByOperator: DataLoader<string, Program[]>;
  caseStudiesByOperator: DataLoader<string, CaseStudy[]>;
  profileById: DataLoader<string, OperatorProfile | null>;
  answersByOperator: DataLoader<string, SelfAssessmentAnswer[]>;
}

/**
 * Build a new set per request: a DataLoader caches, so a shared one would leak rows between viewers. Every loader
 * applies the viewer's visibility, so no resolver can hand out a row the viewer may not see.
 */
export function createLoaders(db: RequestScope, viewer: Viewer): Loaders {
  return {
    programById: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(Program).findBy({ id: In([...ids]) });
      return orderByKeys(ids, rows, (r) => r.id).map((r) => (r && canSee(viewer, r.visibility, r.operatorIds) ? r : null));
    }),
    caseStudyById: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(CaseStudy).findBy({ id: In([...ids]) });
      return orderByKeys(ids, rows, (r) => r.id).map((r) => (r && canSee(viewer, r.visibility, caseOwners(r)) ? r : null));
    }),
    programsByOperator: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(Program).find({ where: { operatorIds: ArrayOverlap([...ids]) }, order: { id: "ASC" } });
      const visible = rows.filter((r) => canSee(viewer, r.visibility, r.operatorIds));
      return ids.map((id) => visible.filter((r) => r.operatorIds.includes(id)));
    }),
    caseStudiesByOperator: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(CaseStudy).find({
        where: [{ operatorId: In([...ids]) }, { coOperatorIds: ArrayOverlap([...ids]) }],
        order: { id: "ASC" },
      });
      const visible = rows.filter((r) => canSee(viewer, r.visibility, caseOwners(r)));
      return ids.map((id) => visible.filter((r) => caseOwners(r).includes(id)));
    }),
    profileById: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(OperatorProfile).findBy({ id: In([...ids]) });
      return orderByKeys(ids, rows, (r) => r.id);
    }),
    answersByOperator: new DataLoader(async (ids) => {
      const em = await db.manager();
      const rows = await em.getRepository(SelfAssessmentAnswer).find({
        where: { operatorId: In([...ids]) },
        order: { fiscalYear: "ASC", element: "ASC", level: "ASC" },
      });
      return groupByKeys(ids, rows, (r) => r.operatorId);
    }),
  };
}
