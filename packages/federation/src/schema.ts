import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions } from "type-graphql";
import { authChecker } from "./authorization";

/** The Federation version every subgraph links. Upgrade all four together. */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = GraphQLResolverMap<any>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql resolvers. type-graphql has no federation support, so:
 * build its schema, print it with directives (graphql's printSchema drops `@key`), prepend the `@link`, and hand SDL
 * plus resolvers to `buildSubgraphSchema`. `__resolveReference` functions come in `referenceResolvers`. Every subgraph
 * gets the hub's `authChecker`, so `@Authorized(gate)` reads the policy in `@jinjibu/auth`.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck" | "authChecker">,
  referenceResolvers: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, authChecker, skipCheck: true, validate: false });
  const typeDefs = parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(schema)}`);
  const resolvers = createResolversMap(schema) as ReferenceResolvers;
  for (const [typeName, fields] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...(fields as object) };
  }
  return buildSubgraphSchema([{ typeDefs, resolvers }]);
}
