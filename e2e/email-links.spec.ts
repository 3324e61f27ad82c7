/**
 * Personal links by email, end to end: an owner sends a survey to pasted addresses, the app
 * mails them through SMTP to the e2e server's mail catcher, and a customer on a phone answers
 * with one click on a score in that email. Real Chromium, real server, real SMTP, real database.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, signInAs, test, unique, type Seeder } from "./fixtures";

type CaughtMessage = { to: string[]; subject: string; text: string; html: string };

/** The e2e server's mail catcher (scripts/e2e-server.ts writes its address next to the database's). */
function mailUrl(): string {
  const port = process.env.E2E_PORT ?? "3100";
  const config = JSON.parse(readFileSync(path.join(process.cwd(), ".tandem", `e2e-${port}.json`), "utf8")) as { mailUrl?: string };
  if (!config.mailUrl) throw new Error("The e2e server runs no mail catcher: restart it (scripts/e2e-server.ts)");
  return config.mailUrl;
}

async function mailTo(address: string): Promise<CaughtMessage[]> {
  const response = await fetch(`${mailUrl()}?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CaughtMessage[];
}

async function customerSurvey(seed: Seeder) {
  const org = await seed.org(`Harbour Foods ${unique()}`);
  const team = await seed.team(org.orgId, "Harbour Street store");
  const survey = await seed.db.survey.create({
    data: {
      orgId: org.orgId,
      title: "How was your visit?",
      audience: "CUSTOMER",
      metric: "NPS",
      status: "ACTIVE",
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
  return { org, team, surveyId: survey.id };
}

test("an owner sends a survey by email; a customer answers 9 with one click on a phone, adds a comment, and can't answer twice", async ({ page, context, browser, seed }) => {
  const { org, team, surveyId } = await customerSurvey(seed);
  await signInAs(context, { userId: org.ownerId, email: org.ownerEmail, orgId: org.orgId });
  const [ann, bob] = [`ann-${unique()}@customers.test`, `bob-${unique()}@customers.test`];

  await page.goto(`/surveys/${surveyId}`);
  await page.getByRole("link", { name: "Send by email" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send by email" })).toBeVisible();
  await page.getByLabel("Email addresses").fill(`${ann}\n${bob}\n${ann.toUpperCase()}`);
  await expect(page.getByLabel("Default team")).toHaveValue(team.id);
  await page.getByRole("button", { name: "Check the list" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 people will get the survey. 1 repeated address was counted once." })).toBeVisible();
  await page.getByRole("button", { name: "Send to 2 people" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sent 2 emails." })).toBeVisible();
  await expect(page.getByRole("button", { name: /Send to/ })).toHaveCount(0);

  const [message, ...others] = await mailTo(ann);
  expect(others).toHaveLength(0);
  expect(message?.subject).toMatch(/^How likely are you to recommend Harbour Foods [0-9a-f]{8}\?$/);
  expect(await mailTo(bob)).toHaveLength(1);
  const nine = /href="([^"]+\/r\/[A-Za-z0-9_-]+\/9)"/.exec(message?.html ?? "")?.[1];
  expect(nine).toBeTruthy();

  // The customer's phone: another browser, no session.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const customer = await phone.newPage();
    await customer.goto(nine!);
    await expect(customer).toHaveURL(/\/r\/[A-Za-z0-9_-]+\?score=9$/);
    await expect(customer.getByRole("heading", { level: 1, name: "How was your visit?" })).toBeVisible();
    await expect(customer.getByText("Thank you: your score of 9 is recorded.")).toBeVisible();
    await expect(customer.getByRole("radio", { name: "9", exact: true })).toBeChecked();
    const serious = (await new AxeBuilder({ page: customer }).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => v.id)).toEqual([]);

    // Recorded at the click, before anything else is sent.
    const clicked = await seed.db.response.findMany({ where: { surveyId } });
    expect(clicked).toMatchObject([{ score: 9, respondentEmail: ann, teamId: team.id, comment: null }]);

    await customer.getByRole("textbox", { name: "What could we do better?" }).fill("A second till at lunchtime.");
    await customer.getByRole("button", { name: "Send my answers" }).tap();
    await expect(customer.getByRole("heading", { name: "Thank you!" })).toBeVisible();

    await customer.goto(nine!);
    await expect(customer.getByRole("heading", { name: "You have already answered — thank you" })).toBeVisible();
    await expect(customer.getByRole("button", { name: "Send my answers" })).toHaveCount(0);
  } finally {
    await phone.close();
  }

  const responses = await seed.db.response.findMany({ where: { surveyId }, include: { answers: true } });
  expect(responses).toHaveLength(1);
  expect(responses[0]).toMatchObject({ score: 9, comment: "A second till at lunchtime.", respondentEmail: ann, teamId: team.id });
  expect(responses[0]?.answers).toHaveLength(2);
  expect(await seed.db.dailyRollup.findFirst({ where: { surveyId } })).toMatchObject({ teamId: team.id, n: 1, h9: 1 });
  expect(await seed.db.distribution.count({ where: { surveyId, kind: "PERSONAL_LINK" } })).toBe(2);
});

test("an unknown personal link shows the not-available page with a 404; a bad list is refused line by line; other organizations and roles get a 404", async ({ page, context, seed }) => {
  const unknown = await page.goto("/r/nosuchtokennosuchtokennosuchtoken/9");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This link has expired or the survey is closed" })).toBeVisible();

  const { org, surveyId } = await customerSurvey(seed);
  await signInAs(context, { userId: org.ownerId, email: org.ownerEmail, orgId: org.orgId });
  await page.goto(`/surveys/${surveyId}/send`);
  await page.getByLabel("Email addresses").fill(`ok-${unique()}@customers.test\nnot-an-email\nx@customers.test,Nowhere`);
  await page.getByRole("button", { name: "Check the list" }).click();
  const bad = page.getByTestId("bad-lines");
  await expect(bad.getByRole("listitem")).toHaveText(["Line 2: “not-an-email” is not a valid email address", "Line 3: No team is named “Nowhere”"]);
  await expect(page.getByRole("button", { name: /Send to/ })).toHaveCount(0);
  expect(await seed.db.distribution.count({ where: { surveyId } })).toBe(0);

  // Another organization's owner, and a frontline member of this one, find no such page.
  const other = await seed.org();
  await signInAs(context, { userId: other.ownerId, email: other.ownerEmail, orgId: other.orgId });
  expect((await page.goto(`/surveys/${surveyId}/send`))?.status()).toBe(404);
  const frontline = await seed.member(org.orgId, "FRONTLINE");
  await signInAs(context, { ...frontline, orgId: org.orgId });
  expect((await page.goto(`/surveys/${surveyId}/send`))?.status()).toBe(404);
});
