import { expect, signInAs, test } from "./fixtures";

test("an API key of one organization gets 404 for another's teams and can't change them", async ({ request, seed }) => {
  const mine = await seed.org();
  const theirs = await seed.org();
  const team = await seed.team(theirs.orgId, "Private team");
  const auth = { authorization: `Bearer ${mine.apiKey}` };
  expect((await request.get(`/api/v1/teams/${team.id}`, { headers: auth })).status()).toBe(404);
  expect((await request.patch(`/api/v1/teams/${team.id}`, { headers: auth, data: { name: "Taken over" } })).status()).toBe(404);
  expect((await request.delete(`/api/v1/teams/${team.id}`, { headers: auth })).status()).toBe(404);
  const list = await (await request.get("/api/v1/teams", { headers: auth })).json();
  expect(list.teams.map((t: { id: string }) => t.id)).not.toContain(team.id);
  expect((await seed.db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe("Private team");
  const forged = await request.get("/api/v1/teams", { headers: { authorization: "Bearer tdm_forged" } });
  expect(forged.status()).toBe(401);
  expect((await forged.json()).error.code).toBe("unauthorized");
});

test("a user of one organization sees none of another's teams, members or keys", async ({ page, context, seed }) => {
  const mine = await seed.org("Mine Inc");
  const theirs = await seed.org("Theirs Ltd");
  await seed.team(theirs.orgId, "Their secret store");
  await seed.member(theirs.orgId, "FRONTLINE");
  await seed.db.apiKey.create({ data: { orgId: theirs.orgId, name: "Their integration key", prefix: "tdm_theirs", keyHash: `hash-${theirs.orgId}` } });
  await signInAs(context, { userId: mine.ownerId, email: mine.ownerEmail, orgId: mine.orgId });

  await page.goto("/settings/teams");
  await expect(page.getByText("Their secret store")).toHaveCount(0);
  await page.goto("/settings/members");
  await expect(page.getByRole("table")).not.toContainText("frontline-");
  await page.goto("/settings/api-keys");
  await expect(page.getByText("Their integration key")).toHaveCount(0);

  // A forged session naming the other organization (no membership there) is no session at all.
  await context.clearCookies();
  await signInAs(context, { userId: mine.ownerId, email: mine.ownerEmail, orgId: theirs.orgId });
  await page.goto("/settings/teams");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("malformed and oversized API input is answered with 4xx JSON", async ({ request, seed }) => {
  const org = await seed.org();
  const auth = { authorization: `Bearer ${org.apiKey}` };
  const bad = await request.post("/api/v1/teams", { headers: { ...auth, "content-type": "application/json" }, data: Buffer.from("{not json") });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("bad_request");
  const big = await request.post("/api/v1/teams", { headers: { ...auth, "content-type": "application/json" }, data: Buffer.from(JSON.stringify({ name: "x", pad: "y".repeat(1_200_000) })) });
  expect(big.status()).toBe(413);
  expect(await seed.db.team.count({ where: { orgId: org.orgId } })).toBe(0);
});
