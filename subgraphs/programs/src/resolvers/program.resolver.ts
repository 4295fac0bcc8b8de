import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Connection } from "@jinjibu/federation";
import { programKindLabels, supportPhaseLabels } from "@jinjibu/domain";
import type { ProgramsContext } from "../context";
import { Program } from "../entities";
import { ProgramsArgs } from "../inputs/program.args";
import { listPrograms } from "../services/program.service";
import { operatorStub, OperatorStub } from "../types/operator.stub";

export const ProgramConnection = Connection(Program, "Program", "program");

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => Program, { nullable: true, description: "One program by id; null when there is none or the viewer may not see it." })
  program(@Arg("id", () => ID, { description: "The program's id." }) id: string, @Ctx() ctx: ProgramsContext) {
    return ctx.loaders.programById.load(id);
  }

  @Query(() => ProgramConnection, { description: "Programs the viewer may see, in id order, with optional filters (all of them must hold)." })
  programs(@Args(() => ProgramsArgs) args: ProgramsArgs, @Ctx() ctx: ProgramsContext) {
    return listPrograms(ctx, args);
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
