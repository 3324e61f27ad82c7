/**
 * The journey's read shape and the lookups every verb shares. Every lookup filters by orgId,
 * so another organization's id is simply "not found" (shared/STYLE.md, habit 2).
 */
import { AppError, notFound } from "@/lib/errors";
import type { JourneyDto, StageDto, TouchpointDto } from "@/lib/schemas/journey";
import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../prisma-client";

export const touchpointSelect = {
  id: true,
  position: true,
  name: true,
  channel: true,
  ownerTeamId: true,
  ownerTeam: { select: { name: true } },
  isMomentThatMatters: true,
  description: true,
} satisfies Prisma.TouchpointSelect;

export const stageSelect = {
  id: true,
  position: true,
  name: true,
  description: true,
  expectations: true,
  feelings: true,
  isMomentThatMatters: true,
  servedByStageId: true,
  touchpoints: { select: touchpointSelect, orderBy: [{ position: "asc" as const }, { id: "asc" as const }] },
  questions: {
    select: { question: { select: { id: true, surveyId: true, prompt: true, type: true, survey: { select: { title: true } } } } },
    orderBy: { questionId: "asc" as const },
  },
} satisfies Prisma.JourneyStageSelect;

export const journeySelect = {
  id: true,
  kind: true,
  name: true,
  persona: true,
  description: true,
  createdAt: true,
  stages: { select: stageSelect, orderBy: [{ position: "asc" as const }, { id: "asc" as const }] },
} satisfies Prisma.JourneySelect;

type TouchpointRow = Omit<TouchpointDto, "ownerTeamName"> & { ownerTeam: { name: string } | null };
type StageRow = Omit<StageDto, "touchpoints" | "questions"> & {
  touchpoints: TouchpointRow[];
  questions: Array<{ question: { id: string; surveyId: string; prompt: string; type: string; survey: { title: string } } }>;
};
type JourneyRow = Omit<JourneyDto, "createdAt" | "stages"> & { createdAt: Date; stages: StageRow[] };

export function toTouchpointDto({ ownerTeam, ...row }: TouchpointRow): TouchpointDto {
  return { ...row, ownerTeamName: ownerTeam?.name ?? null };
}

export function toStageDto({ touchpoints, questions, ...row }: StageRow): StageDto {
  return {
    ...row,
    touchpoints: touchpoints.map(toTouchpointDto),
    questions: questions.map(({ question: q }) => ({ questionId: q.id, surveyId: q.surveyId, surveyTitle: q.survey.title, prompt: q.prompt, type: q.type })),
  };
}

export function toJourneyDto({ createdAt, stages, ...row }: JourneyRow): JourneyDto {
  return { ...row, createdAt: createdAt.toISOString(), stages: stages.map(toStageDto) };
}

export async function loadJourney(db: DbOrTx, { orgId, journeyId }: { orgId: string; journeyId: string }): Promise<JourneyDto> {
  const journey = await db.journey.findFirst({ where: { id: journeyId, orgId }, select: journeySelect });
  if (!journey) throw notFound("Journey");
  return toJourneyDto(journey);
}

export async function loadStage(db: DbOrTx, { orgId, stageId }: { orgId: string; stageId: string }): Promise<StageDto> {
  const stage = await db.journeyStage.findFirst({ where: { id: stageId, orgId }, select: stageSelect });
  if (!stage) throw notFound("Stage");
  return toStageDto(stage);
}

/** The stage's journey and position, or 404 when it is not the organization's. */
export async function findStageRef(db: DbOrTx, { orgId, stageId }: { orgId: string; stageId: string }) {
  const stage = await db.journeyStage.findFirst({
    where: { id: stageId, orgId },
    select: { id: true, journeyId: true, position: true, name: true, journey: { select: { kind: true } } },
  });
  if (!stage) throw notFound("Stage");
  return stage;
}

/** An owner team must be the organization's; another org's team is a bad input, not a 404 of the touchpoint. */
export async function assertTeamInOrg(db: DbOrTx, orgId: string, teamId: string): Promise<void> {
  const team = await db.team.findFirst({ where: { id: teamId, orgId }, select: { id: true } });
  if (!team) throw new AppError("validation_failed", "Owner team not found", [{ path: ["ownerTeamId"], message: "No such team" }]);
}

/** Sets positions 0..n−1 in the given order; only rows whose position changes are written. */
export async function renumber(db: DbOrTx, model: "journeyStage" | "touchpoint", rows: Array<{ id: string; position: number }>): Promise<void> {
  for (const [index, row] of rows.entries()) {
    if (row.position === index) continue;
    if (model === "journeyStage") await db.journeyStage.update({ where: { id: row.id }, data: { position: index } });
    else await db.touchpoint.update({ where: { id: row.id }, data: { position: index } });
  }
}
