/**
 * Each test file gets its own database, copied from the migrated template, so files run in
 * parallel without seeing each other's rows.
 */
import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { adminQuery } from "../../scripts/lib/test-database";

const baseUrl = inject("testDbBaseUrl");
const template = inject("testDbTemplate");
const name = `tandem_test_${randomBytes(6).toString("hex")}`;

await adminQuery(baseUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);

process.env.DATABASE_URL = `${baseUrl}/${name}`;
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.DATABASE_POOL_MAX = "4";

afterAll(async () => {
  const holder = globalThis as unknown as { tandemDb?: { $disconnect(): Promise<void> } };
  await holder.tandemDb?.$disconnect();
  await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
