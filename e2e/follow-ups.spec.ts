import { randomUUID } from "node:crypto";
import type { Db } from "../src/server/prisma-client";
import { insertResponses } from "../src/server/responses/insert-responses";
import { expect, signInAs, test, unique } from "./fixtures";

/** A customer NPS survey, and a detractor's comment through the batch write path (which opens the case). */
async function detractorCase(db: Db, orgId: string, teamId: string, comment: string) {
  const survey = await db.survey.create({
    data: {
      orgId,
      title: `Store NPS ${unique()}`,
      audience: "CUSTOMER",
      metric: "NPS",
      status: "ACTIVE",
      questions: { create: [{ orgId, position: 0, type: "NPS", prompt: "How likely are you to recommend us?", isHeadline: true, scaleMin: 0, scaleMax: 10 }] },
    },
    select: { id: true, questions: { select: { id: true } } },
  });
  const id = randomUUID();
  const now = new Date();
  await db.$transaction((tx) =>
    insertResponses(tx, {
      orgId,
      responses: [{ id, surveyId: survey.id, teamId, questionId: survey.questions[0]!.id, score: 2, comment, submittedAt: now, submittedOn: now.toISOString().slice(0, 10), idempotencyKey: null }],
    }),
  );
  return db.followUp.findUniqueOrThrow({ where: { responseId: id }, select: { id: true } });
}

test("a manager takes a case, adds a note, closes it with an outcome and sees the time to close", async ({ page, context, seed }) => {
  const org = await seed.org();
  const team = await seed.team(org.orgId, "Downtown store");
  const manager = await seed.member(org.orgId, "MANAGER", team.id);
  await detractorCase(seed.db, org.orgId, team.id, "The fitting rooms were closed all afternoon");
  await signInAs(context, { userId: manager.userId, email: manager.email, orgId: org.orgId });

  await page.goto("/follow-ups");
  await expect(page.getByRole("heading", { level: 1, name: "Follow-ups" })).toBeVisible();
  const row = page.getByTestId("follow-up-row").filter({ hasText: "fitting rooms" });
  await expect(row).toContainText("Downtown store");
  await expect(row).toContainText("No owner yet");
  await row.getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1, name: "Follow-up for Downtown store" })).toBeVisible();
  await expect(page.getByTestId("case-time-to-close")).toHaveText("Not closed");
  await page.getByRole("button", { name: "Take it" }).click();
  await expect(page.getByTestId("case-owner")).toHaveText("MANAGER person");
  await expect(page.getByTestId("case-time-to-first-action")).not.toHaveText("No action yet");

  await page.getByLabel("Add a note").fill("Called the customer, offered a private fitting");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("follow-up-note")).toContainText("Called the customer, offered a private fitting");

  // Closing without an outcome is refused by the form itself; with one it closes.
  await page.getByLabel("Outcome").fill("Customer came back and bought a suit");
  await page.getByRole("button", { name: "Close with this outcome" }).click();
  await expect(page.getByTestId("case-outcome")).toHaveText("Customer came back and bought a suit");
  await expect(page.getByTestId("case-time-to-close")).toHaveText(/minute/);
  await expect(page.getByRole("button", { name: "Reopen" })).toBeVisible();

  await page.goto("/follow-ups?status=CLOSED");
  await expect(page.getByTestId("follow-up-row").filter({ hasText: "fitting rooms" })).toContainText("Closed in");
  await expect(page.getByTestId("time-to-close")).toContainText("Median");
});

test("a member of another organization gets 404 for a follow-up URL", async ({ page, context, seed }) => {
  const org = await seed.org();
  const team = await seed.team(org.orgId, "Harbour");
  const followUp = await detractorCase(seed.db, org.orgId, team.id, "Their secret complaint");
  const other = await seed.org();
  const stranger = await seed.member(other.orgId, "CX_LEADER");
  await signInAs(context, { userId: stranger.userId, email: stranger.email, orgId: other.orgId });

  const response = await page.goto(`/follow-ups/${followUp.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Their secret complaint")).toHaveCount(0);
  await page.goto("/follow-ups");
  await expect(page.getByText("Their secret complaint")).toHaveCount(0);
});
