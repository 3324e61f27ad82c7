/**
 * Floods from one address and a CSV round trip (issue 4, "How it will be checked"): a script
 * posting to a widget from an allowed origin is cut off at the per-widget limit with 429s that
 * say when to come back, and stores exactly what it was let through; a visitor clearing cookies
 * between answers on a public link meets the per-address limit; a CX leader exports a survey's
 * responses and imports that very file into another survey, which then holds the same answers.
 *
 * Every request comes from 127.0.0.1, so each test uses its own organization, survey and widget:
 * their rate-limit keys start empty. The overall per-address budget (ANSWER_LIMITS.overall, 200
 * an hour) is shared with the other specs of a run; this file spends about 40 of it.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { ANSWER_LIMITS, TOO_MANY_MESSAGE } from "../src/server/answering/answer-limits";
import { getOrCreatePublicLink } from "../src/server/distributions/get-or-create-public-link";
import { ingestResponses } from "../src/server/responses/ingest-responses";
import { getOrCreateWidget } from "../src/server/widget/get-or-create-widget";
import { updateAllowedOrigins } from "../src/server/widget/update-allowed-origins";
import { WIDGET_LIMITS } from "../src/server/widget/widget-limits";
import { expect, signInAs, test, type Seeder } from "./fixtures";

const SHOP = "https://shop.example.com";

/** An active NPS customer survey with an open-text question, in the given organization. */
async function customerSurvey(seed: Seeder, orgId: string, title: string) {
  return seed.db.survey.create({
    data: {
      orgId,
      title,
      audience: "CUSTOMER",
      metric: "NPS",
      status: "ACTIVE",
      anonymous: false,
      questions: {
        create: [
          { orgId, position: 0, type: "NPS", prompt: "How likely are you to recommend us to a friend?", isHeadline: true, required: true, scaleMin: 0, scaleMax: 10 },
          { orgId, position: 1, type: "OPEN_TEXT", prompt: "What is the main reason for your score?" },
        ],
      },
    },
    select: { id: true },
  });
}

/** A fresh organization, survey, team and widget that SHOP may embed. */
async function floodTarget(seed: Seeder) {
  const org = await seed.org();
  const team = await seed.team(org.orgId, "Web shop");
  const { id: surveyId } = await customerSurvey(seed, org.orgId, "Online shop feedback");
  await updateAllowedOrigins(seed.db, { orgId: org.orgId, surveyId, actor: {}, origins: [SHOP] });
  const widget = await getOrCreateWidget(seed.db, { orgId: org.orgId, surveyId, teamId: team.id, actor: {} });
  return { org, team, surveyId, widget };
}

test("a flood of widget answers from one address is cut off at the per-widget limit with 429 and Retry-After, and stores only what was accepted", async ({ request, seed }) => {
  const { surveyId, widget } = await floodTarget(seed);
  const limit = WIDGET_LIMITS.perWidget.limit;
  const total = limit + 4;

  // One after another, each answer different, so no 409 "already received" stops them first.
  const outcomes: { status: number; retryAfter: string | undefined; allowOrigin: string | undefined; body: unknown }[] = [];
  for (let i = 0; i < total; i++) {
    const response = await request.post(`/api/public/widget/${widget.token}/responses`, {
      headers: { Origin: SHOP },
      data: { score: i % 11, comment: `Flood answer ${i}` },
    });
    outcomes.push({ status: response.status(), retryAfter: response.headers()["retry-after"], allowOrigin: response.headers()["access-control-allow-origin"], body: await response.json() });
  }

  const accepted = outcomes.filter((o) => o.status === 201);
  const refused = outcomes.filter((o) => o.status === 429);
  expect(accepted.length + refused.length, `every answer is either stored or refused as a flood: ${outcomes.map((o) => o.status).join(",")}`).toBe(total);
  // The first `limit` go through, every later one is refused.
  expect(outcomes.map((o) => o.status)).toEqual([...Array<number>(limit).fill(201), ...Array<number>(total - limit).fill(429)]);
  for (const o of accepted) expect(o.body).toEqual({ status: "stored" });
  for (const o of refused) {
    expect(o.body).toEqual({ error: { code: "rate_limited", message: TOO_MANY_MESSAGE } });
    // Whole seconds until the 10-minute window ends, readable by the widget's own page.
    expect(o.retryAfter).toMatch(/^\d+$/);
    expect(Number(o.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(o.retryAfter)).toBeLessThanOrEqual(WIDGET_LIMITS.perWidget.windowMs / 1000);
    expect(o.allowOrigin).toBe(SHOP);
  }

  // Exactly the accepted answers are stored and counted, with the scores they were sent with.
  const stored = await seed.db.response.findMany({ where: { surveyId }, select: { score: true, comment: true }, orderBy: { comment: "asc" } });
  expect(stored).toHaveLength(accepted.length);
  expect(stored.map((r) => r.comment).sort()).toEqual(Array.from({ length: limit }, (_, i) => `Flood answer ${i}`).sort());
  const rollups = await seed.db.dailyRollup.findMany({ where: { surveyId } });
  expect(rollups.reduce((n, r) => n + r.n, 0)).toBe(accepted.length);
  // Refused attempts spend the widget's budget too: its counter saw every request.
  const counter = await seed.db.rateLimit.findFirstOrThrow({ where: { key: { startsWith: `widget:${widget.id}:` }, NOT: { key: { startsWith: "widget:repeat:" } } } });
  expect(counter.count).toBe(total);

  // A body that is not even JSON is refused by the limit too, before it is read.
  const malformed = await request.post(`/api/public/widget/${widget.token}/responses`, { headers: { Origin: SHOP, "Content-Type": "application/json" }, data: "{not json" });
  expect(malformed.status()).toBe(429);
  expect(await seed.db.response.count({ where: { surveyId } })).toBe(limit);

  // The limit is per widget: another widget answered from the same address is still accepted.
  const other = await floodTarget(seed);
  const elsewhere = await request.post(`/api/public/widget/${other.widget.token}/responses`, { headers: { Origin: SHOP }, data: { score: 8 } });
  expect(elsewhere.status()).toBe(201);
  expect(await seed.db.response.count({ where: { surveyId: other.surveyId } })).toBe(1);
});

test("a visitor who clears cookies between answers on a public link meets the per-address limit", async ({ page, context, seed }) => {
  test.setTimeout(120_000);
  const org = await seed.org();
  const team = await seed.team(org.orgId, "Harbour Street store");
  const { id: surveyId } = await customerSurvey(seed, org.orgId, "How was your visit?");
  const link = await getOrCreatePublicLink(seed.db, { orgId: org.orgId, surveyId, teamId: team.id });
  const limit = ANSWER_LIMITS.perSurvey.limit;

  // Cookies cleared before each answer: no "already answered" cookie, so only the address limit is left.
  const answer = async (score: number) => {
    await context.clearCookies();
    await page.goto(`/s/${link.token}`);
    await page.getByRole("radio", { name: new RegExp(`^${score}( –|$)`) }).check();
    await page.getByRole("textbox", { name: "What is the main reason for your score?" }).fill(`Visit ${score}`);
    await page.getByRole("button", { name: "Send my answers" }).click();
  };

  for (let i = 0; i < limit; i++) {
    await answer(i % 11);
    await expect(page.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  }
  expect(await seed.db.response.count({ where: { surveyId } })).toBe(limit);

  await answer(7);
  await expect(page.getByRole("alert").filter({ hasText: TOO_MANY_MESSAGE })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Thank you!" })).toHaveCount(0);
  // The form keeps the answer, so the visitor can send it later.
  await expect(page.getByRole("radio", { name: "7", exact: true })).toBeChecked();
  expect(await seed.db.response.count({ where: { surveyId } })).toBe(limit);
  const rollups = await seed.db.dailyRollup.findMany({ where: { surveyId } });
  expect(rollups.reduce((n, r) => n + r.n, 0)).toBe(limit);
});

async function download(page: Page, name: string): Promise<{ path: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const path = (await file.path())!;
  return { path, text: (await readFile(path, "utf8")).replace(/^\uFEFF/, "") };
}

/** [score, comment] of every row on a responses page, sorted. */
async function shownRows(page: Page): Promise<[number, string][]> {
  const rows = page.getByTestId("response-row");
  const shown: [number, string][] = [];
  for (const row of await rows.all()) {
    const score = Number((await row.locator("td").nth(2).innerText()).match(/^\s*(\d+)/)?.[1]);
    shown.push([score, (await row.getByTestId("response-comment").innerText()).trim()]);
  }
  return shown.sort(compareRows);
}

const compareRows = (a: [number, string], b: [number, string]) => a[0] - b[0] || a[1].localeCompare(b[1]);

const histogram = (rows: { score: number | null }[]) => {
  const counts: Record<string, number> = {};
  for (const { score } of rows) counts[String(score)] = (counts[String(score)] ?? 0) + 1;
  return counts;
};

test("a CX leader exports a survey's responses as CSV and imports that file into another survey, which then shows the same answers", async ({ page, context, seed }) => {
  const org = await seed.org();
  const harbour = await seed.team(org.orgId, "Harbour store");
  const hill = await seed.team(org.orgId, "Hill store");
  const source = await customerSurvey(seed, org.orgId, "Store visits 2024");
  const target = await customerSurvey(seed, org.orgId, "Store visits archive");
  // Comments that a CSV must quote: a comma, double quotes, a line break, non-ASCII.
  const items = [
    { teamId: harbour.id, score: 10, submittedAt: "2024-11-02T09:15:00Z", comment: "Sam was wonderful" },
    { teamId: harbour.id, score: 9, submittedAt: "2024-11-03T17:40:00Z", comment: "Fresh fish, friendly staff" },
    { teamId: harbour.id, score: 2, submittedAt: "2024-11-04T08:05:00Z", comment: 'The "express" till was closed\nand nobody came' },
    { teamId: hill.id, score: 9, submittedAt: "2024-11-05T12:00:00Z", comment: "Crème brûlée sold out — again" },
    { teamId: hill.id, score: 6, submittedAt: "2024-11-06T12:30:00Z" },
  ];
  await ingestResponses(seed.db, { orgId: org.orgId, actor: {}, input: { responses: items.map((item) => ({ surveyId: source.id, ...item, submittedAt: new Date(item.submittedAt) })) } });
  const cx = await seed.member(org.orgId, "CX_LEADER");
  await signInAs(context, { ...cx, orgId: org.orgId });

  // Export.
  await page.goto(`/surveys/${source.id}/responses`);
  await expect(page.getByTestId("figure-n")).toHaveText(`n = ${items.length}`);
  const exported = await download(page, "Download responses (CSV)");
  expect(exported.text.split("\r\n")[0]).toBe("id,submitted_at,team,team_id,score,comment,other_answers");
  const before = await shownRows(page);
  expect(before).toEqual(items.map((i): [number, string] => [i.score, i.comment ?? "No comment"]).sort(compareRows));

  // Import the very file that was downloaded, unchanged. The export has no survey column:
  // "Every row answers one survey" picks the target.
  await page.goto("/imports");
  await expect(page.getByRole("heading", { level: 1, name: "Import responses" })).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles(exported.path);
  await expect(page.getByLabel("Team column")).toHaveValue("team");
  await expect(page.getByLabel("Score column")).toHaveValue("score");
  await expect(page.getByLabel("Date column")).toHaveValue("submitted_at");
  await expect(page.getByLabel("Comment column")).toHaveValue("comment");
  await page.getByRole("radio", { name: "Every row answers one survey" }).check();
  await page.getByLabel("Survey for every row").selectOption({ label: "Store visits archive (customers, NPS)" });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Every row is ready to import");
  await expect(page.getByTestId("import-error")).toHaveCount(0);
  expect(await seed.db.response.count({ where: { surveyId: target.id } })).toBe(0);
  await page.getByRole("button", { name: `Import ${items.length} responses` }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText(`Imported ${items.length} responses`);

  // The target survey shows the same scores and comments.
  await page.getByRole("link", { name: "See the survey’s responses" }).click();
  await expect(page).toHaveURL(new RegExp(`/surveys/${target.id}/responses`));
  await expect(page.getByTestId("figure-n")).toHaveText(`n = ${items.length}`);
  await expect(page.getByTestId("response-row")).toHaveCount(items.length);
  expect(await shownRows(page)).toEqual(before);

  // And the database holds the same responses: count, score histogram, teams, times, comments.
  const select = { score: true, comment: true, teamId: true, submittedAt: true } as const;
  const was = await seed.db.response.findMany({ where: { surveyId: source.id }, select });
  const now = await seed.db.response.findMany({ where: { surveyId: target.id }, select });
  expect(now).toHaveLength(was.length);
  expect(histogram(now)).toEqual(histogram(was));
  const key = (r: (typeof was)[number]) => JSON.stringify([r.teamId, r.submittedAt?.toISOString() ?? null, r.score, r.comment]);
  expect(now.map(key).sort()).toEqual(was.map(key).sort());
  // The source survey is untouched.
  expect(await seed.db.response.count({ where: { surveyId: source.id } })).toBe(items.length);
});
