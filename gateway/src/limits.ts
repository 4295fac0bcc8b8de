import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";

/** Deepest selection a client may send (the directory page needs 8). Introspection is exempt; it is off in production. */
export const MAX_QUERY_DEPTH = 10;
/** Most aliases in one operation: aliasing turns one request into many (OWASP batching attacks). */
export const MAX_ALIASES = 30;

function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      const fragment = fragments[name];
      if (fragment) deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Rejects operations deeper than MAX_QUERY_DEPTH or with more than MAX_ALIASES aliases, before any subgraph is called. */
export function queryLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias) aliases += 1;
    },
    OperationDefinition: {
      enter(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > MAX_QUERY_DEPTH) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; the limit is ${MAX_QUERY_DEPTH}.`, { nodes: [node] }));
        }
      },
      leave(node) {
        if (aliases > MAX_ALIASES) {
          context.reportError(new GraphQLError(`The operation uses ${aliases} aliases; the limit is ${MAX_ALIASES}.`, { nodes: [node] }));
        }
      },
    },
  };
}
