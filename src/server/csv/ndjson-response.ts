/**
 * A streamed response of newline-delimited JSON events, for work that reports progress as it
 * goes (the CSV import). The status is sent before the outcome is known, so the outcome is
 * the last line: a task that throws ends with { phase: "failed", message }.
 */
import { AppError } from "@/lib/errors";

export type FailedEvent = { phase: "failed"; message: string };

function failureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  // Never the error's own text: it may carry data or internals (shared/STYLE.md, habit 5).
  console.error("Unexpected error in a streamed task", error);
  return "Something went wrong on our side, and nothing was imported. Please try again.";
}

export function ndjsonResponse<E>(task: (emit: (event: E | FailedEvent) => void) => Promise<unknown>): Response {
  const encoder = new TextEncoder();
  let open = true;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const emit = (event: E | FailedEvent) => {
        if (open) controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      };
      // Not awaited: start() must return so the response can begin while the task runs.
      void task(emit)
        .catch((error: unknown) => emit({ phase: "failed", message: failureMessage(error) }))
        .finally(() => {
          if (!open) return;
          open = false;
          controller.close();
        });
    },
    cancel() {
      // The client went away; the task notices when its upload stream breaks.
      open = false;
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      // no-transform keeps compression from holding lines back until a buffer fills.
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
    },
  });
}
