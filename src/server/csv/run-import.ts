/**
 * A dry run or a commit of one uploaded CSV, start to finish, reporting as it goes.
 *
 * Dry run: one pass over the upload as it arrives, nothing stored, nothing kept.
 * Commit: the same pass, which also copies the upload to a private temporary file; only if
 * every row passed does a second pass read that file into one transaction. Checking before
 * the transaction opens keeps it short (no open transaction waits on a slow upload), and the
 * file on disk, not memory, holds the rows between the passes. The file is deleted however
 * the request ends. Each request carries its own file, so any app instance can serve it.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import type { Db } from "../prisma-client";
import type { AuditActor } from "../audit/record-audit";
import { commitImport } from "./commit-import";
import { MAX_IMPORT_BYTES, type ImportEvent, type ImportMapping, type ImportMode } from "./import-mapping";
import type { ImportTargets } from "./import-targets";
import { UploadTap } from "./upload-tap";
import { validateImport } from "./validate-import";

export type RunImportOptions = {
  orgId: string;
  actor: AuditActor;
  mode: ImportMode;
  mapping: ImportMapping;
  targets: ImportTargets;
  body: Readable;
  fileName: string | null;
  emit: (event: ImportEvent) => void;
  now?: Date;
  maxBytes?: number;
};

/**
 * Emits progress, then settles with its last event (also returned). A file that can't be
 * read at all (too large, no header, a mapped column missing) throws an AppError instead,
 * which the route turns into the final "failed" event.
 */
export async function runImport(db: Db, options: RunImportOptions): Promise<ImportEvent> {
  const { orgId, actor, mode, mapping, targets, body, fileName, emit, now = new Date(), maxBytes = MAX_IMPORT_BYTES } = options;
  const dir = mode === "commit" ? await mkdtemp(path.join(tmpdir(), "tandem-import-")) : null;
  const settle = (event: ImportEvent) => {
    emit(event);
    return event;
  };
  try {
    const copy = dir ? path.join(dir, "upload.csv") : undefined;
    const tap = new UploadTap(maxBytes, copy);
    body.on("error", (error) => tap.destroy(error));
    tap.on("close", () => body.destroy());
    body.pipe(tap);
    const report = await validateImport(tap, { mapping, targets, now, onProgress: (rows) => emit({ phase: "checking", rows }) });
    if (mode === "dry-run" || !copy || report.badRows > 0 || report.rows === 0) return settle({ phase: "report", mode, report });

    await tap.fileWritten();
    const result = await commitImport(db, {
      orgId,
      actor,
      path: copy,
      sha256: tap.digest(),
      fileName,
      expectedRows: report.rows,
      mapping,
      targets,
      now,
      onProgress: (rows, total) => emit({ phase: "saving", rows, total }),
    });
    return settle({ phase: "done", report, ...result });
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
