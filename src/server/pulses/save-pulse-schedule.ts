/**
 * Saving and stopping a pulse schedule. The schedule lives on the survey (cadence, round length,
 * first day) and in PulseTeam (the teams as chosen). Rounds are not written here: the tick
 * creates them from the schedule (./run-pulse-tick.ts), and the caller runs it right after
 * saving, so an active survey's first round appears at once.
 */
import { AppError, notFound } from "@/lib/errors";
import type { Db, Tx } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import type { PulseScheduleInput } from "./schedule-input";

export type SavePulseScheduleOptions = { orgId: string; surveyId: string; actor: AuditActor; input: Omit<PulseScheduleInput, "surveyId"> };

/** Only employee surveys that can still take answers are pulses. */
async function loadSchedulableSurvey(tx: Tx, orgId: string, surveyId: string) {
  const survey = await tx.survey.findFirst({ where: { id: surveyId, orgId }, select: { id: true, audience: true, status: true } });
  // Another organization's survey is "not found", like a missing one.
  if (!survey) throw notFound("Survey");
  if (survey.audience !== "EMPLOYEE") throw new AppError("validation_failed", "Only employee surveys run as pulses");
  if (survey.status === "CLOSED") throw new AppError("conflict", "This survey is closed: it can't run any more rounds");
  return survey;
}

export async function savePulseSchedule(db: Db, { orgId, surveyId, actor, input }: SavePulseScheduleOptions): Promise<void> {
  const teamIds = [...new Set(input.teamIds)];
  if (teamIds.length === 0) throw new AppError("validation_failed", "Choose at least one team", [{ path: ["teams"], message: "Choose at least one team" }]);
  await db.$transaction(async (tx) => {
    await loadSchedulableSurvey(tx, orgId, surveyId);
    const teams = await tx.team.findMany({ where: { orgId, id: { in: teamIds } }, select: { id: true } });
    if (teams.length !== teamIds.length) {
      throw new AppError("validation_failed", "A chosen team no longer exists; reload the page", [{ path: ["teams"], message: "Unknown team" }]);
    }
    await tx.survey.update({ where: { id: surveyId }, data: { cadence: input.cadence, pulseRoundDays: input.roundDays, pulseStartsOn: input.startsOn } });
    await tx.pulseTeam.deleteMany({ where: { orgId, surveyId } });
    await tx.pulseTeam.createMany({ data: teamIds.map((teamId) => ({ orgId, surveyId, teamId })) });
    // Rounds not yet opened follow the new schedule (the tick re-creates them); open and past
    // rounds keep the window and the invitations they were sent with. A round the tick is
    // opening right now is locked, and is no longer SCHEDULED once this delete gets to it.
    await tx.pulseRound.deleteMany({ where: { orgId, surveyId, status: "SCHEDULED" } });
    await recordAudit(tx, {
      orgId,
      actor,
      action: "pulse.schedule",
      targetType: "Survey",
      targetId: surveyId,
      metadata: { cadence: input.cadence, roundDays: input.roundDays, startsOn: input.startsOn.toISOString().slice(0, 10), teamIds },
    });
  });
}

/** Stops future rounds; a round already open runs to its end. The chosen teams are kept for a restart. */
export async function stopPulseSchedule(db: Db, { orgId, surveyId, actor }: { orgId: string; surveyId: string; actor: AuditActor }): Promise<void> {
  await db.$transaction(async (tx) => {
    const survey = await tx.survey.findFirst({ where: { id: surveyId, orgId, audience: "EMPLOYEE" }, select: { id: true } });
    if (!survey) throw notFound("Survey");
    await tx.survey.update({ where: { id: surveyId }, data: { cadence: null } });
    await tx.pulseRound.deleteMany({ where: { orgId, surveyId, status: "SCHEDULED" } });
    await recordAudit(tx, { orgId, actor, action: "pulse.stop", targetType: "Survey", targetId: surveyId });
  });
}
