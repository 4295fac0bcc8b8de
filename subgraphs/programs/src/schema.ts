import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@jinjibu/federation";
// Module order fixes the order of types and fields in the printed SDL: keep it when adding resolvers.
import { ProgramResolver, resolveProgramReference } from "./resolvers/program.resolver";
import { CaseStudyResolver, resolveCaseStudyReference } from "./resolvers/case-study.resolver";
import { KnowHowResolver } from "./resolvers/know-how.resolver";
import { MaturityResolver, PracticePointResolver } from "./resolvers/maturity.resolver";
import { SelfAssessmentResolver } from "./resolvers/self-assessment.resolver";
import { OperatorExtensionResolver } from "./resolvers/operator.resolver";

/** No I/O: tests, `schema:emit` and the server build the same schema. */
export function buildProgramsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ProgramResolver, CaseStudyResolver, OperatorExtensionResolver, MaturityResolver, PracticePointResolver, KnowHowResolver,
        SelfAssessmentResolver,
      ],
    },
    {
      Program: { __resolveReference: resolveProgramReference },
      CaseStudy: { __resolveReference: resolveCaseStudyReference },
      Operator: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  );
}
