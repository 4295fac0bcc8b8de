import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { SubsidyFrame } from "@jinjibu/federation";
import type { SubsidyFrame as SubsidyFrameCode } from "@jinjibu/domain";

@ObjectType({ description: "One frame (枠) a fiscal year's scheme offered, with the list codes its adoptions carry." })
@Entity({ name: "scheme_frame" })
export class SchemeFrame {
  @Field(() => Int, { description: "Fiscal year of the scheme." })
  @PrimaryColumn({ type: "integer" })
  fiscalYear!: number;

  @Field(() => SubsidyFrame, { description: "The frame." })
  @PrimaryColumn({ type: "text" })
  frame!: SubsidyFrameCode;

  @Field(() => String, { description: "The frame's name as that year's documents print it (e.g. 法制度連携枠, (1)伴走・横展開支援事業)." })
  @Column({ type: "text" })
  labelJa!: string;

  @Field(() => String, { nullable: true, description: "Letter the frame's list codes start with (A or B); null when no list codes were published." })
  @Column({ type: "text", nullable: true })
  listCodePrefix!: string | null;

  @Column({ type: "integer" })
  sortOrder!: number;
}
