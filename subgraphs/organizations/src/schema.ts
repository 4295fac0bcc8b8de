import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@jinjibu/federation";
import { OperatorResolver, resolveOperatorReference } from "./resolvers/operator.resolver";

/** No I/O: tests, `schema:emit` and the server build the same schema. */
export function buildOrganizationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [OperatorResolver] },
    { Operator: { __resolveReference: resolveOperatorReference } },
  );
}
