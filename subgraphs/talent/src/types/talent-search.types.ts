import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo, RegionalBlock } from "@jinjibu/federation";
import { regionalBlockLabels, type RegionalBlock as DomainRegionalBlock } from "@jinjibu/domain";
import { TalentKindCount } from "../entities/records";
import { TalentCard } from "../entities/talent-profile.entity";

/** The bound up to which `searchSharedTalent` counts exactly (totals and facets). */
export const SEARCH_COUNT_BOUND = 1000;
/** Up to this many `filter.skills` a ranked search ranks every match (pairs of skills as index arms); beyond it, a window. */
export const MAX_TIERED_SKILLS = 6;

@ObjectType({ description: "How many cards of the current search have their home prefecture in one regional block." })
export class RegionalBlockCount {
  @Field(() => RegionalBlock, { description: "The regional block (of the person's home prefecture)." })
  block!: DomainRegionalBlock;

  @Field(() => String, { description: "Japanese name of the block (e.g. 北海道, 東北)." })
  get blockLabelJa(): string {
    return regionalBlockLabels[this.block];
  }

  @Field(() => Int, { description: "Cards in that block." })
  count!: number;
}

@ObjectType({
  description:
    `Counts of the current search by kind and by regional block, bounded like \`totalCount\`: exact while the search matches ` +
    `at most ${SEARCH_COUNT_BOUND} cards, otherwise counted over the first ${SEARCH_COUNT_BOUND} and flagged by \`isLowerBound\`.`,
})
export class TalentSearchFacets {
  @Field(() => [TalentKindCount], { description: "Cards per talent kind, largest first (a card with two kinds counts for both)." })
  byKind!: TalentKindCount[];

  @Field(() => [RegionalBlockCount], { description: "Cards per regional block of the home prefecture, largest first; cards without a prefecture are not counted." })
  byBlock!: RegionalBlockCount[];

  @Field(() => Boolean, { description: "True when the counts are lower bounds (the search matches more than the bound)." })
  isLowerBound!: boolean;
}

@ObjectType("TalentCardEdge", { description: "One redacted talent card in a page, with its cursor." })
export class TalentCardEdge {
  @Field(() => String, { description: "Opaque position of this card in the ranked list (a keyset cursor; tampering is refused)." })
  cursor!: string;

  @Field(() => TalentCard, { description: "The redacted talent card." })
  node!: TalentCard;
}

@ObjectType("TalentCardConnection", {
  description:
    "A page of redacted talent cards in a stable order: the most recently registered first (then card id); with two to " +
    `${MAX_TIERED_SKILLS} \`filter.skills\`, every match ranked first by how many of them it has, then by recency; with more, ` +
    `the same ranking among the ${SEARCH_COUNT_BOUND} most recently registered matches (every match whenever ` +
    "`totalCountIsLowerBound` is false). With a bounded total and facets.",
})
export class TalentCardConnection {
  @Field(() => [TalentCardEdge], { description: "The cards on this page, in order." })
  edges!: TalentCardEdge[];

  @Field(() => PageInfo, { description: "Paging information (keyset: pass `endCursor` as `after`)." })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      `How many cards the search matches: exact up to ${SEARCH_COUNT_BOUND}; when more match it is ${SEARCH_COUNT_BOUND} and ` +
      "`totalCountIsLowerBound` is true (the search never counts the whole country).",
  })
  totalCount!: number;

  @Field(() => Boolean, { description: `True when \`totalCount\` is a lower bound: more than ${SEARCH_COUNT_BOUND} cards match.` })
  totalCountIsLowerBound!: boolean;

  @Field(() => TalentSearchFacets, { description: "Counts of the current search by kind and by regional block, bounded the same way." })
  facets!: TalentSearchFacets;
}
