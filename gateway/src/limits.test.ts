import { Supergraph } from "@apollo/federation-internals";
import { readFileSync } from "node:fs";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { supergraphPath } from "./compose";
import { COST_BUDGETS, operationCost, sensitiveSelections } from "./limits";
import { viewerKey } from "./rate-limits";

const schema = Supergraph.build(readFileSync(supergraphPath(), "utf8")).apiSchema().toGraphQLJSSchema();
const op = (source: string) => {
  const document = parse(source);
  return { document, operation: document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode };
};

describe("query cost and sensitive selections", () => {
  it("prices `first:` pages, and anonymous viewers have the smallest budget", () => {
    const small = op("{ operators(first: 1) { edges { node { nameJa } } } }");
    const big = op("{ operators(first: 100) { edges { node { nameJa } } } }");
    expect(operationCost(schema, big.document, big.operation)).toBeGreaterThan(50 * operationCost(schema, small.document, small.operation));
    expect(COST_BUDGETS.ANONYMOUS).toBeLessThan(COST_BUDGETS.COORDINATOR);
    expect(COST_BUDGETS.COORDINATOR).toBeLessThanOrEqual(COST_BUDGETS.NATIONAL_ADMIN);
  });

  it("counts each aliased acceptIntroduction and each cross-region contact read, not the own pool's", () => {
    const accept = op('mutation { a: acceptIntroduction(id: "1") { id } b: acceptIntroduction(id: "2") { id } }');
    expect(sensitiveSelections(schema, accept.document, accept.operation)).toBe(2);
    const contact = op('query { introduction(id: "1") { contact { email } } }');
    expect(sensitiveSelections(schema, contact.document, contact.operation)).toBe(1);
    const own = op('query { talentProfile(id: "1") { contact { email } } }');
    expect(sensitiveSelections(schema, own.document, own.operation)).toBe(0);
    const plain = op("{ prefectures { code } }");
    expect(sensitiveSelections(schema, plain.document, plain.operation)).toBe(0);
  });

  it("counts anonymous visitors by address, signed-in ones by subject or key", () => {
    expect(viewerKey({ role: "ANONYMOUS", operatorId: null, subject: null }, "10.0.0.1")).toBe("ip:10.0.0.1");
    expect(viewerKey({ role: "COORDINATOR", operatorId: "op-a", subject: "u@a" }, "10.0.0.1")).toBe("user:u@a");
    expect(viewerKey({ role: "SITE", operatorId: "op-a", subject: "key-1" }, "10.0.0.1")).toBe("key:key-1");
  });
});
