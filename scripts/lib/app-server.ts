/**
 * Building and running the Next.js server from scripts (npm start, e2e).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot, stateDir } from "./database";

const nextBin = path.join(repoRoot, "node_modules", "next", "dist", "bin", "next");

/** A fingerprint of the sources: the commit plus uncommitted changes, when in git. */
function sourceStamp(): string | null {
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: repoRoot, encoding: "utf8" });
  if (head.status !== 0) return null;
  const status = spawnSync("git", ["status", "--porcelain", "--", "src", "public", "next.config.ts", "package-lock.json", "prisma/schema.prisma"], { cwd: repoRoot, encoding: "utf8" });
  const diff = spawnSync("git", ["diff", "HEAD", "--", "src", "public", "next.config.ts"], { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  // Untracked files change the build too, and a diff doesn't show them: add their sizes and times.
  const untracked = spawnSync("git", ["ls-files", "--others", "--exclude-standard", "--", "src", "public"], { cwd: repoRoot, encoding: "utf8" });
  const hash = createHash("sha256").update(head.stdout).update(status.stdout ?? "").update(diff.stdout ?? "");
  for (const file of (untracked.stdout ?? "").split("\n").filter(Boolean)) {
    const info = statSync(path.join(repoRoot, file), { throwIfNoEntry: false });
    if (info) hash.update(`${file}:${info.size}:${info.mtimeMs}`);
  }
  return hash.digest("hex");
}

/** Builds when there is no build, or the sources changed since the last one. */
export function ensureBuilt(log: (line: string) => void, distDir = ".next"): void {
  const stamp = sourceStamp();
  const stampFile = path.join(repoRoot, distDir, "tandem-build-stamp");
  const built = existsSync(path.join(repoRoot, distDir, "BUILD_ID"));
  if (built && (stamp === null || (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp))) return;
  log(built ? "Sources changed since the last build: rebuilding (about 30 s)…" : "Building the app (first run, about 30 s)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: repoRoot, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir } });
  if (result.status !== 0) throw new Error("next build failed");
  if (stamp) writeFileSync(stampFile, stamp);
}

/** NEXTAUTH_SECRET from the environment, or one generated once and kept in .tandem/. */
export function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(stateDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(stateDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export type StartNextOptions = { mode: "start" | "dev"; port: number; env: Record<string, string>; distDir?: string };

/**
 * V8 grows its heap up to 4× what survived the last full collection before collecting again,
 * so a busy server sat at 500+ MB holding ~70 MB; growing by half keeps it near 300 MB at the
 * same speed, with no heap cap to run out of (docs/decisions/017-benchmark.md).
 */
export const SERVER_NODE_FLAGS = ["--heap-growing-percent=50"];

export function startNext({ mode, port, env, distDir = ".next" }: StartNextOptions): ChildProcess {
  return spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, mode, "--port", String(port)], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), NEXT_DIST_DIR: distDir },
  });
}
