import { expect, PASSWORD, signInAs, test, unique } from "./fixtures";

test("a new user signs up, lands in their organization, signs out and signs back in", async ({ page }) => {
  const email = `founder-${unique()}@e2e.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Organization name").fill("Blue Bottle Stores");
  await page.getByLabel("Your name").fill("Fran Founder");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Fran" })).toBeVisible();
  await expect(page.getByText("Blue Bottle Stores").first()).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password")).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Fran" })).toBeVisible();
});

test("sign-up shows field errors and creates nothing for bad input", async ({ page, seed }) => {
  const orgName = `Never created ${unique()}`;
  await page.goto("/sign-up");
  await page.getByLabel("Organization name").fill(orgName);
  await page.getByLabel("Your name").fill("Y");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("At least 10 characters").first()).toBeVisible();
  await expect(page.getByText("Please correct the highlighted fields")).toBeVisible();
  expect(await seed.db.organization.count({ where: { name: orgName } })).toBe(0);
});

test("signed-out visitors are sent to sign-in", async ({ page }) => {
  await page.goto("/settings/teams");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("an owner creates a team and a sub-team", async ({ page, context, seed }) => {
  const org = await seed.org();
  await signInAs(context, { userId: org.ownerId, email: org.ownerEmail, orgId: org.orgId });
  await page.goto("/settings/teams");
  await page.getByLabel("Name").fill("West region");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByTestId("team-name").filter({ hasText: "West region" })).toBeVisible();
  await page.getByLabel("Name").fill("Store 12");
  await page.getByLabel("Parent team").selectOption({ label: "West region" });
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByTestId("team-name").filter({ hasText: "Store 12" })).toBeVisible();
  const store = await seed.db.team.findFirstOrThrow({ where: { orgId: org.orgId, name: "Store 12" }, include: { parent: true } });
  expect(store.parent?.name).toBe("West region");
});

test("an owner invites a manager, who joins through the link and signs in with that role", async ({ page, context, browser, seed }) => {
  const org = await seed.org();
  const team = await seed.team(org.orgId, "Harbour store");
  await signInAs(context, { userId: org.ownerId, email: org.ownerEmail, orgId: org.orgId });
  await page.goto("/settings/members");
  await page.getByLabel("Role").selectOption("MANAGER");
  await page.getByLabel("Team").selectOption({ label: "Harbour store" });
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toContain("/invite/");

  const guest = await browser.newContext();
  const invited = await guest.newPage();
  const email = `manager-${unique()}@e2e.test`;
  await invited.goto(link);
  await expect(invited.getByText("You are invited as")).toContainText("Team manager");
  await invited.getByLabel("Your name").fill("Max Manager");
  await invited.getByLabel("Email").fill(email);
  await invited.getByLabel("Password").fill(PASSWORD);
  await invited.getByRole("button", { name: "Join" }).click();
  await expect(invited.getByTestId("current-user")).toContainText("Team manager");
  // A manager sees members but not the admin pages.
  await expect(invited.getByRole("link", { name: "Members" })).toBeVisible();
  await expect(invited.getByRole("link", { name: "API keys" })).toHaveCount(0);
  const response = await invited.goto("/settings/api-keys");
  expect(response?.status()).toBe(404);
  const membership = await seed.db.membership.findFirstOrThrow({ where: { orgId: org.orgId, user: { email } } });
  expect(membership).toMatchObject({ role: "MANAGER", teamId: team.id });
  await guest.close();
});
