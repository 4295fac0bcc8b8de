import { Field, Float, ObjectType, createUnionType, registerEnumType } from "type-graphql";
import { CountingBasis } from "@jinjibu/domain";
import "@jinjibu/federation";
import { CaseStudy, Program } from "../entities";
import { Outcome } from "./program-outcome";

export enum KnowHowKind {
  CASE_STUDY = "CASE_STUDY",
  PROGRAM = "PROGRAM",
}
registerEnumType(KnowHowKind, { name: "KnowHowKind", description: "What a search hit is: a case study or a program." });

export enum MatchedIn {
  TITLE = "TITLE",
  SUMMARY = "SUMMARY",
  BODY = "BODY",
}
registerEnumType(MatchedIn, {
  name: "MatchedIn",
  description: "Where the first search word matched: TITLE (case title / program name), SUMMARY (case summary / program remarks) or BODY (everything else).",
});

export const KnowHowNode = createUnionType({
  name: "KnowHowNode",
  description: "A case study or a program.",
  types: () => [CaseStudy, Program] as const,
  resolveType: (value) => (value instanceof CaseStudy ? CaseStudy : Program),
});

@ObjectType({ description: "One search hit with where it matched and a snippet around the match." })
export class KnowHowHit {
  @Field(() => KnowHowKind, { description: "Case study or program." })
  kind!: KnowHowKind;

  @Field(() => KnowHowNode, { description: "The case study or program." })
  node!: CaseStudy | Program;

  @Field(() => MatchedIn, { description: "Where the first word matched; hits are ranked TITLE, then SUMMARY, then BODY." })
  matchedIn!: MatchedIn;

  @Field(() => String, { description: "About 40 characters either side of the first match, from the normalised text (NFKC, no spaces), with … where cut." })
  snippet!: string;
}
@ObjectType({ description: "A case study ranked by how alike its region is to the asking operator's, with the reasons." })
export class SimilarCaseStudy {
  @Field(() => CaseStudy, { description: "The case study." })
  caseStudy!: CaseStudy;

  @Field(() => Float, {
    description: "Similarity score: leadership model 4, shared area size class 2, organisation class 1, regional block 1, plus up to 2 each for the overlap (Jaccard) of talent kinds targeted and program kinds run.",
  })
  score!: number;

  @Field(() => [String], { description: "Why it was chosen, in Japanese (e.g. 同じ主導パターン: 民間企業主導型)." })
  reasons!: string[];
}

@ObjectType({ description: "One outcome counted in a total." })
export class OutcomePart {
  @Field(() => Program, { description: "The program reporting it." })
  program!: Program;

  @Field(() => Outcome, { description: "The outcome." })
  outcome!: Outcome;
}

@ObjectType({ description: "A sum of outcomes that share one counting basis and one unit." })
export class OutcomeTotal {
  @Field(() => String, { nullable: true, description: "The metric summed, when one was asked for." })
  metric!: string | null;

  @Field(() => Float, { description: "The sum." })
  total!: number;

  @Field(() => String, { description: "The common unit." })
  unit!: string;

  @Field(() => CountingBasis, { description: "The common counting basis." })
  countingBasis!: CountingBasis;

  @Field(() => String, { description: "Japanese label of the basis (延べ, 実人数, 件, 社)." })
  countingBasisLabelJa!: string;

  @Field(() => [String], { description: "The distinct periods of the parts, in Japanese (a total over different periods says so here)." })
  periods!: string[];

  @Field(() => [OutcomePart], { description: "What was added." })
  parts!: OutcomePart[];
}
