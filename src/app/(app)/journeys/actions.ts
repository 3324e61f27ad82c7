"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idSchema } from "@/lib/schemas/common";
import {
  createJourneySchema,
  linkQuestionSchema,
  moveStageSchema,
  servedBySchema,
  stageInputSchema,
  touchpointInputSchema,
  updateJourneySchema,
  updateStageSchema,
  updateTouchpointSchema,
} from "@/lib/schemas/journey";
import { memberAction } from "@/server/auth/action-client";
import { db } from "@/server/db";
import { createJourney } from "@/server/journeys/create-journey";
import { linkStageQuestion, setServedByStage, unlinkStageQuestion } from "@/server/journeys/links";
import { addStage, deleteStage, moveStage, updateStage } from "@/server/journeys/stages";
import { deleteJourney, updateJourney } from "@/server/journeys/journeys";
import { addTouchpoint, deleteTouchpoint, updateTouchpoint } from "@/server/journeys/touchpoints";

// Forms post strings: a checkbox is "on" when ticked and absent otherwise; an empty select is "".
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());
const emptyAsNull = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v === "" ? null : v), schema);
const refresh = () => revalidatePath("/journeys", "layout");
const PERMISSION = "journeys:manage" as const;

export const createJourneyAction = memberAction(
  {
    permission: PERMISSION,
    schema: createJourneySchema.extend({ template: z.preprocess((v) => (v === "" ? undefined : v), createJourneySchema.shape.template) }),
  },
  async (input, member) => {
    const journey = await createJourney(db, { orgId: member.orgId, actor: { userId: member.userId }, input });
    refresh();
    redirect(`/journeys/${journey.id}`);
  },
);

export const updateJourneyAction = memberAction(
  { permission: PERMISSION, schema: updateJourneySchema.extend({ journeyId: idSchema }) },
  async ({ journeyId, ...input }, member) => {
    await updateJourney(db, { orgId: member.orgId, journeyId, actor: { userId: member.userId }, input });
    refresh();
    return { ok: true, message: "Journey saved" };
  },
);

export const deleteJourneyAction = memberAction({ permission: PERMISSION, schema: z.strictObject({ journeyId: idSchema }) }, async ({ journeyId }, member) => {
  await deleteJourney(db, { orgId: member.orgId, journeyId, actor: { userId: member.userId } });
  refresh();
  redirect("/journeys");
});

export const addStageAction = memberAction(
  { permission: PERMISSION, schema: stageInputSchema.extend({ journeyId: idSchema, isMomentThatMatters: checkbox }) },
  async ({ journeyId, ...input }, member) => {
    await addStage(db, { orgId: member.orgId, journeyId, actor: { userId: member.userId }, input });
    refresh();
    return { ok: true, message: `Added the stage “${input.name}”` };
  },
);

export const updateStageAction = memberAction(
  { permission: PERMISSION, schema: updateStageSchema.extend({ stageId: idSchema, isMomentThatMatters: checkbox }) },
  async ({ stageId, ...input }, member) => {
    await updateStage(db, { orgId: member.orgId, stageId, actor: { userId: member.userId }, input });
    refresh();
    return { ok: true, message: "Stage saved" };
  },
);

export const deleteStageAction = memberAction({ permission: PERMISSION, schema: z.strictObject({ stageId: idSchema }) }, async ({ stageId }, member) => {
  await deleteStage(db, { orgId: member.orgId, stageId, actor: { userId: member.userId } });
  refresh();
  return { ok: true, message: "Stage deleted" };
});

export const moveStageAction = memberAction(
  { permission: PERMISSION, schema: moveStageSchema.extend({ stageId: idSchema, position: z.coerce.number().pipe(moveStageSchema.shape.position) }) },
  async ({ stageId, position }, member) => {
    await moveStage(db, { orgId: member.orgId, stageId, actor: { userId: member.userId }, position });
    refresh();
  },
);

export const addTouchpointAction = memberAction(
  {
    permission: PERMISSION,
    schema: touchpointInputSchema.extend({
      stageId: idSchema,
      isMomentThatMatters: checkbox,
      ownerTeamId: emptyAsNull(touchpointInputSchema.shape.ownerTeamId),
    }),
  },
  async ({ stageId, ...input }, member) => {
    await addTouchpoint(db, { orgId: member.orgId, stageId, actor: { userId: member.userId }, input });
    refresh();
    return { ok: true, message: `Added the touchpoint “${input.name}”` };
  },
);

export const updateTouchpointAction = memberAction(
  {
    permission: PERMISSION,
    schema: updateTouchpointSchema.extend({
      touchpointId: idSchema,
      isMomentThatMatters: checkbox,
      ownerTeamId: emptyAsNull(touchpointInputSchema.shape.ownerTeamId),
    }),
  },
  async ({ touchpointId, ...input }, member) => {
    await updateTouchpoint(db, { orgId: member.orgId, touchpointId, actor: { userId: member.userId }, input });
    refresh();
    return { ok: true, message: "Touchpoint saved" };
  },
);

export const deleteTouchpointAction = memberAction(
  { permission: PERMISSION, schema: z.strictObject({ touchpointId: idSchema }) },
  async ({ touchpointId }, member) => {
    await deleteTouchpoint(db, { orgId: member.orgId, touchpointId, actor: { userId: member.userId } });
    refresh();
    return { ok: true, message: "Touchpoint deleted" };
  },
);

export const linkQuestionAction = memberAction(
  { permission: PERMISSION, schema: linkQuestionSchema.extend({ stageId: idSchema }) },
  async ({ stageId, questionId }, member) => {
    await linkStageQuestion(db, { orgId: member.orgId, stageId, actor: { userId: member.userId }, questionId });
    refresh();
    return { ok: true, message: "Question linked" };
  },
);

export const unlinkQuestionAction = memberAction(
  { permission: PERMISSION, schema: linkQuestionSchema.extend({ stageId: idSchema }) },
  async ({ stageId, questionId }, member) => {
    await unlinkStageQuestion(db, { orgId: member.orgId, stageId, actor: { userId: member.userId }, questionId });
    refresh();
    return { ok: true, message: "Question unlinked" };
  },
);

export const setServedByAction = memberAction(
  { permission: PERMISSION, schema: servedBySchema.extend({ stageId: idSchema, servedByStageId: emptyAsNull(servedBySchema.shape.servedByStageId) }) },
  async ({ stageId, servedByStageId }, member) => {
    await setServedByStage(db, { orgId: member.orgId, stageId, actor: { userId: member.userId }, servedByStageId });
    refresh();
    return { ok: true, message: servedByStageId ? "Employee stage linked" : "Employee stage unlinked" };
  },
);
