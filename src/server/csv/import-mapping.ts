/**
 * The CSV import's contract between the page and its route handlers: how columns map to a
 * response, the limits, and the progress events the server streams back. No I/O and no
 * "server-only", so the import page can import the types (type-only imports are erased).
 */
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";

/** The largest file accepted: counted as the bytes arrive, whatever Content-Length says. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Rows listed in a report; the counts always cover every row. */
export const MAX_LISTED_ERRORS = 1000;
/** The start of the file the mapping step reads, and how many rows it shows. */
export const PREVIEW_BYTES = 64 * 1024;
export const PREVIEW_ROWS = 5;
/** Rows per INSERT inside the one commit transaction. */
export const COMMIT_CHUNK_ROWS = 1000;
/** How often the server reports progress. */
export const PROGRESS_EVERY_ROWS = 1000;

const columnSchema = z.string({ error: "A column name" }).min(1, "Choose a column").max(500, "At most 500 characters");

/**
 * Columns are named by their header text, not their position, so a mapping made from one
 * file can't silently read other columns of another; the server checks each name against the
 * header it actually reads.
 */
export const importMappingSchema = z.strictObject({
  survey: z.discriminatedUnion("kind", [
    /** Every row goes to one survey. */
    z.strictObject({ kind: z.literal("fixed"), surveyId: idSchema }),
    /** A column holds each row's survey, by id or by title. */
    z.strictObject({ kind: z.literal("column"), column: columnSchema }),
  ]),
  /** Team id or team name. */
  team: columnSchema,
  /** A whole number on the survey's scale. */
  score: columnSchema,
  /** ISO 8601 date-time with Z or an offset, or YYYY-MM-DD. */
  date: columnSchema,
  comment: columnSchema.nullable().default(null),
});
export type ImportMapping = z.infer<typeof importMappingSchema>;
export type MappedField = "survey" | "team" | "score" | "date" | "comment";

export const importModeSchema = z.enum(["dry-run", "commit"], { error: "mode is dry-run or commit" });
export type ImportMode = z.infer<typeof importModeSchema>;

/** One problem of one row. `line` is the row as a spreadsheet numbers it: the header is 1. */
export type RowError = { line: number; column: string; message: string };

export type ImportReport = {
  /** Data rows read (blank rows are skipped and not counted). */
  rows: number;
  validRows: number;
  badRows: number;
  /** Every problem found; `errors` lists the first MAX_LISTED_ERRORS of them. */
  errorCount: number;
  errors: RowError[];
  /** Set when the file could not be read past this line (a quote never closed, say). */
  stoppedAtLine: number | null;
};

/** The NDJSON lines of POST /imports/run, one JSON object per line; the last one settles it. */
export type ImportEvent =
  | { phase: "checking"; rows: number }
  | { phase: "saving"; rows: number; total: number }
  | { phase: "report"; mode: ImportMode; report: ImportReport }
  | { phase: "done"; report: ImportReport; created: number; skipped: number }
  | { phase: "failed"; message: string };

export type CsvPreview = {
  columns: string[];
  samples: string[][];
  /** A first guess from the header names, for the page to preselect. */
  guess: Partial<Record<MappedField, string>>;
  /** Problems with the header itself (blank or repeated names). */
  problems: string[];
};
