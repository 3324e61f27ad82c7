/**
 * The benchmark's PostgreSQL database and Next.js server: its own database on DATABASE_URL's
 * server (or on an embedded PostgreSQL of its own), its own build folder and its own port, so
 * it never touches the app's data or another run's build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuilt, SERVER_NODE_FLAGS } from "../app-server";
import { embeddedPort, repoRoot, startEmbeddedServer, stateDir } from "../database";
import { createMigratedDatabase, serverBaseUrl } from "../test-database";

export const BENCH_DATABASE = "tandem_bench";
export const BENCH_PORT = 3204;
const DIST_DIR = ".next-bench";
const nextBin = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");

export type BenchDatabase = { url: string; where: string; stop(): Promise<void> };

/**
 * A freshly migrated `tandem_bench` database (dropped first if it exists) on DATABASE_URL's
 * server, whatever database that URL names: the benchmark never writes to the database a
 * user points it at. Without DATABASE_URL, an embedded PostgreSQL in .tandem/bench-postgres.
 */
export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const baseUrl = serverBaseUrl(configured);
    const url = await createMigratedDatabase(baseUrl, BENCH_DATABASE);
    return { url, where: `${new URL(baseUrl).host} (DATABASE_URL's server)`, stop: async () => undefined };
  }
  const port = embeddedPort(54331, "TANDEM_BENCH_PG_PORT");
  log(`DATABASE_URL is not set: using an embedded PostgreSQL on port ${port} (.tandem/bench-postgres)`);
  const server = await startEmbeddedServer({ dataDir: path.join(stateDir, "bench-postgres"), port, log });
  const url = await createMigratedDatabase(server.baseUrl, BENCH_DATABASE);
  return { url, where: `embedded PostgreSQL on 127.0.0.1:${port}`, stop: () => server.stop() };
}

/**
 * `next build` adds its dist folder's type paths to tsconfig.json; the benchmark puts the file
 * back as it found it, so a run leaves the working tree unchanged.
 */
export function buildApp(log: (line: string) => void): void {
  const tsconfig = path.join(repoRoot, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    ensureBuilt(log, DIST_DIR);
  } finally {
    if (readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

export type BenchServer = {
  baseUrl: string;
  secret: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
};

/**
 * `next start` in a process group of its own (stopping `next start` alone orphans its
 * next-server child), output to .tandem/bench-next.log. Resolves once /api/health answers.
 */
export async function startBenchServer(databaseUrl: string): Promise<BenchServer> {
  const secret = randomBytes(32).toString("base64url");
  const baseUrl = `http://127.0.0.1:${BENCH_PORT}`;
  const logFile = path.join(stateDir, "bench-next.log");
  const out = createWriteStream(logFile);
  await new Promise((resolve) => out.once("open", resolve));
  // Started as `npm start` starts it (scripts/lib/app-server.ts), with the same Node flags.
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, "start", "--port", String(BENCH_PORT), "--hostname", "127.0.0.1"], {
    cwd: repoRoot,
    detached: true,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: DIST_DIR,
      PORT: String(BENCH_PORT),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: baseUrl,
    },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start next start");
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const stop = async () => {
    if (exited) return;
    const gone = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
    out.end();
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited before answering; see ${logFile}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer /api/health within 60 s; see ${logFile}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, secret, pid, logFile, stop };
}

function readStatus(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
}

function statusKb(status: string, field: "VmRSS" | "VmHWM"): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

/** The pid and all its descendants, from /proc (Linux). */
function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSafe("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const status = readStatus(pid);
    const match = status && /^PPid:\s+(\d+)/m.exec(status);
    if (match) parentOf.set(pid, Number(match[1]));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parentOf) if (parent === tree[i] && !tree.includes(pid)) tree.push(pid);
  }
  return tree;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

export type MemorySampler = {
  /** The tree's RSS at the last sample and the largest so far, in MB. */
  now(): { rssMb: number; peakMb: number };
  stop(): { peakSampledMb: number; peakHwmMb: number };
};

/**
 * Samples the server's memory every 100 ms: the sum of VmRSS over its process tree (the
 * largest sum seen), and each process's own high-water mark VmHWM (summed at the end: an
 * upper bound of the tree's peak that no sampling interval can miss). Linux only; elsewhere
 * both read 0.
 */
export function sampleMemory(rootPid: number): MemorySampler {
  let tree = processTree(rootPid);
  let peakSampledKb = 0;
  let lastKb = 0;
  const hwmKb = new Map<number, number>();
  let ticks = 0;
  const timer = setInterval(() => {
    if (++ticks % 10 === 0) tree = processTree(rootPid);
    let sum = 0;
    for (const pid of tree) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += statusKb(status, "VmRSS");
      hwmKb.set(pid, Math.max(hwmKb.get(pid) ?? 0, statusKb(status, "VmHWM")));
    }
    lastKb = sum;
    peakSampledKb = Math.max(peakSampledKb, sum);
  }, 100);
  timer.unref();
  return {
    now: () => ({ rssMb: lastKb / 1024, peakMb: peakSampledKb / 1024 }),
    stop() {
      clearInterval(timer);
      for (const pid of processTree(rootPid)) {
        const status = readStatus(pid);
        if (status) hwmKb.set(pid, Math.max(hwmKb.get(pid) ?? 0, statusKb(status, "VmHWM")));
      }
      const hwm = [...hwmKb.values()].reduce((a, b) => a + b, 0);
      return { peakSampledMb: peakSampledKb / 1024, peakHwmMb: hwm / 1024 };
    },
  };
}
