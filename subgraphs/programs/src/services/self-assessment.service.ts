import { canSeeSelfAssessments, isSignedIn, nationalAdmin } from "@jinjibu/auth";
import { badUserInput, enforce, idempotent, unauthenticated } from "@jinjibu/federation";
import type { ProgramsContext } from "../context";
import { SelfAssessmentAnswer } from "../entities";
import type { RecordSelfAssessmentInput } from "../inputs/self-assessment.inputs";
import { AnswerGroup, type SelfAssessment, type SelfAssessmentDistribution } from "../types/self-assessment";
import { operatorStub } from "../types/operator.stub";
import { keySubject, requireEditor } from "./editing";
import { checkFiscalYear } from "./fiscal-year";
import { MATURITY_ELEMENTS, practicePoint } from "./maturity";

// The self-assessment rules: the level rule, the comparison with the n=27 survey, who may record and who may see.

const ANSWER_LABELS = ["", "あてはまる", "ややあてはまる", "どちらともいえない", "あまりあてはまらない", "全くあてはまらない"];
const groupOf = (answer: number): AnswerGroup => (answer <= 2 ? AnswerGroup.AGREE : answer === 3 ? AnswerGroup.NEUTRAL : AnswerGroup.DISAGREE);

/** Levels per element for one operator-year; `answers` must hold all 15. */
export function assess(operatorId: string, fiscalYear: number, rows: SelfAssessmentAnswer[]): SelfAssessment {
  const answerOf = (element: string, level: number) => rows.find((r) => r.element === element && r.level === level)!.answer;
  const elements = MATURITY_ELEMENTS.map((e) => {
    let level = 0;
    while (level < 3 && answerOf(e.element, level + 1) <= 2) level += 1;
    const from = Math.max(level, 1);
    return {
      element: e.element,
      nameJa: e.nameJa,
      level,
      answers: e.levels.map((l) => {
        const answer = answerOf(e.element, l.level);
        const group = groupOf(answer);
        const same = group === AnswerGroup.AGREE ? l.baseline.agreePercent : group === AnswerGroup.NEUTRAL ? l.baseline.neutralPercent : l.baseline.disagreePercent;
        return { level: l.level, statementJa: l.statementJa, answer, answerLabelJa: ANSWER_LABELS[answer]!, group, baseline: l.baseline, baselineSameGroupPercent: same };
      }),
      nextSteps: level >= 3 ? [] : e.practicePoints.filter((p) => p.fromLevel === from).map((p) => practicePoint(e.element, p)),
    };
  });
  const recordedAt = rows.map((r) => r.recordedAt).sort().at(-1)!;
  return { operator: operatorStub(operatorId), fiscalYear, recordedAt, elements };
}

/** Groups an operator's rows by fiscal year, keeping complete years only, oldest first. */
export function assessmentsOf(operatorId: string, rows: SelfAssessmentAnswer[]): SelfAssessment[] {
  const years = [...new Set(rows.map((r) => r.fiscalYear))].sort();
  return years.map((fy) => rows.filter((r) => r.fiscalYear === fy)).filter((r) => r.length === 15).map((r) => assess(operatorId, r[0]!.fiscalYear, r));
}

/** An operator's self-assessment for one year, when the viewer may see it (the operator itself, the administrator). */
export async function selfAssessmentOf(ctx: ProgramsContext, operatorId: string, fiscalYear: number): Promise<SelfAssessment | null> {
  checkFiscalYear(fiscalYear);
  if (!canSeeSelfAssessments(ctx.viewer, operatorId)) return null;
  return assessmentsOf(operatorId, await ctx.loaders.answersByOperator.load(operatorId)).find((a) => a.fiscalYear === fiscalYear) ?? null;
}

/** All the operator's self-assessments, oldest year first; empty for viewers who may not see them. */
export async function selfAssessmentsOf(ctx: ProgramsContext, operatorId: string): Promise<SelfAssessment[]> {
  if (!canSeeSelfAssessments(ctx.viewer, operatorId)) return [];
  return assessmentsOf(operatorId, await ctx.loaders.answersByOperator.load(operatorId));
}

function checkAnswers(input: RecordSelfAssessmentInput): void {
  checkFiscalYear(input.fiscalYear);
  const seen = new Set<string>();
  for (const a of input.answers) {
    if (!Number.isInteger(a.level) || a.level < 1 || a.level > 3) {
      throw badUserInput(`Unknown statement ${a.element} level ${a.level}: each element has statements for levels 1 to 3.`);
    }
    if (!Number.isInteger(a.answer) || a.answer < 1 || a.answer > 5) {
      throw badUserInput(`The answer to ${a.element} level ${a.level} must be 1 to 5 (1 あてはまる … 5 全くあてはまらない); got ${a.answer}.`);
    }
    const key = `${a.element}:${a.level}`;
    if (seen.has(key)) throw badUserInput(`${a.element} level ${a.level} is answered twice: answer each statement once.`);
    seen.add(key);
  }
  if (seen.size !== 15) throw badUserInput(`Answer each of the 15 statements (5 elements × levels 1 to 3) once; got ${seen.size}.`);
}

/**
 * Records (or re-records) an operator's self-assessment for a fiscal year; other years are kept. Only the operator's own
 * coordinators and site may. With an idempotency key, a retry returns the first result without recording again.
 */
export async function recordSelfAssessment(ctx: ProgramsContext, input: RecordSelfAssessmentInput): Promise<SelfAssessment> {
  const { idempotencyKey, ...payload } = input;
  requireEditor(ctx, input.operatorId, "record its self-assessment");
  checkAnswers(input);
  const em = await ctx.db.manager();
  const { result } = await idempotent(em, { subject: keySubject(ctx), key: idempotencyKey, operation: "recordSelfAssessment", payload }, async () => {
    const recordedAt = new Date().toISOString();
    const rows = input.answers.map((a) =>
      Object.assign(new SelfAssessmentAnswer(), {
        operatorId: input.operatorId, fiscalYear: input.fiscalYear, element: a.element, level: a.level, answer: a.answer, recordedAt,
        recordedBy: ctx.viewer.subject,
      }),
    );
    await em.getRepository(SelfAssessmentAnswer).save(rows);
    ctx.loaders.answersByOperator.clear(input.operatorId);
    return assess(input.operatorId, input.fiscalYear, rows);
  });
  return result;
}

/** Levels and answers over all operators that assessed themselves in a year. The national administrator only. */
export async function selfAssessmentDistribution(ctx: ProgramsContext, fiscalYear: number): Promise<SelfAssessmentDistribution> {
  if (!isSignedIn(ctx.viewer)) throw unauthenticated("Sign in as the national administrator to see the distribution.");
  enforce(nationalAdmin(ctx.viewer, "see the distribution over all operators"));
  checkFiscalYear(fiscalYear);
  const em = await ctx.db.manager();
  const rows = await em.getRepository(SelfAssessmentAnswer).find({ where: { fiscalYear }, order: { operatorId: "ASC" } });
  const byOp = new Map<string, SelfAssessmentAnswer[]>();
  for (const r of rows) byOp.set(r.operatorId, [...(byOp.get(r.operatorId) ?? []), r]);
  const assessments = [...byOp].filter(([, r]) => r.length === 15).map(([op, r]) => assess(op, fiscalYear, r));
  const n = assessments.length;
  return {
    fiscalYear,
    operators: n,
    elements: MATURITY_ELEMENTS.map((e, i) => ({
      element: e.element,
      levelCounts: [0, 1, 2, 3].map((level) => ({ level, operators: assessments.filter((a) => a.elements[i]!.level === level).length })),
      statements: e.levels.map((l) => ({
        level: l.level,
        agreePercent: n === 0 ? 0 : Math.round((1000 * assessments.filter((a) => a.elements[i]!.answers[l.level - 1]!.answer <= 2).length) / n) / 10,
        baselineAgreePercent: l.baseline.agreePercent,
      })),
    })),
  };
}
