import DataLoader from "dataloader";
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, ConnectionArgs, pageWindow, toConnection } from "@jinjibu/federation";
import type { TalentContext } from "../context";
import { ownsPool, requireOwnPoolStaff } from "../access";
import { TalentImport, TalentImportMode, TalentImportProblem } from "../entities/talent-import.entity";
import { TalentProfile } from "../entities/talent-profile.entity";
import { CreateTalentImportInput, TalentImportRowInput } from "../inputs/talent-import.input";
import { cancelImport, commitImport, createImport, importProblems, loadImport, stageRows } from "../services/talent-import.service";

export const TalentImportProblemConnection = Connection(TalentImportProblem, "TalentImportProblem", "import problem");

/** Person numbers of the profiles a request touches, loaded in one statement (a loader per request context). */
const personNumberLoaders = new WeakMap<TalentContext, DataLoader<string, string | null>>();
function personNumberLoader(ctx: TalentContext): DataLoader<string, string | null> {
  let loader = personNumberLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const em = await ctx.db.manager();
      const rows: { id: string; person_number: string | null }[] = await em.query(
        `SELECT id, person_number FROM talent_profile WHERE id = ANY($1::text[])`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.id, r.person_number]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    personNumberLoaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => TalentProfile)
export class TalentProfilePersonNumberResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "The operator's own person number (管理番号), unique in its pool: the key an Excel/CSV re-upload matches on. Owner only.",
  })
  personNumber(@Root() profile: TalentProfile, @Ctx() ctx: TalentContext): Promise<string | null> | null {
    if (!ownsPool(ctx.viewer, profile.operatorId)) return null;
    return personNumberLoader(ctx).load(profile.id);
  }
}

@Resolver(() => TalentImport)
export class TalentImportResolver {
  @Query(() => TalentImport, { nullable: true, description: "An import session of the viewer's own pool; null for unknown ids and other operators' sessions." })
  async talentImport(@Arg("id", () => ID, { description: "The import session id." }) id: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return loadImport(await ctx.db.manager(), operatorId, id);
  }

  @FieldResolver(() => TalentImportProblemConnection, { description: "Every problem of the staged rows, by row number then column order." })
  async problems(@Root() session: TalentImport, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: TalentContext) {
    const window = pageWindow(page);
    const { total, problems } = await importProblems(await ctx.db.manager(), session.id, window.offset, window.limit);
    return toConnection(problems.map((p) => Object.assign(new TalentImportProblem(), p)), total, window);
  }

  @Mutation(() => TalentImport, {
    description: "Starts an Excel/CSV import of the viewer's own pool (coordinators and regional sites). Then stage rows, then commit.",
  })
  async createTalentImport(@Arg("input", () => CreateTalentImportInput, { description: "The file's name and an optional retry key." }) input: CreateTalentImportInput, @Ctx() ctx: TalentContext) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return createImport(await ctx.db.manager(), operatorId, ctx.viewer.subject ?? null, input);
  }

  @Mutation(() => TalentImport, {
    description:
      "Stages up to 1000 rows of an import, validating each (problems by row and column, in Japanese, in `problems`). Nothing is written " +
      "to the pool. Sending the same row numbers again replaces them, so a retried call is harmless.",
  })
  async stageTalentImportRows(
    @Arg("importId", () => ID, { description: "The import session id." }) importId: string,
    @Arg("rows", () => [TalentImportRowInput], { description: "1 to 1000 data rows, each with its row number in the file." }) rows: TalentImportRowInput[],
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return stageRows(await ctx.db.manager(), operatorId, importId, rows);
  }

  @Mutation(() => TalentImport, {
    description:
      "Writes the next chunk (at most `maxRows`, default 500) of a staged import in one transaction and returns the progress; call it again until `done`. " +
      "Rows are matched by person number (管理番号): new people are registered, known ones updated or left unchanged, so re-running a " +
      "chunk or re-uploading a file registers nobody twice. ALL_OR_NOTHING writes nothing (BAD_USER_INPUT) when any staged row is invalid.",
  })
  async commitTalentImport(
    @Arg("importId", () => ID, { description: "The import session id." }) importId: string,
    @Arg("mode", () => TalentImportMode, { description: "What to do with invalid rows; every call of one import must pass the same mode." }) mode: TalentImportMode,
    @Arg("expectedRows", () => Int, { description: "How many data rows the file has: the commit refuses to start until all are staged." }) expectedRows: number,
    @Arg("maxRows", () => Int, {
      nullable: true,
      description: "Rows to write in this call, 1–500 (default 500). A client whose call timed out sends it again with fewer.",
    })
    maxRows: number | null,
    @Ctx() ctx: TalentContext,
  ) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return commitImport(await ctx.db.manager(), operatorId, importId, mode, expectedRows, maxRows ?? undefined);
  }

  @Mutation(() => Boolean, { description: "Deletes an import that is still staging, with its staged rows. Returns true." })
  async cancelTalentImport(@Arg("importId", () => ID, { description: "The import session id." }) importId: string, @Ctx() ctx: TalentContext) {
    const operatorId = requireOwnPoolStaff(ctx.viewer);
    return cancelImport(await ctx.db.manager(), operatorId, importId);
  }
}

/** Registered in schema.ts with one line. */
export const talentImportResolvers = [TalentImportResolver, TalentProfilePersonNumberResolver] as const;
