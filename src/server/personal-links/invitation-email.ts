/**
 * The invitation email: the survey's headline question with one link per score, so answering
 * it is one click, and a link to the whole survey. Pure (data in, message out), so its text and
 * links are checked without a mail server.
 *
 * The HTML is written for mail programs, not browsers: layout tables marked
 * role="presentation", inline styles, no script, no images (often blocked), real text on solid
 * colors with enough contrast, a lang attribute, and link text that says what each link does.
 */
import type { Metric } from "@/lib/schemas/survey";
import { personalLinkPath, scoreLinkPath } from "./link-state";

export type InvitationEmailOptions = {
  orgName: string;
  surveyTitle: string;
  metric: Metric;
  /** The headline question's prompt; null when the survey has none (only the survey link is sent). */
  headlinePrompt: string | null;
  scale: { min: number; max: number } | null;
  origin: string;
  token: string;
  expiresAt: Date;
};

export type InvitationEmail = { subject: string; text: string; html: string };

const END_WORDS: Partial<Record<Metric, readonly [string, string]>> = {
  NPS: ["Not at all likely", "Extremely likely"],
  ENPS: ["Not at all likely", "Extremely likely"],
  CSAT: ["Very dissatisfied", "Very satisfied"],
};

const MAX_SUBJECT = 150;

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** NPS asks about the organization by name; other metrics use the question itself. */
export function invitationSubject({ metric, orgName, headlinePrompt, surveyTitle }: Pick<InvitationEmailOptions, "metric" | "orgName" | "headlinePrompt" | "surveyTitle">): string {
  const subject = metric === "NPS" ? `How likely are you to recommend ${orgName}?` : (headlinePrompt ?? surveyTitle);
  // Header injection is nodemailer's to prevent; a line break would still look broken.
  const oneLine = subject.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_SUBJECT ? `${oneLine.slice(0, MAX_SUBJECT - 1)}…` : oneLine;
}

const dateWords = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function scores(scale: { min: number; max: number } | null): number[] {
  return scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i) : [];
}

function textPart(o: InvitationEmailOptions, surveyUrl: string): string {
  const ends = END_WORDS[o.metric];
  const lines = [`${o.orgName} would like to hear from you.`, ""];
  if (o.headlinePrompt && o.scale) {
    lines.push(o.headlinePrompt, "");
    if (ends) lines.push(`(${o.scale.min} = ${ends[0]}, ${o.scale.max} = ${ends[1]})`, "");
    for (const score of scores(o.scale)) lines.push(`${score}: ${o.origin}${scoreLinkPath(o.token, score)}`);
    lines.push("", "Choosing a score records it and opens a few more questions, all optional unless marked.", "");
  }
  lines.push(`Open the survey without choosing a score: ${surveyUrl}`, "");
  lines.push(`This link is personal and works once; it expires on ${dateWords(o.expiresAt)}. Please don't forward this email.`);
  return lines.join("\n");
}

function scoreButtons(o: InvitationEmailOptions): string {
  const ends = END_WORDS[o.metric];
  const cells = scores(o.scale)
    .map((score) => {
      const href = escapeHtml(`${o.origin}${scoreLinkPath(o.token, score)}`);
      // The title repeats the end words for the scale's ends; the number is the link's text.
      const title = ends && o.scale && score === o.scale.min ? ` title="${score}, ${ends[0]}"` : ends && o.scale && score === o.scale.max ? ` title="${score}, ${ends[1]}"` : "";
      return `<td style="padding:2px"><a href="${href}"${title} style="display:block;min-width:32px;padding:10px 0;border-radius:6px;background:#1d4ed8;color:#ffffff;font:bold 16px Arial,sans-serif;text-align:center;text-decoration:none">${score}</a></td>`;
    })
    .join("");
  const legend = ends
    ? `<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td style="font:13px Arial,sans-serif;color:#334155">${escapeHtml(`${o.scale?.min} = ${ends[0]}`)}</td><td style="font:13px Arial,sans-serif;color:#334155;text-align:right">${escapeHtml(`${o.scale?.max} = ${ends[1]}`)}</td></tr></table>`
    : "";
  return `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:16px 0 4px"><tr>${cells}</tr></table>${legend}`;
}

function htmlPart(o: InvitationEmailOptions, subject: string, surveyUrl: string): string {
  const question =
    o.headlinePrompt && o.scale
      ? `<h1 style="margin:0;font:bold 20px Arial,sans-serif;color:#0f172a">${escapeHtml(o.headlinePrompt)}</h1>${scoreButtons(o)}<p style="margin:16px 0 0;font:15px Arial,sans-serif;color:#334155">Choosing a score records it and opens a few more questions.</p>`
      : `<h1 style="margin:0;font:bold 20px Arial,sans-serif;color:#0f172a">${escapeHtml(o.surveyTitle)}</h1>`;
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;padding:0;background:#f1f5f9">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9"><tr><td align="center" style="padding:24px 12px">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px"><tr><td style="padding:24px">`,
    `<p style="margin:0 0 12px;font:15px Arial,sans-serif;color:#334155">${escapeHtml(o.orgName)} would like to hear from you.</p>`,
    question,
    `<p style="margin:16px 0 0;font:15px Arial,sans-serif;color:#334155"><a href="${escapeHtml(surveyUrl)}" style="color:#1d4ed8">Open the survey without choosing a score</a></p>`,
    `<p style="margin:24px 0 0;font:13px Arial,sans-serif;color:#475569">This link is personal and works once; it expires on ${escapeHtml(dateWords(o.expiresAt))}. Please don't forward this email.</p>`,
    `</td></tr></table></td></tr></table></body></html>`,
  ].join("\n");
}

export function buildInvitationEmail(options: InvitationEmailOptions): InvitationEmail {
  const subject = invitationSubject(options);
  const surveyUrl = `${options.origin}${personalLinkPath(options.token)}`;
  return { subject, text: textPart(options, surveyUrl), html: htmlPart(options, subject, surveyUrl) };
}
