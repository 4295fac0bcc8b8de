import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { talentPoolSummaryReader } from "@jinjibu/auth";
import { decided } from "../access";
import type { TalentKind } from "@jinjibu/domain";
import { TalentKind as KindEnum } from "@jinjibu/domain";
import type { TalentContext } from "../context";
import { OperatorStub } from "../entities/operator.stub";
import { TalentKindCount, TalentPoolSummary } from "../entities/records";

const KIND_ORDER = Object.values(KindEnum) as string[];
const DEMO_NOTE = "デモデータ（架空の人物）を含みます。Includes generated demo profiles, not real people.";

@Resolver(() => OperatorStub)
export class OperatorTalentResolver {
  @FieldResolver(() => TalentPoolSummary, {
    nullable: true,
    description: "Counts of the operator's talent pool by kind (aggregates only; demo data flagged). Signed-in viewers only: anonymous → null + FORBIDDEN.",
  })
  async talentPoolSummary(@Root() operator: OperatorStub, @Ctx() ctx: TalentContext): Promise<TalentPoolSummary> {
    decided(talentPoolSummaryReader(ctx.viewer));
    const row = await ctx.loaders.poolSummaryByOperatorId.load(operator.id);
    const byKind = Object.entries(row?.by_kind ?? {})
      .map(([kind, count]) => Object.assign(new TalentKindCount(), { kind: kind as TalentKind, count: Number(count) }))
      .sort((a, b) => b.count - a.count || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
    const demoCount = row?.demo_count ?? 0;
    return Object.assign(new TalentPoolSummary(), {
      total: row?.total ?? 0,
      byKind,
      demoCount,
      includesDemoData: demoCount > 0,
      note: demoCount > 0 ? DEMO_NOTE : null,
    });
  }
}

export const resolveOperatorReference = (ref: { id: string }): OperatorStub => Object.assign(new OperatorStub(), { id: ref.id });
