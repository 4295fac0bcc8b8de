import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "An operator (地域の人事部事業者): an organisation that runs a regional HR department." })
@Entity({ name: "operator" })
export class Operator {
  @Field(() => ID, { description: "Stable id (e.g. `op-dotdoto`)." })
  @PrimaryColumn({ type: "text" })
  id!: string;

  @Field(() => String, { description: "Official Japanese name, as the latest source document prints it." })
  @Column({ type: "text" })
  nameJa!: string;

  @Field(() => [String], { description: "Other spellings the documents use for the same operator; all of them are searchable." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  nameVariants!: string[];

  @Field(() => String, { nullable: true, description: "Prefecture (e.g. 長野県); null when no document states it. Never guessed." })
  @Column({ type: "text", nullable: true })
  prefectureJa!: string | null;

  /** Normalised names and variants, for search (see normalizeForSearch). */
  @Column({ type: "text" })
  searchText!: string;
}
