/**
 * Uploads a file with XMLHttpRequest, which (unlike fetch) reports upload progress, and reads
 * the server's NDJSON progress lines as they arrive. Settles with the last event; a refusal
 * before streaming (a 4xx with a JSON error) or a dropped connection becomes a "failed" event.
 */
import type { ImportEvent } from "@/server/csv/import-mapping";

export type SendCsvHandlers = {
  onUpload: (loaded: number, total: number) => void;
  onEvent: (event: ImportEvent) => void;
};

function errorMessage(text: string, status: number): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON: fall through to the status
  }
  return status === 413 ? "The file is too large." : `The server refused the file (HTTP ${status}).`;
}

export function sendCsv(url: string, file: Blob, { onUpload, onEvent }: SendCsvHandlers): { done: Promise<ImportEvent>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  let seen = 0;
  let pending = "";
  let last: ImportEvent | null = null;

  // Complete lines only: a line cut between two progress events waits for its end.
  const drain = (final: boolean) => {
    const text = xhr.responseText;
    pending += text.slice(seen);
    seen = text.length;
    const lines = pending.split("\n");
    pending = final ? "" : (lines.pop() ?? "");
    for (const line of lines) {
      if (!line.trim()) continue;
      last = JSON.parse(line) as ImportEvent;
      onEvent(last);
    }
  };

  const done = new Promise<ImportEvent>((resolve) => {
    xhr.upload.onprogress = (e) => onUpload(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onprogress = () => {
      if (xhr.status === 200) drain(false);
    };
    xhr.onload = () => {
      if (xhr.status !== 200) return resolve({ phase: "failed", message: errorMessage(xhr.responseText, xhr.status) });
      drain(true);
      resolve(last ?? { phase: "failed", message: "The server ended without an answer. Nothing was imported." });
    };
    xhr.onerror = () => resolve({ phase: "failed", message: "The connection was lost. If you were importing, check the responses before trying again." });
    xhr.onabort = () => resolve({ phase: "failed", message: "Cancelled." });
  });
  xhr.open("POST", url);
  xhr.setRequestHeader("content-type", "text/csv");
  xhr.send(file);
  return { done, abort: () => xhr.abort() };
}
