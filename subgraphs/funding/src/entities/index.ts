import { IdempotencyKey } from "@jinjibu/federation";
import { AdminAudit } from "./admin.entity";
import { Adoption, PrintedName } from "./adoption.entity";
import { AdoptionMember } from "./adoption-member.entity";
import { KnownOperator } from "./known-operator.entity";
import { LinkedLawInfo } from "./linked-law.entity";
import { LinkedLawCertification } from "./linked-law-certification.entity";
import { MunicipalBudget } from "./municipal-budget.entity";
import { SchemeFrame } from "./scheme-frame.entity";
import { SubsidyScheme } from "./subsidy-scheme.entity";

export {
  AdminAudit, Adoption, PrintedName, AdoptionMember, KnownOperator, LinkedLawInfo, LinkedLawCertification,
  MunicipalBudget, SchemeFrame, SubsidyScheme,
};
export const entities = [
  SubsidyScheme, SchemeFrame, Adoption, AdoptionMember, LinkedLawInfo, LinkedLawCertification, KnownOperator, MunicipalBudget,
  AdminAudit, IdempotencyKey,
];
