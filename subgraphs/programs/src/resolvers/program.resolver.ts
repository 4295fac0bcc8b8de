import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, badUserInput, paginate } from "@jinjibu/federation";
import { ProgramKind, SupportPhase, TalentKind, programKindLabels, supportPhaseLabels } from "@jinjibu/domain";
import type { ProgramsContext } from "../context";
import { Program } from "../entities";
import { operatorStub, OperatorStub } from "../entities/operator.stub";
import { visibilitySql } from "../services/visibility";

export const ProgramConnection = Connection(Program, "Program", "program");

export const FISCAL_YEAR_MIN = 2015;
export const FISCAL_YEAR_MAX = 2030;
export function checkFiscalYear(fy: number | null | undefined, name = "fiscalYear"): void {
  if (fy != null && (fy < FISCAL_YEAR_MIN || fy > FISCAL_YEAR_MAX)) {
    throw badUserInput(`\`${name}\` must be between ${FISCAL_YEAR_MIN} and ${FISCAL_YEAR_MAX}; got ${fy}.`);
  }
}

@ArgsType()
export class ProgramsArgs extends ConnectionArgs {
  @Field(() => ProgramKind, { nullable: true, description: "Only programs of this kind." })
  kind?: ProgramKind | null;

  @Field(() => SupportPhase, { nullable: true, description: "Only programs covering this phase." })
  phase?: SupportPhase | null;

  @Field(() => TalentKind, { nullable: true, description: "Only programs targeting this kind of talent (e.g. FOREIGN)." })
  targetTalentKind?: TalentKind | null;

  @Field(() => ID, { nullable: true, description: "Only programs this operator runs (lead or co-operator)." })
  operatorId?: string | null;

  @Field(() => Int, { nullable: true, description: "Only programs that ran in this fiscal year (2022 = 令和4年度)." })
  fiscalYear?: number | null;
}

@ArgsType()
export class OperatorProgramsArgs extends ConnectionArgs {}

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => Program, { nullable: true, description: "One program by id; null when there is none or the viewer may not see it." })
  program(@Arg("id", () => ID, { description: "The program's id." }) id: string, @Ctx() ctx: ProgramsContext) {
    return ctx.loaders.programById.load(id);
  }

  @Query(() => ProgramConnection, { description: "Programs the viewer may see, in id order, with optional filters (all of them must hold)." })
  async programs(@Args(() => ProgramsArgs) args: ProgramsArgs, @Ctx() ctx: ProgramsContext) {
    checkFiscalYear(args.fiscalYear);
    const params: unknown[] = [];
    const where = [visibilitySql(ctx.viewer, "p", (op) => `${op} = ANY(p.operator_ids)`, params)];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (args.kind) add((n) => `p.kind = ${n}`, args.kind);
    if (args.phase) add((n) => `${n} = ANY(p.phases)`, args.phase);
    if (args.targetTalentKind) add((n) => `${n} = ANY(p.target_talent_kinds)`, args.targetTalentKind);
    if (args.operatorId) add((n) => `${n} = ANY(p.operator_ids)`, args.operatorId);
    if (args.fiscalYear != null) add((n) => `${n}::int = ANY(p.fiscal_years)`, args.fiscalYear);
    const em = await ctx.db.manager();
    const ids: { id: string }[] = await em.query(`SELECT p.id FROM program p WHERE ${where.join(" AND ")} ORDER BY p.id`, params);
    const page = paginate(ids, args);
    const nodes = await ctx.loaders.programById.loadMany(page.edges.map((e) => e.node.id));
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] as Program })) };
  }

  @FieldResolver(() => String, { description: "Japanese label of the kind (e.g. 外国人材採用・定着支援)." })
  kindLabelJa(@Root() p: Program): string {
    return programKindLabels[p.kind];
  }

  @FieldResolver(() => [String], { description: "Japanese labels of the phases (確保, 育成, 定着...)." })
  phaseLabelsJa(@Root() p: Program): string[] {
    return p.phases.map((ph) => supportPhaseLabels[ph]);
  }

  @FieldResolver(() => [OperatorStub], { description: "Operators that run it: the lead first, then co-operators." })
  operators(@Root() p: Program): OperatorStub[] {
    return p.operatorIds.map(operatorStub);
  }
}

/** `Program` references from other subgraphs, batched and visibility-checked. */
export const resolveProgramReference = (ref: { id: string }, ctx: ProgramsContext) => ctx.loaders.programById.load(ref.id);
