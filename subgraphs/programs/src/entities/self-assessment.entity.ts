import { Column, Entity, PrimaryColumn } from "typeorm";

/** One answer of an operator's self-assessment: one statement (element × level) in one fiscal year. */
@Entity({ name: "self_assessment_answer" })
export class SelfAssessmentAnswer {
  @PrimaryColumn({ type: "text" })
  operatorId!: string;

  @PrimaryColumn({ type: "int" })
  fiscalYear!: number;

  @PrimaryColumn({ type: "text" })
  element!: string;

  @PrimaryColumn({ type: "int" })
  level!: number;

  @Column({ type: "int" })
  answer!: number;

  @Column({ type: "timestamptz", default: () => "now()", transformer: { to: (v: string | undefined) => v, from: (v: Date) => v.toISOString() } })
  recordedAt!: string;

  @Column({ type: "text", nullable: true })
  recordedBy!: string | null;
}
