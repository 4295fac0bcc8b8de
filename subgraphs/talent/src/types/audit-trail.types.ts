import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo } from "@jinjibu/federation";
import { AuditEntry } from "../entities/records";

/** The bound up to which `auditTrail` counts exactly. */
export const AUDIT_COUNT_BOUND = 10_000;

@ObjectType("AuditEntryEdge", { description: "One access audit row in a page, with its cursor." })
export class AuditEntryEdge {
  @Field(() => String, { description: "Opaque position of this item in the list." })
  cursor!: string;

  @Field(() => AuditEntry, { description: "The access audit row." })
  node!: AuditEntry;
}

@ObjectType("AuditEntryConnection", { description: "A page of access audit rows, newest first, with a bounded total." })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge], { description: "The items on this page, in order." })
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo, { description: "Paging information." })
  pageInfo!: PageInfo;

  @Field(() => Int, {
    description:
      `How many rows the trail holds: exact up to ${AUDIT_COUNT_BOUND}; beyond, ${AUDIT_COUNT_BOUND} and \`totalCountIsLowerBound\` ` +
      "is true (the trail never counts millions of rows).",
  })
  totalCount!: number;

  @Field(() => Boolean, { description: `True when \`totalCount\` is a lower bound: the trail holds more than ${AUDIT_COUNT_BOUND} rows.` })
  totalCountIsLowerBound!: boolean;
}
