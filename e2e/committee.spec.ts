/**
 * The CX committee in real Chromium: a CX leader runs the review (mission, waiting ideas,
 * blockers with their stall days, what was done, a status change, the call for ideas) and opens
 * the printable agenda; a manager sees only their teams' ideas; frontline staff get a 404.
 */
import { expect, signInAs, test, unique, type Seeder } from "./fixtures";

const DAY = 24 * 3600 * 1000;

async function seedCommittee(seed: Seeder) {
  const org = await seed.org(`Committee ${unique()}`);
  await seed.db.organization.update({ where: { id: org.orgId }, data: { cxMission: "Every visit easier than the last", ideaStallDays: 30 } });
  const region = await seed.team(org.orgId, "North");
  const store = await seed.team(org.orgId, "Bay store", region.id);
  const office = await seed.team(org.orgId, "Head office");
  const now = Date.now();
  const waiting = await seed.db.idea.create({ data: { orgId: org.orgId, teamId: store.id, title: "Call button in fitting rooms", body: "So people get the next size.", voteCount: 0 }, select: { id: true } });
  await seed.db.idea.create({
    data: { orgId: org.orgId, teamId: office.id, title: "Stuck: loyalty lookup by phone", body: "x", status: "PLANNED", createdAt: new Date(now - 60 * DAY), statusChangedAt: new Date(now - 40 * DAY) },
  });
  const done = await seed.db.idea.create({
    data: { orgId: org.orgId, teamId: store.id, title: "Receipts without the box", body: "x", status: "DONE", createdAt: new Date(now - 20 * DAY), statusChangedAt: new Date(now - 1000) },
    select: { id: true },
  });
  await seed.db.ideaStatusChange.create({ data: { orgId: org.orgId, ideaId: done.id, fromStatus: "IN_PROGRESS", toStatus: "DONE", note: "The box is no longer needed.", createdAt: new Date(now - 1000) } });
  return { org, region, store, office, waiting };
}

test("a CX leader runs the committee review and opens the printable agenda", async ({ page, context, seed }) => {
  const { org, waiting } = await seedCommittee(seed);
  const leader = await seed.member(org.orgId, "CX_LEADER");
  await seed.member(org.orgId, "FRONTLINE");
  await signInAs(context, { ...leader, orgId: org.orgId });

  await page.goto("/committee");
  await expect(page.getByTestId("cx-mission")).toHaveText("Every visit easier than the last");
  await expect(page.getByTestId("committee-waiting")).toContainText("Call button in fitting rooms");
  await expect(page.getByTestId("committee-blockers")).toContainText("Stuck: loyalty lookup by phone");
  await expect(page.getByTestId("committee-blockers")).toContainText("40 days");
  await page.getByRole("link", { name: "This month" }).click();
  await expect(page.getByTestId("committee-done")).toContainText("The box is no longer needed.");

  // Blockers follow the stall days.
  await page.getByLabel("Stalled after (days)").fill("45");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Ideas count as stalled after 45 days without a status change")).toBeVisible();
  await expect(page.getByTestId("committee-blockers")).toHaveCount(0);
  await expect(page.getByText("Nothing is stuck.")).toBeVisible();

  // Review a waiting idea from the list.
  await page.getByTestId("committee-waiting").getByRole("link", { name: "Call button in fitting rooms" }).click();
  await expect(page).toHaveURL(new RegExp(`/ideas/${waiting.id}$`));
  await page.getByLabel("New status").selectOption("PLANNED");
  await page.getByLabel("Note for the author and voters").fill("Approved for the summer refresh.");
  await page.getByRole("button", { name: "Change status" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Now planned." })).toBeVisible();
  await page.goto("/committee");
  await expect(page.getByText("Nothing waits for a decision.")).toBeVisible();

  // The call for ideas reaches every other member's inbox.
  await page.getByRole("button", { name: "Notify all members" }).click();
  await expect(page.getByText("Sent to 2 members' inboxes")).toBeVisible();
  expect(await seed.db.notification.count({ where: { orgId: org.orgId, kind: "idea.call" } })).toBe(2);

  await page.getByRole("link", { name: "Printable agenda" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "CX committee — agenda" })).toBeVisible();
  await expect(page.getByTestId("agenda")).toContainText("Every visit easier than the last");
  await expect(page.getByTestId("agenda")).toContainText("Receipts without the box");
  await expect(page.getByTestId("agenda")).toContainText("Blockers: unchanged for more than 45 days (0)");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print agenda" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "CX committee — agenda" })).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test("a manager sees only their teams' ideas and can't call everyone; frontline staff get a 404", async ({ browser, page, context, seed }) => {
  const { org, region } = await seedCommittee(seed);
  const manager = await seed.member(org.orgId, "MANAGER", region.id);
  await signInAs(context, { ...manager, orgId: org.orgId });
  await page.goto("/committee");
  await expect(page.getByTestId("committee-waiting")).toContainText("Call button in fitting rooms");
  await expect(page.getByText("Stuck: loyalty lookup by phone")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Notify all members" })).toHaveCount(0);
  await expect(page.getByLabel("Stalled after (days)")).toHaveCount(0);

  const frontline = await seed.member(org.orgId, "FRONTLINE");
  const frontlineContext = await browser.newContext();
  await signInAs(frontlineContext, { ...frontline, orgId: org.orgId });
  const frontlinePage = await frontlineContext.newPage();
  expect((await frontlinePage.goto("/committee"))?.status()).toBe(404);
  expect((await frontlinePage.goto("/committee/agenda"))?.status()).toBe(404);
  await frontlineContext.close();
});
