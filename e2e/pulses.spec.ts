/**
 * Employee pulses in real Chromium: HR schedules a monthly eNPS pulse for two teams; a frontline
 * member finds it in their inbox, answers it anonymously, and can't answer again; HR sees
 * participation, with the small team shown only as "fewer than k"; another organization's member
 * gets a 404 for the round.
 *
 * The clock: saving the schedule runs the tick for that survey, and the spec then runs
 * runPulseTick itself on the e2e database (no admin-only "open now" button exists in the app),
 * which must find nothing left to do. docs/decisions/011-pulses-and-jobs.md.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createSurveyFromTemplate } from "../src/server/surveys/create-survey";
import { runPulseTick } from "../src/server/pulses/run-pulse-tick";
import { expect, signInAs, test } from "./fixtures";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include("#main").analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("HR schedules a monthly pulse; a frontline member answers it once from the inbox; HR sees small teams hidden", async ({ browser, page, context, seed }) => {
  const org = await seed.org("Harbour Foods");
  const region = await seed.team(org.orgId, "North");
  const bay = await seed.team(org.orgId, "Bay Street", region.id);
  const quay = await seed.team(org.orgId, "Quay Street", region.id);
  await seed.team(org.orgId, "Head office");
  const hr = await seed.member(org.orgId, "HR");
  const frontline = await seed.member(org.orgId, "FRONTLINE", quay.id);
  await seed.member(org.orgId, "FRONTLINE", quay.id);
  for (let i = 0; i < 3; i++) await seed.member(org.orgId, "FRONTLINE", bay.id);
  const survey = await createSurveyFromTemplate(seed.db, { orgId: org.orgId, actor: { userId: hr.userId }, templateId: "employee-enps", title: "Monthly pulse" });
  await seed.db.survey.update({ where: { id: survey.id }, data: { status: "ACTIVE" } });

  // HR: from the survey page to its schedule, monthly for both stores, starting today.
  await signInAs(context, { ...hr, orgId: org.orgId });
  await page.goto(`/surveys/${survey.id}`);
  await page.getByRole("link", { name: "Pulse schedule" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pulse schedule" })).toBeVisible();
  await page.getByLabel("How often").selectOption("MONTHLY");
  await expect(page.getByLabel("Round length (days)")).toHaveValue("7");
  await page.getByRole("checkbox", { name: "Bay Street" }).check();
  await page.getByRole("checkbox", { name: "Quay Street" }).check();
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByText("Schedule saved")).toBeVisible();
  await expect(page.getByTestId("pulse-round")).toHaveCount(1);
  await expect(page.getByTestId("next-round")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The tick already ran on saving; running it again changes nothing.
  const round = await seed.db.pulseRound.findFirstOrThrow({ where: { orgId: org.orgId, surveyId: survey.id, status: "OPEN" }, select: { id: true } });
  expect(await runPulseTick(seed.db, { now: new Date(), scope: { orgId: org.orgId } })).toMatchObject({ created: 0, opened: 0, notified: 0 });
  expect(await seed.db.notification.count({ where: { orgId: org.orgId, kind: "pulse.open" } })).toBe(5);

  // The frontline member, in their own browser context.
  const memberContext = await browser.newContext();
  await signInAs(memberContext, { ...frontline, orgId: org.orgId });
  const member = await memberContext.newPage();
  await member.goto("/inbox");
  await expect(member.getByTestId("unread-count")).toHaveText("1 unread");
  await expect(member.getByTestId("notification")).toContainText("New pulse: Monthly pulse");
  await expect(member.getByTestId("inbox-pulse")).toHaveCount(1);
  await member.getByRole("link", { name: "Answer Monthly pulse" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Monthly pulse" })).toBeVisible();
  await expect(member.getByText(/Your answer is anonymous/)).toBeVisible();
  expect(await seriousViolations(member)).toEqual([]);
  await member.getByRole("radio", { name: "9", exact: true }).check();
  await member.getByRole("button", { name: "Send my answers" }).click();
  await expect(member).toHaveURL(/\/inbox\?answered=1$/);
  await expect(member.getByText(/Thank you! Your answer is recorded anonymously/)).toBeVisible();
  await expect(member.getByText("Nothing to answer right now.")).toBeVisible();

  // Not twice: the round's page says so, and the database holds one participation, one response.
  await member.goto(`/inbox/${round.id}`);
  await expect(member.getByText("You already answered this round")).toBeVisible();
  await expect(member.getByRole("button", { name: "Send my answers" })).toHaveCount(0);
  expect(await seed.db.participation.count({ where: { roundId: round.id } })).toBe(1);
  expect(await seed.db.response.count({ where: { surveyId: survey.id } })).toBe(1);
  expect(await seed.db.response.count({ where: { surveyId: survey.id, submittedAt: null } })).toBe(1);

  await member.goto("/inbox");
  await member.getByRole("button", { name: "Mark all as read" }).click();
  await expect(member.getByTestId("unread-count")).toHaveText("0 unread");
  await memberContext.close();

  // HR: 1 of 2 answered in Quay Street, 0 of 3 in Bay Street; all under k = 5, so no numbers.
  await page.reload();
  const openRound = page.getByTestId("pulse-round").first();
  await expect(openRound.getByTestId("participation-team").filter({ hasText: "Quay Street" })).toContainText("Fewer than 5");
  await expect(openRound.getByTestId("participation-team").filter({ hasText: "Bay Street" })).toContainText("Fewer than 5");
  await expect(openRound.getByTestId("participation-total")).toContainText("Fewer than 5");
  await expect(openRound).not.toContainText("50%");

  // Another organization's member can't reach the round.
  const other = await seed.org();
  const otherTeam = await seed.team(other.orgId, "Quay Street");
  const outsider = await seed.member(other.orgId, "FRONTLINE", otherTeam.id);
  const outsiderContext = await browser.newContext();
  await signInAs(outsiderContext, { ...outsider, orgId: other.orgId });
  const outsiderPage = await outsiderContext.newPage();
  const response = await outsiderPage.goto(`/inbox/${round.id}`);
  expect(response?.status()).toBe(404);
  await outsiderContext.close();
});
