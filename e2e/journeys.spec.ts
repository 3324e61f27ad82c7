import { expect, signInAs, test } from "./fixtures";

test("a CX leader builds a customer journey from the template, moves a stage and reads the map", async ({ page, context, seed }) => {
  const org = await seed.org();
  const leader = await seed.member(org.orgId, "CX_LEADER");
  await signInAs(context, { userId: leader.userId, email: leader.email, orgId: org.orgId });

  await page.goto("/journeys");
  await page.getByLabel("Retail customer journey").check();
  await page.getByLabel("Name").fill("Store visit");
  await page.getByRole("button", { name: "Create journey" }).click();
  await expect(page).toHaveURL(/\/journeys\/[A-Za-z0-9_-]+/);
  await expect(page.getByRole("heading", { level: 1, name: "Store visit" })).toBeVisible();

  const names = page.getByTestId("stage-name");
  await expect(names).toHaveCount(5);
  const firstName = (await names.nth(0).textContent()) ?? "";
  const secondName = (await names.nth(1).textContent()) ?? "";
  await page.getByRole("button", { name: `Move ${firstName} later` }).click();
  await expect(page.getByTestId("stage-announcer")).toContainText(`Moved “${firstName}” to position 2 of 5.`);
  await expect(names.nth(0)).toHaveText(secondName);
  await expect(names.nth(1)).toHaveText(firstName);

  // No responses yet: every stage says so in words, and the filter sits in the URL.
  await expect(page.getByTestId("stage-figure").first()).toContainText("No data");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
});

test("a frontline employee reads a journey but can't edit it; another org's journey is a 404", async ({ page, context, seed }) => {
  const org = await seed.org();
  const other = await seed.org();
  const journey = await seed.db.journey.create({
    data: { orgId: org.orgId, kind: "CUSTOMER", name: "Checkout", stages: { create: [{ orgId: org.orgId, position: 0, name: "Pay" }] } },
    select: { id: true },
  });
  const theirs = await seed.db.journey.create({ data: { orgId: other.orgId, kind: "CUSTOMER", name: "Their secret journey" }, select: { id: true } });
  const frontline = await seed.member(org.orgId, "FRONTLINE");
  await signInAs(context, { userId: frontline.userId, email: frontline.email, orgId: org.orgId });

  await page.goto("/journeys");
  await expect(page.getByRole("link", { name: "Checkout" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create journey" })).toHaveCount(0);
  await expect(page.getByText("Their secret journey")).toHaveCount(0);

  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByTestId("stage-name")).toHaveText(["Pay"]);
  await expect(page.getByRole("button", { name: /Move Pay/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add stage" })).toHaveCount(0);

  const response = await page.goto(`/journeys/${theirs.id}`);
  expect(response?.status()).toBe(404);
});

test("a CX leader adds a touchpoint, links the employee stage that serves a stage and reads both in the alignment view", async ({ page, context, seed }) => {
  const org = await seed.org();
  await seed.team(org.orgId, "Downtown store");
  const customer = await seed.db.journey.create({
    data: { orgId: org.orgId, kind: "CUSTOMER", name: "Shopping", stages: { create: [{ orgId: org.orgId, position: 0, name: "Checkout" }] } },
    select: { id: true },
  });
  await seed.db.journey.create({
    data: { orgId: org.orgId, kind: "EMPLOYEE", name: "Cashier life", stages: { create: [{ orgId: org.orgId, position: 0, name: "Tools" }] } },
  });
  await seed.db.survey.create({
    data: {
      orgId: org.orgId,
      title: "Store NPS",
      audience: "CUSTOMER",
      metric: "NPS",
      status: "ACTIVE",
      questions: { create: [{ orgId: org.orgId, position: 0, type: "NPS", prompt: "How likely are you to recommend us?", isHeadline: true, scaleMin: 0, scaleMax: 10 }] },
    },
  });
  const leader = await seed.member(org.orgId, "CX_LEADER");
  await signInAs(context, { userId: leader.userId, email: leader.email, orgId: org.orgId });

  await page.goto(`/journeys/${customer.id}`);
  await page.getByText("Add a touchpoint").click();
  await page.getByLabel("Touchpoint", { exact: true }).fill("Till");
  await page.getByLabel("Channel").fill("Store");
  await page.getByLabel("Owner team").selectOption({ label: "Downtown store" });
  await page.getByRole("button", { name: "Add touchpoint" }).click();
  await expect(page.getByTestId("stage")).toContainText("Store · Owner: Downtown store");

  await page.getByRole("button", { name: "Mark Checkout as a moment that matters" }).click();
  await expect(page.getByRole("button", { name: "Unmark Checkout as a moment that matters" })).toBeVisible();

  await page.getByText("Links", { exact: true }).click();
  await page.getByLabel("Served by employee stage").selectOption({ label: "Cashier life → Tools" });
  await page.getByRole("button", { name: "Save link" }).click();
  await expect(page.getByTestId("stage")).toContainText("Served by: Tools");
  await page.getByLabel("Survey question that measures it").selectOption({ label: "Store NPS: How likely are you to recommend us?" });
  await page.getByRole("button", { name: "Link question" }).click();
  await expect(page.getByTestId("stage")).toContainText("How likely are you to recommend us? (Store NPS)");

  // Printed, the map drops the app's header, navigation, filters and editing controls.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("search", { name: "Filter the map" })).toBeHidden();
  await expect(page.getByText("Add a touchpoint")).toBeHidden();
  await expect(page.getByTestId("stage-name")).toHaveText(["Checkout"]);
  await page.emulateMedia({ media: "screen" });

  await page.goto("/journeys");
  await page.getByRole("link", { name: "Align customer and employee journeys" }).click();
  await expect(page.getByTestId("align-stage")).toContainText("Employee: Tools");
});

test("the map reads a stage's score from its linked question, equal to the metrics API, and hides an employee figure below k", async ({ page, context, seed }) => {
  const org = await seed.org();
  const store = await seed.team(org.orgId, "Harbour store");
  const question = (prompt: string, type: "NPS", metricPosition = 0) => ({ orgId: org.orgId, position: metricPosition, type, prompt, isHeadline: true, scaleMin: 0, scaleMax: 10 });
  const nps = await seed.db.survey.create({
    data: { orgId: org.orgId, title: "Store NPS", audience: "CUSTOMER", metric: "NPS", status: "ACTIVE", questions: { create: [question("How likely are you to recommend us?", "NPS")] } },
    select: { id: true, questions: { select: { id: true } } },
  });
  const enps = await seed.db.survey.create({
    data: { orgId: org.orgId, title: "Pulse", audience: "EMPLOYEE", metric: "ENPS", status: "ACTIVE", questions: { create: [question("How likely are you to recommend us as a place to work?", "NPS")] } },
    select: { id: true, questions: { select: { id: true } } },
  });
  const employee = await seed.db.journey.create({
    data: { orgId: org.orgId, kind: "EMPLOYEE", name: "Cashier life", stages: { create: [{ orgId: org.orgId, position: 0, name: "Tools" }] } },
    select: { stages: { select: { id: true } } },
  });
  const employeeStage = employee.stages[0]!.id;
  await seed.db.stageQuestion.create({ data: { orgId: org.orgId, stageId: employeeStage, questionId: enps.questions[0]!.id } });
  const customer = await seed.db.journey.create({
    data: { orgId: org.orgId, kind: "CUSTOMER", name: "Shopping", stages: { create: [{ orgId: org.orgId, position: 0, name: "Checkout", servedByStageId: employeeStage }] } },
    select: { id: true, stages: { select: { id: true } } },
  });
  await seed.db.stageQuestion.create({ data: { orgId: org.orgId, stageId: customer.stages[0]!.id, questionId: nps.questions[0]!.id } });

  // Hand-computed: 5 promoters, 2 passives, 3 detractors of 10 → NPS +20, MOE 1.96·100·√(0.76/10) = 54.0.
  const day = new Date().toISOString().slice(0, 10);
  const post = (surveyId: string, scores: number[]) =>
    page.request.post("/api/v1/responses", {
      headers: { authorization: `Bearer ${org.apiKey}` },
      data: { responses: scores.map((score) => ({ surveyId, teamId: store.id, score, submittedAt: day })) },
    });
  expect((await post(nps.id, [10, 10, 10, 9, 9, 8, 7, 6, 3, 0])).status()).toBe(201);
  expect((await post(enps.id, [9, 4, 10])).status()).toBe(201);

  const metrics = await page.request.get(`/api/v1/metrics?metric=NPS&from=${day}&to=${day}`, { headers: { authorization: `Bearer ${org.apiKey}` } });
  const { overall } = (await metrics.json()) as { overall: { score: number; n: number } };
  expect(overall).toMatchObject({ score: 20, n: 10 });

  const hr = await seed.member(org.orgId, "HR");
  await signInAs(context, { userId: hr.userId, email: hr.email, orgId: org.orgId });
  await page.goto(`/journeys/${customer.id}?from=${day}&to=${day}`);
  const figures = page.getByTestId("stage-figure");
  await expect(figures.nth(0)).toContainText("Customer score");
  await expect(figures.nth(0)).toContainText("NPS +20.0 ±54.0 (n = 10)");
  await expect(figures.nth(0)).toContainText("Fair");
  // Three employees answered: below k = 5, so the lane says why and shows no number.
  await expect(figures.nth(1)).toContainText("Served by: Tools");
  await expect(figures.nth(1)).toContainText("Fewer than k respondents: hidden for anonymity");
  await expect(figures.nth(1)).not.toContainText(/\d+\.\d/);
  await expect(page.getByRole("heading", { name: "Colour scale" })).toBeVisible();
});

test("a CX leader reorders stages by dragging, edits a touchpoint, renames and deletes a journey", async ({ page, context, seed }) => {
  const org = await seed.org();
  await seed.team(org.orgId, "Web team");
  const journey = await seed.db.journey.create({
    data: {
      orgId: org.orgId,
      kind: "CUSTOMER",
      name: "Online order",
      stages: {
        create: [
          { orgId: org.orgId, position: 0, name: "Browse", touchpoints: { create: [{ orgId: org.orgId, position: 0, name: "Web shop", channel: "Web" }] } },
          { orgId: org.orgId, position: 1, name: "Pay" },
          { orgId: org.orgId, position: 2, name: "Deliver" },
        ],
      },
    },
    select: { id: true },
  });
  const leader = await seed.member(org.orgId, "CX_LEADER");
  await signInAs(context, { userId: leader.userId, email: leader.email, orgId: org.orgId });
  await page.goto(`/journeys/${journey.id}`);

  const names = page.getByTestId("stage-name");
  await expect(names).toHaveText(["Browse", "Pay", "Deliver"]);
  await page.getByTestId("stage-slot").nth(2).dragTo(page.getByTestId("stage-slot").nth(0));
  await expect(page.getByTestId("stage-announcer")).toContainText("Moved “Deliver” to position 1 of 3.");
  await expect(names).toHaveText(["Deliver", "Browse", "Pay"]);
  await page.reload();
  await expect(names).toHaveText(["Deliver", "Browse", "Pay"]);

  await page.getByText("Edit touchpoint Web shop").click();
  const form = page.getByRole("form", { name: "Edit touchpoint Web shop" });
  await form.getByLabel("Channel").fill("App");
  await form.getByLabel("Owner team").selectOption({ label: "Web team" });
  await form.getByRole("button", { name: "Save touchpoint" }).click();
  await expect(page.getByTestId("stage").nth(1)).toContainText("App · Owner: Web team");

  await page.getByText("Edit journey").click();
  await page.getByRole("form", { name: "Edit journey" }).getByLabel("Name").fill("Online order, 2027");
  await page.getByRole("button", { name: "Save journey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Online order, 2027" })).toBeVisible();

  // The panel stays open after saving.
  const remove = page.getByRole("button", { name: "Delete journey" });
  if (!(await remove.isVisible())) await page.getByText("Edit journey").click();
  await remove.click();
  await expect(page).toHaveURL(/\/journeys$/);
  await expect(page.getByRole("link", { name: "Online order, 2027" })).toHaveCount(0);
});
