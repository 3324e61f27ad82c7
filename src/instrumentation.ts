/**
 * Runs once when a Next.js server process starts (https://nextjs.org/docs/app/guides/instrumentation).
 * It starts the background jobs (src/server/jobs/start-jobs.ts) in the Node.js runtime only:
 * not in the edge runtime, which has no TCP sockets, and not while `next build` loads the app
 * to prerender it, when there may be no database at all.
 */
export async function register(): Promise<void> {
  // The one read of process.env outside src/env.ts, on purpose: Next replaces these literal
  // expressions at build time (so the edge bundle drops the import below), which a call
  // into env() would defeat.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobs } = await import("./server/jobs/start-jobs");
  await startJobs();
}
