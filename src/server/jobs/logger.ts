/**
 * Where background jobs report. pg-boss reports its own failures (a lost connection, a failed
 * maintenance run) as 'error' events rather than throwing, and an unhandled 'error' event would
 * crash the process, so every boss is given one of these. Tests pass their own, so nothing a
 * job does can reach console.error behind their back (tests/setup/fail-on-console.ts).
 */
export type JobLogger = {
  info(message: string): void;
  error(message: string, error?: unknown): void;
};

/** The app's: stdout and stderr, one line each, prefixed so job lines stand out in server logs. */
export const consoleJobLogger: JobLogger = {
  info: (message) => console.log(`[jobs] ${message}`),
  error: (message, error) => console.error(`[jobs] ${message}`, error instanceof Error ? (error.stack ?? error.message) : (error ?? "")),
};
