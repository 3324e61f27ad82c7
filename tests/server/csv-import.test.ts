/**
 * CSV import against a real PostgreSQL: the dry run reports every bad row by its spreadsheet
 * line and stores nothing; a commit stores everything or nothing, with exact rollups; a
 * 100,000-row file imports with bounded memory. The route handlers are called in-process with
 * the session module replaced (the one thing a test can't make without a browser).
 */
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { Readable } from "node:stream";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { MemberContext } from "@/server/auth/session";
import { db } from "@/server/db";
import type { ImportEvent, ImportMapping } from "@/server/csv/import-mapping";
import { loadImportTargets } from "@/server/csv/import-targets";
import { runImport } from "@/server/csv/run-import";
import { makeOrg, makeSurvey, makeTeam } from "../factories";

const session = vi.hoisted(() => ({ member: null as MemberContext | null }));
vi.mock("@/server/auth/session", () => ({ getMember: async () => session.member }));
const previewRoute = await import("@/app/(app)/imports/preview/route");
const runRoute = await import("@/app/(app)/imports/run/route");

type Org = Awaited<ReturnType<typeof makeOrg>>;
let acme: Org, globex: Org;
let nps: string, csat: string, enps: string, south: string, theirTeam: string;
const NOW = new Date("2026-03-01T12:00:00Z");

beforeAll(async () => {
  acme = await makeOrg({ name: "Acme" });
  globex = await makeOrg({ name: "Globex" });
  nps = (await makeSurvey(acme.orgId, { metric: "NPS", title: "Store NPS" })).id;
  csat = (await makeSurvey(acme.orgId, { metric: "CSAT", title: "Support CSAT" })).id;
  enps = (await makeSurvey(acme.orgId, { metric: "ENPS", title: "Pulse" })).id;
  await makeTeam(acme.orgId, { name: "North" });
  south = (await makeTeam(acme.orgId, { name: "South" })).id;
  await makeTeam(acme.orgId, { name: "Twin" });
  await makeTeam(acme.orgId, { name: "twin " });
  theirTeam = (await makeTeam(globex.orgId, { name: "Elsewhere" })).id;
});

const MAPPING: ImportMapping = { survey: { kind: "fixed", surveyId: "" }, team: "Team", score: "Score", date: "Date", comment: "Comment" };
const mapping = (overrides: Partial<ImportMapping> = {}): ImportMapping => ({ ...MAPPING, survey: { kind: "fixed", surveyId: nps }, ...overrides });

async function run(csv: string | Readable, options: { mode?: "dry-run" | "commit"; mapping?: ImportMapping; maxBytes?: number; orgId?: string } = {}) {
  const orgId = options.orgId ?? acme.orgId;
  const events: ImportEvent[] = [];
  const body = typeof csv === "string" ? Readable.from([Buffer.from(csv, "utf8")]) : csv;
  const last = await runImport(db, {
    orgId,
    actor: { userId: acme.ownerId },
    mode: options.mode ?? "dry-run",
    mapping: options.mapping ?? mapping(),
    targets: await loadImportTargets(db, { orgId }),
    body,
    fileName: "test.csv",
    emit: (event) => events.push(event),
    now: NOW,
    maxBytes: options.maxBytes,
  });
  return { last, events };
}

const stored = async (orgId = acme.orgId) => ({
  responses: await db.response.count({ where: { orgId } }),
  answers: await db.answer.count({ where: { orgId } }),
  rollupN: (await db.dailyRollup.aggregate({ where: { orgId }, _sum: { n: true } }))._sum.n ?? 0,
});

const H = ["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10"] as const;
/** The rollups, and the same recomputed from the Response table by a GROUP BY: they must agree. */
async function rollupsVsGroupBy(orgId = acme.orgId) {
  const rollups = (await db.dailyRollup.findMany({ where: { orgId }, orderBy: [{ surveyId: "asc" }, { teamId: "asc" }, { day: "asc" }] })).map(
    (r) => `${r.surveyId}|${r.teamId}|${r.day.toISOString().slice(0, 10)}|${r.n}|${H.map((h) => r[h]).join(",")}`,
  );
  const grouped = await db.$queryRaw<{ surveyId: string; teamId: string; day: string; scores: number[] }[]>`
    SELECT r."surveyId", r."teamId", to_char(r."submittedOn", 'YYYY-MM-DD') AS "day", array_agg(r."score") AS "scores"
    FROM "Response" r WHERE r."orgId" = ${orgId} AND r."score" IS NOT NULL
    GROUP BY r."surveyId", r."teamId", r."submittedOn" ORDER BY r."surveyId", r."teamId", r."submittedOn"`;
  const counts = (scores: number[]) => H.map((_, i) => scores.filter((s) => s === i).length).join(",");
  return { rollups, grouped: grouped.map((g) => `${g.surveyId}|${g.teamId}|${g.day}|${g.scores.length}|${counts(g.scores)}`) };
}

/** The report's problems as "line column: message" strings, in order. */
const problems = (event: ImportEvent) => ("report" in event ? event.report.errors.map((e) => `${e.line} ${e.column}: ${e.message}`) : []);

const BAD_FILE = [
  "Team,Score,Date,Comment", // 1
  "North,9,2025-05-01,Fine", // 2
  "North,,2025-05-01,blank score", // 3
  "South,11,2025-05-01,eleven", // 4
  "North,8,2026-03-02,future", // 5
  "Nowhere,7,2025-05-01,unknown team", // 6
  "North,7,05/01/2025,bad date", // 7
  'South,10,2025-05-02T08:30:00Z,"Quick, friendly, ""great"""', // 8
  'North,6,2025-05-03,"two', // 9 (one spreadsheet row over two lines of text)
  'lines"', //
  "South,abc,2025-05-04,", // 10
  "", // 11 (blank: skipped, but it still has a number)
  "Elsewhere,5,2025-05-05,another org's team", // 12
  "North,5", // 13
].join("\n");

describe("dry run", () => {
  it("reports every bad row by its spreadsheet line and stores nothing", async () => {
    const before = await stored();
    const { last, events } = await run(BAD_FILE);
    expect(last.phase).toBe("report");
    if (last.phase !== "report") return;
    expect(problems(last)).toEqual([
      "3 Score: Required",
      "4 Score: 11 is not on this NPS survey's scale (0 to 10)",
      "5 Date: Must not be in the future",
      "6 Team: No team with this id or name: “Nowhere”",
      "7 Date: An ISO 8601 date-time with Z or an offset (2024-05-01T09:30:00Z), or a date (2024-05-01)",
      "10 Score: A whole number: 0 to 10 for NPS and eNPS, 1 to 5 for CSAT",
      "12 Team: No team with this id or name: “Elsewhere”",
      "13 Row: This row has 2 fields; the header has 4",
    ]);
    expect(last.report).toMatchObject({ rows: 11, validRows: 3, badRows: 8, errorCount: 8, stoppedAtLine: null });
    expect(events.at(-1)).toBe(last);
    expect(await stored()).toEqual(before);
  });

  it("reads CRLF line endings and a UTF-8 byte order mark exactly the same way", async () => {
    const { last: plain } = await run(BAD_FILE);
    const { last: windows } = await run(`\uFEFF${BAD_FILE.replace(/\n/g, "\r\n")}`);
    expect(problems(windows)).toEqual(problems(plain));
  });

  it("stops at a quote that never closes, naming its line", async () => {
    const { last } = await run(['Team,Score,Date,Comment', "North,9,2025-05-01,ok", 'North,9,2025-05-01,"never closed', "North,9,2025-05-01,ok"].join("\n"));
    expect(last.phase === "report" && last.report.stoppedAtLine).toBe(3);
    expect(problems(last)).toEqual(['3 Row: A quoted field is never closed: a quote (") is missing; the file was read up to here']);
  });

  it("checks each survey's own scale when the survey comes from a column, by id or title", async () => {
    const csv = ["Survey,Team,Score,Date,Comment", `${csat},North,5,2025-01-01,`, "support csat,South,7,2025-01-01,", "Pulse,North,10,2025-01-01,", "Nope,North,1,2025-01-01,", "Store NPS,Twin,1,2025-01-01,"].join("\n");
    const { last } = await run(csv, { mapping: mapping({ survey: { kind: "column", column: "Survey" } }) });
    expect(problems(last)).toEqual([
      "3 Score: 7 is not on this CSAT survey's scale (1 to 5)",
      "5 Survey: No survey with this id or title: “Nope”",
      "6 Team: 2 teams have the name “Twin”: use the team id instead",
    ]);
  });

  it("refuses a mapping whose columns the file doesn't have, and a file over the size limit", async () => {
    await expect(run("Team,Points,Date\nNorth,9,2025-01-01\n")).rejects.toThrow("The file has no column “Score”");
    await expect(run("Team,Score,Date,Comment\n" + "North,9,2025-01-01,x\n".repeat(100), { maxBytes: 500 })).rejects.toThrow("larger than");
    await expect(run("")).rejects.toThrow("The file is empty");
  });
});

describe("commit", () => {
  beforeEach(async () => {
    await db.response.deleteMany({ where: { orgId: acme.orgId } });
    await db.dailyRollup.deleteMany({ where: { orgId: acme.orgId } });
  });

  // A function: the team ids exist only once beforeAll has run.
  const good = () => ["Team,Score,Date,Comment", "North,9,2025-05-01,Great", "North,3,2025-05-01,", 'South,7,2025-05-02T23:30:00+02:00,"Fine, thanks"', `${south},10,2025-06-01,`].join("\r\n");

  it("stores every row with answers and rollups equal to a GROUP BY over the responses, and an audit entry", async () => {
    const { last } = await run(good(), { mode: "commit" });
    expect(last).toMatchObject({ phase: "done", created: 4, skipped: 0 });
    expect(await stored()).toEqual({ responses: 4, answers: 4, rollupN: 4 });
    const { rollups, grouped } = await rollupsVsGroupBy();
    expect(rollups).toEqual(grouped);
    // 23:30 at +02:00 is 21:30 UTC, the day the API would count it for.
    const row = await db.response.findFirstOrThrow({ where: { orgId: acme.orgId, comment: "Fine, thanks" } });
    expect(row.submittedAt?.toISOString()).toBe("2025-05-02T21:30:00.000Z");
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: acme.orgId, action: "responses.import" }, orderBy: { createdAt: "desc" } });
    expect(audit.metadata).toMatchObject({ rows: 4, created: 4, skipped: 0, fileName: "test.csv" });
  });

  it("stores the same file only once, however often it is committed", async () => {
    await run(good(), { mode: "commit" });
    const { last } = await run(good(), { mode: "commit" });
    expect(last).toMatchObject({ phase: "done", created: 0, skipped: 4 });
    expect((await stored()).responses).toBe(4);
  });

  it("stores nothing when a single row is bad, and deletes its temporary file", async () => {
    const temps = () => readdirSync(tmpdir()).filter((name) => name.startsWith("tandem-import-")).sort();
    const before = temps();
    const { last } = await run(`${good()}\r\nNorth,12,2025-05-01,`, { mode: "commit" });
    expect(last.phase).toBe("report");
    expect(problems(last)).toEqual(["6 Score: 12 is not on this NPS survey's scale (0 to 10)"]);
    expect(await stored()).toEqual({ responses: 0, answers: 0, rollupN: 0 });
    expect(temps()).toEqual(before);
  });

  it("takes off the formula guard an export put on a comment, and keeps other apostrophes", async () => {
    const csv = ["Team,Score,Date,Comment", "North,2,2025-05-01,'=HYPERLINK(\"x\")", "North,3,2025-05-01,'-20% is too much", "North,9,2025-05-01,'tis the season"].join("\n");
    const { last } = await run(csv, { mode: "commit" });
    expect(last).toMatchObject({ phase: "done", created: 3 });
    const comments = await db.response.findMany({ where: { orgId: acme.orgId }, select: { comment: true }, orderBy: { score: "asc" } });
    expect(comments.map((c) => c.comment)).toEqual(['=HYPERLINK("x")', "-20% is too much", "'tis the season"]);
  });

  it("stores employee rows as the API does: no instant, the day only", async () => {
    const { last } = await run("Team,Score,Date,Comment\nNorth,8,2025-05-01T09:15:00Z,ok\n", { mode: "commit", mapping: mapping({ survey: { kind: "fixed", surveyId: enps } }) });
    expect(last).toMatchObject({ phase: "done", created: 1 });
    const row = await db.response.findFirstOrThrow({ where: { orgId: acme.orgId, surveyId: enps } });
    expect(row.submittedAt).toBeNull();
    expect(row.submittedOn.toISOString()).toBe("2025-05-01T00:00:00.000Z");
  });
});

describe("POST /imports/preview and /imports/run", () => {
  const asMember = (role: MemberContext["role"], orgId = acme.orgId) => {
    session.member = { userId: acme.ownerId, name: "T", email: "t@example.test", orgId, orgName: "Acme", membershipId: "m", role, teamId: null };
  };
  const post = (route: typeof runRoute, query: string, body: string, type = "text/csv") =>
    route.POST(new Request(`http://localhost/imports/run?${query}`, { method: "POST", headers: { "content-type": type }, body }), { params: Promise.resolve({}) });

  it("previews the header and first rows, with a guessed mapping", async () => {
    asMember("CX_LEADER");
    const response = await post(previewRoute, "", "\uFEFFStore,NPS score,Submitted,Feedback\r\nNorth,9,2025-01-01,\"a, b\"\r\n");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      columns: ["Store", "NPS score", "Submitted", "Feedback"],
      samples: [["North", "9", "2025-01-01", "a, b"]],
      guess: { team: "Store", score: "NPS score", date: "Submitted", comment: "Feedback" },
      problems: [],
    });
  });

  it("streams progress as NDJSON and ends with the outcome", async () => {
    asMember("HR");
    const csv = `Team,Score,Date,Comment\n${"North,9,2025-01-01,\n".repeat(2500)}`;
    const response = await post(runRoute, `mode=dry-run&mapping=${encodeURIComponent(JSON.stringify(mapping()))}`, csv);
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as ImportEvent);
    expect(lines.slice(0, 2)).toEqual([{ phase: "checking", rows: 1000 }, { phase: "checking", rows: 2000 }]);
    expect(lines.at(-1)).toMatchObject({ phase: "report", mode: "dry-run", report: { rows: 2500, validRows: 2500, badRows: 0 } });
  });

  it("answers 4xx before streaming: signed out, a role without the permission, a foreign survey, not CSV", async () => {
    const query = `mode=commit&mapping=${encodeURIComponent(JSON.stringify(mapping()))}`;
    session.member = null;
    expect((await post(runRoute, query, "x")).status).toBe(401);
    asMember("MANAGER");
    expect((await post(runRoute, query, "x")).status).toBe(403);
    asMember("OWNER", globex.orgId);
    expect((await post(runRoute, query, "Team,Score,Date,Comment\n")).status).toBe(404);
    asMember("OWNER");
    expect((await post(runRoute, query, "x", "text/plain")).status).toBe(415);
    expect((await post(runRoute, "mode=commit&mapping=%7B", "x")).status).toBe(400);
    expect(theirTeam).toBeTruthy();
  });
});

describe("a 100,000-row file", () => {
  it("commits with bounded memory and exact rollups", async () => {
    await db.response.deleteMany({ where: { orgId: acme.orgId } });
    await db.dailyRollup.deleteMany({ where: { orgId: acme.orgId } });
    const ROWS = 100_000;
    // Generated as it is read, so the test itself holds no file in memory either.
    async function* file() {
      yield "Team,Score,Date,Comment\n";
      for (let i = 0; i < ROWS; i += 1000) {
        let chunk = "";
        for (let j = i; j < i + 1000; j++) chunk += `${j % 3 ? "North" : "South"},${j % 11},2025-${String((j % 12) + 1).padStart(2, "0")}-${String((j % 28) + 1).padStart(2, "0")},"Row ${j}, with a comma"\n`;
        yield Buffer.from(chunk);
      }
    }
    // Two measures: the heap's peak as it runs (garbage included, so it mostly shows how lazily
    // V8 collects), and what is still live after a full collection every 10,000 rows, which is
    // what would grow with the file if rows were being kept.
    v8.setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let live = baseline;
    let events = 0;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      if (++events % 10 !== 0) return;
      gc();
      live = Math.max(live, process.memoryUsage().heapUsed);
    };
    const started = Date.now();
    const last = await runImport(db, {
      orgId: acme.orgId,
      actor: { userId: acme.ownerId },
      mode: "commit",
      mapping: mapping(),
      targets: await loadImportTargets(db, { orgId: acme.orgId }),
      body: Readable.from(file()),
      fileName: "big.csv",
      emit: sample,
    });
    const seconds = (Date.now() - started) / 1000;
    const mb = (bytes: number) => bytes / (1024 * 1024);
    console.log(`100,000-row import: ${seconds.toFixed(1)} s; heap growth: peak ${mb(peak - baseline).toFixed(1)} MB, live after GC ${mb(live - baseline).toFixed(1)} MB`);
    expect(last).toMatchObject({ phase: "done", created: ROWS, skipped: 0 });
    expect(await db.response.count({ where: { orgId: acme.orgId } })).toBe(ROWS);
    const { rollups, grouped } = await rollupsVsGroupBy();
    expect(rollups).toEqual(grouped);
    // Generous on purpose: the point is "not the file's size times anything", not a benchmark.
    expect(mb(peak - baseline)).toBeLessThan(300);
    expect(mb(live - baseline)).toBeLessThan(100);
  }, 600_000);
});
