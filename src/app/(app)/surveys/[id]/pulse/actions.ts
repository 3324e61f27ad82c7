"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { runPulseTick } from "@/server/pulses/run-pulse-tick";
import { savePulseSchedule, stopPulseSchedule } from "@/server/pulses/save-pulse-schedule";
import { pulseScheduleSchema } from "@/server/pulses/schedule-input";

export const savePulseScheduleAction = memberAction({ permission: "surveys:manage", schema: pulseScheduleSchema }, async ({ surveyId, ...schedule }, member) => {
  await savePulseSchedule(db, { orgId: member.orgId, surveyId, actor: { userId: member.userId }, input: schedule });
  // The immediate run: an active survey's current round is created and opened now rather than
  // at the next cron tick. Scoped to this survey, so a save costs only its own rounds.
  await runPulseTick(db, { now: new Date(), scope: { orgId: member.orgId, surveyId } });
  revalidatePath(`/surveys/${surveyId}/pulse`);
  return { ok: true, message: "Schedule saved" };
});

export const stopPulseScheduleAction = memberAction({ permission: "surveys:manage", schema: z.strictObject({ surveyId: idSchema }) }, async ({ surveyId }, member) => {
  await stopPulseSchedule(db, { orgId: member.orgId, surveyId, actor: { userId: member.userId } });
  revalidatePath(`/surveys/${surveyId}/pulse`);
  return { ok: true, message: "Schedule stopped: no new rounds will open" };
});
