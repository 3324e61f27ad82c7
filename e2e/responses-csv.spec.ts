/**
 * Reading and moving responses in real Chromium: a CX leader filters customer responses and
 * downloads them; HR reads an employee pulse as figures of groups of at least k only; a CX
 * leader checks a CSV, fixes it and imports it, then finds the rows on the responses page.
 */
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { ingestResponses } from "../src/server/responses/ingest-responses";
import { expect, signInAs, test, type Seeder } from "./fixtures";

type Item = { teamId: string; score: number; submittedAt: string; comment?: string };

async function ingest(seed: Seeder, orgId: string, surveyId: string, items: Item[]) {
  const responses = items.map((item) => ({ surveyId, ...item, submittedAt: new Date(item.submittedAt) }));
  await ingestResponses(seed.db, { orgId, actor: {}, input: { responses } });
}

async function survey(seed: Seeder, orgId: string, metric: "NPS" | "ENPS", title: string) {
  return seed.db.survey.create({
    data: {
      orgId,
      title,
      metric,
      audience: metric === "ENPS" ? "EMPLOYEE" : "CUSTOMER",
      status: "ACTIVE",
      questions: { create: [{ orgId, position: 0, type: "NPS", prompt: "How likely are you to recommend us?", isHeadline: true, required: true, scaleMin: 0, scaleMax: 10 }] },
    },
    select: { id: true },
  });
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return (await readFile((await file.path())!, "utf8")).replace(/^\uFEFF/, "");
}

test("a CX leader filters customer responses by team and score band, reads the comments and downloads them", async ({ page, context, seed }) => {
  const org = await seed.org();
  const region = await seed.team(org.orgId, "Coast");
  const harbour = await seed.team(org.orgId, "Harbour store", region.id);
  const hill = await seed.team(org.orgId, "Hill store");
  const { id: surveyId } = await survey(seed, org.orgId, "NPS", "Store visits");
  await ingest(seed, org.orgId, surveyId, [
    { teamId: harbour.id, score: 2, submittedAt: "2025-05-01T09:00:00Z", comment: "Waited 40 minutes at the till" },
    { teamId: harbour.id, score: 10, submittedAt: "2025-05-02T09:00:00Z", comment: "Sam was wonderful" },
    { teamId: hill.id, score: 3, submittedAt: "2025-05-03T09:00:00Z", comment: "Hill parking is impossible" },
    { teamId: hill.id, score: 9, submittedAt: "2025-05-04T09:00:00Z" },
  ]);
  const cx = await seed.member(org.orgId, "CX_LEADER");
  await signInAs(context, { ...cx, orgId: org.orgId });

  await page.goto(`/surveys/${surveyId}`);
  await page.getByRole("link", { name: "Responses", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Responses: Store visits" })).toBeVisible();
  await expect(page.getByTestId("figure-n")).toHaveText("n = 4");
  await expect(page.getByTestId("response-row")).toHaveCount(4);

  await page.getByLabel("Team").selectOption(harbour.id);
  await page.getByLabel("Score").selectOption("detractor");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`team=${harbour.id}.*band=detractor`));
  await expect(page.getByTestId("response-row")).toHaveCount(1);
  await expect(page.getByTestId("response-row")).toContainText("Waited 40 minutes at the till");
  await expect(page.getByTestId("response-row")).toContainText("Detractor");
  await expect(page.getByTestId("figure-score")).toHaveText("NPS −100.0");

  const csv = await download(page, "Download responses (CSV)");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe("id,submitted_at,team,team_id,score,comment,other_answers");
  expect(lines.slice(1).map((line) => line.split(",")[5])).toEqual(["Waited 40 minutes at the till"]);

  // Another organization's survey is not found.
  const other = await seed.org();
  const theirs = await survey(seed, other.orgId, "NPS", "Not yours");
  expect((await page.goto(`/surveys/${theirs.id}/responses`))?.status()).toBe(404);
});

test("HR sees an employee pulse as figures of groups of at least k, small teams suppressed, no individual answers", async ({ page, context, seed }) => {
  const org = await seed.org();
  const kitchen = await seed.team(org.orgId, "Kitchen");
  const floor = await seed.team(org.orgId, "Floor");
  const office = await seed.team(org.orgId, "Office");
  const { id: surveyId } = await survey(seed, org.orgId, "ENPS", "Spring pulse");
  const people = (teamId: string, n: number, words: string) => Array.from({ length: n }, (_, i) => ({ teamId, score: 4 + (i % 7), submittedAt: "2025-04-01", comment: `${words} ${i}` }));
  await ingest(seed, org.orgId, surveyId, [...people(kitchen.id, 7, "Kitchen thought"), ...people(floor.id, 6, "Floor thought"), ...people(office.id, 2, "Office thought")]);
  const hr = await seed.member(org.orgId, "HR");
  await signInAs(context, { ...hr, orgId: org.orgId });

  await page.goto(`/surveys/${surveyId}/responses`);
  await expect(page.getByTestId("figure-n")).toHaveText("n = 15");
  const office_ = page.getByTestId("team-figure").filter({ hasText: "Office" });
  await expect(office_).toContainText("Fewer than 5 respondents");
  await expect(page.getByTestId("response-row")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Download responses (CSV)" })).toHaveCount(0);
  const comments = page.getByTestId("employee-comments").getByRole("listitem");
  await expect(comments).toHaveCount(15);
  await expect(page.getByTestId("employee-comments")).not.toContainText("2025");

  // Narrowing to the small team shows one sentence and nothing else.
  await page.getByLabel("Team").selectOption(office.id);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByTestId("suppressed-group")).toContainText("Fewer than 5 respondents");
  await expect(page.getByTestId("figure")).toHaveCount(0);
  await expect(page.getByTestId("employee-comments")).toHaveCount(0);

  const figures = await download(page, "Download figures (CSV)");
  expect(figures).toContain("suppressed");
  expect(figures).not.toContain("Office thought");
  expect((await page.request.get(`/surveys/${surveyId}/responses/responses.csv`)).status()).toBe(403);
});

test("a CX leader checks a CSV, fixes the bad line, imports it and sees the responses", async ({ page, context, seed }) => {
  const org = await seed.org();
  await seed.team(org.orgId, "Harbour store");
  const { id: surveyId } = await survey(seed, org.orgId, "NPS", "Past visits");
  const cx = await seed.member(org.orgId, "CX_LEADER");
  await signInAs(context, { ...cx, orgId: org.orgId });

  await page.goto("/");
  await page.getByRole("link", { name: "Import", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import responses" })).toBeVisible();
  const file = (body: string) => ({ name: "history.csv", mimeType: "text/csv", buffer: Buffer.from(body) });
  const bad = "Team,Score,Date,Comment\r\nHarbour store,9,2024-11-02,Lovely fish\r\nHarbour store,11,2024-11-03,Too cold\r\nHarbour store,4,2024-11-04,\"Slow, but kind\"\r\n";
  await page.getByLabel("CSV file").setInputFiles(file(bad));
  await expect(page.getByLabel("Team column")).toHaveValue("Team");
  await expect(page.getByLabel("Comment column")).toHaveValue("Comment");
  await page.getByLabel("Survey for every row").selectOption({ label: "Past visits (customers, NPS)" });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Some rows have problems");
  await expect(page.getByTestId("import-outcome")).toBeFocused();
  await expect(page.getByTestId("import-error")).toHaveCount(1);
  await expect(page.getByTestId("import-error")).toContainText("3");
  await expect(page.getByTestId("import-error")).toContainText("Score");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  expect(await seed.db.response.count({ where: { orgId: org.orgId } })).toBe(0);

  await page.getByLabel("CSV file").setInputFiles(file(bad.replace(",11,", ",6,")));
  await page.getByLabel("Survey for every row").selectOption({ label: "Past visits (customers, NPS)" });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Every row is ready to import");
  await page.getByRole("button", { name: "Import 3 responses" }).click();
  await expect(page.getByTestId("import-outcome")).toHaveText("Imported 3 responses");
  expect(await seed.db.response.count({ where: { orgId: org.orgId } })).toBe(3);

  await page.getByRole("link", { name: "See the survey’s responses" }).click();
  await expect(page.getByTestId("response-row")).toHaveCount(3);
  await expect(page.getByText("Slow, but kind")).toBeVisible();
  await expect(page.getByTestId("figure-n")).toHaveText("n = 3");
  expect(surveyId).toBeTruthy();
});
