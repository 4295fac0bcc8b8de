import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType("AdminAuditEntry", { description: "One administrative change: who made it, when, and the record before and after." })
@Entity({ name: "admin_audit" })
export class AdminAudit {
  @Field(() => ID, { description: "Sequential id." })
  @PrimaryColumn({ type: "bigint" })
  id!: string;

  @Column({ type: "timestamptz" })
  at!: Date;

  @Field(() => String, { description: "The administrator's subject (user id) from the gateway token." })
  @Column({ type: "text" })
  actorSubject!: string;

  @Field(() => String, { description: "What was done (grantLogoLicense, suspendLogoLicense, revokeLogoLicense)." })
  @Column({ type: "text" })
  action!: string;

  @Column({ type: "text" })
  operatorId!: string;

  @Column({ type: "jsonb", nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: "jsonb", nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { description: "The request id that correlates gateway, subgraph and audit records." })
  @Column({ type: "text" })
  requestId!: string;
}

@Entity({ name: "idempotency_key" })
export class IdempotencyKey {
  @PrimaryColumn({ type: "text" })
  subject!: string;

  @PrimaryColumn({ type: "text" })
  key!: string;

  @Column({ type: "text" })
  operation!: string;

  @Column({ type: "text" })
  fingerprint!: string;

  @Column({ type: "jsonb", nullable: true })
  result!: unknown;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;
}
