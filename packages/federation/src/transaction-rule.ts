import type { OperationTypeNode } from "graphql";

/**
 * The one rule for ending a request's transaction: a mutation that reported any error is rolled back (all or nothing);
 * everything else commits (a query's reads have nothing to undo, and committing releases its snapshot cheaply).
 * `operation` is the type of the operation Apollo (or executeLocal) parsed and selected; undefined when none ran.
 */
export function shouldCommit(operation: OperationTypeNode | "query" | "mutation" | "subscription" | undefined, hadErrors: boolean): boolean {
  return !(operation === "mutation" && hadErrors);
}
