import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { LinkedLaw as LinkedLawEnum, linkedLawLabels, type SubsidyFrame as SubsidyFrameEnum } from "@jinjibu/domain";
import { Connection, ConnectionArgs, LinkedLaw, SubsidyFrame } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import { Adoption, AdoptionMember, PrintedName } from "../entities";
import { OperatorStub } from "../types/operator.stub";
import { listAdoptions } from "../services/adoption.service";
import { frameLabel } from "../services/scheme-rules";

export const AdoptionConnection = Connection(Adoption, "Adoption", "adoption");

@ArgsType()
class AdoptionFilterArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true, description: "Only this fiscal year (2022 to 2026)." })
  fiscalYear?: number | null;

  @Field(() => SubsidyFrame, { nullable: true, description: "Only this frame; with `fiscalYear`, the frame must be one that year offered." })
  frame?: SubsidyFrameEnum | null;

  @Field(() => LinkedLaw, { nullable: true, description: "Only adoptions relying on this law (FY2025 法制度連携枠)." })
  linkedLaw?: LinkedLawEnum | null;

  @Field(() => ID, { nullable: true, description: "Only adoptions with this operator among their members." })
  operatorId?: string | null;
}

// Adoption lists are public: the ministry publishes them. No viewer check narrows them.
@Resolver(() => Adoption)
export class AdoptionResolver {
  @Query(() => Adoption, { nullable: true, description: "One adoption by id (e.g. FY2025-B4); null when there is none." })
  adoption(@Arg("id", () => ID, { description: "Fiscal year + list code, e.g. FY2025-A1." }) id: string, @Ctx() ctx: FundingContext) {
    return ctx.loaders.adoptionById.load(id);
  }

  @Query(() => AdoptionConnection, { description: "Adoptions in published order (fiscal year, then list code), filtered." })
  adoptions(@Args(() => AdoptionFilterArgs) args: AdoptionFilterArgs, @Ctx() ctx: FundingContext) {
    const { fiscalYear, frame, linkedLaw, operatorId, ...page } = args;
    return listAdoptions(ctx, page, { fiscalYear, frame, linkedLaw, operatorId });
  }

  @FieldResolver(() => String, { description: "The frame's Japanese name (e.g. 右腕人材枠)." })
  frameLabelJa(@Root() adoption: Adoption): string {
    return frameLabel(adoption.frame);
  }

  @FieldResolver(() => String, { nullable: true, description: "The linked law's Japanese short name (e.g. 二地域居住促進法)." })
  linkedLawLabelJa(@Root() adoption: Adoption): string | null {
    return adoption.linkedLaw ? linkedLawLabels[adoption.linkedLaw] : null;
  }

  @FieldResolver(() => [AdoptionMember], { description: "The adopted operators in printed order ((1), (2), …)." })
  members(@Root() adoption: Adoption, @Ctx() ctx: FundingContext): Promise<AdoptionMember[]> {
    return ctx.loaders.membersByAdoptionId.load(adoption.id);
  }

  @FieldResolver(() => [PrintedName], { description: "Member names exactly as each source document printed them (spelling variants kept)." })
  printedNames(@Root() adoption: Adoption): PrintedName[] {
    return Object.entries(adoption.printedNames ?? {}).map(([source, text]) => ({ source, text }));
  }
}

@Resolver(() => AdoptionMember)
export class AdoptionMemberResolver {
  @FieldResolver(() => OperatorStub, { description: "The operator (resolved by the organizations subgraph)." })
  operator(@Root() member: AdoptionMember): OperatorStub {
    return { id: member.operatorId };
  }
}

/** Other subgraphs' `Adoption { id }` references, batched per request. Public, like the lists. */
export const resolveAdoptionReference = (ref: { id: string }, ctx: FundingContext) => ctx.loaders.adoptionById.load(ref.id);
