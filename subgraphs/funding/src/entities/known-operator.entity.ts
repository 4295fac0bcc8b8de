import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The operator ids funding accepts when an administrator records an adoption or certification. Operators are owned by
 * the organizations subgraph, whose tables funding must not read; this copy is seeded from the same facts. An operator
 * created later in organizations must be added here too (an event from organizations would be the proper seam).
 */
@Entity({ name: "known_operator" })
export class KnownOperator {
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Column({ type: "text" })
  nameJa!: string;
}
