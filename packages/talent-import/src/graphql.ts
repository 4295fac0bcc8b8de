import type { RawTalentRow } from "./columns";
import { LIMITS } from "./limits";
import { previewRows, type PreviewSummary, type StagedRow } from "./pipeline";
import type { RowProblem } from "./validate";

// The client side of the talent subgraph's import session (createTalentImport → stageTalentImportRows →
// commitTalentImport, repeated until done), shared by the `import:talent` command and the workspace screen.

export type TalentImportMode = "ALL_OR_NOTHING" | "VALID_ROWS_ONLY";

export interface TalentImportProgress {
  id: string;
  status: "STAGING" | "COMMITTING" | "COMMITTED";
  mode: TalentImportMode | null;
  stagedRows: number;
  validRows: number;
  invalidRows: number;
  processedRows: number;
  created: number;
  updated: number;
  unchanged: number;
  refused: number;
  done: boolean;
}

const PROGRESS = `id status mode stagedRows validRows invalidRows processedRows created updated unchanged refused done`;

export const CREATE_IMPORT = `mutation CreateTalentImport($input: CreateTalentImportInput!) { createTalentImport(input: $input) { ${PROGRESS} } }`;
export const STAGE_ROWS = `mutation StageTalentImportRows($id: ID!, $rows: [TalentImportRowInput!]!) {
  stageTalentImportRows(importId: $id, rows: $rows) { ${PROGRESS} }
}`;
export const COMMIT_IMPORT = `mutation CommitTalentImport($id: ID!, $mode: TalentImportMode!, $expectedRows: Int!, $maxRows: Int) {
  commitTalentImport(importId: $id, mode: $mode, expectedRows: $expectedRows, maxRows: $maxRows) { ${PROGRESS} }
}`;
export const CANCEL_IMPORT = `mutation CancelTalentImport($id: ID!) { cancelTalentImport(importId: $id) }`;
export const IMPORT_PROBLEMS = `query TalentImportProblems($id: ID!, $first: Int, $after: String) {
  talentImport(id: $id) { problems(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { row column message } } } }
}`;

/**
 * The operations an import session sends. A client may bring its own documents (the workspace passes typed documents
 * generated from the supergraph) that select at least these fields under the same root field; any object whose
 * `toString()` is the document will do.
 */
export interface TalentImportDocuments {
  createImport: string | String;
  stageRows: string | String;
  commitImport: string | String;
  cancelImport: string | String;
  importProblems: string | String;
}

export const DEFAULT_IMPORT_DOCUMENTS: TalentImportDocuments = {
  createImport: CREATE_IMPORT,
  stageRows: STAGE_ROWS,
  commitImport: COMMIT_IMPORT,
  cancelImport: CANCEL_IMPORT,
  importProblems: IMPORT_PROBLEMS,
};

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}
/** Sends one GraphQL operation to the gateway and returns its JSON body. */
export type GraphQLTransport = (query: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors?: GraphQLErrorShape[] }>;

export class TalentImportApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "TalentImportApiError";
  }
}

/** Codes after which the same request may simply be sent again (every import call is idempotent). */
const RETRYABLE = new Set(["RATE_LIMITED", "SUBGRAPH_UNAVAILABLE", "GATEWAY_TIMEOUT", "SERVICE_UNAVAILABLE", "NETWORK"]);
export const RETRY_LIMIT = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function callOnce<T>(transport: GraphQLTransport, query: string, variables: Record<string, unknown>, field: string): Promise<T> {
  let body: Awaited<ReturnType<GraphQLTransport>>;
  try {
    body = await transport(query, variables);
  } catch (error) {
    if (error instanceof TalentImportApiError) throw error;
    throw new TalentImportApiError("The hub could not be reached.", "NETWORK");
  }
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new TalentImportApiError(first.message, (first.extensions?.code as string | undefined) ?? null, first.extensions ?? {});
  }
  return (body.data as Record<string, T>)[field]!;
}

/**
 * One call, sent again after a rate limit (waiting as long as the gateway says), an unavailable or slow subgraph, or a
 * network failure: at most RETRY_LIMIT times, with a growing pause. Safe because staging (by row number), committing
 * (by person number), cancelling and reading are idempotent, and creating carries an idempotency key.
 */
async function call<T>(transport: GraphQLTransport, query: string, variables: Record<string, unknown>, field: string, onRetry?: (error: TalentImportApiError) => void): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await callOnce<T>(transport, query, variables, field);
    } catch (error) {
      if (!(error instanceof TalentImportApiError) || !RETRYABLE.has(error.code ?? "") || attempt >= RETRY_LIMIT) throw error;
      onRetry?.(error);
      const after = Number(error.extensions.retryAfterSeconds);
      await sleep(Number.isFinite(after) && after > 0 ? Math.min(after, 60) * 1000 : 500 * 2 ** attempt);
    }
  }
}

/** Splits rows into requests whose JSON stays under `maxBytes` (UTF-8), so no request hits the gateway's body limit. */
export function splitByBytes<T>(rows: readonly T[], maxBytes: number): T[][] {
  const encoder = new TextEncoder();
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = encoder.encode(JSON.stringify(row)).length + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A staged row as the GraphQL input `TalentImportRowInput` expects. */
export const toRowInput = (row: StagedRow): { rowNumber: number } & RawTalentRow => ({ rowNumber: row.rowNumber, ...row.raw });

export interface ImportOptions {
  fileName: string;
  mode: TalentImportMode;
  /** Optional retry key for `createTalentImport` (8–200 characters). */
  idempotencyKey?: string;
  /** Called after every staged batch and every committed chunk. */
  onProgress?: (event: { phase: "staging"; staged: number } | { phase: "committing"; progress: TalentImportProgress }) => void;
  /** Stage and validate, then stop (nothing is written to the pool; the session is cancelled). */
  dryRun?: boolean;
  /** Problems kept in the returned summary (all of them are also in `talentImport.problems`). Default 1000. */
  maxProblems?: number;
  /** The operations to send (default: DEFAULT_IMPORT_DOCUMENTS). */
  documents?: TalentImportDocuments;
}

export interface ImportOutcome {
  preview: PreviewSummary;
  /** The server's final state, or null when nothing was committed (dry run, or all-or-nothing with invalid rows). */
  result: TalentImportProgress | null;
  importId: string;
}

/**
 * Streams rows to the server while validating them locally, then commits chunk by chunk. Nothing reaches the pool if
 * the file is refused midway (the session is cancelled), or in ALL_OR_NOTHING mode when any row is invalid.
 */
export async function importTalentRows(transport: GraphQLTransport, rows: AsyncIterable<StagedRow>, options: ImportOptions): Promise<ImportOutcome> {
  const documents = options.documents ?? DEFAULT_IMPORT_DOCUMENTS;
  const CANCEL = String(documents.cancelImport);
  const created = await call<TalentImportProgress>(transport, String(documents.createImport), {
    input: { fileName: options.fileName.slice(0, 200), idempotencyKey: options.idempotencyKey ?? `talent-import-${globalThis.crypto.randomUUID()}` },
  }, "createTalentImport");
  const id = created.id;
  let staged = 0;
  let preview: PreviewSummary;
  try {
    preview = await previewRows(rows, {
      batchRows: LIMITS.stageBatchRows,
      maxProblems: options.maxProblems ?? 1000,
      onBatch: async (batch) => {
        for (const rowsOfRequest of splitByBytes(batch.map(toRowInput), LIMITS.stageBatchBytes)) {
          await call(transport, String(documents.stageRows), { id, rows: rowsOfRequest }, "stageTalentImportRows");
          staged += rowsOfRequest.length;
          options.onProgress?.({ phase: "staging", staged });
        }
      },
    });
  } catch (error) {
    await call(transport, CANCEL, { id }, "cancelTalentImport").catch(() => undefined);
    throw error;
  }
  if (options.dryRun || (options.mode === "ALL_OR_NOTHING" && preview.invalidRows > 0)) {
    await call(transport, CANCEL, { id }, "cancelTalentImport");
    return { preview, result: null, importId: id };
  }
  let progress: TalentImportProgress;
  // A chunk that timed out rolled back whole: send it again, smaller.
  let maxRows: number = LIMITS.commitChunkRows;
  const shrink = (error: TalentImportApiError) => {
    if (error.code !== "RATE_LIMITED") maxRows = Math.max(50, Math.floor(maxRows / 2));
  };
  do {
    progress = await call<TalentImportProgress>(
      transport,
      String(documents.commitImport),
      // `maxRows` is read when each attempt is serialised, so a retry sends the smaller chunk.
      { id, mode: options.mode, expectedRows: preview.totalRows, get maxRows() { return maxRows; } },
      "commitTalentImport",
      shrink,
    );
    options.onProgress?.({ phase: "committing", progress });
  } while (!progress.done);
  return { preview, result: progress, importId: id };
}

/** Every problem the server recorded for an import, page by page. */
export async function fetchImportProblems(
  transport: GraphQLTransport,
  id: string,
  limit = 10_000,
  document: string | String = IMPORT_PROBLEMS,
): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { problems: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: RowProblem }[] } } | null =
      await call(transport, String(document), { id, first: 100, after }, "talentImport");
    if (!page) return problems;
    problems.push(...page.problems.edges.map((e) => e.node));
    if (!page.problems.pageInfo.hasNextPage || problems.length >= limit) return problems;
    after = page.problems.pageInfo.endCursor;
  }
}

/** One progress line, as the command prints it. */
export function progressLineJa(progress: TalentImportProgress): string {
  const pct = progress.validRows + progress.invalidRows === 0 ? 100 : Math.floor((progress.processedRows / progress.stagedRows) * 100);
  return `取込 ${progress.processedRows}/${progress.stagedRows}行 (${pct}%) 新規 ${progress.created}・更新 ${progress.updated}・変更なし ${progress.unchanged}・取込不可 ${progress.refused}`;
}

// --- exports --------------------------------------------------------------------------------------------------------

export const POOL_PAGE = `query PoolExportPage($after: String) {
  myTalentProfiles(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id personNumber displayName kinds skills yearsOfExperience availability preferredWorkStyles interestInRegion homePrefectureCode
      registeredAt contact { email phone } consents { scope purposes method obtainedAt expiresAt active }
    } }
  }
}`;

export const PROVISION_PAGE = `query ProvisionExportPage($after: String) {
  provisionRecords(first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node {
      id talentRef items consentId consentScope consentObtainedAt consentMethod purpose introductionId providedAt retainUntil
      providerOperator { id nameJa } recipientOperator { id nameJa }
    } }
  }
}`;

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/** Every node of a connection, page by page (100 per request). `onTotal` hears the total once. */
export async function* pages<T>(transport: GraphQLTransport, query: string | String, field: string, onTotal?: (total: number) => void): AsyncGenerator<T> {
  let after: string | null = null;
  for (let first = true; ; first = false) {
    const page: Page<T> = await call<Page<T>>(transport, String(query), { after }, field);
    if (first) onTotal?.(page.totalCount);
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || page.edges.length === 0) return;
    after = page.pageInfo.endCursor;
  }
}
