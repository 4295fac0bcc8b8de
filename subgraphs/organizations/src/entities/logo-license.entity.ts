import type * as domain from "@jinjibu/domain";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { LogoLicenseStatus } from "@jinjibu/federation";

export enum LogoLicenseBasis {
  ADOPTION = "ADOPTION",
  APPROVAL = "APPROVAL",
}
registerEnumType(LogoLicenseBasis, {
  name: "LogoLicenseBasis",
  description: "Why an operator holds the logo licence.",
  valuesConfig: {
    ADOPTION: { description: "Adopted for the subsidy (本補助事業採択事業者)." },
    APPROVAL: { description: "Approved to use the logo (ロゴマーク利用承認事業者) without an adoption." },
  },
});

/** Statuses under which the operator is listed in the national directory. */
export const ACTIVE_LICENSE_STATUSES: readonly domain.LogoLicenseStatus[] = [LogoLicenseStatus.ADOPTED, LogoLicenseStatus.LOGO_APPROVED];

@ObjectType({
  description:
    "An operator's licence to use the 地域の人事部 logo, which also lists it in the national directory. `reason` and `updatedBy` are internal.",
})
@Entity({ name: "logo_license" })
export class LogoLicense {
  @PrimaryColumn({ type: "text" })
  operatorId!: string;

  @Field(() => LogoLicenseStatus, { description: "Current status." })
  @Column({ type: "text" })
  status!: domain.LogoLicenseStatus;

  @Field(() => LogoLicenseBasis, { description: "Why the licence was granted." })
  @Column({ type: "text" })
  basis!: LogoLicenseBasis;

  @Field(() => String, {
    nullable: true,
    description: "Date granted (ISO YYYY-MM-DD); null for licences seeded from the adoption lists, which print no date.",
  })
  @Column({ type: "date", nullable: true })
  grantedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Date suspended (ISO), while suspended." })
  @Column({ type: "date", nullable: true })
  suspendedOn!: string | null;

  @Field(() => String, { nullable: true, description: "Date revoked (ISO), once revoked." })
  @Column({ type: "date", nullable: true })
  revokedOn!: string | null;

  @Column({ type: "text", nullable: true })
  reason!: string | null;

  @Column({ type: "text" })
  updatedBy!: string;

  @Column({ type: "timestamptz", default: () => "now()" })
  createdAt!: Date;

  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;
}
