/**
 * Documented limits of an import (README of this package). A file breaking one is refused whole before anything is staged.
 */
export const LIMITS = {
  /** Largest file accepted (bytes): 20 MiB holds ~100,000 typical rows. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Data rows per file (the header row not counted). */
  maxRows: 100_000,
  /** Columns in the header row. */
  maxColumns: 64,
  /** Characters in one cell. */
  maxCellChars: 2_000,
  /** Rows per `stageTalentImportRows` call. */
  stageBatchRows: 1_000,
  /** Bytes of JSON per staging request: well under the gateway's default body limit (200,000 bytes). */
  stageBatchBytes: 150_000,
  /** Rows a `commitTalentImport` call processes (one transaction, well inside the gateway's 5 s subgraph timeout). */
  commitChunkRows: 500,
} as const;

export const formatBytesJa = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
