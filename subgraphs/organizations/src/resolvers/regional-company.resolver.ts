import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { regionalCompanyEditor } from "@jinjibu/auth";
import { companySizeClassLabels, jsicDivisionLabels } from "@jinjibu/domain";
import { Connection, ConnectionArgs, enforce } from "@jinjibu/federation";
import type { OrganizationsContext } from "../context";
import { Operator, RegionalCompany } from "../entities";
import { RegionalCompanyInput, RegionalCompanyRowInput } from "../inputs/regional-company.inputs";
import * as companies from "../services/regional-company.service";
import { CompanyImportResult } from "../types/regional-company-import";
import { Prefecture, prefectureOf } from "../types/geography";

export const RegionalCompanyConnection = Connection(RegionalCompany, "RegionalCompany", "regional company");

const IDEMPOTENCY_DESCRIPTION =
  "Optional, 8–200 characters, chosen by the client: a retry with the same key and input returns the first result instead of " +
  "registering again; the same key with another input is CONFLICT.";

@Resolver(() => RegionalCompany)
export class RegionalCompanyResolver {
  @Query(() => RegionalCompanyConnection, {
    description: "Regional companies (地域企業) in name order: PUBLIC ones to everyone, NETWORK ones to signed-in viewers; filter by supporting operator, name or prefecture.",
  })
  regionalCompanies(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("operatorId", () => ID, { nullable: true, description: "Only companies this operator supports." }) operatorId: string | null,
    @Arg("search", () => String, { nullable: true, description: "Part of the name or of a variant (NFKC-normalised, spaces ignored)." }) search: string | null,
    @Arg("prefectureCode", () => String, { nullable: true, description: 'Only companies in this prefecture (JIS code "01"–"47").' }) prefectureCode: string | null,
    @Ctx() ctx: OrganizationsContext,
  ) {
    return companies.listRegionalCompanies(ctx, page, { operatorId, search, prefectureCode });
  }

  @Query(() => RegionalCompany, { nullable: true, description: "One regional company by id; null when there is none or it is NETWORK-only and the viewer is anonymous." })
  regionalCompany(@Arg("id", () => ID, { description: "The company id." }) id: string, @Ctx() ctx: OrganizationsContext) {
    return companies.loadRegionalCompany(ctx, id);
  }

  @Mutation(() => RegionalCompany, { description: "Registers a regional company the viewer's operator supports. Coordinators and regional sites of an operator." })
  createRegionalCompany(
    @Arg("input", () => RegionalCompanyInput, { description: "The company." }) input: RegionalCompanyInput,
    @Arg("idempotencyKey", () => String, { nullable: true, description: IDEMPOTENCY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: OrganizationsContext,
  ) {
    const operatorId = enforce(regionalCompanyEditor(ctx.viewer));
    return companies.createRegionalCompany(ctx, ctx.viewer, operatorId, input, idempotencyKey);
  }

  @Mutation(() => CompanyImportResult, {
    description:
      "Imports rows of the operator's company list (the companies template read from CSV/Excel by `@jinjibu/talent-import`), at most 2,000 " +
      "per call, validated again here. All or nothing: with any problem nothing is written and every problem is returned in Japanese. " +
      "管理番号 is the stable key: a re-upload updates the operator's company with that number.",
  })
  importRegionalCompanies(
    @Arg("rows", () => [RegionalCompanyRowInput], { description: "The file's data rows with their row numbers." }) rows: RegionalCompanyRowInput[],
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "Validate only; write nothing." }) dryRun: boolean,
    @Ctx() ctx: OrganizationsContext,
  ) {
    const operatorId = enforce(regionalCompanyEditor(ctx.viewer));
    return companies.importRegionalCompanies(ctx, operatorId, rows, dryRun);
  }

  @FieldResolver(() => String, { nullable: true, description: "Japanese label of the JSIC major division (e.g. 建設業)." })
  jsicDivisionLabelJa(@Root() company: RegionalCompany): string | null {
    return company.jsicDivision ? jsicDivisionLabels[company.jsicDivision] : null;
  }

  @FieldResolver(() => String, { description: "Japanese label of the size class." })
  sizeClassLabelJa(@Root() company: RegionalCompany): string {
    return companySizeClassLabels[company.sizeClass];
  }

  @FieldResolver(() => Prefecture, { nullable: true, description: "The prefecture; null when not known." })
  prefecture(@Root() company: RegionalCompany): Prefecture | null {
    return prefectureOf(company.prefectureCode);
  }

  @FieldResolver(() => [Operator], { description: "The operators that support the company (the first registered it)." })
  async supportingOperators(@Root() company: RegionalCompany, @Ctx() ctx: OrganizationsContext): Promise<Operator[]> {
    const found = await ctx.loaders.operatorById.loadMany(company.supportingOperatorIds);
    return found.filter((o): o is Operator => o instanceof Operator);
  }

  @FieldResolver(() => String, { description: "The name as shown: 「（デモ）」 is prefixed to demo data." })
  displayNameJa(@Root() company: RegionalCompany): string {
    return company.isDemo ? `（デモ）${company.nameJa}` : company.nameJa;
  }
}

/** `_entities` for RegionalCompany: the same visibility rule as `regionalCompany`. */
export const resolveRegionalCompanyReference = (ref: { id: string }, ctx: OrganizationsContext) => companies.loadRegionalCompany(ctx, ref.id);
