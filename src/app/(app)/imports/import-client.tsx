"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { MAX_IMPORT_BYTES, PREVIEW_BYTES, type CsvPreview, type ImportEvent, type ImportMapping, type ImportMode, type ImportReport as Report } from "@/server/csv/import-mapping";
import { ImportProgress, type Progress } from "./import-progress";
import { ImportReport } from "./import-report";
import { draftFromGuess, MappingForm, SampleTable, toMapping, type MappingDraft, type SurveyChoice } from "./mapping-form";
import { sendCsv } from "./send-csv";

type Outcome =
  | { kind: "checked"; mode: ImportMode; report: Report; key: string }
  | { kind: "done"; report: Report; created: number; skipped: number; surveyId: string | null }
  | { kind: "failed"; message: string };

/** What a clean dry run vouches for: this file, with this mapping. */
const runKey = (file: File, mapping: ImportMapping) => `${file.name}|${file.size}|${file.lastModified}|${JSON.stringify(mapping)}`;

async function fetchPreview(file: File): Promise<CsvPreview> {
  const truncated = file.size > PREVIEW_BYTES ? "1" : "0";
  const response = await fetch(`/imports/preview?truncated=${truncated}`, { method: "POST", headers: { "content-type": "text/csv" }, body: file.slice(0, PREVIEW_BYTES) });
  const body = (await response.json()) as CsvPreview & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? "The file could not be read.");
  return body;
}

/**
 * Choose a file → map its columns → a dry run that lists every bad row → fix and choose it
 * again, or import. Import is offered only after a clean dry run of the same file and
 * mapping; the server checks every row again anyway, and stores all of them or none.
 */
export function ImportClient({ surveys }: { surveys: SurveyChoice[] }) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CsvPreview | null>(null);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const abortRef = useRef<(() => void) | null>(null);
  const outcomeRef = useRef<HTMLHeadingElement>(null);

  // The outcome's heading takes focus, so a screen reader hears how the run ended.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const chooseFile = async (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setDraft(null);
    setOutcome(null);
    setProblem(null);
    if (!chosen) return;
    // Said at once rather than after uploading 50 MB for the server to refuse.
    if (chosen.size > MAX_IMPORT_BYTES) return setProblem(`This file is ${(chosen.size / (1024 * 1024)).toFixed(0)} MB; the limit is ${MAX_IMPORT_BYTES / (1024 * 1024)} MB. Split it into smaller files.`);
    try {
      const read = await fetchPreview(chosen);
      setPreview(read);
      setDraft(draftFromGuess(read, surveys));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "The file could not be read.");
    }
  };

  const mapping = draft ? toMapping(draft) : null;
  const run = async (mode: ImportMode) => {
    if (!file || !mapping) return;
    setOutcome(null);
    setProgress({ mode, sent: 0, size: file.size, checked: 0, saved: 0, toSave: 0 });
    const query = new URLSearchParams({ mode, mapping: JSON.stringify(mapping), fileName: file.name.slice(0, 200) });
    const onEvent = (event: ImportEvent) => {
      if (event.phase === "checking") setProgress((p) => p && { ...p, checked: event.rows });
      if (event.phase === "saving") setProgress((p) => p && { ...p, saved: event.rows, toSave: event.total });
    };
    const sending = sendCsv(`/imports/run?${query}`, file, { onUpload: (sent, size) => setProgress((p) => p && { ...p, sent, size }), onEvent });
    abortRef.current = sending.abort;
    const last = await sending.done;
    abortRef.current = null;
    setProgress(null);
    if (last.phase === "report") setOutcome({ kind: "checked", mode: last.mode, report: last.report, key: runKey(file, mapping) });
    else if (last.phase === "done") setOutcome({ kind: "done", report: last.report, created: last.created, skipped: last.skipped, surveyId: mapping.survey.kind === "fixed" ? mapping.survey.surveyId : null });
    else if (last.phase === "failed") setOutcome({ kind: "failed", message: last.message });
  };

  const clean = outcome?.kind === "checked" && outcome.report.badRows === 0 && outcome.report.rows > 0;
  const canCommit = clean && file && mapping && outcome.key === runKey(file, mapping);
  const busy = progress !== null;

  return (
    <div className="space-y-4">
      <Card title="1. Choose a CSV file" description="The first line names the columns. UTF-8, comma-separated, at most 50 MB.">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">
          CSV file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          // Cleared on each opening, so choosing the same file again after fixing it is a change.
          onClick={(e) => (e.currentTarget.value = "")}
          onChange={(e) => void chooseFile(e.target.files?.[0] ?? null)}
          className="mt-1 block text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-700"
        />
        {file ? (
          <p className="mt-2 text-sm text-slate-700" data-testid="chosen-file">
            Chosen: <span className="font-medium">{file.name}</span> ({(file.size / 1024).toLocaleString("en", { maximumFractionDigits: 1 })} KB)
          </p>
        ) : null}
        {problem ? (
          <div className="mt-3">
            <Alert tone="error">{problem}</Alert>
          </div>
        ) : null}
      </Card>

      {preview && draft ? (
        <Card title="2. Map the columns" description={`${file?.name ?? ""}: its first rows, as they will be read.`}>
          <div className="space-y-4">
            <SampleTable preview={preview} />
            {preview.problems.map((p) => (
              <Alert key={p} tone="error">
                {p}
              </Alert>
            ))}
            <MappingForm preview={preview} surveys={surveys} draft={draft} onChange={(next) => setDraft(next)} />
          </div>
        </Card>
      ) : null}

      {preview && draft ? (
        <Card title="3. Check, then import" description="The check reads every row and stores nothing. The import stores every row or, if any is wrong, none.">
          <div className="space-y-4">
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => void run("dry-run")} disabled={busy || !mapping} variant={canCommit ? "secondary" : "primary"}>
                Check the file (dry run)
              </Button>
              {canCommit ? (
                <Button onClick={() => void run("commit")} disabled={busy}>
                  Import {outcome.report.rows.toLocaleString("en")} {outcome.report.rows === 1 ? "response" : "responses"}
                </Button>
              ) : null}
              {busy ? (
                <Button variant="ghost" onClick={() => abortRef.current?.()}>
                  Cancel
                </Button>
              ) : null}
            </div>
            {!mapping ? <p className="text-sm text-slate-600">Choose the survey and the team, score and date columns first.</p> : null}
            {progress ? <ImportProgress progress={progress} /> : null}
            {outcome ? <OutcomeView outcome={outcome} headingRef={outcomeRef} /> : null}
          </div>
        </Card>
      ) : null}
    </div>
  );
}

function OutcomeView({ outcome, headingRef }: { outcome: Outcome; headingRef: React.RefObject<HTMLHeadingElement | null> }) {
  const heading = (text: string) => (
    <h3 ref={headingRef} tabIndex={-1} className="text-base font-semibold text-slate-900" data-testid="import-outcome">
      {text}
    </h3>
  );
  if (outcome.kind === "failed") {
    return (
      <div className="space-y-2">
        {heading("Nothing was imported")}
        <Alert tone="error">{outcome.message}</Alert>
      </div>
    );
  }
  if (outcome.kind === "done") {
    return (
      <div className="space-y-2">
        {heading(`Imported ${outcome.created.toLocaleString("en")} ${outcome.created === 1 ? "response" : "responses"}`)}
        {outcome.skipped > 0 ? <p className="text-sm text-slate-700">{outcome.skipped.toLocaleString("en")} rows of this same file had been imported before and were skipped.</p> : null}
        {outcome.surveyId ? (
          <Link href={`/surveys/${outcome.surveyId}/responses`} className="text-sm font-medium text-brand-700 hover:underline">
            See the survey’s responses
          </Link>
        ) : null}
      </div>
    );
  }
  const { report, mode } = outcome;
  const ok = report.badRows === 0 && report.rows > 0;
  const title = report.rows === 0 ? "The file has no rows to import" : ok ? "Every row is ready to import" : mode === "commit" ? "Nothing was imported: some rows have problems" : "Some rows have problems";
  return (
    <div className="space-y-2">
      {heading(title)}
      {!ok && report.rows > 0 ? <p className="text-sm text-slate-700">Fix these lines in your file, choose it again and check it once more.</p> : null}
      <ImportReport report={report} />
    </div>
  );
}
