/**
 * One WIDGET distribution per survey and team: its random token is the snippet's data-survey,
 * so the page never names the survey or the team, and every answer is attributed to the team
 * the snippet was made for. The token has the public links' shape and strength (128 bits,
 * src/server/distributions/public-link-token.ts).
 */
import { AppError, notFound } from "@/lib/errors";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { newPublicLinkToken } from "../distributions/public-link-token";

export type Widget = { id: string; teamId: string; token: string };
export type GetOrCreateWidgetOptions = { orgId: string; surveyId: string; teamId: string; actor: AuditActor };

export const CUSTOMER_ONLY_MESSAGE = "Only customer surveys can be embedded on a website.";

/**
 * The team's widget for the survey, made on first use. Refused for employee surveys and closed
 * ones (they can't reopen); a draft may get its snippet ahead of time and shows nothing until
 * it is active. A team is required so that the customer answers can be compared with the same
 * team's EX; another organization's ids are "not found".
 */
export async function getOrCreateWidget(db: Db, { orgId, surveyId, teamId, actor }: GetOrCreateWidgetOptions): Promise<Widget> {
  return db.$transaction(async (tx) => {
    const survey = await tx.survey.findFirst({ where: { id: surveyId, orgId }, select: { audience: true, status: true } });
    if (!survey) throw notFound("Survey");
    if (survey.audience !== "CUSTOMER") throw new AppError("conflict", CUSTOMER_ONLY_MESSAGE);
    if (survey.status === "CLOSED") throw new AppError("conflict", "This survey is closed: it can't be embedded any more.");
    const team = await tx.team.findFirst({ where: { id: teamId, orgId }, select: { id: true } });
    if (!team) throw new AppError("validation_failed", "Choose a team", [{ path: ["teamId"], message: "Choose one of your teams" }]);
    // No unique index on (survey, team, kind): a per-survey lock makes two first clicks agree
    // on one token, as for public links.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`tandem:widget:${surveyId}`}, 0))`;
    const select = { id: true, token: true } as const;
    const existing = await tx.distribution.findFirst({ where: { orgId, surveyId, teamId, kind: "WIDGET" }, orderBy: { createdAt: "asc" }, select });
    if (existing) return { ...existing, teamId };
    const created = await tx.distribution.create({ data: { orgId, surveyId, teamId, kind: "WIDGET", token: newPublicLinkToken() }, select });
    await recordAudit(tx, { orgId, actor, action: "widget.create", targetType: "Distribution", targetId: created.id, metadata: { surveyId, teamId } });
    return { ...created, teamId };
  });
}
