import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from "type-graphql";
import { badUserInput, forbidden, unauthenticated } from "@jinjibu/federation";
import { MaturityElement } from "@jinjibu/domain";
import { isNationalAdmin, isSignedIn, type Viewer } from "@jinjibu/auth";
import type { ProgramsContext } from "../context";
import { SelfAssessmentAnswer } from "../entities";
import { operatorStub, OperatorStub } from "../entities/operator.stub";
import { MATURITY_ELEMENTS } from "../services/maturity";
import { canEditFor } from "../services/visibility";
import { PracticePoint, SurveyBaseline, practicePoint } from "./maturity.resolver";
import { checkFiscalYear } from "./program.resolver";

export enum AnswerGroup {
  AGREE = "AGREE",
  NEUTRAL = "NEUTRAL",
  DISAGREE = "DISAGREE",
}
registerEnumType(AnswerGroup, {
  name: "AnswerGroup",
  description: "The survey's three columns: AGREE = ①あてはまる/②ややあてはまる, NEUTRAL = ③どちらともいえない, DISAGREE = ④あまりあてはまらない/⑤全くあてはまらない.",
});

const ANSWER_LABELS = ["", "あてはまる", "ややあてはまる", "どちらともいえない", "あまりあてはまらない", "全くあてはまらない"];
const groupOf = (answer: number): AnswerGroup => (answer <= 2 ? AnswerGroup.AGREE : answer === 3 ? AnswerGroup.NEUTRAL : AnswerGroup.DISAGREE);

@InputType({ description: "The answer to one statement (element × level) on the survey's 5-point scale." })
class SelfAssessmentAnswerInput {
  @Field(() => MaturityElement, { description: "The element." })
  element!: MaturityElement;

  @Field(() => Int, { description: "The level of the statement: 1 to 3." })
  level!: number;

  @Field(() => Int, { description: "1 あてはまる, 2 ややあてはまる, 3 どちらともいえない, 4 あまりあてはまらない, 5 全くあてはまらない." })
  answer!: number;
}

@InputType({ description: "One operator's self-assessment for one fiscal year: an answer to each of the 15 statements." })
class RecordSelfAssessmentInput {
  @Field(() => ID, { description: "The operator assessed; the viewer must act for it." })
  operatorId!: string;

  @Field(() => Int, { description: "Fiscal year (2015 to 2030). Recording a year again replaces that year's answers; other years are kept." })
  fiscalYear!: number;

  @Field(() => [SelfAssessmentAnswerInput], { description: "Exactly one answer to each of the 15 statements." })
  answers!: SelfAssessmentAnswerInput[];
}

@ObjectType({ description: "One answer compared with the survey baseline." })
export class StatementAnswer {
  @Field(() => Int, { description: "Level of the statement (1 to 3)." })
  level!: number;

  @Field(() => String, { description: "The statement." })
  statementJa!: string;

  @Field(() => Int, { description: "The answer, 1 to 5." })
  answer!: number;

  @Field(() => String, { description: "The answer's label (e.g. ややあてはまる)." })
  answerLabelJa!: string;

  @Field(() => AnswerGroup, { description: "Which survey column the answer falls in." })
  group!: AnswerGroup;

  @Field(() => SurveyBaseline, { description: "How the n=27 survey answered this statement." })
  baseline!: SurveyBaseline;

  @Field(() => Float, { description: "Share (%) of survey respondents who answered in the same group as this operator." })
  baselineSameGroupPercent!: number;
}

@ObjectType({ description: "An operator's standing on one element, with the next steps." })
export class ElementAssessment {
  @Field(() => MaturityElement, { description: "The element." })
  element!: MaturityElement;

  @Field(() => String, { description: "Japanese name of the element." })
  nameJa!: string;

  @Field(() => Int, {
    description:
      "Level 0 to 3. Rule (a hub design choice, not stated in S3): the highest level whose statement and every lower level's statement are answered 1 あてはまる (\"applies\") or 2 ややあてはまる (\"somewhat applies\"); 0 when level 1's statement is not.",
  })
  level!: number;

  @Field(() => [StatementAnswer], { description: "The three answers, level 1 to 3, each with the baseline." })
  answers!: StatementAnswer[];

  @Field(() => [PracticePoint], {
    description: "For an element below level 3: the practice points for the next level (Point 01 below level 2, Point 02 at level 2), each with the case studies that illustrate it. Empty at level 3.",
  })
  nextSteps!: PracticePoint[];
}

@ObjectType({ description: "An operator's self-assessment in one fiscal year." })
export class SelfAssessment {
  @Field(() => OperatorStub, { description: "The operator." })
  operator!: OperatorStub;

  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => String, { description: "When it was recorded (ISO 8601)." })
  recordedAt!: string;

  @Field(() => [ElementAssessment], { description: "The five elements." })
  elements!: ElementAssessment[];
}

@ObjectType({ description: "How many operators stand at one level." })
class LevelCount {
  @Field(() => Int, { description: "Level 0 to 3." })
  level!: number;

  @Field(() => Int, { description: "Operators at that level." })
  operators!: number;
}

@ObjectType({ description: "How the hub's operators answered one statement, against the survey baseline." })
class StatementDistribution {
  @Field(() => Int, { description: "Level of the statement." })
  level!: number;

  @Field(() => Float, { description: "Share (%) of assessed operators answering 1 or 2, rounded to one decimal." })
  agreePercent!: number;

  @Field(() => Float, { description: "The survey's share (%) answering 1 or 2 (n=27)." })
  baselineAgreePercent!: number;
}

@ObjectType({ description: "Distribution of one element over all assessed operators." })
class ElementDistribution {
  @Field(() => MaturityElement, { description: "The element." })
  element!: MaturityElement;

  @Field(() => [LevelCount], { description: "Operators per level, 0 to 3." })
  levelCounts!: LevelCount[];

  @Field(() => [StatementDistribution], { description: "Per statement, level 1 to 3." })
  statements!: StatementDistribution[];
}

@ObjectType({ description: "Self-assessments of all operators in one fiscal year (national administrator only)." })
class SelfAssessmentDistribution {
  @Field(() => Int, { description: "Fiscal year." })
  fiscalYear!: number;

  @Field(() => Int, { description: "Operators that recorded an assessment that year." })
  operators!: number;

  @Field(() => [ElementDistribution], { description: "The five elements." })
  elements!: ElementDistribution[];
}

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

/** Self-assessments are the operator's own: its viewers and the national administrator see them. */
export const canSeeAssessments = (viewer: Viewer, operatorId: string): boolean => isNationalAdmin(viewer) || canEditFor(viewer, operatorId);

@Resolver()
export class SelfAssessmentResolver {
  @Mutation(() => SelfAssessment, {
    description: "Records (or re-records) an operator's self-assessment for a fiscal year. Only the operator's own coordinators and site may.",
  })
  async recordSelfAssessment(
    @Arg("input", () => RecordSelfAssessmentInput, { description: "The answers." }) input: RecordSelfAssessmentInput,
    @Ctx() ctx: ProgramsContext,
  ): Promise<SelfAssessment> {
    if (!isSignedIn(ctx.viewer)) throw unauthenticated("Sign in as a coordinator or site of the operator to record its self-assessment.");
    if (!canEditFor(ctx.viewer, input.operatorId)) throw forbidden("Only the operator's own coordinators and site may record its self-assessment.");
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
    const em = await ctx.db.manager();
    const recordedAt = new Date().toISOString();
    const rows = input.answers.map((a) =>
      Object.assign(new SelfAssessmentAnswer(), {
        operatorId: input.operatorId, fiscalYear: input.fiscalYear, element: a.element, level: a.level, answer: a.answer, recordedAt,
        recordedBy: ctx.viewer.subject,
      }),
    );
    await em.getRepository(SelfAssessmentAnswer).save(rows);
    return assess(input.operatorId, input.fiscalYear, rows);
  }

  @Query(() => SelfAssessmentDistribution, { description: "Levels and answers over all operators that assessed themselves in a fiscal year. National administrator only." })
  async selfAssessmentDistribution(
    @Arg("fiscalYear", () => Int, { description: "Fiscal year (2015 to 2030)." }) fiscalYear: number,
    @Ctx() ctx: ProgramsContext,
  ): Promise<SelfAssessmentDistribution> {
    if (!isSignedIn(ctx.viewer)) throw unauthenticated("Sign in as the national administrator to see the distribution.");
    if (!isNationalAdmin(ctx.viewer)) throw forbidden("Only the national administrator sees the distribution over all operators.");
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
}
