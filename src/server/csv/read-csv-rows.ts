/**
 * Reads CSV records one at a time from a byte stream (csv-parse's streaming parser), each with
 * its line number as a spreadsheet shows it: the header is line 1, and a quoted comment that
 * spans three lines of text is still one row. Memory stays bounded by one record
 * (MAX_RECORD_BYTES), whatever the file's size.
 */
import type { Readable } from "node:stream";
import { CsvError, parse, type Parser } from "csv-parse";

/** A row longer than this is refused: a 5,000-character comment and the rest fit many times. */
export const MAX_RECORD_BYTES = 64 * 1024;

export type CsvRow = { line: number; fields: string[] };

/** The file is not readable CSV from `line` on; nothing after it can be trusted. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = "CsvSyntaxError";
  }
}

const SYNTAX_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "A quoted field is never closed: a quote (\") is missing",
  CSV_MAX_RECORD_SIZE: `This row is longer than ${MAX_RECORD_BYTES / 1024} KB`,
  INVALID_CLOSING_QUOTE: "A quoted field has text after its closing quote",
};

export function csvParser(): Parser {
  return parse({
    // A UTF-8 byte order mark (Excel's "CSV UTF-8") is not part of the first column's name.
    bom: true,
    // Rows with a different number of fields are reported by line, not fatal to the file.
    relax_column_count: true,
    // A stray quote inside an unquoted field is read as text, as spreadsheets read it.
    relax_quotes: true,
    // Blank lines still come through, so every later row keeps its spreadsheet number.
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_BYTES,
  });
}

/** Whether a row has nothing in it (a blank line, or only separators and spaces). */
export const isBlankRow = (fields: readonly string[]) => fields.every((field) => field.trim() === "");

/**
 * Yields every record, header included. Errors of the source (a size limit, a dropped upload)
 * come out as they are; the parser's own become a CsvSyntaxError at the row being read.
 * Stopping early (break, return, an exception) destroys both streams.
 */
export async function* readCsvRows(source: Readable): AsyncGenerator<CsvRow> {
  const parser = csvParser();
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  let line = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line += 1;
      yield { line, fields: record };
    }
  } catch (error) {
    // The parser's own count: records it parsed but we hadn't read yet are dropped with the
    // error, so our count would name a line too early.
    if (error instanceof CsvError) throw new CsvSyntaxError(Math.max(line, parser.info.records) + 1, SYNTAX_MESSAGES[error.code] ?? "This row is not valid CSV");
    throw error;
  } finally {
    source.unpipe(parser);
    parser.destroy();
    source.destroy();
  }
}
