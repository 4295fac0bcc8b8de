import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

/** How a commit treats invalid rows. */
export enum TalentImportMode {
  ALL_OR_NOTHING = "ALL_OR_NOTHING",
  VALID_ROWS_ONLY = "VALID_ROWS_ONLY",
}
export const talentImportModeLabels: Readonly<Record<TalentImportMode, string>> = {
  ALL_OR_NOTHING: "すべて取り込めるときだけ取り込む",
  VALID_ROWS_ONLY: "正しい行だけ取り込む",
};

/** Where an import session stands. */
export enum TalentImportStatus {
  STAGING = "STAGING",
  COMMITTING = "COMMITTING",
  COMMITTED = "COMMITTED",
}
export const talentImportStatusLabels: Readonly<Record<TalentImportStatus, string>> = {
  STAGING: "確認中",
  COMMITTING: "取込中",
  COMMITTED: "取込完了",
};

registerEnumType(TalentImportMode, {
  name: "TalentImportMode",
  description:
    "ALL_OR_NOTHING: nothing is written if any staged row is invalid; VALID_ROWS_ONLY: valid rows are written and invalid ones refused.",
});
registerEnumType(TalentImportStatus, {
  name: "TalentImportStatus",
  description: "STAGING: rows are being uploaded and validated; COMMITTING: chunks are being written; COMMITTED: every row was handled.",
});

@ObjectType({ description: "One problem of one staged row, as the person who filled in the file should read it." })
export class TalentImportProblem {
  @Field(() => Int, { description: "Row number in the file (the header is row 1), as Excel shows it." })
  row!: number;

  @Field(() => String, { nullable: true, description: "The column's Japanese header (e.g. 人材区分); null for a problem of the whole row." })
  column!: string | null;

  @Field(() => String, { description: "What is wrong and what is allowed, in Japanese." })
  message!: string;
}

/** Raw row of `talent_import`. */
export interface TalentImportRow {
  id: string;
  operator_id: string;
  created_by: string | null;
  file_name: string;
  idempotency_key: string | null;
  status: TalentImportStatus;
  mode: TalentImportMode | null;
  staged_rows: number;
  valid_rows: number;
  invalid_rows: number;
  processed_rows: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  created_at: Date;
  updated_at: Date;
  committed_at: Date | null;
}

@ObjectType({
  description:
    "An Excel/CSV import session of the viewer's own pool: rows are staged (validated, problems by row and column), then committed " +
    "in chunks keyed by the operator's person number (管理番号), so a re-upload registers nobody twice. Only the importing operator sees it.",
})
export class TalentImport {
  @Field(() => ID, { description: "Import session id." })
  id!: string;

  @Field(() => String, { description: "The uploaded file's name, as given." })
  fileName!: string;

  @Field(() => TalentImportStatus, { description: "Where the import stands." })
  status!: TalentImportStatus;

  @Field(() => String, { description: "Japanese label of `status`." })
  get statusLabelJa(): string {
    return talentImportStatusLabels[this.status];
  }

  @Field(() => TalentImportMode, { nullable: true, description: "The mode chosen at the first commit; null while staging." })
  mode!: TalentImportMode | null;

  @Field(() => Int, { description: "Rows staged so far." })
  stagedRows!: number;

  @Field(() => Int, { description: "Staged rows without a problem." })
  validRows!: number;

  @Field(() => Int, { description: "Staged rows with at least one problem (see `problems`)." })
  invalidRows!: number;

  @Field(() => Int, { description: "Rows handled by commits so far (written, left unchanged or refused)." })
  processedRows!: number;

  @Field(() => Int, { description: "People registered by this import." })
  created!: number;

  @Field(() => Int, { description: "People (found by person number) whose profile, contact or consent changed." })
  updated!: number;

  @Field(() => Int, { description: "People found by person number with nothing to change." })
  unchanged!: number;

  @Field(() => Int, { description: "Invalid rows refused by a VALID_ROWS_ONLY commit." })
  refused!: number;

  @Field(() => Boolean, { description: "True once every staged row was handled: stop calling `commitTalentImport`." })
  get done(): boolean {
    return this.status === TalentImportStatus.COMMITTED;
  }

  @Field(() => String, { description: "When the session was created (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: "When the last chunk was committed (ISO 8601); null until done." })
  committedAt!: string | null;
}

export function toTalentImport(row: TalentImportRow): TalentImport {
  return Object.assign(new TalentImport(), {
    id: row.id,
    fileName: row.file_name,
    status: row.status,
    mode: row.mode,
    stagedRows: row.staged_rows,
    validRows: row.valid_rows,
    invalidRows: row.invalid_rows,
    processedRows: row.processed_rows,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    refused: row.refused,
    createdAt: new Date(row.created_at).toISOString(),
    committedAt: row.committed_at ? new Date(row.committed_at).toISOString() : null,
  });
}
