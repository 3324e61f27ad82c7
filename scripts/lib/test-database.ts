/**
 * The PostgreSQL server tests use: TEST_DATABASE_URL's server when set, otherwise an embedded
 * one in .tandem/test-postgres (its own port, so it never touches the app's data).
 */
import path from "node:path";
import pg from "pg";
import { embeddedPort, startEmbeddedServer, stateDir, type EmbeddedServer } from "./database";
import { applyMigrations, parseDatabaseUrl, projectPaths } from "./migrations";

export function serverBaseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = "";
  parsed.search = "";
  return parsed.toString().replace(/\/$/, "");
}

export async function resolveTestServer(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<{ baseUrl: string; server: EmbeddedServer | null }> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return { baseUrl: serverBaseUrl(configured), server: null };
  const server = await startEmbeddedServer({ dataDir: path.join(stateDir, "test-postgres"), port: embeddedPort(54330, "TANDEM_TEST_PG_PORT"), log });
  return { baseUrl: server.baseUrl, server };
}

export async function adminQuery(baseUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database with every migration applied (dropping any earlier one). */
export async function createMigratedDatabase(baseUrl: string, name: string): Promise<string> {
  await adminQuery(baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await adminQuery(baseUrl, `CREATE DATABASE "${name}"`);
  const url = `${baseUrl}/${name}`;
  await applyMigrations({ connection: parseDatabaseUrl(url), ...projectPaths });
  return url;
}
