import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType("SiteApiKey", {
  description: "A regional site's API key (sent as `x-api-key`). Only its SHA-256 is stored; the key itself is shown once, when created.",
})
@Entity({ name: "site_api_key" })
export class SiteApiKey {
  @Field(() => ID, { description: "Public id of the key (`site_<12 hex>`); the key starts with `jhk_<the same 12 hex>_`. Audit trails name the site by it." })
  @PrimaryColumn({ type: "text" })
  keyId!: string;

  /** The operator whose regional site the key signs in. */
  @Column({ type: "text" })
  operatorId!: string;

  /** SHA-256 (hex) of the whole key; never exposed. */
  @Column({ type: "text" })
  sha256!: string;

  @Field(() => String, { nullable: true, description: "What the key is for (e.g. 公式サイト), as its creator named it." })
  @Column({ type: "text", nullable: true })
  label!: string | null;

  @Column({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => String, { description: "Who created the key (the subject of the administrator or coordinator; `dev-token` for development keys)." })
  @Column({ type: "text" })
  createdBy!: string;

  @Column({ type: "timestamptz", nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Who revoked the key; null while it is active." })
  @Column({ type: "text", nullable: true })
  revokedBy!: string | null;
}
