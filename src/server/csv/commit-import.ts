/**
 * The second pass of a commit: the file (already checked, now on disk) read again and stored
 * in ONE transaction, in chunks of COMMIT_CHUNK_ROWS through the API's own insertResponses and
 * addToDailyRollups, so imported rows obey the same rules and the rollups stay exact. Any
 * failure, on any chunk, rolls back every chunk: all or nothing.
 *
 * Each row's idempotency key is derived from the file's SHA-256 and the row's line, so the
 * same file committed twice (a double click, a retry after a timeout) stores its rows once;
 * the key names a file and a line, nothing about a person.
 */
import { createReadStream } from "node:fs";
import { AppError } from "@/lib/errors";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { insertResponses, type NewResponse } from "../responses/insert-responses";
import { dropRepeatedKeys } from "../responses/prepare-responses";
import { addToDailyRollups } from "../responses/update-rollups";
import { checkImportRow } from "./check-import-row";
import { COMMIT_CHUNK_ROWS, PROGRESS_EVERY_ROWS } from "./import-mapping";
import { readImportRows, type ImportPassOptions } from "./validate-import";

export type CommitImportOptions = Omit<ImportPassOptions, "onProgress"> & {
  orgId: string;
  actor: AuditActor;
  /** The checked copy of the upload. */
  path: string;
  sha256: string;
  fileName: string | null;
  /** Rows the check counted: the commit must store exactly these. */
  expectedRows: number;
  onProgress?: (rows: number, total: number) => void;
};

export type CommitResult = { created: number; skipped: number };

// A 100,000-row file takes tens of seconds on a small server; Prisma's 5 s default would roll
// every import of size back. Other writers wait only on the rollup rows of the same days.
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 30 * 60_000 };

export const importKey = (sha256: string, line: number) => `tandem-csv-import:${sha256}:${line}`;

export async function commitImport(db: Db, options: CommitImportOptions): Promise<CommitResult> {
  const { orgId, actor, path, sha256, fileName, expectedRows, mapping, targets, now, onProgress } = options;
  return db.$transaction(async (tx) => {
    let rows = 0;
    let created = 0;
    let chunk: NewResponse[] = [];
    const flush = async () => {
      if (chunk.length === 0) return;
      const inserted = await insertResponses(tx, { orgId, responses: dropRepeatedKeys(chunk) });
      await addToDailyRollups(tx, {
        orgId,
        entries: inserted.map((r) => ({ surveyId: r.surveyId, teamId: r.teamId, day: r.submittedOn, score: r.score })),
      });
      created += inserted.length;
      chunk = [];
    };
    for await (const { row, columns } of readImportRows(createReadStream(path), mapping)) {
      const outcome = checkImportRow(row, { columns, targets, now, idempotencyKey: importKey(sha256, row.line) });
      // The first pass found no problem in this very file; one now means it changed under us.
      if (!outcome.ok) throw new AppError("conflict", `Line ${row.line} no longer passes the checks: nothing was imported`);
      chunk.push(outcome.response);
      rows += 1;
      if (chunk.length >= COMMIT_CHUNK_ROWS) await flush();
      if (rows % PROGRESS_EVERY_ROWS === 0) onProgress?.(rows, expectedRows);
    }
    await flush();
    if (rows !== expectedRows) throw new AppError("conflict", "The file read differently the second time: nothing was imported");
    onProgress?.(rows, expectedRows);
    const skipped = rows - created;
    await recordAudit(tx, {
      orgId,
      actor,
      action: "responses.import",
      targetType: "Response",
      metadata: { rows, created, skipped, sha256, fileName, survey: mapping.survey.kind === "fixed" ? mapping.survey.surveyId : "from a column" },
    });
    return { created, skipped };
  }, TRANSACTION_LIMITS);
}
