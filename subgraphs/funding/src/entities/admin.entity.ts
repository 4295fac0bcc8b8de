import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/** One administrative change: who, when, what, before and after. Append-only for the application role. */
@Entity({ name: "admin_audit" })
export class AdminAudit {
  @PrimaryGeneratedColumn({ type: "bigint" })
  id!: string;

  @Column({ type: "timestamptz" })
  at!: Date;

  @Column({ type: "text" })
  actorRole!: string;

  @Column({ type: "text", nullable: true })
  actorSubject!: string | null;

  @Column({ type: "text" })
  action!: string;

  @Column({ type: "text", nullable: true })
  targetId!: string | null;

  @Column({ type: "jsonb", nullable: true })
  before!: unknown;

  @Column({ type: "jsonb", nullable: true })
  after!: unknown;

  @Column({ type: "text" })
  requestId!: string;
}

/** The first result of an administrative mutation, by the caller's idempotency key (the shape `claimIdempotencyKey` uses). */
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
