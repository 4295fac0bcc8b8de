import { ArgsType, Field, ID, Int } from "type-graphql";
import { ConnectionArgs } from "@jinjibu/federation";
import { ProgramKind, SupportPhase, TalentKind } from "@jinjibu/domain";

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
