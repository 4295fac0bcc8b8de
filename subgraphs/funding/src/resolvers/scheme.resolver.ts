import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { FundingContext } from "../context";
import { SchemeFrame, SubsidyScheme } from "../entities";
import { listCodeRange } from "../services/adoption-rows";
import { listSchemes } from "../services/reference-data.service";
import { assertFiscalYear } from "../services/scheme-rules";

// Scheme data is public: the ministry publishes it. No viewer check narrows it.
@Resolver(() => SubsidyScheme)
export class SubsidySchemeResolver {
  @Query(() => [SubsidyScheme], { description: "The subsidy scheme of every fiscal year, FY2022 to FY2026, in year order." })
  subsidySchemes(@Ctx() ctx: FundingContext): Promise<SubsidyScheme[]> {
    return listSchemes(ctx);
  }

  @Query(() => SubsidyScheme, { nullable: true, description: "One fiscal year's subsidy scheme." })
  subsidyScheme(
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, 2022 to 2026." }) fiscalYear: number,
    @Ctx() ctx: FundingContext,
  ): Promise<SubsidyScheme | null> {
    assertFiscalYear(fiscalYear);
    return ctx.loaders.schemeByFiscalYear.load(fiscalYear);
  }

  @FieldResolver(() => [SchemeFrame], { description: "The frames the scheme offered, in the order the documents list them." })
  frames(@Root() scheme: SubsidyScheme, @Ctx() ctx: FundingContext): Promise<SchemeFrame[]> {
    return ctx.loaders.framesByFiscalYear.load(scheme.fiscalYear);
  }
}

@Resolver(() => SchemeFrame)
export class SchemeFrameResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "How many adoptions the frame had that year, as its published list gives them; null (unknown) when no list was published for the frame (FY2025 (1)伴走・横展開支援事業, FY2026), never 0 for a count the documents do not give. See recordedAdoptionCount.",
  })
  async adoptionCount(@Root() frame: SchemeFrame, @Ctx() ctx: FundingContext): Promise<number | null> {
    if (frame.listCodePrefix === null) return null;
    return this.recordedAdoptionCount(frame, ctx);
  }

  @FieldResolver(() => Int, { description: "Adoptions the hub holds for this frame that year (a lower bound where adoptionCount is null)." })
  async recordedAdoptionCount(@Root() frame: SchemeFrame, @Ctx() ctx: FundingContext): Promise<number> {
    const codes = await ctx.loaders.listCodesByFiscalYear.load(frame.fiscalYear);
    return codes.filter((c) => c.frame === frame.frame).length;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The frame's list codes as ranges (e.g. A1–A38). FY2023's two frames share the codes B1–B20, so each lists its runs (e.g. B1, B4–B5, …). Null when the frame has no list.",
  })
  async listCodeRange(@Root() frame: SchemeFrame, @Ctx() ctx: FundingContext): Promise<string | null> {
    const codes = await ctx.loaders.listCodesByFiscalYear.load(frame.fiscalYear);
    return listCodeRange(codes.filter((c) => c.frame === frame.frame).map((c) => c.listCode));
  }
}

/** Other subgraphs' `SubsidyScheme { fiscalYear }` references, batched per request. Public, like the scheme table. */
export const resolveSchemeReference = (ref: { fiscalYear: number }, ctx: FundingContext) =>
  ctx.loaders.schemeByFiscalYear.load(ref.fiscalYear);
