import { randomUUID } from "node:crypto";
import { sendKudos } from "../src/server/kudos/send-kudos";
import { insertResponses } from "../src/server/responses/insert-responses";
import { expect, signInAs, test, unique } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

test("a frontline employee on a phone sees the kudos on their team page and the unread badge", async ({ page, context, seed }) => {
  const org = await seed.org();
  const team = await seed.team(org.orgId, `Riverside ${unique()}`);
  const frontline = await seed.member(org.orgId, "FRONTLINE", team.id);
  const leader = await seed.member(org.orgId, "CX_LEADER");
  const survey = await seed.db.survey.create({
    data: {
      orgId: org.orgId,
      title: "Store NPS",
      audience: "CUSTOMER",
      metric: "NPS",
      status: "ACTIVE",
      questions: { create: [{ orgId: org.orgId, position: 0, type: "NPS", prompt: "How likely are you to recommend us?", isHeadline: true, scaleMin: 0, scaleMax: 10 }] },
    },
    select: { id: true, questions: { select: { id: true } } },
  });
  const id = randomUUID();
  const now = new Date();
  await seed.db.$transaction((tx) =>
    insertResponses(tx, {
      orgId: org.orgId,
      responses: [{ id, surveyId: survey.id, teamId: team.id, questionId: survey.questions[0]!.id, score: 10, comment: "Ana found the perfect boots for my trip", submittedAt: now, submittedOn: now.toISOString().slice(0, 10), idempotencyKey: null }],
    }),
  );
  await sendKudos(seed.db, { orgId: org.orgId, sender: { userId: leader.userId, role: "CX_LEADER", teamId: null }, input: { responseId: id, message: "This is what we are here for!" } });
  await signInAs(context, { userId: frontline.userId, email: frontline.email, orgId: org.orgId });

  await page.goto("/teams/mine");
  await expect(page).toHaveURL(new RegExp(`/teams/${team.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: team.name })).toBeVisible();
  const kudos = page.getByTestId("kudos");
  await expect(kudos).toContainText("Ana found the perfect boots for my trip");
  await expect(kudos).toContainText("This is what we are here for!");
  await expect(page.getByRole("link", { name: "Inbox, 1 unread" })).toBeVisible();
  await expect(page.getByTestId("nav-badge")).toHaveText("1");
  // Frontline staff read the praise; passing it on is for managers and CX leaders.
  await expect(page.getByText("Send as kudos")).toHaveCount(0);

  // The page fits the phone: nothing wider than the viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole("link", { name: "Inbox, 1 unread" }).click();
  await expect(page.getByTestId("notification").first()).toContainText(`Kudos for ${team.name} from a customer`);
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("link", { name: "Inbox", exact: true })).toBeVisible();
  await expect(page.getByTestId("nav-badge")).toHaveCount(0);
});

test("another team's page is a 404 for a frontline employee", async ({ page, context, seed }) => {
  const org = await seed.org();
  const mine = await seed.team(org.orgId, "Mine");
  const theirs = await seed.team(org.orgId, "Theirs");
  const frontline = await seed.member(org.orgId, "FRONTLINE", mine.id);
  await signInAs(context, { userId: frontline.userId, email: frontline.email, orgId: org.orgId });
  const response = await page.goto(`/teams/${theirs.id}`);
  expect(response?.status()).toBe(404);
});
