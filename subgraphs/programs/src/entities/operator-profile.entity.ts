import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * What this subgraph keeps about each operator for filters and similarity (regional block, class, leadership). A
 * denormalised copy seeded from the facts: reading organizations' tables is not allowed, and search must filter in SQL.
 */
@Entity({ name: "operator_profile" })
export class OperatorProfile {
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Column({ type: "text" })
  nameJa!: string;

  @Column({ type: "text", nullable: true })
  prefecture!: string | null;

  @Column({ type: "text", nullable: true })
  regionalBlock!: string | null;

  @Column({ type: "text", nullable: true })
  corporateCategory!: string | null;

  @Column({ type: "text", nullable: true })
  leadershipModel!: string | null;

  @Column({ type: "text", nullable: true })
  kantoRegionId!: string | null;
}
