import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@jinjibu/federation";
import { FundingAdminResolver, FundingAuditResolver } from "./resolvers/admin.resolver";
import { AdoptionMemberResolver, AdoptionResolver, resolveAdoptionReference } from "./resolvers/adoption.resolver";
import { ReferenceDataResolver } from "./resolvers/linked-law.resolver";
import { OperatorFundingResolver, resolveOperatorReference } from "./resolvers/operator.resolver";
import { SchemeFrameResolver, SubsidySchemeResolver, resolveSchemeReference } from "./resolvers/scheme.resolver";
import { StatisticsResolver } from "./resolvers/statistics.resolver";

/** No I/O: tests, `schema:emit` and the server build the same schema. */
export function buildFundingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        SubsidySchemeResolver, SchemeFrameResolver, AdoptionResolver, AdoptionMemberResolver, OperatorFundingResolver,
        ReferenceDataResolver, StatisticsResolver, FundingAdminResolver, FundingAuditResolver,
      ],
    },
    {
      Operator: { __resolveReference: resolveOperatorReference },
      Adoption: { __resolveReference: resolveAdoptionReference },
      SubsidyScheme: { __resolveReference: resolveSchemeReference },
    },
  );
}
