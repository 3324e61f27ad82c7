"use server";

import { revalidatePath } from "next/cache";
import { callForIdeasSchema, ideaStallDaysSchema } from "@/lib/schemas/idea";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { callForIdeas, setIdeaStallDays } from "@/server/ideas/committee";

// "committee:read" lets managers in; setIdeaStallDays and callForIdeas admit only committee leads.
export const setStallDaysAction = memberAction({ permission: "committee:read", schema: ideaStallDaysSchema }, async ({ ideaStallDays }, member) => {
  await setIdeaStallDays(db, { orgId: member.orgId, actor: { userId: member.userId, role: member.role }, ideaStallDays });
  revalidatePath("/committee", "layout");
  return { ok: true, message: `Ideas count as stalled after ${ideaStallDays} ${ideaStallDays === 1 ? "day" : "days"} without a status change` };
});

export const callForIdeasAction = memberAction({ permission: "committee:read", schema: callForIdeasSchema }, async ({ message }, member) => {
  const count = await callForIdeas(db, { orgId: member.orgId, actor: { userId: member.userId, role: member.role }, message });
  return { ok: true, message: count === 1 ? "Sent to 1 member's inbox" : `Sent to ${count} members' inboxes` };
});
