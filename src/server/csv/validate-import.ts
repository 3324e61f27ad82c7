/**
 * The first pass of an import (the whole of a dry run): every row checked, every bad row
 * reported by its line, nothing stored. Streams: what stays in memory is the counts and at
 * most MAX_LISTED_ERRORS errors, never the rows.
 */
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { checkImportRow, resolveColumns, type ImportColumns } from "./check-import-row";
import { MAX_LISTED_ERRORS, PROGRESS_EVERY_ROWS, type ImportMapping, type ImportReport } from "./import-mapping";
import type { ImportTargets } from "./import-targets";
import { CsvSyntaxError, isBlankRow, readCsvRows, type CsvRow } from "./read-csv-rows";

export type ImportPassOptions = {
  mapping: ImportMapping;
  targets: ImportTargets;
  now: Date;
  onProgress?: (rows: number) => void;
};

export const emptyReport = (): ImportReport => ({ rows: 0, validRows: 0, badRows: 0, errorCount: 0, errors: [], stoppedAtLine: null });

/**
 * The data rows of a CSV stream with the header's columns resolved, blank rows skipped (they
 * still count for the line numbers of the rows after them). Shared by both passes, so the
 * commit reads the file exactly as the check did.
 */
export async function* readImportRows(source: Readable, mapping: ImportMapping): AsyncGenerator<{ row: CsvRow; columns: ImportColumns }> {
  let columns: ImportColumns | null = null;
  for await (const row of readCsvRows(source)) {
    if (columns === null) {
      if (isBlankRow(row.fields)) throw new AppError("validation_failed", "The first line must be the header row, with the column names");
      columns = resolveColumns(row.fields, mapping);
      continue;
    }
    if (!isBlankRow(row.fields)) yield { row, columns };
  }
  if (columns === null) throw new AppError("validation_failed", "The file is empty");
}

export async function validateImport(source: Readable, { mapping, targets, now, onProgress }: ImportPassOptions): Promise<ImportReport> {
  const report = emptyReport();
  try {
    for await (const { row, columns } of readImportRows(source, mapping)) {
      report.rows += 1;
      const outcome = checkImportRow(row, { columns, targets, now });
      if (outcome.ok) report.validRows += 1;
      else {
        report.badRows += 1;
        report.errorCount += outcome.errors.length;
        for (const error of outcome.errors) if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push(error);
      }
      if (report.rows % PROGRESS_EVERY_ROWS === 0) onProgress?.(report.rows);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    // Past a syntax error the rows can't be told apart: report it as the last problem.
    report.badRows += 1;
    report.errorCount += 1;
    report.stoppedAtLine = error.line;
    if (report.errors.length < MAX_LISTED_ERRORS) report.errors.push({ line: error.line, column: "Row", message: `${error.message}; the file was read up to here` });
  }
  onProgress?.(report.rows);
  return report;
}
