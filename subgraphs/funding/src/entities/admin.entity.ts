import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

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
