/**
 * A customer on a phone answers through a team's public link; a CX leader lists the links and
 * prints a QR poster. Real Chromium, real server, real database.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getOrCreatePublicLink } from "../src/server/distributions/get-or-create-public-link";
import { expect, signInAs, test, type Seeder } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

type Status = "DRAFT" | "ACTIVE" | "CLOSED";

/** An NPS survey with an optional open-text question, and one team's public link to it. */
async function customerSurvey(seed: Seeder, options: { status?: Status; teamName?: string } = {}) {
  const org = await seed.org();
  const team = await seed.team(org.orgId, options.teamName ?? "Harbour Street store");
  const survey = await seed.db.survey.create({
    data: {
      orgId: org.orgId,
      title: "How was your visit?",
      audience: "CUSTOMER",
      metric: "NPS",
      status: options.status ?? "ACTIVE",
      anonymous: false,
      questions: {
        create: [
          { orgId: org.orgId, position: 0, type: "NPS", prompt: "How likely are you to recommend us to a friend or colleague?", isHeadline: true, required: true, scaleMin: 0, scaleMax: 10 },
          { orgId: org.orgId, position: 1, type: "OPEN_TEXT", prompt: "What could we do better?" },
        ],
      },
    },
    select: { id: true },
  });
  const link = await getOrCreatePublicLink(seed.db, { orgId: org.orgId, surveyId: survey.id, teamId: team.id });
  return { org, team, surveyId: survey.id, link };
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test("a customer answers NPS and a comment with the keyboard, and the answer is counted for the team", async ({ page, seed }) => {
  const { team, surveyId, link } = await customerSurvey(seed);
  await page.goto(`/s/${link.token}`);
  await expect(page.getByRole("heading", { level: 1, name: "How was your visit?" })).toBeVisible();
  await expect(page.getByText("Harbour Street store")).toBeVisible();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("radio", { name: "0 – Not at all likely" })).toBeFocused();
  for (let i = 0; i < 9; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "9", exact: true })).toBeChecked();
  await expect(page.getByRole("radio", { name: "10 – Extremely likely" })).not.toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("textbox", { name: "What could we do better?" })).toBeFocused();
  await page.keyboard.type("Open the second till at lunchtime.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Send my answers" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Thank you!" })).toBeFocused();
  const responses = await seed.db.response.findMany({ where: { surveyId }, include: { answers: true } });
  expect(responses).toHaveLength(1);
  expect(responses[0]).toMatchObject({ teamId: team.id, distributionId: link.id, score: 9, comment: "Open the second till at lunchtime." });
  expect(responses[0]?.answers).toHaveLength(2);
  expect(await seed.db.dailyRollup.findFirst({ where: { surveyId } })).toMatchObject({ teamId: team.id, n: 1, h9: 1 });
});

test("a second submission from the same browser is refused and stores nothing", async ({ context, seed }) => {
  const { surveyId, link } = await customerSurvey(seed);
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(`/s/${link.token}`);
  await second.goto(`/s/${link.token}`);

  await first.getByRole("radio", { name: "10 – Extremely likely" }).check();
  await first.getByRole("button", { name: "Send my answers" }).click();
  await expect(first.getByRole("heading", { name: "Thank you!" })).toBeVisible();

  // The second tab still shows the form it loaded before the first answer.
  await second.getByRole("radio", { name: "3", exact: true }).check();
  await second.getByRole("button", { name: "Send my answers" }).click();
  await expect(second.getByRole("heading", { name: "You have already answered — thank you" })).toBeVisible();
  expect(await seed.db.response.count({ where: { surveyId } })).toBe(1);

  await second.reload();
  await expect(second.getByRole("heading", { name: "You have already answered — thank you" })).toBeVisible();
  await expect(second.getByRole("button", { name: "Send my answers" })).toHaveCount(0);
});

test("a missing required answer is flagged next to its question and nothing is stored", async ({ page, seed }) => {
  const { surveyId, link } = await customerSurvey(seed);
  await page.goto(`/s/${link.token}`);
  await page.getByRole("textbox", { name: "What could we do better?" }).fill("Only a comment");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please check the highlighted questions." })).toBeVisible();
  const group = page.getByRole("group", { name: /How likely are you to recommend us/ });
  await expect(group.getByRole("alert")).toHaveText("Please answer this question");
  await expect(page.getByRole("textbox", { name: "What could we do better?" })).toHaveValue("Only a comment");
  expect(await seriousViolations(page)).toEqual([]);
  expect(await seed.db.response.count({ where: { surveyId } })).toBe(0);
});

test("an unknown token and a closed survey show the not-found page with a 404", async ({ page, seed }) => {
  const unknown = await page.goto("/s/nosuchtokennosuchtoken");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This survey is closed or not found" })).toBeVisible();

  const mangled = await page.goto("/s/%00%2F..%2Fapi");
  expect(mangled?.status()).toBe(404);

  const { link } = await customerSurvey(seed, { status: "CLOSED" });
  const closed = await page.goto(`/s/${link.token}`);
  expect(closed?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This survey is closed or not found" })).toBeVisible();
});

test("the answering page has no serious or critical accessibility violations", async ({ page, seed }) => {
  const { link } = await customerSurvey(seed);
  await page.goto(`/s/${link.token}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("radio", { name: "7", exact: true }).check();
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the links page lists every team's link, and the poster shows a QR code of it", async ({ page, context, seed }) => {
  const { org, surveyId, link } = await customerSurvey(seed, { teamName: "North region" });
  const north = await seed.db.team.findFirstOrThrow({ where: { orgId: org.orgId, name: "North region" } });
  await seed.team(org.orgId, "Quayside store", north.id);
  await seed.team(org.orgId, "Airport store", north.id);
  await signInAs(context, { userId: org.ownerId, email: org.ownerEmail, orgId: org.orgId });

  await page.goto(`/surveys/${surveyId}/links`);
  const rows = page.getByTestId("team-link");
  await expect(rows).toHaveCount(3);
  // Tree order: the region, then its stores by name.
  await expect(rows.nth(0)).toContainText("North region");
  await expect(rows.nth(1)).toContainText("Airport store");
  await expect(rows.nth(2)).toContainText("Quayside store");
  await expect(page.getByRole("textbox", { name: "Public link for North region" })).toHaveValue(new RegExp(`/s/${link.token}$`));

  await page.getByRole("link", { name: "QR poster for North region" }).click();
  await expect(page).toHaveURL(`/posters/${link.id}`);
  await expect(page.getByRole("heading", { name: "Tell us how we did today" })).toBeVisible();
  await expect(page.getByText("North region")).toBeVisible();
  await expect(page.getByRole("img", { name: /QR code for/ }).locator("svg")).toBeVisible();
  await expect(page.getByTestId("short-url")).toHaveText(new RegExp(`^127\\.0\\.0\\.1:\\d+/s/${link.token}$`));

  // Another organization's member gets a 404 for this poster.
  const other = await seed.org();
  await context.clearCookies();
  await signInAs(context, { userId: other.ownerId, email: other.ownerEmail, orgId: other.orgId });
  expect((await page.goto(`/posters/${link.id}`))?.status()).toBe(404);
  expect((await page.goto(`/surveys/${surveyId}/links`))?.status()).toBe(404);
});
