// Prisma 7 configuration (the schema's datasource has no url: Prisma 7 reads it from here).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// `prisma generate` downloads the native schema engine before it starts, though it never
// runs it, and that download fails offline. An existing file here skips the download; the
// stub explains that migrations run through `npm run db:migrate` / `npm run db:deploy`
// (docs/decisions/001-migrations-without-native-engine.md). `??=` leaves a real engine,
// if someone set one, in charge.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./scripts/lib/schema-engine-stub.sh", import.meta.url));

// Absolute, so the CLI finds them whatever directory it is run from.
const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: {
    path: path.join(root, "prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  // Not prisma's env(): it throws when the variable is unset, and `prisma generate` runs as
  // postinstall, before anyone has a database.
  datasource: { url: process.env.DATABASE_URL },
});
