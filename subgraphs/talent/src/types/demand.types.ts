import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { CountingBasis, RegionalBlock } from "@jinjibu/federation";
import type { CountingBasis as DomainCountingBasis, RegionalBlock as DomainRegionalBlock } from "@jinjibu/domain";
import { MatchingStatus, matchingStatusLabels, SuggestionReasonKind } from "../demand.enums";
import { Matching, Need, ProgramStub } from "../entities/demand";
import { OperatorStub, operatorStub } from "../entities/operator.stub";
import { TalentCard } from "../entities/talent-profile.entity";

@ObjectType({ description: "One reason for a suggestion, in words." })
export class SuggestionReason {
  @Field(() => SuggestionReasonKind, { description: "What the reason is about." })
  kind!: SuggestionReasonKind;

  @Field(() => String, { description: "The reason in Japanese, e.g. 「共通するスキル: 営業、EC」." })
  textJa!: string;

  @Field(() => Int, { description: "Points this reason adds to the score." })
  points!: number;
}

@ObjectType({ description: "A consented card suggested for a need, with the reasons and the score." })
export class TalentSuggestion {
  @Field(() => TalentCard, { description: "The redacted card (no name, no contact); pass `card.cardId` to `proposeMatching`." })
  card!: TalentCard;

  @Field(() => Int, { description: "The score: the sum of the reasons' points (higher first)." })
  score!: number;

  @Field(() => [SuggestionReason], { description: "Why the card is suggested, strongest first." })
  reasons!: SuggestionReason[];

  @Field(() => ID, { nullable: true, description: "The live matching of this need with this card, when one exists." })
  matchingId!: string | null;
}

@ObjectType({ description: "Suggestions for one need, served from the sharing read model under the same consent rules as a search." })
export class NeedSuggestions {
  @Field(() => Need, { description: "The need." })
  need!: Need;

  @Field(() => [TalentSuggestion], { description: "Ranked cards (score, then the most recently registered). Every card shown is audited (CARD_VIEW)." })
  items!: TalentSuggestion[];

  @Field(() => Int, { description: "Cards considered: the most recently registered consented matches, at most 1,000." })
  considered!: number;

  @Field(() => Boolean, { description: "True when more than 1,000 cards matched and only the most recent 1,000 were ranked." })
  consideredIsLowerBound!: boolean;
}

@ObjectType({ description: "An open need of another region suggested for one of the viewer's own people." })
export class NeedSuggestion {
  @Field(() => Need, { description: "The need (redacted to what its owner shares)." })
  need!: Need;

  @Field(() => Int, { description: "The score: the sum of the reasons' points." })
  score!: number;

  @Field(() => [SuggestionReason], { description: "Why the need fits the person, strongest first." })
  reasons!: SuggestionReason[];

  @Field(() => ID, { nullable: true, description: "The live matching of this person with this need, when one exists." })
  matchingId!: string | null;
}

@ObjectType({ description: "One column of the matchings board: the matchings in one state." })
export class MatchingBoardColumn {
  @Field(() => MatchingStatus, { description: "The state." })
  status!: MatchingStatus;

  @Field(() => String, { description: "Japanese label of the state." })
  get labelJa(): string {
    return matchingStatusLabels[this.status];
  }

  @Field(() => Int, { description: "How many matchings of the viewer's operator (either side) are in this state." })
  count!: number;

  @Field(() => [Matching], { description: "The most recently changed of them (at most `perColumn`)." })
  items!: Matching[];
}

@ObjectType({ description: "One computed outcome figure: a count on one basis, over one period, never mixed with another basis." })
export class DemandOutcomeFigure {
  @Field(() => String, { description: "What is counted: `people` (実人数), `companies` (社), `matchings` (件), `interviews` (延べ)." })
  metric!: string;

  @Field(() => String, { description: "What is counted, in Japanese (e.g. 成立した人材の実人数)." })
  labelJa!: string;

  @Field(() => Int, { description: "The count." })
  value!: number;

  @Field(() => String, { description: "Unit as printed (人, 社, 件)." })
  unit!: string;

  @Field(() => CountingBasis, { description: "How it was counted: UNIQUE_PERSONS, COMPANIES, CASES or CUMULATIVE." })
  countingBasis!: DomainCountingBasis;

  @Field(() => String, { description: "Japanese label of the basis (実人数, 社, 件, 延べ)." })
  countingBasisLabelJa!: string;

  @Field(() => String, { description: "How the number is computed, in Japanese." })
  basisNoteJa!: string;

  @Field(() => String, { description: "The period it covers, e.g. 2026年度 (2026-04-01〜2027-03-31)." })
  periodJa!: string;
}

@ObjectType({ description: "Computed outcomes of one program (or of no named program) of an operator in a fiscal year." })
export class DemandProgramOutcome {
  @Field(() => ProgramStub, { nullable: true, description: "The program; null for placements that name none." })
  program!: ProgramStub | null;

  @Field(() => String, { description: "The program's id, or 「プログラム指定なし」." })
  programLabelJa!: string;

  @Field(() => [DemandOutcomeFigure], { description: "The figures, one per basis." })
  figures!: DemandOutcomeFigure[];
}

@ObjectType({
  description:
    "Outcomes computed from the hub's own matchings and placements for one operator and fiscal year — never added to the documents' " +
    "reported figures (`Operator.programs { outcomes }` in the programs subgraph), which are shown beside them.",
})
export class DemandOutcomeReport {
  @Field(() => OperatorStub, { description: "The operator (as the company's supporting operator, the need's side)." })
  get operator(): OperatorStub {
    return operatorStub(this.operatorId);
  }

  @Field(() => Int, { description: "The fiscal year (年度)." })
  fiscalYear!: number;

  @Field(() => String, { description: "The period, e.g. 2026年度 (2026-04-01〜2027-03-31)." })
  periodJa!: string;

  @Field(() => [DemandOutcomeFigure], { description: "People (実人数), companies (社), matchings (件) and interviews (延べ), each on its own basis." })
  figures!: DemandOutcomeFigure[];

  @Field(() => [DemandProgramOutcome], { description: "The same per program." })
  byProgram!: DemandProgramOutcome[];

  @Field(() => Boolean, { description: "True when any counted placement or matching is demo data." })
  includesDemoData!: boolean;

  @Field(() => String, { description: "What the figures are (and are not), in Japanese: computed here, not the documents' reported numbers." })
  sourceNoteJa!: string;

  operatorId!: string;
}

@ObjectType({ description: "Computed outcomes of the operators of one regional block in a fiscal year (national administrator)." })
export class DemandBlockOutcome {
  @Field(() => RegionalBlock, { nullable: true, description: "The block; null for operators whose prefecture is not known." })
  block!: DomainRegionalBlock | null;

  @Field(() => Int, { description: "The fiscal year." })
  fiscalYear!: number;

  @Field(() => String, { description: "The period." })
  periodJa!: string;

  @Field(() => Int, { description: "Operators with any placement or matching in the block." })
  operatorCount!: number;

  @Field(() => [DemandOutcomeFigure], { description: "The figures over the block (実人数 and 社 are distinct over the block, not sums of operators)." })
  figures!: DemandOutcomeFigure[];
}

@ObjectType({ description: "A sum of computed figures that share one counting basis (the hub's rule: 延べ never adds to 実人数)." })
export class DemandOutcomeTotal {
  @Field(() => Float, { description: "The sum." })
  total!: number;

  @Field(() => String, { description: "The common unit." })
  unit!: string;

  @Field(() => CountingBasis, { description: "The common basis." })
  countingBasis!: DomainCountingBasis;

  @Field(() => String, { description: "Japanese label of the basis." })
  countingBasisLabelJa!: string;

  @Field(() => [String], { description: "The periods added." })
  periods!: string[];

  @Field(() => [DemandOutcomeFigure], { description: "What was added." })
  parts!: DemandOutcomeFigure[];
}
