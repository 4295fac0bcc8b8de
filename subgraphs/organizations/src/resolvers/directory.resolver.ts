import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import type { OrganizationsContext } from "../context";
import { DIRECTORY_PAGE_SIZE, nationalDirectory } from "../services/directory.service";
import { NationalDirectory } from "../types/directory";

// The directory is public by law of its purpose (S1: companies and municipalities search it); it exposes only public fields.
@Resolver(() => NationalDirectory)
export class DirectoryResolver {
  @Query(() => NationalDirectory, {
    description:
      "The national directory: operators whose logo licence is ADOPTED or LOGO_APPROVED, grouped by regional block → prefecture. Operators with an unknown prefecture are listed under 「都道府県未登録」, never dropped.",
  })
  directory(
    @Arg("search", () => String, { nullable: true, description: "Part of a name in any spelling variant (NFKC-normalised)." })
    search: string | null,
    @Arg("prefectureCode", () => String, { nullable: true, description: 'Only operators in this prefecture (JIS code "01"–"47").' })
    prefectureCode: string | null,
    @Arg("municipalityId", () => ID, { nullable: true, description: "Only operators that serve this municipality (e.g. `mun-shiojiri`)." })
    municipalityId: string | null,
    @Arg("first", () => Int, {
      nullable: true,
      description: `How many operators this page lists: 1 to ${DIRECTORY_PAGE_SIZE} (default ${DIRECTORY_PAGE_SIZE}); counts are always the whole directory's.`,
    })
    first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Return the operators after this cursor (`pageInfo.endCursor` of the previous page)." })
    after: string | null,
    @Ctx() ctx: OrganizationsContext,
  ): Promise<NationalDirectory> {
    return nationalDirectory(ctx, { search, prefectureCode, municipalityId, first, after });
  }
}
