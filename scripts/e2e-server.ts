/**
 * The server Playwright tests run against: a fresh, migrated database on the test server,
 * the production build, and `next start` on E2E_PORT (default 3100). Its connection details
 * go to .tandem/e2e-<port>.json so fixtures can create sessions without clicking through forms.
 * A mail catcher on random ports receives the app's email; its HTTP list is `mailUrl` there.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stateDir } from "./lib/database";
import { ensureBuilt, startNext } from "./lib/app-server";
import { startMailCatcher } from "./lib/mail-catcher";
import { createMigratedDatabase, resolveTestServer } from "./lib/test-database";

export const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e";

async function main() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const { baseUrl, server } = await resolveTestServer();
  // One database per port, so several e2e runs on one PostgreSQL server keep apart.
  const url = await createMigratedDatabase(baseUrl, `tandem_e2e_${port}`);
  const mail = await startMailCatcher();
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(path.join(stateDir, `e2e-${port}.json`), JSON.stringify({ databaseUrl: url, secret: E2E_SECRET, port, mailUrl: mail.messagesUrl }));
  // The default port uses the usual build; other ports get their own, so parallel runs
  // don't build into one folder.
  const distDir = port === 3100 ? ".next" : `.next-${port}`;
  ensureBuilt((line) => console.log(`[e2e] ${line}`), distDir);
  const next = startNext({ mode: "start", port, distDir, env: { DATABASE_URL: url, NEXTAUTH_SECRET: E2E_SECRET, NEXTAUTH_URL: `http://127.0.0.1:${port}`, SMTP_URL: mail.smtpUrl } });
  const stop = async (code: number) => {
    await mail.stop().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill("SIGTERM"));
  next.on("exit", (code) => void stop(code ?? 0));
}

void main();
