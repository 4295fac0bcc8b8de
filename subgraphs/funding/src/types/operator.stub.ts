import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by the organizations subgraph; funding adds adoptions, adoptionCount, eligibility and certifications. */
@Directive('@key(fields: "id")')
// Same description as the owner (organizations), so composition has one to choose.
@ObjectType("Operator", { description: "An operator (地域の人事部事業者): an organisation that runs a regional HR department." })
export class OperatorStub {
  @Field(() => ID, { description: "Stable id (e.g. `op-dotdoto`)." })
  id!: string;
}
