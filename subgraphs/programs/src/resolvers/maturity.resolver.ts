import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { ProgramsContext } from "../context";
import { CaseStudy } from "../entities";
import { MATURITY_MODEL } from "../services/maturity";
import { MaturityModel, PracticePoint } from "../types/maturity";
import { operatorStub, OperatorStub } from "../types/operator.stub";

@Resolver(() => MaturityModel)
export class MaturityResolver {
  @Query(() => MaturityModel, { description: "The maturity model: 5 elements × 3 levels with statements, survey baseline (n=27) and practice points. Public." })
  maturityModel(): MaturityModel {
    return MATURITY_MODEL;
  }
}

@Resolver(() => PracticePoint)
export class PracticePointResolver {
  @FieldResolver(() => [OperatorStub], { description: "Operators the document names as examples of this point." })
  exampleOperators(@Root() p: PracticePoint): OperatorStub[] {
    return p.exampleOperatorIds.map(operatorStub);
  }

  @FieldResolver(() => [CaseStudy], { description: "Case studies (visible to the viewer) of those example operators, which illustrate the point." })
  async exampleCaseStudies(@Root() p: PracticePoint, @Ctx() ctx: ProgramsContext): Promise<CaseStudy[]> {
    const lists = await ctx.loaders.caseStudiesByOperator.loadMany(p.exampleOperatorIds);
    return lists.flatMap((l) => (Array.isArray(l) ? l : []));
  }
}
