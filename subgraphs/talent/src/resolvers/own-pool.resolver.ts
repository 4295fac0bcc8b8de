import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { ConnectionArgs, pageWindow, toConnection } from "@jinjibu/federation";
import type { TalentContext } from "../context";
import { requireOwnPoolStaff } from "../access";
import { toTalentProfile } from "../entities/talent-profile.entity";
import { OwnPoolFilter, OwnPoolSort } from "../inputs/own-pool.input";
import { listOwnPool } from "../services/own-pool.service";
import { TalentProfileConnection } from "./talent-profile.resolver";

@Resolver()
export class OwnPoolResolver {
  @Query(() => TalentProfileConnection, {
    description:
      "The viewer's own operator's talent pool, searchable and sortable: the coordinators' workspace list. For coordinators and " +
      "regional sites only. Names and contacts come through the profile's owner-only fields.",
  })
  async ownTalentPool(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("filter", () => OwnPoolFilter, { nullable: true, description: "What to look for; omit to list everyone." }) filter: OwnPoolFilter | null,
    @Arg("sort", () => OwnPoolSort, { defaultValue: OwnPoolSort.REGISTERED_NEWEST, description: "The order (default: newest registration first)." })
    sort: OwnPoolSort,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    const window = pageWindow(page);
    const { rows, total } = await listOwnPool(await ctx.db.manager(), operatorId, filter, sort, window);
    return toConnection(rows.map(toTalentProfile), total, window);
  }
}
