/**
 * Frontline ideas in real Chromium: an associate on a phone submits an idea, votes, comments,
 * and finds the CX leader's status change in the inbox; a second associate can't vote twice;
 * an anonymous idea is "Anonymous" even to an admin, and only the receipt leads back to it;
 * another organization's idea is a 404.
 */
import type { Page } from "@playwright/test";
import { expect, signInAs, test, unique } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

async function fitsThePhone(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a frontline employee on a phone submits an idea, votes, comments, and hears of the status change in the inbox", async ({ browser, page, context, seed }) => {
  const org = await seed.org("Harbour Outfitters");
  const store = await seed.team(org.orgId, "Harbour store");
  await seed.team(org.orgId, "Hill store");
  const associate = await seed.member(org.orgId, "FRONTLINE", store.id);
  const leader = await seed.member(org.orgId, "CX_LEADER");
  const title = `Second till at lunch ${unique()}`;

  await signInAs(context, { ...associate, orgId: org.orgId });
  await page.goto("/ideas");
  await page.getByRole("link", { name: "Submit an idea" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Submit an idea" })).toBeVisible();
  await fitsThePhone(page);
  await page.getByLabel("If you had a magic wand").check();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Your idea").fill("Between 12 and 2 the queue reaches the fitting rooms. Open the second till at five people.");
  await expect(page.getByLabel("Team", { exact: true })).toHaveValue(store.id);
  await page.getByRole("button", { name: "Submit idea" }).click();

  await expect(page).toHaveURL(/\/ideas\/[A-Za-z0-9_-]+\?submitted=1/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("idea-author")).toHaveText("FRONTLINE person");
  await fitsThePhone(page);
  const ideaId = new URL(page.url()).pathname.split("/").pop()!;

  await page.getByRole("button", { name: `Vote for ${title}` }).click();
  await expect(page.getByRole("button", { name: `Remove your vote for ${title}` })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("vote-count")).toHaveText("1");

  await page.getByLabel("Your comment").fill("Happy to trial it on Saturday.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("idea-comment")).toContainText("Happy to trial it on Saturday.");

  // The CX leader moves it, with a note, from their own browser.
  const leaderContext = await browser.newContext();
  await signInAs(leaderContext, { ...leader, orgId: org.orgId });
  const leaderPage = await leaderContext.newPage();
  await leaderPage.goto(`/ideas/${ideaId}`);
  await leaderPage.getByLabel("New status").selectOption("UNDER_REVIEW");
  await leaderPage.getByLabel("Note for the author and voters").fill("The committee looks at it on Thursday.");
  await leaderPage.getByRole("button", { name: "Change status" }).click();
  await expect(leaderPage.getByRole("status").filter({ hasText: "Now under review. 1 person was told." })).toBeVisible();
  await leaderContext.close();

  await page.goto("/inbox");
  await expect(page.getByTestId("unread-count")).toHaveText("1 unread");
  const notification = page.getByTestId("notification").filter({ hasText: `“${title}” is now under review` });
  await expect(notification).toContainText("The committee looks at it on Thursday.");
  await notification.getByRole("link").click();
  await expect(page.getByTestId("idea-history")).toContainText("The committee looks at it on Thursday.");
  await expect(page.getByTestId("idea-status").first()).toHaveText("Under review");
});

test("a second employee can't vote twice, even submitting the vote twice at once", async ({ page, context, seed }) => {
  const org = await seed.org();
  const author = await seed.member(org.orgId, "FRONTLINE");
  const second = await seed.member(org.orgId, "FRONTLINE");
  const idea = await seed.db.idea.create({ data: { orgId: org.orgId, authorId: author.userId, title: "Spare batteries at the till", body: "They die at 3 pm." }, select: { id: true } });

  await signInAs(context, { ...second, orgId: org.orgId });
  await page.goto("/ideas");
  const card = page.getByTestId("idea-card").filter({ hasText: "Spare batteries at the till" });
  await expect(card.getByTestId("vote-count")).toHaveText("0");
  // Two submissions of the same "vote" form before the first answer arrives.
  await card.locator("form").evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(card.getByRole("button", { name: "Remove your vote for Spare batteries at the till" })).toBeVisible();
  await page.reload();
  await expect(card.getByTestId("vote-count")).toHaveText("1");
  await expect(card.getByTestId("vote-button")).toHaveAttribute("aria-pressed", "true");
  expect(await seed.db.ideaVote.count({ where: { ideaId: idea.id } })).toBe(1);
  expect((await seed.db.idea.findUniqueOrThrow({ where: { id: idea.id } })).voteCount).toBe(1);

  // The button now takes the vote back; it never adds a second one.
  await card.getByTestId("vote-button").click();
  await expect(card.getByRole("button", { name: "Vote for Spare batteries at the till" })).toBeVisible();
  await expect(card.getByTestId("vote-count")).toHaveText("0");
  expect(await seed.db.ideaVote.count({ where: { ideaId: idea.id } })).toBe(0);
});

test("an anonymous idea shows Anonymous to an admin; only its receipt leads back to it", async ({ browser, page, context, seed }) => {
  const org = await seed.org();
  const store = await seed.team(org.orgId, "Quay store");
  const shy = await seed.member(org.orgId, "FRONTLINE", store.id);
  const title = `Rota three weeks ahead ${unique()}`;

  await signInAs(context, { ...shy, orgId: org.orgId });
  await page.goto("/ideas/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Your idea").fill("Most of us have classes or a second job.");
  await page.getByLabel("Post anonymously").check();
  await page.getByRole("button", { name: "Submit anonymously" }).click();
  const receipt = page.getByTestId("receipt-link");
  await expect(receipt).toContainText("/ideas/receipt/");
  const receiptUrl = (await receipt.textContent())!.trim();

  const stored = await seed.db.idea.findFirstOrThrow({ where: { orgId: org.orgId, title }, select: { id: true, authorId: true, receiptHash: true } });
  expect(stored.authorId).toBeNull();
  expect(receiptUrl).not.toContain(stored.receiptHash);
  expect(await seed.db.ideaFollower.count({ where: { userId: shy.userId } })).toBe(0);

  const adminContext = await browser.newContext();
  await signInAs(adminContext, { userId: org.ownerId, email: org.ownerEmail, orgId: org.orgId });
  const admin = await adminContext.newPage();
  await admin.goto("/ideas");
  await expect(admin.getByTestId("idea-card").filter({ hasText: title })).toContainText("Anonymous");
  await admin.goto(`/ideas/${stored.id}`);
  await expect(admin.getByTestId("idea-author")).toHaveText("Anonymous");
  await expect(admin.getByText(shy.email)).toHaveCount(0);
  await expect(admin.getByText("FRONTLINE person")).toHaveCount(0);
  await adminContext.close();

  await page.goto(receiptUrl);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("idea-history")).toContainText("Submitted");
  const wrong = await page.goto(`${receiptUrl.slice(0, -4)}AAAA`);
  expect(wrong?.status()).toBe(404);
});

test("another organization's idea is a 404 and never on the board", async ({ page, context, seed }) => {
  const mine = await seed.org();
  const theirs = await seed.org();
  const idea = await seed.db.idea.create({ data: { orgId: theirs.orgId, title: "Their secret idea", body: "Private" }, select: { id: true } });
  const me = await seed.member(mine.orgId, "CX_LEADER");
  await signInAs(context, { ...me, orgId: mine.orgId });
  await page.goto("/ideas");
  await expect(page.getByText("Their secret idea")).toHaveCount(0);
  expect((await page.goto(`/ideas/${idea.id}`))?.status()).toBe(404);
  expect((await seed.db.idea.findUniqueOrThrow({ where: { id: idea.id } })).voteCount).toBe(0);
});
