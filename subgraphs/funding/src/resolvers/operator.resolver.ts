import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import type { SubsidyFrame as SubsidyFrameEnum } from "@jinjibu/domain";
import { SubsidyFrame } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import { Adoption, LinkedLawCertification } from "../entities";
import { OperatorStub } from "../types/operator.stub";
import { assessEligibility, countAdoptionYears } from "../services/eligibility.service";
import { Eligibility } from "../types/eligibility.type";

// Adoptions, counts, eligibility and linked-law certifications are public: the ministry publishes the lists and the
// rules, and the certifications are public designations. No viewer check narrows them.
@Resolver(() => OperatorStub)
export class OperatorFundingResolver {
  @FieldResolver(() => [Adoption], { nullable: true, description: "The operator's adoptions since FY2022, in fiscal-year and list order." })
  adoptions(@Root() operator: OperatorStub, @Ctx() ctx: FundingContext): Promise<Adoption[]> {
    return ctx.loaders.adoptionsByOperatorId.load(operator.id);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Adoptions since FY2022: the distinct fiscal years in which the operator appears in any list, every frame counted, consortium members each counted (an assumption: the documents do not say how consortium members count).",
  })
  async adoptionCount(@Root() operator: OperatorStub, @Ctx() ctx: FundingContext): Promise<number> {
    return countAdoptionYears(await ctx.loaders.adoptionsByOperatorId.load(operator.id));
  }

  @FieldResolver(() => Eligibility, {
    nullable: true,
    description:
      "Whether the operator may be adopted in a fiscal year's frame, the rate, and why. FY2026 rules: at most 3 adoptions counted across every frame since FY2022; 右腕人材枠 2/3, 1/2, 1/3 and 法制度連携枠 1/2, 1/2, 1/3 by adoption number; 法制度連携枠 needs a linked-law certification.",
  })
  async eligibility(
    @Root() operator: OperatorStub,
    @Arg("fiscalYear", () => Int, { description: "Fiscal year, 2022 to 2026." }) fiscalYear: number,
    @Arg("frame", () => SubsidyFrame, { description: "A frame that fiscal year offered." }) frame: SubsidyFrameEnum,
    @Ctx() ctx: FundingContext,
  ): Promise<Eligibility> {
    const [adoptions, certifications] = await Promise.all([
      ctx.loaders.adoptionsByOperatorId.load(operator.id),
      ctx.loaders.certificationsByOperatorId.load(operator.id),
    ]);
    return assessEligibility({ fiscalYear, frame, adoptions, certifications });
  }

  @FieldResolver(() => [LinkedLawCertification], {
    nullable: true,
    description: "Certifications the operator holds under the three linked laws (needed for 法制度連携枠).",
  })
  linkedLawCertifications(@Root() operator: OperatorStub, @Ctx() ctx: FundingContext): Promise<LinkedLawCertification[]> {
    return ctx.loaders.certificationsByOperatorId.load(operator.id);
  }
}

/** The gateway sends `Operator { id }`; funding's fields need nothing but the id. */
export const resolveOperatorReference = (ref: { id: string }) => ({ id: ref.id });
