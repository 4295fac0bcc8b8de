import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Program is owned by the programs subgraph; this subgraph adds the partner organisations that take part in it. */
@Directive('@key(fields: "id")')
@ObjectType("Program", { description: "A program or initiative (事業・取組) an operator runs, owned by the programs subgraph." })
export class ProgramStub {
  @Field(() => ID, { description: "Stable id (e.g. `pg-shiojiri-ekkyo`)." })
  id!: string;
}

export const programStub = (id: string): ProgramStub => Object.assign(new ProgramStub(), { id });
