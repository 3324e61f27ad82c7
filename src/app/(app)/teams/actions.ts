"use server";

import { revalidatePath } from "next/cache";
import { sendKudosSchema } from "@/lib/schemas/kudos";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { sendKudos } from "@/server/kudos/send-kudos";

/** "Send as kudos" from a team page or a survey's responses list. */
export const sendKudosAction = memberAction({ permission: "kudos:send", schema: sendKudosSchema }, async (input, member) => {
  const sent = await sendKudos(db, { orgId: member.orgId, sender: { userId: member.userId, role: member.role, teamId: member.teamId }, input });
  revalidatePath(`/teams/${sent.teamId}`);
  return { ok: true, message: sent.notified === 1 ? "Sent: 1 team member was notified" : `Sent: ${sent.notified} team members were notified` };
});
