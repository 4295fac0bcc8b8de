import { IdempotencyKey } from "@jinjibu/federation";
import { AdminAudit, AdminDeniedAttempt } from "./admin-audit.entity";
import { Agreement, AgreementParty } from "./agreement.entity";
import { LogoLicense } from "./logo-license.entity";
import { ModelRegion, Partnership } from "./model-region.entity";
import { Municipality, OperatorMunicipality } from "./municipality.entity";
import { Operator } from "./operator.entity";
import { PartnerOrganization } from "./partner-organization.entity";
import { SiteApiKey } from "./site-api-key.entity";
import { RegionalCompany } from "./regional-company.entity";
import { KeyPerson, OperatorSurvey, PartnerRelation, PolicyPosition } from "./relation.entity";

export * from "./admin-audit.entity";
export * from "./agreement.entity";
export * from "./logo-license.entity";
export * from "./model-region.entity";
export * from "./municipality.entity";
export * from "./operator.entity";
export * from "./partner-organization.entity";
export * from "./site-api-key.entity";
export * from "./regional-company.entity";
export * from "./relation.entity";

export const entities = [
  Operator,
  Municipality,
  OperatorMunicipality,
  PartnerOrganization,
  ModelRegion,
  Partnership,
  Agreement,
  AgreementParty,
  LogoLicense,
  AdminAudit,
  AdminDeniedAttempt,
  IdempotencyKey,
  SiteApiKey,
  RegionalCompany,
  PartnerRelation,
  KeyPerson,
  OperatorSurvey,
  PolicyPosition,
];
