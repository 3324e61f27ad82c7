"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/schemas/common";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { describeOriginIssues, originLines } from "@/server/widget/allowed-origins";
import { getOrCreateWidget } from "@/server/widget/get-or-create-widget";
import { updateAllowedOrigins } from "@/server/widget/update-allowed-origins";

const widgetPath = (surveyId: string) => `/surveys/${surveyId}/widget`;

/** The origins come as one textarea, one per line; each bad line is reported by its number. */
export const saveAllowedOriginsAction = memberAction(
  { permission: "surveys:manage", schema: z.strictObject({ surveyId: idSchema, origins: z.string().max(20_000, "At most 20,000 characters") }) },
  async ({ surveyId, origins }, member): Promise<ActionState<{ origins: string[] }>> => {
    const lines = originLines(origins);
    try {
      const saved = await updateAllowedOrigins(db, { orgId: member.orgId, surveyId, actor: { userId: member.userId }, origins: lines });
      revalidatePath(widgetPath(surveyId));
      const message = saved.length === 0 ? "Saved: no website may show the widget" : `Saved: ${saved.length} ${saved.length === 1 ? "website" : "websites"} may show the widget`;
      return { ok: true, message, data: { origins: saved } };
    } catch (error) {
      if (error instanceof AppError && error.code === "validation_failed" && error.issues?.length) {
        return { ok: false, message: error.message, fieldErrors: { origins: describeOriginIssues(lines, error.issues) } };
      }
      throw error;
    }
  },
);

export const createWidgetAction = memberAction(
  {
    permission: "surveys:manage",
    schema: z.strictObject({ surveyId: idSchema, teamId: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "Choose a team") }),
  },
  async ({ surveyId, teamId }, member) => {
    await getOrCreateWidget(db, { orgId: member.orgId, surveyId, teamId, actor: { userId: member.userId } });
    revalidatePath(widgetPath(surveyId));
    return { ok: true, message: "The snippet is ready below" };
  },
);
