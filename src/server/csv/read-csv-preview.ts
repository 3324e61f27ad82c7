/**
 * The mapping step's look at a file: its header and first rows, read by the same parser as
 * the import (so a BOM, quotes and line endings are read the same way), from just the start
 * of the file that the page sends (PREVIEW_BYTES), never the whole of it.
 */
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { PREVIEW_ROWS, type CsvPreview, type MappedField } from "./import-mapping";
import { CsvSyntaxError, isBlankRow, readCsvRows } from "./read-csv-rows";

// Header words that usually mean a field, in the order they are tried.
const GUESSES: [MappedField, RegExp][] = [
  ["survey", /survey/i],
  ["team", /team|store|branch|shop|location|site/i],
  ["score", /score|nps|csat|rating|rate/i],
  ["date", /date|submitted|time|day|when/i],
  ["comment", /comment|feedback|verbatim|text|remark|why/i],
];

function guessMapping(columns: readonly string[]): CsvPreview["guess"] {
  const guess: CsvPreview["guess"] = {};
  const used = new Set<string>();
  for (const [field, pattern] of GUESSES) {
    const column = columns.find((name) => name !== "" && !used.has(name) && pattern.test(name));
    if (column !== undefined) {
      guess[field] = column;
      used.add(column);
    }
  }
  return guess;
}

function headerProblems(columns: readonly string[]): string[] {
  const problems: string[] = [];
  const blank = columns.filter((name) => name === "").length;
  if (blank > 0) problems.push(`${blank} ${blank === 1 ? "column has" : "columns have"} no name and can't be mapped`);
  const seen = new Set<string>();
  for (const name of columns) {
    if (name !== "" && seen.has(name)) problems.push(`Two columns are called “${name}”: rename one before mapping it`);
    seen.add(name);
  }
  return problems;
}

export type ReadCsvPreviewOptions = {
  /** The page sent only the start of a longer file: its last row may be cut short. */
  truncated: boolean;
};

export async function readCsvPreview(source: Readable, { truncated }: ReadCsvPreviewOptions): Promise<CsvPreview> {
  let header: string[] | null = null;
  const rows: string[][] = [];
  let readToEnd = true;
  try {
    for await (const { fields } of readCsvRows(source)) {
      if (header === null) {
        if (isBlankRow(fields)) throw new AppError("validation_failed", "The first line must be the header row, with the column names");
        header = fields.map((name) => name.trim());
      } else if (!isBlankRow(fields)) rows.push(fields);
      // One row more than shown, so a cut-off last row can be dropped without coming up short.
      if (rows.length > PREVIEW_ROWS) {
        readToEnd = false;
        break;
      }
    }
  } catch (error) {
    // A slice can end inside a quoted field; past the header that is the slice, not the file.
    if (!(error instanceof CsvSyntaxError) || header === null || !truncated) {
      if (error instanceof CsvSyntaxError) throw new AppError("validation_failed", `Line ${error.line}: ${error.message}`);
      throw error;
    }
    readToEnd = false;
  }
  if (header === null) throw new AppError("validation_failed", "The file is empty");
  if (truncated && readToEnd) rows.pop();
  return { columns: header, samples: rows.slice(0, PREVIEW_ROWS), guess: guessMapping(header), problems: headerProblems(header) };
}
