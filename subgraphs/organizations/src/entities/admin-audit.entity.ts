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

  @Column({ type: "text" })
  actorRole!: string;

  @Field(() => String, { description: "The administrator's subject (user id) from the gateway token." })
  @Column({ type: "text", nullable: true })
  actorSubject!: string;

  @Field(() => String, { description: "What was done (grantLogoLicense, suspendLogoLicense, revokeLogoLicense)." })
  @Column({ type: "text" })
  action!: string;

  /** The operator whose record changed. */
  @Column({ type: "text", nullable: true })
  targetId!: string | null;

  @Column({ type: "jsonb", nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: "jsonb", nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { description: "The request id that correlates gateway, subgraph and audit records." })
  @Column({ type: "text" })
  requestId!: string;
}

@ObjectType("AdminDeniedAttempt", {
  description: "One refused administrative attempt (e.g. a coordinator trying to revoke a licence): who, when, what and why. Kept although the attempt changed nothing.",
})
@Entity({ name: "admin_denied_attempt" })
export class AdminDeniedAttempt {
  @Field(() => ID, { description: "Sequential id." })
  @PrimaryColumn({ type: "bigint" })
  id!: string;

  @Column({ type: "timestamptz" })
  at!: Date;

  @Field(() => String, { description: "The viewer kind that tried (ANONYMOUS, SITE, COORDINATOR)." })
  @Column({ type: "text" })
  actorRole!: string;

  @Field(() => String, { nullable: true, description: "The user or API key that tried; null for anonymous viewers." })
  @Column({ type: "text", nullable: true })
  actorSubject!: string | null;

  @Field(() => ID, { nullable: true, description: "The operator the viewer acts for; null for anonymous viewers." })
  @Column({ type: "text", nullable: true })
  actorOperatorId!: string | null;

  @Field(() => String, { description: "What was attempted (e.g. revokeLogoLicense, adminAuditTrail)." })
  @Column({ type: "text" })
  action!: string;

  @Field(() => String, { description: "Why it was refused, as the viewer was told." })
  @Column({ type: "text" })
  reason!: string;

  @Field(() => String, { description: "The request id that correlates gateway, subgraph and audit records." })
  @Column({ type: "text" })
  requestId!: string;
}
