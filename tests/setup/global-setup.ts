/**
 * Integration tests run on a real PostgreSQL (shared/STYLE.md, habit 9). Migrations are
 * applied once to a template database; each test file then gets its own copy
 * (tests/setup/per-file-db.ts), which PostgreSQL makes in milliseconds.
 */
import type { TestProject } from "vitest/node";
import { adminQuery, createMigratedDatabase, resolveTestServer } from "../../scripts/lib/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    testDbBaseUrl: string;
    testDbTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const { baseUrl, server } = await resolveTestServer();
  const template = `tandem_template_${process.pid}`;
  await createMigratedDatabase(baseUrl, template);
  project.provide("testDbBaseUrl", baseUrl);
  project.provide("testDbTemplate", template);
  return async () => {
    await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await server?.stop();
  };
}
