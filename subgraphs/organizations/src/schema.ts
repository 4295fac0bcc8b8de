import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@jinjibu/federation";
// Module order fixes the order of types and fields in the printed SDL: keep it when adding resolvers.
import { OperatorResolver, resolveOperatorReference } from "./resolvers/operator.resolver";
import { DirectoryResolver } from "./resolvers/directory.resolver";
import { MunicipalityResolver, PrefectureResolver, resolvePrefectureReference } from "./resolvers/geography.resolver";
import { AdminAuditResolver, AdminDeniedAttemptResolver, LogoLicenseAdminResolver, LogoLicenseResolver } from "./resolvers/logo-license.resolver";
import { PartyReferenceResolver } from "./resolvers/party.resolver";
import { AgreementResolver, ModelRegionResolver, PartnershipResolver } from "./resolvers/model-region.resolver";
import { PartnerOrganizationResolver } from "./resolvers/partner.resolver";
import { SiteApiKeyResolver } from "./resolvers/site-api-key.resolver";
import { RegionalCompanyResolver, resolveRegionalCompanyReference } from "./resolvers/regional-company.resolver";
import {
  KeyPersonResolver,
  ModelRegionRelationsResolver,
  OperatorRelationsResolver,
  OperatorSurveyResolver,
  PartnerOrganizationRelationsResolver,
  PartnerRelationResolver,
  PolicyPositionResolver,
  ProgramRelationsResolver,
} from "./resolvers/relation.resolver";

/** No I/O: tests, `schema:emit` and the server build the same schema. */
export function buildOrganizationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        OperatorResolver,
        PrefectureResolver,
        MunicipalityResolver,
        PartnerOrganizationResolver,
        ModelRegionResolver,
        PartnershipResolver,
        AgreementResolver,
        PartyReferenceResolver,
        DirectoryResolver,
        LogoLicenseResolver,
        LogoLicenseAdminResolver,
        AdminAuditResolver,
        AdminDeniedAttemptResolver,
        SiteApiKeyResolver,
        RegionalCompanyResolver,
        PartnerRelationResolver,
        PartnerOrganizationRelationsResolver,
        ModelRegionRelationsResolver,
        OperatorRelationsResolver,
        ProgramRelationsResolver,
        KeyPersonResolver,
        OperatorSurveyResolver,
        PolicyPositionResolver,
      ],
    },
    {
      Operator: { __resolveReference: resolveOperatorReference },
      Prefecture: { __resolveReference: resolvePrefectureReference },
      RegionalCompany: { __resolveReference: resolveRegionalCompanyReference },
      Program: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  );
}
