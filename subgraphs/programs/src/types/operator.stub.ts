import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Operator is owned by the organizations subgraph; this subgraph adds programs, case studies and self-assessments. */
@Directive('@key(fields: "id")')
@ObjectType("Operator", { description: "An operator (地域の人事部事業者), owned by the organizations subgraph." })
export class OperatorStub {
  @Field(() => ID, { description: "Stable id (e.g. `op-dotdoto`)." })
  id!: string;
}

export const operatorStub = (id: string): OperatorStub => Object.assign(new OperatorStub(), { id });
