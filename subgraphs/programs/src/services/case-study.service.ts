import { randomUUID } from "node:crypto";
import type { CorporateCategory, LeadershipModel } from "@jinjibu/domain";
import { badUserInput, idempotent, notFound, sqlConnection, type ConnectionShape } from "@jinjibu/federation";
import type { ProgramsContext } from "../context";
import { CaseStudy, CaseStudyStatus } from "../entities";
import type { CaseStudiesArgs, CaseStudyFieldsInput, CreateCaseStudyInput } from "../inputs/case-study.inputs";
import { ContentVisibility } from "../types/content-visibility";
import { keySubject, requireEditor } from "./editing";
import { checkFiscalYear } from "./fiscal-year";
import { caseStudySearchText } from "./search-text";
import { caseVisibilitySql } from "./visibility";

const MAX_TEXT = 20_000;
const EDIT = "edit its case studies";

/** Loads case studies by id through the visibility-checked loader, keeping their order. */
export async function caseStudiesByIds(ctx: ProgramsContext, ids: readonly string[]): Promise<CaseStudy[]> {
  const rows = await ctx.loaders.caseStudyById.loadMany(ids);
  return rows.filter((r): r is CaseStudy => r instanceof CaseStudy);
}

/** Case studies the viewer may see, in id order, optionally of one operator (own or co-operator). */
export async function listCaseStudies(ctx: ProgramsContext, args: CaseStudiesArgs): Promise<ConnectionShape<CaseStudy>> {
  const params: unknown[] = [];
  const where = [caseVisibilitySql(ctx.viewer, "c", params)];
  if (args.operatorId) {
    params.push(args.operatorId);
    where.push(`(c.operator_id = $${params.length} OR $${params.length} = ANY(c.co_operator_ids))`);
  }
  const em = await ctx.db.manager();
  const query = { select: "c.id", from: `FROM case_study c WHERE ${where.join(" AND ")}`, params, orderBy: "c.id" };
  return sqlConnection<{ id: string }, CaseStudy>(em, { first: args.first, after: args.after }, query, (rows) => caseStudiesByIds(ctx, rows.map((r) => r.id)));
}

/** Applies the given fields to a case study (omitted fields keep their values) and rebuilds its search text. */
function applyFields(c: CaseStudy, input: CaseStudyFieldsInput): void {
  if (input.titleJa !== undefined && input.titleJa !== null) {
    const title = input.titleJa.trim();
    if (title.length < 1 || title.length > 200) throw badUserInput("`titleJa` must be 1 to 200 characters.");
    c.titleJa = title;
  }
  for (const key of ["summaryJa", "place", "background", "goal"] as const) {
    const v = input[key];
    if (v !== undefined) {
      if (v && v.length > MAX_TEXT) throw badUserInput(`\`${key}\` must be at most ${MAX_TEXT} characters.`);
      c[key] = v ?? null;
    }
  }
  if (input.areaSizeClasses) c.areaSizeClasses = [...new Set(input.areaSizeClasses)];
  if (input.orgClass !== undefined) c.orgClass = input.orgClass ?? null;
  if (input.leadershipModel !== undefined) c.leadershipModel = input.leadershipModel ?? null;
  if (input.phases) c.phases = input.phases.map((p) => ({ phase: p.phase, textJa: p.textJa, labelJa: null, sourceNote: null }));
  if (input.devices) c.devices = input.devices.map((d) => ({ element: d.element, textJa: d.textJa }));
  if (input.stumblingPoints) {
    input.stumblingPoints.forEach((s) => checkFiscalYear(s.fiscalYear, "stumblingPoints.fiscalYear"));
    c.stumblingPoints = input.stumblingPoints.map((s) => ({ ...s, detailJa: null }));
  }
  if (input.voices) c.voices = input.voices.map((v) => ({ ...v, valueTags: v.valueTags ?? [] }));
  if (input.outcomesJa) c.outcomes = input.outcomesJa.map((textJa) => ({ textJa, period: null }));
  if (input.plansAhead) {
    input.plansAhead.forEach((p) => checkFiscalYear(p.fiscalYear, "plansAhead.fiscalYear"));
    c.plansAhead = input.plansAhead.map((p) => ({ fiscalYear: p.fiscalYear ?? null, period: p.fiscalYear ? `FY${p.fiscalYear}` : null, textJa: p.textJa }));
  }
  if (input.fiscalYears) {
    input.fiscalYears.forEach((fy) => checkFiscalYear(fy, "fiscalYears"));
    c.fiscalYears = [...new Set(input.fiscalYears)].sort();
  }
  if (input.targetTalentKinds) c.targetTalentKinds = [...new Set(input.targetTalentKinds)];
  if (input.programKinds) c.programKinds = [...new Set(input.programKinds)];
  if (input.visibility) {
    c.intendedVisibility = input.visibility;
    if (c.status === CaseStudyStatus.PUBLISHED) c.visibility = input.visibility;
  }
  c.phaseCodes = [...new Set(c.phases.map((p) => p.phase))];
  c.elements = [...new Set(c.devices.map((d) => d.element))];
  Object.assign(c, caseStudySearchText(c));
}

/**
 * Creates a case study as a DRAFT (PRIVATE) for an operator the viewer acts for. With an idempotency key, a retry
 * returns the case study first created (as it is now) instead of creating a second one.
 */
export async function createCaseStudy(ctx: ProgramsContext, input: CreateCaseStudyInput): Promise<CaseStudy> {
  const { idempotencyKey, ...payload } = input;
  if (!input.operatorId) throw badUserInput("A case study needs an operator: pass `operatorId` (e.g. op-meguru).");
  if (!input.titleJa) throw badUserInput("A case study needs a title: pass `titleJa` (1 to 200 characters).");
  const operatorId = input.operatorId;
  requireEditor(ctx, operatorId, EDIT);
  const em = await ctx.db.manager();
  const { result } = await idempotent(em, { subject: keySubject(ctx), key: idempotencyKey, operation: "createCaseStudy", payload }, async () => {
    const profile = await ctx.loaders.profileById.load(operatorId);
    const c = Object.assign(new CaseStudy(), {
      id: `case-u-${randomUUID().slice(0, 8)}`, operatorId, coOperatorIds: [], summaryJa: null, place: null,
      areaSizeClasses: [], orgClass: (profile?.corporateCategory as CorporateCategory | null) ?? null,
      leadershipModel: (profile?.leadershipModel as LeadershipModel | null) ?? null, background: null, goal: null, phases: [], devices: [],
      stumblingPoints: [], voices: [], outcomes: [], plansAhead: [], evolution: [], fiscalYears: [], targetTalentKinds: [], programKinds: [],
      programIds: [], regionalBlock: profile?.regionalBlock ?? null, source: "hub (operator-written)", kantoRegionId: null,
      status: CaseStudyStatus.DRAFT, visibility: ContentVisibility.PRIVATE, intendedVisibility: ContentVisibility.PUBLIC,
    });
    applyFields(c, payload);
    c.updatedAt = new Date().toISOString();
    await em.getRepository(CaseStudy).insert(c);
    ctx.loaders.caseStudyById.prime(c.id, c);
    return { caseStudyId: c.id };
  });
  const created = await ctx.loaders.caseStudyById.load(result.caseStudyId);
  if (!created) throw notFound(`The case study ${result.caseStudyId} created with this idempotencyKey no longer exists.`);
  return created;
}

/** A case study the viewer may see and edit, or NOT_FOUND / FORBIDDEN. */
async function editable(ctx: ProgramsContext, id: string): Promise<CaseStudy> {
  const c = await ctx.loaders.caseStudyById.load(id);
  if (!c) throw notFound(`No case study ${id} that you may see.`);
  requireEditor(ctx, c.operatorId, EDIT);
  return c;
}

/** Edits a case study of an operator the viewer acts for; omitted fields keep their values. */
export async function updateCaseStudy(ctx: ProgramsContext, id: string, input: CaseStudyFieldsInput): Promise<CaseStudy> {
  const c = await editable(ctx, id);
  applyFields(c, input);
  c.updatedAt = new Date().toISOString();
  const em = await ctx.db.manager();
  await em.getRepository(CaseStudy).save(c);
  return c;
}

/** Publishes a draft with its intended visibility (or `visibility`). */
export async function publishCaseStudy(ctx: ProgramsContext, id: string, visibility: ContentVisibility | null): Promise<CaseStudy> {
  const c = await editable(ctx, id);
  c.status = CaseStudyStatus.PUBLISHED;
  c.intendedVisibility = visibility ?? c.intendedVisibility;
  c.visibility = c.intendedVisibility;
  c.updatedAt = new Date().toISOString();
  const em = await ctx.db.manager();
  await em.getRepository(CaseStudy).save(c);
  return c;
}
