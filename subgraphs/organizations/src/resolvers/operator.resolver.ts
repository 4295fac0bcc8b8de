import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import {
  Connection,
  ConnectionArgs,
  InstitutionKind,
  LogoLicenseStatus,
  RegionalBlock,
} from "@jinjibu/federation";
import { corporateCategoryLabels, logoLicenseStatusLabels, regionalBlockLabels } from "@jinjibu/domain";
import type * as domain from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { ACTIVE_LICENSE_STATUSES, LogoLicense, ModelRegion, Municipality, Operator } from "../entities";
import { listOperators } from "../services/lists.service";
import { isInstitutionKind } from "../services/institution-kind";
import { Prefecture, effectiveBlock, prefectureOf } from "../types/geography";

export const OperatorConnection = Connection(Operator, "Operator", "operator");

// Operators are public directory data: every field here is open to anonymous viewers. Internal licence fields are
// guarded on LogoLicense itself.
@Resolver(() => Operator)
export class OperatorResolver {
  @Query(() => Operator, { nullable: true, description: "One operator by id; null when there is none." })
  operator(@Arg("id", () => ID, { description: "The operator's id (e.g. `op-dotdoto`)." }) id: string, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.operatorById.load(id);
  }

  @Query(() => OperatorConnection, { description: "All 地域の人事部 operators in id order, optionally filtered." })
  async operators(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("search", () => String, {
      nullable: true,
      description: "Part of a name or of any spelling variant, matched after NFKC normalisation (クラビズ finds 株式会社クラブズ; K A Z A M I finds 合同会社KAZAMI).",
    })
    search: string | null,
    @Arg("prefectureCode", () => String, { nullable: true, description: 'Only operators in this prefecture (JIS code "01"–"47").' })
    prefectureCode: string | null,
    @Ctx() ctx: OrganizationsContext,
  ) {
    return listOperators(ctx, page, { search, prefectureCode });
  }

  @FieldResolver(() => String, { nullable: true, description: "営利法人 or 非営利法人; null when unknown." })
  corporateCategoryLabelJa(@Root() op: Operator): string | null {
    return op.corporateCategory ? corporateCategoryLabels[op.corporateCategory] : null;
  }

  @FieldResolver(() => InstitutionKind, {
    nullable: true,
    description: "Institution kind, for operators that are also a kind of institution (a 信用金庫, a 商工会議所…); null otherwise.",
  })
  institutionKind(@Root() op: Operator): domain.InstitutionKind | null {
    return isInstitutionKind(op.institutionKind) ? op.institutionKind : null;
  }

  @FieldResolver(() => Prefecture, {
    nullable: true,
    description: "The prefecture; null when no document states it. Never guessed: see `prefectureSource` for inferred values.",
  })
  prefecture(@Root() op: Operator): Prefecture | null {
    return prefectureOf(op.prefectureCode);
  }

  @FieldResolver(() => RegionalBlock, {
    nullable: true,
    description: "Regional block: the one a document states, else the prefecture's; null when neither is known.",
  })
  regionalBlock(@Root() op: Operator): domain.RegionalBlock | null {
    return effectiveBlock(op.regionalBlock, op.prefectureCode);
  }

  @FieldResolver(() => String, { nullable: true, description: "Japanese name of the regional block (e.g. 関東); null when unknown." })
  regionalBlockNameJa(@Root() op: Operator): string | null {
    const block = effectiveBlock(op.regionalBlock, op.prefectureCode);
    return block ? regionalBlockLabels[block] : null;
  }

  @FieldResolver(() => [Municipality], { description: "Municipalities and areas the operator serves, in the documents' order." })
  municipalitiesServed(@Root() op: Operator, @Ctx() ctx: OrganizationsContext): Promise<Municipality[]> {
    return ctx.loaders.municipalitiesByOperator.load(op.id);
  }

  @FieldResolver(() => LogoLicense, { nullable: true, description: "The logo licence; null when the operator never held one." })
  logoLicense(@Root() op: Operator, @Ctx() ctx: OrganizationsContext): Promise<LogoLicense | null> {
    return ctx.loaders.licenseByOperator.load(op.id);
  }

  @FieldResolver(() => LogoLicenseStatus, { description: "Logo-licence status; NONE when the operator holds no licence." })
  async logoLicenseStatus(@Root() op: Operator, @Ctx() ctx: OrganizationsContext): Promise<domain.LogoLicenseStatus> {
    const license = await ctx.loaders.licenseByOperator.load(op.id);
    return license?.status ?? LogoLicenseStatus.NONE;
  }

  @FieldResolver(() => String, { description: "Japanese label of the logo-licence status (e.g. 補助事業採択事業者)." })
  async logoLicenseStatusLabelJa(@Root() op: Operator, @Ctx() ctx: OrganizationsContext): Promise<string> {
    const license = await ctx.loaders.licenseByOperator.load(op.id);
    return logoLicenseStatusLabels[license?.status ?? LogoLicenseStatus.NONE];
  }

  @FieldResolver(() => Boolean, {
    description: "True when the national directory lists the operator (its logo licence is ADOPTED or LOGO_APPROVED).",
  })
  async listedInDirectory(@Root() op: Operator, @Ctx() ctx: OrganizationsContext): Promise<boolean> {
    const license = await ctx.loaders.licenseByOperator.load(op.id);
    return license != null && ACTIVE_LICENSE_STATUSES.includes(license.status);
  }

  @FieldResolver(() => [ModelRegion], { description: "Kanto model regions the operator leads or works in." })
  async kantoModelRegions(@Root() op: Operator, @Ctx() ctx: OrganizationsContext): Promise<ModelRegion[]> {
    const regions = await ctx.loaders.modelRegionById.loadMany(op.kantoModelRegionIds);
    return regions.filter((r): r is ModelRegion => r != null && !(r instanceof Error));
  }

  @FieldResolver(() => Boolean, { description: "True when the operator is (or from FY2025 becomes) the lead of a Kanto model region." })
  async isKantoModelRegionLead(@Root() op: Operator, @Ctx() ctx: OrganizationsContext): Promise<boolean> {
    const regions = await this.kantoModelRegions(op, ctx);
    return regions.some((r) => r.leadOperatorId === op.id || r.successorLeadOperatorId === op.id);
  }
}

/** How other subgraphs' `Operator { id }` references become rows, batched per request. Operators are public. */
export const resolveOperatorReference = (ref: { id: string }, ctx: OrganizationsContext) =>
  ctx.loaders.operatorById.load(ref.id);
