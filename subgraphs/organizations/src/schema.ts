import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@jinjibu/federation";
import { DirectoryResolver } from "./resolvers/directory.resolver";
import { MunicipalityResolver, PrefectureResolver, resolvePrefectureReference } from "./resolvers/geography.resolver";
import { AdminAuditResolver, LogoLicenseAdminResolver, LogoLicenseResolver } from "./resolvers/logo-license.resolver";
import { AgreementResolver, ModelRegionResolver, PartnershipResolver } from "./resolvers/model-region.resolver";
import { OperatorResolver, resolveOperatorReference } from "./resolvers/operator.resolver";
import { PartnerOrganizationResolver } from "./resolvers/partner.resolver";
import { PartyReferenceResolver } from "./resolvers/party.resolver";

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
      ],
    },
    {
      Operator: { __resolveReference: resolveOperatorReference },
      Prefecture: { __resolveReference: resolvePrefectureReference },
    },
  );
}
