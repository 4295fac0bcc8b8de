import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { LinkedLaw as LinkedLawEnum, linkedLawLabels, type SubsidyFrame as SubsidyFrameEnum } from "@jinjibu/domain";
import { Connection, ConnectionArgs, LinkedLaw, SubsidyFrame, pageWindow, toConnection } from "@jinjibu/federation";
import type { FundingContext } from "../context";
import { Adoption, AdoptionMember, OperatorStub, PrintedName } from "../entities";
import { ADOPTION_COLUMNS, ADOPTION_ORDER, toAdoption, type AdoptionRow } from "../services/adoption-rows";
import { assertFiscalYear, assertFrameOffered, frameLabel } from "../services/scheme-rules";

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
  async adoptions(@Args(() => AdoptionFilterArgs) args: AdoptionFilterArgs, @Ctx() ctx: FundingContext) {
    const window = pageWindow(args);
    if (args.fiscalYear != null) assertFiscalYear(args.fiscalYear);
    if (args.fiscalYear != null && args.frame != null) assertFrameOffered(args.fiscalYear, args.frame);
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace("?", `$${params.length}`));
    };
    if (args.fiscalYear != null) add("a.fiscal_year = ?", args.fiscalYear);
    if (args.frame != null) add("a.frame = ?", args.frame);
    if (args.linkedLaw != null) add("a.linked_law = ?", args.linkedLaw);
    if (args.operatorId != null) add("EXISTS (SELECT 1 FROM adoption_member m WHERE m.adoption_id = a.id AND m.operator_id = ?)", args.operatorId);
    const whereSql = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const em = await ctx.db.manager();
    const [{ total }] = (await em.query(`SELECT count(*)::int AS total FROM adoption a ${whereSql}`, params)) as { total: number }[];
    const rows: AdoptionRow[] = await em.query(
      `SELECT ${ADOPTION_COLUMNS} FROM adoption a ${whereSql} ORDER BY ${ADOPTION_ORDER} LIMIT ${window.limit} OFFSET ${window.offset}`,
      params,
    );
    const adoptions = rows.map(toAdoption);
    for (const a of adoptions) ctx.loaders.adoptionById.prime(a.id, a);
    return toConnection(adoptions, total!, window);
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
