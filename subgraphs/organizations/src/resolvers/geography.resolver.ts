import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs } from "@jinjibu/federation";
import { areaSizeClassLabels } from "@jinjibu/domain";
import type { OrganizationsContext } from "../context";
import { Municipality, Operator } from "../entities";
import { ALL_PREFECTURES, ALL_REGIONAL_BLOCKS, Prefecture, RegionalBlockInfo, prefectureOf, requirePrefectureCode } from "../types/geography";
import { listMunicipalities } from "../services/lists.service";

export const MunicipalityConnection = Connection(Municipality, "Municipality", "municipality");

// Prefectures, blocks and municipalities are public reference data.
@Resolver(() => Prefecture)
export class PrefectureResolver {
  @Query(() => [Prefecture], { description: "The 47 prefectures in JIS code order." })
  prefectures(): readonly Prefecture[] {
    return ALL_PREFECTURES;
  }

  @Query(() => Prefecture, { description: 'One prefecture by JIS code ("01"–"47"); other values are BAD_USER_INPUT.' })
  prefecture(@Arg("code", () => String, { description: 'JIS X 0401 code, e.g. "20" for 長野県.' }) code: string): Prefecture {
    return requirePrefectureCode(code);
  }

  @Query(() => [RegionalBlockInfo], { description: "The nine regional blocks, north to south, with their prefectures." })
  regionalBlocks(): readonly RegionalBlockInfo[] {
    return ALL_REGIONAL_BLOCKS;
  }
}

/** Prefectures live in code, not in the database: a reference resolves without I/O. */
export const resolvePrefectureReference = (ref: { code: string }) => prefectureOf(ref.code);

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, { nullable: true, description: "One municipality by id; null when there is none." })
  municipality(@Arg("id", () => ID, { description: "The municipality's id (e.g. `mun-shiojiri`)." }) id: string, @Ctx() ctx: OrganizationsContext) {
    return ctx.loaders.municipalityById.load(id);
  }

  @Query(() => MunicipalityConnection, { description: "Municipalities and named areas in id order, optionally filtered." })
  async municipalities(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("search", () => String, { nullable: true, description: "Part of the name or of a spelling variant." }) search: string | null,
    @Arg("prefectureCode", () => String, { nullable: true, description: 'Only municipalities in this prefecture (JIS code "01"–"47").' })
    prefectureCode: string | null,
    @Ctx() ctx: OrganizationsContext,
  ) {
    return listMunicipalities(ctx, page, { search, prefectureCode });
  }

  @FieldResolver(() => Prefecture, { nullable: true, description: "The prefecture; null when no document states it." })
  prefecture(@Root() m: Municipality): Prefecture | null {
    return prefectureOf(m.prefectureCode);
  }

  @FieldResolver(() => String, { nullable: true, description: "Japanese label of the size class (大・中規模 or 小規模)." })
  sizeClassLabelJa(@Root() m: Municipality): string | null {
    return m.sizeClass ? areaSizeClassLabels[m.sizeClass] : null;
  }

  @FieldResolver(() => [Operator], { description: "Operators that serve this municipality, in id order." })
  operatorsServing(@Root() m: Municipality, @Ctx() ctx: OrganizationsContext): Promise<Operator[]> {
    return ctx.loaders.operatorsByMunicipality.load(m.id);
  }
}
