import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The organizations subgraph owns Operator; talent only adds fields to it and refers to it by id. */
@Directive('@key(fields: "id")')
@ObjectType("Operator", { description: "An operator (地域の人事部事業者), owned by the organizations subgraph." })
export class OperatorStub {
  @Field(() => ID, { description: "Stable id (e.g. `op-dotdoto`)." })
  id!: string;
}

export const operatorStub = (id: string): OperatorStub => Object.assign(new OperatorStub(), { id });
