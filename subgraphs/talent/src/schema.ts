import type { GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "@jinjibu/federation";
import type { TalentContext } from "./context";
import { OperatorTalentResolver, resolveOperatorReference } from "./resolvers/operator.resolver";
import { OwnPoolResolver } from "./resolvers/own-pool.resolver";
import { RecordsFilterResolver } from "./resolvers/records-filter.resolver";
import { RecordsResolver } from "./resolvers/records.resolver";
// Loaded before the sharing resolver, so the printed SDL keeps its order of fields.
import { TalentProfileResolver } from "./resolvers/talent-profile.resolver";
import { SharingResolver } from "./resolvers/sharing.resolver";
import { loadOwnProfile } from "./services/talent.service";
import { talentImportResolvers } from "./resolvers/talent-import.resolver";
import { demandResolvers } from "./resolvers/demand.resolver";

/** No I/O: tests, `schema:emit` and the server build the same schema. */
export function buildTalentSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    { resolvers: [TalentProfileResolver, SharingResolver, RecordsResolver, OperatorTalentResolver, OwnPoolResolver, RecordsFilterResolver, ...talentImportResolvers, ...demandResolvers] },
    {
      // `_entities` is reachable by anyone holding a gateway token: it applies the same owner check as `talentProfile`.
      TalentProfile: { __resolveReference: (ref: { id: string }, ctx: TalentContext) => loadOwnProfile(ctx, ref.id) },
      Operator: { __resolveReference: resolveOperatorReference },
    },
  );
}
