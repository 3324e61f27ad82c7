// The WebAssembly build of Prisma's schema engine, wired to PostgreSQL through
// @prisma/adapter-pg. Prisma's CLI only drives the native engine binary, which cannot be
// downloaded on every machine; this is the same engine, so migrations it writes and the
// `_prisma_migrations` rows it records are the ones `prisma migrate` would produce.
// Every workaround below is listed in shared/ENVIRONMENT.md ("Prisma 7 without its native
// engine"); docs/decisions/001-migrations-without-native-engine.md says why.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

export type { SchemaEngine };

export type PgConnection = {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  /** TLS, from the URL's `sslmode` (require: encrypted; verify-ca/verify-full: also verified). */
  ssl?: { rejectUnauthorized: boolean };
};

/** Postgres' internal single-byte `"char"` type, returned by the engine's catalog queries. */
const CHAR_OID = 18;
const TEXT_OID = 25;
const SHADOW_PREFIX = "prisma_migrate_shadow_db_";

// Panics inside the wasm report their message through this global; without it a panic
// surfaces as a bare "unreachable" RuntimeError.
type PanicRegistry = { get(): string; set_message(message: string): void };
class LastPanic implements PanicRegistry {
  private message = "";
  get(): string {
    return this.message;
  }
  set_message(message: string): void {
    this.message = `RuntimeError: ${message}`;
  }
}
const panicHolder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
const panicRegistry = (panicHolder.PRISMA_WASM_PANIC_REGISTRY ??= new LastPanic());

let engineModule: Promise<typeof glue> | undefined;

/** Instantiates the wasm once per process (the glue module holds it in a module variable). */
function loadEngineModule(): Promise<typeof glue> {
  engineModule ??= (async () => {
    // The .wasm is not in the package's exports map: resolve the JS glue, read its sibling.
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const imports: WebAssembly.ModuleImports = { ...glue };
    for (const name of Object.keys(imports)) {
      // The engine races its advisory lock against a 10 s timer it never clears; an unref'd
      // timer lets the process exit as soon as the work is done.
      if (name.startsWith("__wbg_setTimeout_")) {
        imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
      }
    }
    // V8 recompiles hot wasm functions with TurboFan in the background, and Node waits for
    // those jobs before exiting: ~150 ms after every run for no gain in a short-lived
    // command. The flag is read when a module is compiled, so it is restored right after.
    v8.setFlagsFromString("--liftoff-only");
    let instance: WebAssembly.Instance;
    try {
      ({ instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports }));
    } finally {
      v8.setFlagsFromString("--no-liftoff-only");
    }
    const exports = instance.exports as Record<string, unknown> & { __wbindgen_start: () => void };
    glue.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return glue;
  })();
  return engineModule;
}

/** Everything one engine session opened, so it can all be closed when the session ends. */
export type EngineSession = {
  engine: SchemaEngine;
  /** Turns an engine rejection into an Error worth showing (keeps the engine's `code`). */
  explain(error: unknown): Error;
  close(): Promise<void>;
};

/**
 * Starts an engine on `connection`, with the schema files as its initial datamodel.
 * Always call `close()`: it frees the engine, ends every pool and drops any shadow database
 * the engine did not get to drop.
 */
export async function openEngine(
  connection: PgConnection,
  schemaFiles: { path: string; content: string }[],
  log: (line: string) => void,
): Promise<EngineSession> {
  const { SchemaEngine } = await loadEngineModule();
  const pools = new Set<pg.Pool>();
  const shadowDbs = new Set<string>();
  // The adapter maps PostgreSQL's errors to Prisma's kinds ("No such table: x"), losing
  // PostgreSQL's own wording; keep the last one a migration script raised to show it too.
  let scriptError: { message: string; code?: string } | undefined;
  const patch = <A extends PgAdapter>(adapter: A) =>
    patchAdapter(adapter, (error) => {
      const cause = error instanceof DriverAdapterError ? error.cause : undefined;
      if (cause?.originalMessage) scriptError = { message: cause.originalMessage, code: cause.originalCode };
    });

  const openPool = (database: string): pg.Pool => {
    // Discrete fields, never connectionString: pg lets a connection string override
    // `database`, which would point the "shadow" database at the real one. One connection
    // per pool, like the native engine: its advisory lock is held by a session.
    const pool = new pg.Pool({
      host: connection.host,
      port: connection.port,
      user: connection.user,
      password: connection.password,
      database,
      ssl: connection.ssl,
      max: 1,
      allowExitOnIdle: true,
    });
    pool.on("error", (error) => log(`postgres: ${error.message}`));
    pools.add(pool);
    return pool;
  };
  const endPool = async (pool: pg.Pool): Promise<void> => {
    if (pools.delete(pool)) await pool.end();
  };
  const dropDatabase = async (name: string): Promise<void> => {
    const admin = openPool(connection.database);
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      shadowDbs.delete(name);
    } finally {
      await endPool(admin);
    }
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => patch(await new PrismaPg(openPool(connection.database)).connect()),
    connectToShadowDb: async () => {
      // adapter-pg's own version drops the database while its pool is still connected
      // (which fails, leaking the database) and never closes its admin pool.
      const name = `${SHADOW_PREFIX}${randomUUID()}`;
      const admin = openPool(connection.database);
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await endPool(admin);
      }
      shadowDbs.add(name);
      const pool = openPool(name);
      const adapter = patch(await new PrismaPg(pool).connect());
      adapter.dispose = async () => {
        await endPool(pool);
        await dropDatabase(name);
      };
      return adapter;
    },
  };

  let engine: SchemaEngine;
  try {
    engine = await SchemaEngine.new(
      { datamodels: schemaFiles.map((file): [string, string] => [file.path, file.content]) },
      (message: string) => forwardEngineLog(message, log),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
  } catch (error) {
    await Promise.all([...pools].map(endPool));
    throw explainEngineError(error, undefined);
  }

  let closed = false;
  return {
    engine,
    explain: (error) => explainEngineError(error, scriptError),
    async close() {
      if (closed) return;
      closed = true;
      engine.free();
      await Promise.all([...pools].map(endPool));
      for (const name of [...shadowDbs]) {
        await dropDatabase(name).catch((error: Error) => log(`could not drop shadow database ${name}: ${error.message}`));
      }
    },
  };
}

/** Rows arrays whose result had `"char"` columns, with those columns' indexes. */
const charColumns = new WeakMap<unknown[], number[]>();

/**
 * Two fixes to adapter-pg for the engine's use:
 * - it cannot decode `"char"` (OID 18), which catalog queries return: the pool relabels
 *   those columns as text for the adapter, and queryRaw reports them as Character;
 * - its executeScript splits on `;`, breaking `$$` function bodies: send the script whole.
 */
type PgAdapter = SqlDriverAdapter & { underlyingDriver(): pg.Pool };
function patchAdapter<A extends PgAdapter>(adapter: A, onScriptError: (error: unknown) => void): A {
  const pool = adapter.underlyingDriver();
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult | pg.QueryResult[]>;
  (pool as unknown as { query: typeof query }).query = async (config) => {
    const result = await query(config);
    for (const single of Array.isArray(result) ? result : [result]) {
      const indexes = single.fields.flatMap((field, index) => (field.dataTypeID === CHAR_OID ? [index] : []));
      if (indexes.length === 0) continue;
      for (const index of indexes) single.fields[index] = { ...single.fields[index]!, dataTypeID: TEXT_OID };
      charColumns.set(single.rows, indexes);
    }
    return result;
  };

  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (q: SqlQuery): Promise<SqlResultSet> => {
    const result = await queryRaw(q);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  // With no parameters pg uses the simple query protocol, which runs a multi-statement
  // script as one implicit transaction, exactly as the native engine sends it.
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    } catch (error) {
      onScriptError(error);
      throw error;
    }
  };
  return adapter;
}

/** The engine logs JSON tracing events; pass on warnings and errors only. */
function forwardEngineLog(message: string, log: (line: string) => void): void {
  try {
    const event = JSON.parse(message) as { level?: string; fields?: { message?: string } };
    if (event.level === "WARN" || event.level === "ERROR") log(`schema engine: ${event.fields?.message ?? message}`);
  } catch {
    log(`schema engine: ${message}`);
  }
}

/**
 * The engine rejects with its message followed by a Rust span trace ("   0: sql_schema_…");
 * keep the message, name the failed migration, add PostgreSQL's wording and a way out.
 */
function explainEngineError(error: unknown, scriptError: { message: string; code?: string } | undefined): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  if (error instanceof WebAssembly.RuntimeError) {
    return new Error(`The schema engine crashed: ${panicRegistry.get() || error.message}`);
  }
  const code = (error as { code?: unknown }).code;
  const [message = ""] = error.message.split(/\n\s+0: /);
  const failed = /Applying migration\s+with migration_name="([^"]+)"/.exec(error.message)?.[1];
  const lines = [message.replace(/^external connector error\n/m, "").trim()];
  if (failed) {
    lines.unshift(`Migration ${failed} failed to apply:`);
    if (scriptError && !message.includes(scriptError.message)) {
      lines.push(`PostgreSQL said: ${scriptError.message} (SQLSTATE ${scriptError.code ?? "unknown"})`);
    }
  }
  const stuck = failed ?? /The `([^`]+)` migration started at/.exec(error.message)?.[1];
  if (stuck) {
    lines.push(
      "",
      `_prisma_migrations records ${stuck} as failed, so no further migration will be applied.`,
      "PostgreSQL ran its script as one transaction: unless the script commits by itself, none of it remains.",
      `Fix the migration, then: npm run db:deploy -- --rolled-back ${stuck}  (then deploy again).`,
    );
  }
  const explained = new Error(lines.join("\n"));
  if (typeof code === "string") Object.assign(explained, { code });
  return explained;
}
