import { randomUUID } from "node:crypto";
import { canSeeRegionalCompany, isSignedIn, type Viewer } from "@jinjibu/auth";
import { CompanySizeClass, CompanyVisibility, normalizeForSearch, prefectureByCode } from "@jinjibu/domain";
import { badUserInput, idempotent, toConnection, pageWindow, type ConnectionArgs, type ConnectionShape } from "@jinjibu/federation";
import { validateCompanyRow, type NormalizedCompanyRow, type RawCompanyRow } from "@jinjibu/talent-import";
import type { OrganizationsContext } from "../context";
import { RegionalCompany } from "../entities";
import type { RegionalCompanyInput, RegionalCompanyRowInput } from "../inputs/regional-company.inputs";
import type { CompanyImportResult } from "../types/regional-company-import";
import { appendCompanyChanged } from "./outbox.service";
import { searchNeedle } from "./search";

export const MAX_IMPORT_ROWS_PER_CALL = 2000;

const NUL_OR_SURROGATE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function cleanText(field: string, value: string | null | undefined): void {
  if (value != null && NUL_OR_SURROGATE.test(value)) throw badUserInput(`${field} must be valid text without NUL characters.`);
}

const searchTextOf = (nameJa: string, variants: string[]) => [nameJa, ...variants].map(normalizeForSearch).join("\n");

/** Companies the viewer may see (PUBLIC to everyone, NETWORK to signed-in viewers), by supporting operator and name. */
export async function listRegionalCompanies(
  ctx: OrganizationsContext,
  page: ConnectionArgs,
  filter: { operatorId: string | null; search: string | null; prefectureCode: string | null },
): Promise<ConnectionShape<RegionalCompany>> {
  const needle = searchNeedle(filter.search);
  if (filter.prefectureCode != null && !prefectureByCode(filter.prefectureCode)) throw badUserInput('prefectureCode must be a JIS code from "01" to "47".');
  if (filter.operatorId != null) cleanText("operatorId", filter.operatorId);
  const window = pageWindow(page);
  const em = await ctx.db.manager();
  const qb = em.getRepository(RegionalCompany).createQueryBuilder("c");
  if (!isSignedIn(ctx.viewer)) qb.andWhere("c.visibility = 'PUBLIC'");
  if (filter.operatorId) qb.andWhere(":op = ANY(c.supporting_operator_ids)", { op: filter.operatorId });
  if (needle) qb.andWhere("strpos(c.search_text, :needle) > 0", { needle });
  if (filter.prefectureCode) qb.andWhere("c.prefecture_code = :code", { code: filter.prefectureCode });
  const total = await qb.getCount();
  const rows = await qb.orderBy("c.name_ja").addOrderBy("c.id").offset(window.offset).limit(window.limit).getMany();
  for (const row of rows) ctx.loaders.regionalCompanyById.prime(row.id, row);
  return toConnection(rows, total, window);
}

/** One company by id, or null when there is none or the viewer may not see it. */
export async function loadRegionalCompany(ctx: OrganizationsContext, id: string): Promise<RegionalCompany | null> {
  const company = await ctx.loaders.regionalCompanyById.load(id);
  return company && canSeeRegionalCompany(ctx.viewer, company.visibility) ? company : null;
}

function checkInput(input: RegionalCompanyInput): void {
  cleanText("input.nameJa", input.nameJa);
  cleanText("input.municipalityJa", input.municipalityJa);
  (input.nameVariants ?? []).forEach((v, i) => cleanText(`input.nameVariants[${i}]`, v));
  const name = input.nameJa.trim();
  if (Array.from(name).length < 1 || Array.from(name).length > 200) throw badUserInput("企業名 (nameJa) は1〜200文字で入れてください。", { rule: "COMPANY_NAME_LENGTH" });
  if ((input.nameVariants ?? []).length > 20) throw badUserInput("別名 (nameVariants) は20個までです。", { rule: "COMPANY_VARIANTS_LIMIT" });
  if (input.prefectureCode != null && !prefectureByCode(input.prefectureCode)) throw badUserInput('都道府県コード (prefectureCode) は "01"〜"47" です。', { rule: "PREFECTURE_CODE" });
  if (input.municipalityJa != null && Array.from(input.municipalityJa).length > 100) throw badUserInput("市区町村 (municipalityJa) は100文字までです。", { rule: "MUNICIPALITY_LENGTH" });
}

/** Registers a company the viewer's operator supports (optionally idempotent). */
export async function createRegionalCompany(
  ctx: OrganizationsContext,
  viewer: Viewer,
  operatorId: string,
  input: RegionalCompanyInput,
  idempotencyKey: string | null,
): Promise<RegionalCompany> {
  checkInput(input);
  const em = await ctx.db.manager();
  const subject = viewer.subject ?? `${viewer.role}:${operatorId}`;
  const { result } = await idempotent(em, { subject, key: idempotencyKey, operation: "createRegionalCompany", payload: input }, async () => {
    const variants = [...new Set((input.nameVariants ?? []).map((v) => v.trim()).filter(Boolean))];
    const company = em.getRepository(RegionalCompany).create({
      id: `co-${randomUUID()}`,
      nameJa: input.nameJa.trim(),
      nameVariants: variants,
      jsicDivision: input.jsicDivision ?? null,
      industryNoteJa: null,
      sizeClass: input.sizeClass ?? CompanySizeClass.UNKNOWN,
      prefectureCode: input.prefectureCode ?? null,
      municipalityJa: input.municipalityJa?.trim() || null,
      supportingOperatorIds: [operatorId],
      visibility: input.visibility ?? CompanyVisibility.NETWORK,
      storyJa: null,
      source: null,
      isDemo: false,
      companyNumber: null,
      searchText: searchTextOf(input.nameJa.trim(), variants),
    });
    const saved = await em.getRepository(RegionalCompany).save(company);
    await appendCompanyChanged(ctx, em, [saved]);
    return { id: saved.id };
  });
  const company = await em.getRepository(RegionalCompany).findOneBy({ id: result.id });
  return company!;
}

const FIELDS = ["nameJa", "nameVariants", "jsicDivision", "sizeClass", "prefectureCode", "municipalityJa", "visibility"] as const;

/**
 * Imports rows of an operator's company list, validated with the template's rules. All or nothing: with any problem (or a
 * dry run) nothing is written and every problem is returned. A row's 管理番号 matches the company the operator imported
 * under that number before, which is updated; new numbers register new companies.
 */
export async function importRegionalCompanies(
  ctx: OrganizationsContext,
  operatorId: string,
  rows: RegionalCompanyRowInput[],
  dryRun: boolean,
): Promise<CompanyImportResult> {
  if (rows.length < 1 || rows.length > MAX_IMPORT_ROWS_PER_CALL) {
    throw badUserInput(`1回に取り込めるのは1〜${MAX_IMPORT_ROWS_PER_CALL}行です (${rows.length}行でした)。`, { rule: "IMPORT_ROWS_PER_CALL" });
  }
  const problems: CompanyImportResult["problems"] = [];
  const valid: { rowNumber: number; row: NormalizedCompanyRow }[] = [];
  const seen = new Map<string, number>();
  for (const input of rows) {
    const { rowNumber, ...raw } = input;
    const result = validateCompanyRow(raw as RawCompanyRow, rowNumber);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = seen.get(result.row.companyNumber);
    if (earlier !== undefined) {
      problems.push({ row: rowNumber, column: "管理番号", message: `${rowNumber}行目の管理番号「${result.row.companyNumber}」は${earlier}行目と同じです。1社1行にしてください。` });
      continue;
    }
    seen.set(result.row.companyNumber, rowNumber);
    valid.push({ rowNumber, row: result.row });
  }
  const outcome: CompanyImportResult = { written: false, created: 0, updated: 0, unchanged: 0, problems };
  const em = await ctx.db.manager();
  const repo = em.getRepository(RegionalCompany);
  const existing = await repo
    .createQueryBuilder("c")
    .where("c.supporting_operator_ids[1] = :op AND c.company_number = ANY(:numbers)", { op: operatorId, numbers: valid.map((v) => v.row.companyNumber) })
    .getMany();
  const byNumber = new Map(existing.map((c) => [c.companyNumber!, c]));
  const toSave: RegionalCompany[] = [];
  for (const { row } of valid) {
    const current = byNumber.get(row.companyNumber);
    const fields = { ...row, searchText: searchTextOf(row.nameJa, row.nameVariants) };
    if (!current) {
      outcome.created += 1;
      toSave.push(repo.create({ id: `co-${randomUUID()}`, ...fields, industryNoteJa: null, supportingOperatorIds: [operatorId], storyJa: null, source: null, isDemo: false }));
      continue;
    }
    const changed = FIELDS.some((f) => JSON.stringify(current[f]) !== JSON.stringify(row[f]));
    if (!changed) {
      outcome.unchanged += 1;
      continue;
    }
    outcome.updated += 1;
    toSave.push(Object.assign(current, fields, { updatedAt: new Date() }));
  }
  if (problems.length > 0 || dryRun) return outcome;
  if (toSave.length > 0) {
    await repo.save(toSave, { chunk: 500 });
    await appendCompanyChanged(ctx, em, toSave);
  }
  outcome.written = true;
  return outcome;
}
