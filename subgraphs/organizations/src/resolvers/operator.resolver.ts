import { Arg, Args, Ctx, ID, Query, Resolver } from "type-graphql";
import { Connection, ConnectionArgs, pageWindow, toConnection, badUserInput } from "@jinjibu/federation";
import { normalizeForSearch } from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { Operator } from "../entities";

export const OperatorConnection = Connection(Operator, "Operator", "operator");

@Resolver(() => Operator)
export class OperatorResolver {
  @Query(() => Operator, { nullable: true, description: "One operator by id; null when there is none." })
  operator(@Arg("id", () => ID, { description: "The operator's id." }) id: string, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.operatorById.load(id);
  }

  @Query(() => OperatorConnection, { description: "Operators in name order, optionally filtered by a name in any spelling." })
  async operators(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("search", () => String, { nullable: true, description: "Part of a name or of any spelling variant (クラビズ finds 株式会社クラブズ)." })
    search: string | null,
    @Ctx() ctx: OrganizationsContext,
  ) {
    const window = pageWindow(page);
    const needle = search == null ? null : normalizeForSearch(search);
    if (needle !== null && (needle.length === 0 || needle.length > 100)) {
      throw badUserInput("`search` must be 1 to 100 characters.");
    }
    const em = await ctx.db.manager();
    const qb = em.getRepository(Operator).createQueryBuilder("o").orderBy("o.id");
    if (needle) qb.where("strpos(o.search_text, :needle) > 0", { needle });
    const [rows, total] = await qb.skip(window.offset).take(window.limit).getManyAndCount();
    return toConnection(rows, total, window);
  }
}

/** How other subgraphs' `Operator { id }` references become rows, batched per request. */
export const resolveOperatorReference = (ref: { id: string }, ctx: OrganizationsContext) =>
  ctx.loaders.operatorById.load(ref.id);
