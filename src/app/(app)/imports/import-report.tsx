"use client";

import type { ImportReport as Report } from "@/server/csv/import-mapping";

/** A check's outcome: the counts, then every listed problem by its line as a spreadsheet numbers it. */
export function ImportReport({ report }: { report: Report }) {
  const unlisted = report.errorCount - report.errors.length;
  return (
    <div className="space-y-3" data-testid="import-report">
      <p className="text-sm text-slate-800">
        {report.rows.toLocaleString("en")} {report.rows === 1 ? "row" : "rows"} read: {report.validRows.toLocaleString("en")} ready to import
        {report.badRows > 0 ? `, ${report.badRows.toLocaleString("en")} with problems` : ""}.
        {report.stoppedAtLine !== null ? ` The file could not be read past line ${report.stoppedAtLine}.` : ""}
      </p>
      {report.errors.length > 0 ? (
        <div className="max-h-96 overflow-auto rounded-md ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Problems by line</caption>
            <thead className="sticky top-0 bg-slate-50 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">Line</th>
                <th scope="col" className="px-3 py-2">Column</th>
                <th scope="col" className="px-3 py-2">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((e, i) => (
                <tr key={i} className="border-t border-slate-100" data-testid="import-error">
                  <td className="px-3 py-1.5 tabular-nums">{e.line}</td>
                  <td className="px-3 py-1.5">{e.column}</td>
                  <td className="px-3 py-1.5">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {unlisted > 0 ? <p className="text-sm text-slate-700">…and {unlisted.toLocaleString("en")} more problems not listed.</p> : null}
    </div>
  );
}
