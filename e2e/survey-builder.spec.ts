/**
 * The survey builder in real Chromium: HR builds an eNPS pulse from the template, adds and
 * reorders a question with the keyboard, sees it in the live preview and activates the
 * survey; roles without surveys:manage and other organizations get a 404.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createSurveyFromTemplate } from "../src/server/surveys/create-survey";
import { expect, signInAs, test } from "./fixtures";

/** Serious axe findings in the page's main content (the app shell is checked by its own specs). */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include("#main").analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("HR creates an eNPS pulse from the template, adds, reorders and previews a rating question, then activates it", async ({ page, context, seed }) => {
  const org = await seed.org("Harbour Foods");
  const hr = await seed.member(org.orgId, "HR");
  await signInAs(context, { ...hr, orgId: org.orgId });

  await page.goto("/surveys");
  await expect(page.getByRole("heading", { name: "No surveys yet" })).toBeVisible();
  await page.getByRole("link", { name: "New survey" }).first().click();
  await expect(page).toHaveURL(/\/surveys\/new$/);
  await page.getByRole("radio", { name: /Employee eNPS pulse/ }).check();
  await expect(page.getByLabel("Title")).toHaveValue("Employee pulse");
  await page.getByLabel("Title").fill("Spring pulse");
  await page.getByRole("button", { name: "Create draft" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Spring pulse" })).toBeVisible();
  const surveyId = new URL(page.url()).pathname.split("/").pop()!;
  expect(await seed.db.survey.count({ where: { id: surveyId, orgId: org.orgId } })).toBe(1);
  await expect(page.getByTestId("survey-status")).toHaveText("Draft");
  const cards = page.getByTestId("question-card");
  await expect(cards).toHaveCount(6);
  await expect(cards.first()).toContainText("Headline");
  await expect(page.getByLabel("Prompt of question 1")).toHaveValue("How likely are you to recommend Harbour Foods as a place to work?");

  // A new rating question: focus lands on its prompt; saving it blank shows the field's error.
  await page.getByLabel("New question type").selectOption("RATING");
  await page.getByRole("button", { name: "Add question" }).click();
  await expect(cards).toHaveCount(7);
  const prompt = page.getByLabel("Prompt of question 7");
  await expect(prompt).toBeFocused();
  await page.getByRole("button", { name: "Save survey" }).click();
  await expect(cards.nth(6).getByText("Required", { exact: true })).toBeVisible();
  await expect(page.getByText("Please correct the highlighted fields")).toBeVisible();
  await expect(prompt).toBeFocused();
  expect(await seed.db.question.count({ where: { surveyId } })).toBe(6);

  await prompt.fill("My team works well together");
  await page.getByLabel("Scale of question 7").selectOption("7");

  // Reorder with the keyboard: each move is announced and focus stays on the moved question.
  await page.getByRole("button", { name: "Move question 7 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("question-announcer")).toHaveText("Moved “My team works well together” to position 6 of 7.");
  await expect(page.getByRole("button", { name: "Move question 6 up" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("question-announcer")).toHaveText("Moved “My team works well together” to position 5 of 7.");
  await expect(page.getByLabel("Prompt of question 5")).toHaveValue("My team works well together");

  // The live preview draws it as a respondent sees it: fifth, on a 1–7 scale.
  const preview = page.getByTestId("survey-preview");
  await expect(preview.getByRole("listitem").nth(4)).toContainText("My team works well together");
  await expect(preview.getByRole("group", { name: "My team works well together" }).getByRole("radio")).toHaveCount(7);

  await page.getByRole("button", { name: "Save survey" }).click();
  await expect(page.getByText("Survey saved")).toBeVisible();
  await expect(page.getByText("All changes saved")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByRole("button", { name: "Yes, activate" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, activate" }).click();
  await expect(page.getByText("The survey is active")).toBeVisible();
  await expect(page.getByTestId("survey-status")).toHaveText("Active");

  const stored = await seed.db.survey.findUniqueOrThrow({
    where: { id: surveyId },
    include: { questions: { where: { archivedAt: null }, orderBy: { position: "asc" } } },
  });
  expect(stored).toMatchObject({ orgId: org.orgId, title: "Spring pulse", status: "ACTIVE", audience: "EMPLOYEE", metric: "ENPS" });
  expect(stored.questions).toHaveLength(7);
  expect(stored.questions[4]).toMatchObject({ type: "RATING", prompt: "My team works well together", scaleMin: 1, scaleMax: 7, position: 4 });

  await page.goto("/surveys");
  const row = page.getByRole("row", { name: /Spring pulse/ });
  await expect(row).toContainText("Employees");
  await expect(row).toContainText("eNPS");
  await expect(row).toContainText("Active");
});

test("a frontline employee gets 404 on the surveys pages and sees no Surveys link", async ({ page, context, seed }) => {
  const org = await seed.org();
  const frontline = await seed.member(org.orgId, "FRONTLINE");
  const survey = await createSurveyFromTemplate(seed.db, { orgId: org.orgId, actor: {}, templateId: "frontline-voice", title: "Voice" });
  await signInAs(context, { ...frontline, orgId: org.orgId });
  for (const path of ["/surveys", "/surveys/new", `/surveys/${survey.id}`]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Surveys" })).toHaveCount(0);
});

test("another organization's survey is 404 in the builder and absent from the list", async ({ page, context, seed }) => {
  const mine = await seed.org();
  const theirs = await seed.org();
  const cx = await seed.member(mine.orgId, "CX_LEADER");
  const foreign = await createSurveyFromTemplate(seed.db, { orgId: theirs.orgId, actor: {}, templateId: "customer-nps", title: "Their secret NPS" });
  await signInAs(context, { ...cx, orgId: mine.orgId });
  expect((await page.goto(`/surveys/${foreign.id}`))?.status()).toBe(404);
  await expect(page.getByText("Their secret NPS")).toHaveCount(0);
  await page.goto("/surveys");
  await expect(page.getByText("Their secret NPS")).toHaveCount(0);
  expect((await seed.db.survey.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("DRAFT");
});
