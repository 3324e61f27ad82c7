/**
 * `npm start`: the whole app from a fresh clone. With no DATABASE_URL it starts an embedded
 * PostgreSQL (data in .tandem/), applies migrations, seeds a demo organization on the first
 * run, builds the app if needed and serves it on PORT (default 3000). With no SMTP_URL it also
 * starts the local mail catcher and points the app at it, so sent email can be read at
 * http://127.0.0.1:1080/messages. Ctrl-C stops all of it.
 */
import { openDatabase } from "./lib/database";
import { applyMigrations, parseDatabaseUrl, projectPaths } from "./lib/migrations";
import { authSecret, ensureBuilt, startNext } from "./lib/app-server";
import { preferredCatcherPorts, startMailCatcherOnPreferredPorts, type MailCatcher } from "./lib/mail-catcher";
import { createPrismaClient } from "../src/server/prisma-client";
import { seedDemo } from "../src/server/demo/seed-demo";
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD } from "../src/server/demo/demo-constants";

const log = (line: string) => console.log(`[tandem] ${line}`);

async function main() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, got ${process.env.PORT}`);

  const database = await openDatabase(log);
  let stopping = false;
  let mailCatcher: MailCatcher | null = null;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await mailCatcher?.stop().catch(() => undefined);
    await database.stop().catch(() => undefined);
    process.exit(code);
  };

  try {
    log(database.embedded ? "Using the embedded PostgreSQL in .tandem/postgres" : "Using DATABASE_URL");
    const { applied } = await applyMigrations({ connection: parseDatabaseUrl(database.url), ...projectPaths });
    if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);

    if (database.embedded) {
      const prisma = createPrismaClient({ url: database.url, poolMax: 4 });
      try {
        const demoOwner = await prisma.user.findUnique({ where: { email: DEMO_OWNER_EMAIL }, select: { id: true } });
        if ((await prisma.organization.count()) === 0) {
          log("First run: seeding the demo organization…");
          await seedDemo(prisma, { log });
          log(`Demo sign-in: ${DEMO_OWNER_EMAIL} / ${DEMO_PASSWORD}`);
        } else if (demoOwner) {
          log(`Demo sign-in: ${DEMO_OWNER_EMAIL} / ${DEMO_PASSWORD}`);
        }
      } finally {
        await prisma.$disconnect();
      }
    }

    if (!dev) ensureBuilt(log);
    // With SMTP_URL set, the app sends through it (it reaches Next with the rest of process.env).
    if (!process.env.SMTP_URL) {
      mailCatcher = await startMailCatcherOnPreferredPorts({ ...preferredCatcherPorts(), log });
      log(`Mail catcher: ${mailCatcher.messagesUrl}`);
    }
    const env = {
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: authSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      ...(mailCatcher ? { SMTP_URL: mailCatcher.smtpUrl } : {}),
    };
    const server = startNext({ mode: dev ? "dev" : "start", port, env });
    log(`Tandem is starting on http://localhost:${port} (Ctrl-C to stop)`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        server.kill("SIGTERM");
      });
    }
    server.on("exit", (code) => void shutdown(code ?? 0));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
}

void main();
