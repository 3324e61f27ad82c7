/**
 * The embeddable widget on a page of another origin: a tiny static server inside the spec
 * (node:http on 127.0.0.1, a random port) serves a shop page with the snippet, while the app
 * runs on E2E_PORT, so every widget call is a real cross-origin request in real Chromium.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getOrCreateWidget } from "../src/server/widget/get-or-create-widget";
import { updateAllowedOrigins } from "../src/server/widget/update-allowed-origins";
import { expect, signInAs, test, unique, type Seeder } from "./fixtures";

const APP = `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}`;

// --- The host website: one HTML page per path, registered by each test.
const pages = new Map<string, string>();
let server: Server;
let host: string;

const shopPage = (snippet: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour Shop</title>` +
  // The host's own CSS must not reach into the widget (it lives in a Shadow DOM).
  `<style>button,label,span{all:unset;color:#fff!important;font-size:4px!important}</style></head>` +
  `<body><main><h1>Harbour Shop</h1><p>Fresh fish every morning.</p></main>${snippet}</body></html>`;

function servePage(snippet: string): string {
  const path = `/shop-${unique()}`;
  pages.set(path, shopPage(snippet));
  return `${host}${path}`;
}

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const html = pages.get(request.url ?? "");
    response.writeHead(html ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    response.end(html ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

type Options = { metric?: "NPS" | "CSAT"; origins?: string[] };

/** An active customer survey (headline + open text), a team, and its widget. */
async function widgetSurvey(seed: Seeder, { metric = "NPS", origins = [] }: Options = {}) {
  const org = await seed.org();
  const team = await seed.team(org.orgId, "Web shop");
  const survey = await seed.db.survey.create({
    data: {
      orgId: org.orgId,
      title: "Online shop feedback",
      audience: "CUSTOMER",
      metric,
      status: "ACTIVE",
      anonymous: false,
      questions: {
        create: [
          metric === "NPS"
            ? { orgId: org.orgId, position: 0, type: "NPS", prompt: "How likely are you to recommend us to a friend?", isHeadline: true, required: true, scaleMin: 0, scaleMax: 10 }
            : { orgId: org.orgId, position: 0, type: "CSAT", prompt: "How satisfied are you with your order?", isHeadline: true, required: true, scaleMin: 1, scaleMax: 5 },
          { orgId: org.orgId, position: 1, type: "OPEN_TEXT", prompt: "What is the main reason for your score?" },
        ],
      },
    },
    select: { id: true },
  });
  if (origins.length) await updateAllowedOrigins(seed.db, { orgId: org.orgId, surveyId: survey.id, actor: {}, origins });
  const widget = await getOrCreateWidget(seed.db, { orgId: org.orgId, surveyId: survey.id, teamId: team.id, actor: {} });
  return { org, team, surveyId: survey.id, widget };
}

const snippetFor = (token: string) => `<script src="${APP}/widget.js" data-survey="${token}" async></script>`;

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test("a CX leader allows a website and copies a snippet; a visitor there answers and is thanked", async ({ page, context, browser, seed }) => {
  const { org, team, surveyId, widget } = await widgetSurvey(seed);
  await signInAs(context, { userId: org.ownerId, email: org.ownerEmail, orgId: org.orgId });
  await page.goto(`/surveys/${surveyId}`);
  await page.getByRole("link", { name: "Embed widget" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Embed widget" })).toBeVisible();

  const origins = page.getByRole("textbox", { name: "Allowed websites (one per line)" });
  await origins.fill(`${host}\nhttps://shop.example.com/cart`);
  await page.getByRole("button", { name: "Save websites" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Line 2 (https://shop.example.com/cart)" })).toBeVisible();
  await expect(origins).toHaveValue(`${host}\nhttps://shop.example.com/cart`);
  await origins.fill(`${host}/`);
  await page.getByRole("button", { name: "Save websites" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: 1 website may show the widget" })).toBeVisible();
  await expect(origins).toHaveValue(host);

  await page.getByRole("combobox", { name: "Team the answers count for" }).selectOption(team.id);
  await page.getByRole("button", { name: "Get the snippet" }).click();
  const snippetBox = page.getByRole("textbox", { name: "Snippet for Web shop" });
  await expect(snippetBox).toHaveValue(snippetFor(widget.token));
  expect(await snippetBox.inputValue()).not.toContain(surveyId);
  // The live preview is the real script, inline, and sends nothing.
  const preview = page.getByTestId("widget-preview");
  await preview.getByRole("radio", { name: "10 – Extremely likely" }).check();
  await preview.getByRole("button", { name: "Send" }).click();
  await expect(preview.getByRole("status")).toHaveText("Thank you for your feedback! (Preview: nothing was sent.)");

  const visitor = await browser.newPage();
  await visitor.goto(servePage(await snippetBox.inputValue()));
  const prompt = visitor.getByRole("region", { name: "Quick survey" });
  await expect(prompt.getByText("How likely are you to recommend us to a friend?")).toBeVisible();
  await expect(prompt.getByRole("textbox")).toBeHidden();
  await prompt.getByRole("radio", { name: "9", exact: true }).click();
  await prompt.getByRole("textbox", { name: "What is the main reason for your score? (optional)" }).fill("Quick delivery, nice packaging.");
  await prompt.getByRole("button", { name: "Send" }).click();
  await expect(prompt.getByRole("status")).toHaveText("Thank you for your feedback!");

  const responses = await seed.db.response.findMany({ where: { surveyId } });
  expect(responses).toHaveLength(1);
  expect(responses[0]).toMatchObject({ teamId: team.id, distributionId: widget.id, score: 9, comment: "Quick delivery, nice packaging." });
  expect(await seed.db.dailyRollup.findFirst({ where: { surveyId } })).toMatchObject({ teamId: team.id, n: 1, h9: 1 });

  // The browser remembers the answer: the widget doesn't come back.
  await visitor.reload();
  await visitor.waitForLoadState("networkidle");
  await expect(visitor.locator("[data-tandem-widget]")).toHaveCount(0);
  await visitor.close();
});

test("a website that is not allowed shows nothing, and its POST is refused", async ({ page, request, seed }) => {
  const { surveyId, widget } = await widgetSurvey(seed, { origins: ["https://shop.example.com"] });
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await page.goto(servePage(snippetFor(widget.token)));
  // The browser hides the refused response from the page (Playwright reports it as a failed
  // request); the widget only says so in the console.
  await expect.poll(() => warnings.join("\n")).toContain("Tandem widget: not shown");
  await expect(page.locator("[data-tandem-widget]")).toHaveCount(0);
  const config = await request.get(`${APP}/api/public/widget/${widget.token}`, { headers: { Origin: host } });
  expect(config.status()).toBe(403);

  // A script on the page can't post either: the preflight is refused, so the POST never leaves.
  const outcome = await page.evaluate(async (url) => {
    try {
      const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ score: 0 }) });
      return `status ${response.status}`;
    } catch {
      return "blocked";
    }
  }, `${APP}/api/public/widget/${widget.token}/responses`);
  expect(outcome).toBe("blocked");
  // Sent anyway, outside a browser, it is refused too.
  const direct = await request.post(`${APP}/api/public/widget/${widget.token}/responses`, { headers: { Origin: host }, data: { score: 0 } });
  expect(direct.status()).toBe(403);
  expect(direct.headers()["access-control-allow-origin"]).toBeUndefined();
  expect(await seed.db.response.count({ where: { surveyId } })).toBe(0);
});

test("a visitor answers a CSAT widget with the keyboard alone", async ({ page, seed }) => {
  const { team, surveyId } = await widgetSurvey(seed, { metric: "CSAT", origins: [host] });
  const { token } = await seed.db.distribution.findFirstOrThrow({ where: { surveyId, kind: "WIDGET" }, select: { token: true } });
  await page.goto(servePage(snippetFor(token)));
  const prompt = page.getByRole("region", { name: "Quick survey" });
  await expect(prompt.getByText("How satisfied are you with your order?")).toBeVisible();

  await page.keyboard.press("Tab");
  await expect(prompt.getByRole("button", { name: "Dismiss the survey" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(prompt.getByRole("radio", { name: "1 – Very dissatisfied" })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(prompt.getByRole("radio", { name: "4", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(prompt.getByRole("textbox", { name: /main reason/ })).toBeFocused();
  await page.keyboard.type("Arrived a day late.");
  await page.keyboard.press("Tab");
  await expect(prompt.getByRole("button", { name: "Send" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(prompt.getByRole("status")).toBeFocused();
  await expect(prompt.getByRole("status")).toHaveText("Thank you for your feedback!");
  const responses = await seed.db.response.findMany({ where: { surveyId } });
  expect(responses).toHaveLength(1);
  expect(responses[0]).toMatchObject({ teamId: team.id, score: 4, comment: "Arrived a day late." });

  // Escape dismisses; the dismissal lasts for the session.
  const other = await widgetSurvey(seed, { origins: [host] });
  await page.goto(servePage(snippetFor(other.widget.token)));
  await page.getByRole("radio", { name: "5", exact: true }).focus();
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-tandem-widget]")).toHaveCount(0);
  await page.reload();
  await page.waitForLoadState("networkidle");
  await expect(page.locator("[data-tandem-widget]")).toHaveCount(0);
});

test("the host page with the widget open has no serious or critical accessibility violations", async ({ page, seed }) => {
  const { widget } = await widgetSurvey(seed, { origins: [host] });
  await page.goto(servePage(snippetFor(widget.token)));
  const prompt = page.getByRole("region", { name: "Quick survey" });
  await expect(prompt.getByRole("radio", { name: "0 – Not at all likely" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await prompt.getByRole("radio", { name: "7", exact: true }).click();
  await expect(prompt.getByRole("textbox")).toBeVisible();
  await prompt.getByRole("button", { name: "Send" }).focus();
  expect(await seriousViolations(page)).toEqual([]);
});
