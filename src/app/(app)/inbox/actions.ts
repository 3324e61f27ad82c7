"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { answerFormSchema, type AnswerOutcome } from "@/lib/schemas/answer";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { answerPulse } from "@/server/pulses/answer-pulse";
import { markNotificationsRead } from "@/server/pulses/notifications";

/**
 * A pulse answer from the in-app form (the public answering form, whose hidden `token` carries
 * the round id). The member comes from the session only; answerPulse stores nothing that
 * points back at them. On success the inbox says thank you in an employee's words.
 */
export const answerPulseAction = memberAction(
  { permission: "pulses:answer", schema: answerFormSchema },
  async ({ token, answers }, member): Promise<ActionState<AnswerOutcome>> => {
    await answerPulse(db, { member: { orgId: member.orgId, userId: member.userId, teamId: member.teamId }, roundId: token, answers });
    revalidatePath("/inbox");
    redirect("/inbox?answered=1");
  },
);

export const markAllReadAction = memberAction({ permission: "pulses:answer", schema: z.object({}) }, async (_input, member) => {
  const count = await markNotificationsRead(db, { orgId: member.orgId, userId: member.userId });
  revalidatePath("/inbox");
  return { ok: true, message: count === 1 ? "1 notification marked as read" : `${count} notifications marked as read` };
});
