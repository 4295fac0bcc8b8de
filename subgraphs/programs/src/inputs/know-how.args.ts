import { ArgsType, Field, Int } from "type-graphql";
import { ConnectionArgs } from "@jinjibu/federation";
import { AreaSizeClass, CorporateCategory, LeadershipModel, MaturityElement, ProgramKind, RegionalBlock, SupportPhase, TalentKind } from "@jinjibu/domain";
import { KnowHowKind } from "../types/know-how";

export const MAX_QUERY_LENGTH = 200;

@ArgsType()
export class SearchKnowHowArgs extends ConnectionArgs {
  @Field(() => String, {
    description: `Words to find (1 to ${MAX_QUERY_LENGTH} characters). Separate words with spaces: each must occur. Two-character words such as 副業, 研修, 定着 match.`,
  })
  query!: string;

  @Field(() => KnowHowKind, { nullable: true, description: "Only case studies or only programs." })
  kind?: KnowHowKind | null;

  @Field(() => AreaSizeClass, { nullable: true, description: "Area size class (case studies; programs by their operator's cases)." })
  areaSizeClass?: AreaSizeClass | null;

  @Field(() => CorporateCategory, { nullable: true, description: "Organisation class of the operator (営利 / 非営利)." })
  orgClass?: CorporateCategory | null;

  @Field(() => LeadershipModel, { nullable: true, description: "Leadership model of the operator." })
  leadershipModel?: LeadershipModel | null;

  @Field(() => MaturityElement, { nullable: true, description: "Activity element with a documented device (case studies only)." })
  element?: MaturityElement | null;

  @Field(() => SupportPhase, { nullable: true, description: "Support phase." })
  phase?: SupportPhase | null;

  @Field(() => ProgramKind, { nullable: true, description: "Program kind (a program's kind; the kinds a case study's operator runs)." })
  programKind?: ProgramKind | null;

  @Field(() => TalentKind, { nullable: true, description: "Target talent kind." })
  targetTalentKind?: TalentKind | null;

  @Field(() => RegionalBlock, { nullable: true, description: "Regional block of the operator (from its prefecture)." })
  regionalBlock?: RegionalBlock | null;

  @Field(() => Int, { nullable: true, description: "Fiscal year covered (2015 to 2030)." })
  fiscalYear?: number | null;
}
