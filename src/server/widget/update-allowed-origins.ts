import { AppError, notFound } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validation";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { allowedOriginsSchema } from "./allowed-origins";
import { CUSTOMER_ONLY_MESSAGE } from "./get-or-create-widget";

export type UpdateAllowedOriginsOptions = { orgId: string; surveyId: string; actor: AuditActor; origins: readonly string[] };

export const INVALID_ORIGINS_MESSAGE = "Please correct the highlighted websites";

/**
 * Replaces the survey's allowed origins with the given list, validated and normalized by
 * allowedOriginsSchema (each bad entry is an issue at its index). Audited, because this
 * list decides which websites may post answers into the organization's figures.
 */
export async function updateAllowedOrigins(db: Db, { orgId, surveyId, actor, origins }: UpdateAllowedOriginsOptions): Promise<string[]> {
  const list = parseOrThrow(allowedOriginsSchema, origins, INVALID_ORIGINS_MESSAGE);
  return db.$transaction(async (tx) => {
    const survey = await tx.survey.findFirst({ where: { id: surveyId, orgId }, select: { audience: true, allowedOrigins: true } });
    if (!survey) throw notFound("Survey");
    if (survey.audience !== "CUSTOMER") throw new AppError("conflict", CUSTOMER_ONLY_MESSAGE);
    await tx.survey.update({ where: { id: surveyId, orgId }, data: { allowedOrigins: list } });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "survey.widget_origins",
      targetType: "Survey",
      targetId: surveyId,
      metadata: { from: survey.allowedOrigins, to: list },
    });
    return list;
  });
}
