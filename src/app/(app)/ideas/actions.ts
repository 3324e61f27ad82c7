"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { idSchema } from "@/lib/schemas/common";
import { addIdeaCommentSchema, changeIdeaStatusSchema, createIdeaSchema, IDEA_STATUS_LABELS, mergeIdeaSchema } from "@/lib/schemas/idea";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { changeIdeaStatus } from "@/server/ideas/change-idea-status";
import { addIdeaComment } from "@/server/ideas/comment-idea";
import { createIdea, receiptPath } from "@/server/ideas/create-idea";
import { mergeIdeas } from "@/server/ideas/merge-ideas";
import { followIdea, unvoteIdea, voteIdea, type VoteResult } from "@/server/ideas/vote-idea";

// Forms post strings: a checkbox is "on" when ticked and absent otherwise; an empty select is "".
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());
const emptyAsNull = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? null : v), schema);
const flag = z.enum(["0", "1"]).transform((v) => v === "1");
const refresh = (ideaId?: string) => {
  revalidatePath("/ideas", "layout");
  revalidatePath("/committee", "layout");
  if (ideaId) revalidatePath(`/ideas/${ideaId}`);
};

export type CreatedIdeaState = { receiptPath: string; ideaId: string };

/**
 * A named idea opens its page. An anonymous one stays on the form, which shows the receipt link
 * once: the secret travels only in this response, never in a URL the server redirects to.
 */
export const createIdeaAction = memberAction(
  {
    permission: "ideas:submit",
    schema: createIdeaSchema.extend({ anonymous: checkbox, stageId: emptyAsNull(createIdeaSchema.shape.stageId), teamId: emptyAsNull(createIdeaSchema.shape.teamId) }),
  },
  async (input, member): Promise<ActionState<CreatedIdeaState>> => {
    const created = await createIdea(db, { orgId: member.orgId, author: { userId: member.userId }, input });
    refresh();
    if (!created.receiptSecret) redirect(`/ideas/${created.id}?submitted=1`);
    return { ok: true, message: "Thank you! Your idea is on the board, without your name.", data: { receiptPath: receiptPath(created.receiptSecret), ideaId: created.id } };
  },
);

export const voteIdeaAction = memberAction(
  { permission: "ideas:submit", schema: z.strictObject({ ideaId: idSchema, vote: flag }) },
  async ({ ideaId, vote }, member): Promise<ActionState<VoteResult>> => {
    const options = { orgId: member.orgId, ideaId, userId: member.userId };
    const result = vote ? await voteIdea(db, options) : await unvoteIdea(db, options);
    refresh(ideaId);
    return { ok: true, message: result.voted ? "Vote counted" : "Vote removed", data: result };
  },
);

export const followIdeaAction = memberAction(
  { permission: "ideas:submit", schema: z.strictObject({ ideaId: idSchema, follow: flag }) },
  async ({ ideaId, follow }, member) => {
    await followIdea(db, { orgId: member.orgId, ideaId, userId: member.userId, follow });
    refresh(ideaId);
    return { ok: true, message: follow ? "You'll hear about changes to this idea" : "You no longer follow this idea" };
  },
);

export const commentIdeaAction = memberAction(
  { permission: "ideas:submit", schema: addIdeaCommentSchema.extend({ ideaId: idSchema }) },
  async ({ ideaId, body }, member) => {
    await addIdeaComment(db, { orgId: member.orgId, ideaId, author: { userId: member.userId, name: member.name }, body });
    refresh(ideaId);
    return { ok: true, message: "Comment posted" };
  },
);

export const changeIdeaStatusAction = memberAction(
  { permission: "ideas:review", schema: changeIdeaStatusSchema.extend({ ideaId: idSchema }) },
  async ({ ideaId, ...input }, member) => {
    const result = await changeIdeaStatus(db, { orgId: member.orgId, ideaId, reviewer: { userId: member.userId, role: member.role, teamId: member.teamId }, input });
    refresh(ideaId);
    const told = result.notified === 1 ? "1 person was told" : `${result.notified} people were told`;
    return { ok: true, message: `Now ${IDEA_STATUS_LABELS[result.status].toLowerCase()}. ${told}.` };
  },
);

export const mergeIdeaAction = memberAction(
  { permission: "ideas:review", schema: mergeIdeaSchema.extend({ ideaId: idSchema }) },
  async ({ ideaId, intoId }, member) => {
    await mergeIdeas(db, { orgId: member.orgId, ideaId, intoId, reviewer: { userId: member.userId, role: member.role, teamId: member.teamId } });
    refresh(ideaId);
    redirect(`/ideas/${intoId}?merged=1`);
  },
);
