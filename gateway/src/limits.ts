import { ApolloArmor } from "@escape.tech/graphql-armor";
import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import type { ViewerRole } from "@jinjibu/auth";

/** Deepest selection a client may send (the directory page needs 8). */
export const MAX_QUERY_DEPTH = 10;
/** Most aliases in one operation: aliasing turns one request into many (OWASP batching attacks). */
export const MAX_ALIASES = 15;
/** Most directives in one operation. */
export const MAX_DIRECTIVES = 20;
/** Most lexical tokens in one document (a cheap bound on parsing work; graphql-js's `maxTokens` parse option). */
export const MAX_TOKENS = 4000;

/**
 * Cost budget of one operation per viewer kind (graphql-armor's cost model: scalar 1, object 2, ×1.5 per level,
 * × `first`/`last`). Anonymous visitors get the smallest budget: the directory page's operator view costs 3 218, its
 * list view 143, a know-how search of 100 hits 6 331.
 */
export const COST_BUDGETS: Record<ViewerRole, number> = {
  ANONYMOUS: 10_000,
  SITE: 50_000,
  COORDINATOR: 50_000,
  NATIONAL_ADMIN: 100_000,
};

/**
 * graphql-armor's depth, alias and directive limits, and (outside development) no "Did you mean …" suggestions.
 * Its cost limit is applied per viewer by `operationCost` below, after the viewer is known.
 */
export function armorProtection(development: boolean) {
  return new ApolloArmor({
    blockFieldSuggestion: { enabled: !development },
    maxDepth: { n: MAX_QUERY_DEPTH, exposeLimits: true, flattenFragments: true },
    maxAliases: { n: MAX_ALIASES, exposeLimits: true },
    maxDirectives: { n: MAX_DIRECTIVES, exposeLimits: true },
    // Tokens are bounded by graphql-js's own parser option (`parseOptions.maxTokens`, one parse): armor's token plugin
    // parses a second time and its refusal surfaces as HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
  }).protect();
}

/** The graphql-armor cost of the operation that will run (no limit applied here). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  let cost = 0;
  const single: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
  };
  validate(schema, single, [costLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, onAccept: [(_ctx, details: { n: number }) => (cost = details.n)] })]);
  return cost;
}

export function costBudgetError(cost: number, role: ViewerRole, budget: number): GraphQLError {
  const who = role === "ANONYMOUS" ? "anonymous viewers" : `${role.toLowerCase().replace("_", " ")} viewers`;
  return new GraphQLError(
    `The operation costs ${Math.ceil(cost)}; the budget for ${who} is ${budget}. Ask for fewer fields, fewer items (first:) or fewer levels.`,
    { extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost: Math.ceil(cost), budget, http: { status: 400 } } },
  );
}

/** Root mutation fields that get the tighter "sensitive" rate limit, one point per occurrence (aliases count). */
export const SENSITIVE_MUTATIONS = new Set(["acceptIntroduction"]);
/** Object types whose every read counts against the sensitive limit (a person's name and contact details). */
export const SENSITIVE_TYPES = new Set(["TalentContact"]);
/**
 * Parents under which those types are the owner's own records, not another region's person: an operator reading (or
 * exporting) its own pool's contact details is not the cross-region read the sensitive limit guards.
 */
export const OWN_RECORD_PARENTS = new Set(["TalentProfile"]);

/** How many sensitive fields (accepting introductions, reading contacts) the operation selects. */
export function sensitiveSelections(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  let count = 0;
  if (operation.operation === "mutation") {
    for (const selection of operation.selectionSet.selections) {
      if (selection.kind === Kind.FIELD && SENSITIVE_MUTATIONS.has(selection.name.value)) count += 1;
    }
  }
  const typeInfo = new TypeInfo(schema);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const node of [operation, ...fragments]) {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          const parent = typeInfo.getParentType();
          if (type && SENSITIVE_TYPES.has(getNamedType(type).name) && !(parent && OWN_RECORD_PARENTS.has(parent.name))) count += 1;
        },
      }),
    );
  }
  return count;
}
