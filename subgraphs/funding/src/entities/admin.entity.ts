import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One administrative change: who, when, what, before and after. Append-only for the application role. */
@ObjectType("FundingAuditEntry", {
  description: "One administrative change to the funding records (an adoption or a linked-law certification recorded): who, when, and the record after.",
})
@Entity({ name: "admin_audit" })
export class AdminAudit {
  @Field(() => ID, { description: "Sequential id." })
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ type: "timestamptz" })
  at!: Date;

  @Column({ type: "text" })
  actorRole!: string;

  @Field(() => String, { nullable: true, description: "The administrator's subject (user id) from the gateway token." })
  @Column({ type: "text", nullable: true })
  actorSubject!: string | null;

  @Field(() => String, { description: "What was done (recordAdoption, recordLinkedLawCertification)." })
  @Column({ type: "text" })
  action!: string;

  @Field(() => String, { nullable: true, description: "The record changed: an adoption id (e.g. FY2026-A1) or a certification id." })
  @Column({ type: "text", nullable: true })
  targetId!: string | null;

  @Column({ type: "jsonb", nullable: true })
  before!: unknown;

  @Column({ type: "jsonb", nullable: true })
  after!: unknown;

  @Field(() => String, { description: "The request id that correlates gateway, subgraph and audit records." })
  @Column({ type: "text" })
  requestId!: string;
}
