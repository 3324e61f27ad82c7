/**
 * What the personal-link tests share: a mail catcher of their own (in-process, random ports),
 * an active customer survey with two teams, and ways to send, read the mail and click.
 * Importing this module starts the catcher and points SMTP_URL at it, before anything reads
 * the environment (env() parses it once, on first use); each test file gets its own copy.
 */
import { randomBytes } from "node:crypto";
import { startMailCatcher } from "../../scripts/lib/mail-catcher";
import { db } from "@/server/db";
import { recordScoreClick } from "@/server/personal-links/record-score-click";
import { sendPersonalLinks, type SendPersonalLinksOptions } from "@/server/personal-links/send-personal-links";
import { makeOrg, makeSurvey, makeTeam } from "../factories";

export const catcher = await startMailCatcher();
process.env.SMTP_URL = catcher.smtpUrl;

export const ORIGIN = "https://tandem.example";
export const SENT_AT = new Date("2024-05-01T10:00:00.000Z");
export const later = (ms: number) => new Date(SENT_AT.getTime() + ms);
export const HOUR = 60 * 60 * 1000;
export const unique = () => randomBytes(3).toString("hex");

export type Org = Awaited<ReturnType<typeof makeOrg>>;

/** An active customer survey with an optional comment question, and two teams. */
export async function fixture(options: { metric?: "NPS" | "CSAT"; orgName?: string } = {}) {
  const org = await makeOrg({ name: options.orgName ?? `Acme ${unique()}` });
  const survey = await makeSurvey(org.orgId, { metric: options.metric ?? "NPS" });
  const headline = survey.questions.find((q) => q.isHeadline);
  if (!headline) throw new Error("no headline");
  const comment = await db.question.create({ data: { orgId: org.orgId, surveyId: survey.id, position: 1, type: "OPEN_TEXT", prompt: "Anything to add?" }, select: { id: true } });
  const north = await makeTeam(org.orgId, { name: "North" });
  const south = await makeTeam(org.orgId, { name: "South" });
  return { org, surveyId: survey.id, headlineId: headline.id, commentId: comment.id, north, south };
}
export type Fixture = Awaited<ReturnType<typeof fixture>>;

export function send(f: Fixture, recipients: string, options: Partial<SendPersonalLinksOptions> = {}) {
  return sendPersonalLinks(db, {
    orgId: f.org.orgId,
    actor: { userId: f.org.ownerId },
    input: { surveyId: f.surveyId, recipients, defaultTeamId: f.north.id },
    origin: ORIGIN,
    now: SENT_AT,
    ...options,
  });
}

/** The links in the email sent to one address: [score or null for "open the survey", url]. */
export function linksFor(address: string) {
  const [message, ...more] = catcher.messages({ to: address });
  if (!message || more.length) throw new Error(`expected one message to ${address}, got ${more.length + (message ? 1 : 0)}`);
  const urls = [...message.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "");
  return { message, urls, score: (n: number) => urls.find((u) => u.endsWith(`/${n}`)) ?? "" };
}

/** The token and score of a /r/<token>/<score> URL, as the route would read them. */
export function parts(url: string) {
  const [, token = "", score = ""] = new URL(url).pathname.split("/").slice(1);
  return { token, score };
}

export const click = (url: string, now = later(HOUR)) => recordScoreClick(db, { token: parts(url).token, score: parts(url).score, now });

export async function sendOne(f: Fixture, address = `c-${unique()}@example.test`) {
  await send(f, address);
  const { token } = parts(linksFor(address).score(9));
  return { address, token, links: linksFor(address) };
}

const H = ["h0", "h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10"] as const;

/** DailyRollup as stored, and recomputed from Response with a GROUP BY: they must agree. */
export async function rollupsVsResponses(orgId: string) {
  const rows = await db.dailyRollup.findMany({ where: { orgId }, orderBy: [{ surveyId: "asc" }, { teamId: "asc" }, { day: "asc" }] });
  const stored = rows.map((r) => ({ surveyId: r.surveyId, teamId: r.teamId, day: r.day.toISOString().slice(0, 10), n: r.n, h: H.map((k) => r[k]) }));
  const groups = await db.$queryRaw<{ surveyId: string; teamId: string; day: string; scores: number[] }[]>`
    SELECT "surveyId", "teamId", to_char("submittedOn", 'YYYY-MM-DD') AS day, array_agg(score) AS scores
    FROM "Response" WHERE "orgId" = ${orgId} AND score IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const grouped = groups.map(({ scores, ...key }) => ({ ...key, n: scores.length, h: H.map((_, i) => scores.filter((s) => s === i).length) }));
  return { stored, grouped };
}

export async function counts(orgId: string) {
  const [responses, answers, n] = await Promise.all([
    db.response.count({ where: { orgId } }),
    db.answer.count({ where: { orgId } }),
    db.dailyRollup.aggregate({ where: { orgId }, _sum: { n: true } }),
  ]);
  return { responses, answers, n: n._sum.n ?? 0 };
}
