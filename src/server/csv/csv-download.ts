/**
 * CSV downloads, streamed: records are pulled from an async source only as fast as the client
 * reads, through csv-stringify, straight into the response, so no export is ever built in
 * memory whatever its size.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { stringify } from "csv-stringify";

import { neutralizeFormula } from "@/lib/formula-guard";

export { neutralizeFormula };

export type CsvCell = string | number | null;

/** A file name safe in a header on every browser: ASCII letters, digits and dashes. */
export function csvFileName(...parts: string[]): string {
  const slug = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 80);
  return `${slug || "export"}.csv`;
}

export function csvDownload(header: readonly string[], records: AsyncIterable<CsvCell[]>, fileName: string): Response {
  const stringifier = stringify({
    // Excel needs the byte order mark to read UTF-8; the importer skips it.
    bom: true,
    record_delimiter: "windows",
    cast: { string: neutralizeFormula },
  });
  async function* withHeader(): AsyncGenerator<CsvCell[]> {
    yield [...header];
    yield* records;
  }
  pipeline(Readable.from(withHeader()), stringifier, (error) => {
    // The status line is long gone: a failure can only cut the download short, so log it.
    if (error && error.code !== "ERR_STREAM_PREMATURE_CLOSE") console.error("A CSV export failed part-way", error);
  });
  return new Response(Readable.toWeb(stringifier) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"`,
      "cache-control": "no-store",
    },
  });
}
