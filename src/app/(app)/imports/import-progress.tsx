"use client";

export type Progress = {
  mode: "dry-run" | "commit";
  /** Bytes sent of the file's size. */
  sent: number;
  size: number;
  checked: number;
  saved: number;
  /** Rows to save, once the check has counted them. */
  toSave: number;
};

const mb = (bytes: number) => (bytes / (1024 * 1024)).toLocaleString("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** Where an import is: upload (and the check, which reads as the bytes arrive), then saving. */
function describe(p: Progress): { label: string; ratio: number; detail: string } {
  const checked = `${p.checked.toLocaleString("en")} rows checked`;
  if (p.toSave > 0) {
    return { label: "Saving", ratio: p.saved / p.toSave, detail: `${p.saved.toLocaleString("en")} of ${p.toSave.toLocaleString("en")} rows saved` };
  }
  if (p.sent < p.size) return { label: "Uploading and checking", ratio: p.size ? p.sent / p.size : 0, detail: `${mb(p.sent)} of ${mb(p.size)} MB sent · ${checked}` };
  return { label: p.mode === "commit" ? "Checking before saving" : "Checking", ratio: 1, detail: checked };
}

/**
 * A native <progress> (announced as a progress bar with its value) labelled by the phase, and
 * the same numbers as text. Only the phase is a live region: a count changing every second
 * would keep a screen reader talking.
 */
export function ImportProgress({ progress }: { progress: Progress }) {
  const { label, ratio, detail } = describe(progress);
  const percent = Math.round(Math.min(1, ratio) * 100);
  return (
    <div className="space-y-2" data-testid="import-progress">
      <p id="import-phase" aria-live="polite" className="text-sm font-medium text-slate-800">
        {label}
      </p>
      <progress max={100} value={percent} aria-labelledby="import-phase" aria-describedby="import-detail" className="h-2 w-full overflow-hidden rounded accent-brand-600">
        {percent}%
      </progress>
      <p id="import-detail" className="text-xs text-slate-600 tabular-nums">
        {percent}% · {detail}
      </p>
    </div>
  );
}
