import type { FeedbackItem, ItemIssue } from '../feedback/schema';
import type { ImportTagDef } from '../feedback/service';

/** Why a whole file was refused. Nothing from such a file is imported. */
export type FileErrorCode =
  | 'too_large'
  | 'empty'
  | 'binary'
  | 'not_utf8'
  | 'utf16_no_bom'
  | 'utf32'
  | 'unknown_format'
  | 'bad_json'
  | 'truncated_json'
  | 'not_tact'
  | 'forbidden_key'
  | 'newer_schema'
  | 'bad_schema_version'
  | 'bad_structure'
  | 'no_rows'
  | 'too_many_rows'
  | 'csv_delimiter'
  | 'csv_missing_columns'
  | 'csv_unknown_columns'
  | 'csv_duplicate_columns'
  | 'csv_unclosed_quote'
  | 'file_changed'
  | 'read_failed';

export interface FileError {
  code: FileErrorCode;
  /** Values for the message: limits, positions, column names, versions. */
  params?: Record<string, string | number>;
}

export class ImportFileError extends Error {
  constructor(
    readonly code: FileErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ImportFileError';
  }
}

/** One refused row or item, with where it is and what is wrong, for the preview. */
export interface Rejection extends ItemIssue {
  file: string;
  /** CSV: the spreadsheet row number (header = 1). JSON: the item's position in `items`, from 1. */
  row: number;
  kind: 'row' | 'item';
  /** The item's id when it had a readable one. */
  id?: string;
  /** For duplicates inside a file: the row that came first. */
  firstRow?: number;
}

export interface ParsedFile {
  name: string;
  format: 'json' | 'csv';
  /** Rows (CSV) or items (JSON) read, valid or not. */
  rows: number;
  items: ParsedItem[];
  tags: ImportTagDef[];
  rejected: Rejection[];
  /** Repeats of an identical item inside this file: harmless, counted once. */
  repeats: number;
}

export interface ParsedItem {
  item: FeedbackItem;
  row: number;
}

export interface FileReport {
  name: string;
  format?: 'json' | 'csv';
  rows: number;
  error?: FileError;
  valid: number;
  rejected: number;
}

export interface ImportProgress {
  file: string;
  /** Index of the file in the batch, from 0, and the batch size. */
  fileIndex: number;
  files: number;
  phase: 'read' | 'parse' | 'check';
  /** Bytes (read, parse) or rows (check) done of total. */
  done: number;
  total: number;
}

export type ProgressCallback = (progress: ImportProgress) => void;

/** What the preview shows and what "Import" then commits. */
export interface ImportPlan {
  files: FileReport[];
  /** New items to add, one per id. */
  toAdd: FeedbackItem[];
  tags: ImportTagDef[];
  /** Already on this machine, or repeated in another file of the batch: skipped. */
  duplicates: number;
  rejected: Rejection[];
}
