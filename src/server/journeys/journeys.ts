/** Journeys: update and delete; list, get and create live in their own modules (re-exported here). */
import { notFound } from "@/lib/errors";
import type { JourneyDto, UpdateJourneyInput } from "@/lib/schemas/journey";
import type { Db } from "../prisma-client";
import { recordAudit, type AuditActor } from "../audit/record-audit";
import { loadJourney } from "./journey-dto";

export { listJourneys, type JourneySummary } from "./list-journeys";
export { getJourney } from "./get-journey";
export { createJourney } from "./create-journey";

export async function updateJourney(
  db: Db,
  { orgId, journeyId, actor, input }: { orgId: string; journeyId: string; actor: AuditActor; input: UpdateJourneyInput },
): Promise<JourneyDto> {
  return db.$transaction(async (tx) => {
    const current = await tx.journey.findFirst({ where: { id: journeyId, orgId }, select: { id: true } });
    if (!current) throw notFound("Journey");
    await tx.journey.update({
      where: { id: journeyId },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.persona !== undefined ? { persona: input.persona } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
      },
    });
    await recordAudit(tx, { orgId, actor, action: "journey.update", targetType: "Journey", targetId: journeyId, metadata: { fields: Object.keys(input) } });
    return loadJourney(tx, { orgId, journeyId });
  });
}

/** Stages, touchpoints and question links go with it (cascade); ideas keep existing, unlinked. */
export async function deleteJourney(db: Db, { orgId, journeyId, actor }: { orgId: string; journeyId: string; actor: AuditActor }): Promise<void> {
  await db.$transaction(async (tx) => {
    const journey = await tx.journey.findFirst({ where: { id: journeyId, orgId }, select: { id: true, name: true } });
    if (!journey) throw notFound("Journey");
    await tx.journey.delete({ where: { id: journeyId } });
    await recordAudit(tx, { orgId, actor, action: "journey.delete", targetType: "Journey", targetId: journeyId, metadata: { name: journey.name } });
  });
}
