/**
 * What the import routes read from a request before streaming starts, so a wrong request is
 * still an ordinary 4xx: the mode and mapping (query string), the file's type and declared size.
 */
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import { importMappingSchema, importModeSchema, MAX_IMPORT_BYTES, type ImportMapping, type ImportMode } from "./import-mapping";
import type { ImportTargets } from "./import-targets";

export type ImportRequest = { mode: ImportMode; mapping: ImportMapping; fileName: string | null; body: Readable };

const fileNameSchema = z.string().trim().max(200).optional();

/**
 * The body must be the file itself, as text/csv: a cross-site HTML form can't send that type
 * (it could send text/plain), which is one more reason a session cookie alone can't import.
 */
export function csvBody(request: Request, maxBytes: number): Readable {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "text/csv") throw new AppError("unsupported_media_type", "Send the file itself as the body, with Content-Type: text/csv");
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw new AppError("payload_too_large", `The file is larger than ${Math.round(maxBytes / (1024 * 1024))} MB`);
  if (!request.body) throw new AppError("bad_request", "The file is empty");
  return Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
}

export function parseImportRequest(request: Request): ImportRequest {
  const params = new URL(request.url).searchParams;
  const mode = parseOrThrow(importModeSchema, params.get("mode"), "Choose a dry run or a commit");
  let raw: unknown;
  try {
    raw = JSON.parse(params.get("mapping") ?? "null");
  } catch {
    throw new AppError("bad_request", "The column mapping is not valid JSON");
  }
  const mapping = parseOrThrow(importMappingSchema, raw, "Map the file's columns first");
  const fileName = parseOrThrow(fileNameSchema, params.get("fileName") ?? undefined) || null;
  return { mode, mapping, fileName, body: csvBody(request, MAX_IMPORT_BYTES) };
}

/** A fixed survey must be the organization's: otherwise a 404 before a byte is read. */
export function assertMappedSurvey(mapping: ImportMapping, targets: ImportTargets): void {
  if (mapping.survey.kind === "fixed" && !targets.ingest.surveys.has(mapping.survey.surveyId)) throw new AppError("not_found", "Survey not found");
}
